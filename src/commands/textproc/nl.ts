/** nl: number lines, with GNU's body/header/footer sections and numbering styles. */
import type { CommandContext } from '../../core/command.js';
import { UsageError } from '../../core/errors.js';
import { writeText } from '../../core/io.js';
import { defineCommand } from '../lib/define.js';
import { type ParsedFlags, usageError } from '../lib/flags.js';
import { PosixRegexError, translatePosix } from '../lib/posix-regex.js';
import { lineBlocks } from './shared/blocks.js';
import { concatInputs, type InputError, inputMessage } from './shared/input.js';
import { localeQuote } from './shared/locale-quote.js';
import { decimalInRange } from './shared/numbers.js';
import { ByteWriter } from './shared/output.js';

const HELP = `Usage: nl [OPTION]... [FILE]...
Write each FILE to standard output with line numbers added.

With no FILE, or when FILE is -, read standard input.

Mandatory arguments to long options are mandatory for short options too.
  -b, --body-numbering=STYLE      which body lines to number
  -d, --section-delimiter=CC      mark logical page sections with CC
  -f, --footer-numbering=STYLE    which footer lines to number
  -h, --header-numbering=STYLE    which header lines to number
  -i, --line-increment=NUMBER     add NUMBER to the line number per line
  -l, --join-blank-lines=NUMBER   count a run of NUMBER empty lines as one
  -n, --number-format=FORMAT      print numbers in FORMAT
  -p, --no-renumber               keep counting across logical pages
  -s, --number-separator=STRING   put STRING after each line number
  -v, --starting-line-number=NUMBER  start each logical page at NUMBER
  -w, --number-width=NUMBER       print numbers NUMBER columns wide
      --help        display this help and exit

Defaults: -bt -d'\\:' -fn -hn -i1 -l1 -n'rn' -s<TAB> -v1 -w6

CC is two characters; a single character C means C followed by ':'.

STYLE is one of:

  a      every line
  t      non-empty lines only
  n      no line
  pBRE   lines matching the basic regular expression BRE

FORMAT is one of:

  ln     left justified, no leading zeros
  rn     right justified, no leading zeros
  rz     right justified, leading zeros
`;

const NL = 0x0a;

/** Which lines of a section get a number. */
type Style = { readonly kind: 'a' | 't' | 'n' } | { readonly kind: 'p'; readonly re: RegExp };

function styleOf(text: string, section: string): Style {
  if (text === 'a' || text === 't' || text === 'n') return { kind: text };
  if (text.startsWith('p')) {
    const pattern = Buffer.from(text.slice(1), 'utf8').toString('latin1');
    try {
      const t = translatePosix(pattern, { extended: false, dialect: 'sed' });
      return { kind: 'p', re: new RegExp(t.source, t.flags) };
    } catch (e) {
      if (e instanceof PosixRegexError) throw new UsageError(`nl: ${e.message}\n`, 1);
      throw e;
    }
  }
  throw usageError('nl', `invalid ${section} numbering style: ${localeQuote(text)}`);
}

/** The numbering state carried across lines and files. */
class Numberer {
  private style: Style;
  private number: number;
  private blankRun = 0;
  private readonly blankPad: Buffer;
  private readonly header: Buffer;
  private readonly body: Buffer;
  private readonly footer: Buffer;

  constructor(
    private readonly styles: { readonly header: Style; readonly body: Style; readonly footer: Style },
    private readonly o: {
      start: number;
      increment: number;
      join: number;
      width: number;
      format: string;
      sep: Buffer;
      renumber: boolean;
      delim: Buffer;
    },
    private readonly out: ByteWriter,
  ) {
    this.style = styles.body;
    this.number = o.start;
    this.blankPad = Buffer.alloc(o.width + o.sep.length, 0x20);
    this.header = Buffer.concat([o.delim, o.delim, o.delim]);
    this.body = Buffer.concat([o.delim, o.delim]);
    this.footer = o.delim;
  }

  private section(line: Buffer): Style | null {
    if (line.length < 2 || !line.subarray(0, 2).equals(this.o.delim.subarray(0, 2))) return null;
    if (line.equals(this.header)) return this.styles.header;
    if (line.equals(this.body)) return this.styles.body;
    if (line.equals(this.footer)) return this.styles.footer;
    return null;
  }

  private formatNumber(): string {
    const n = this.number;
    const { width, format } = this.o;
    if (format === 'ln') return String(n).padEnd(width);
    if (format === 'rn') return String(n).padStart(width);
    const digits = String(Math.abs(n));
    return n < 0 ? `-${digits.padStart(width - 1, '0')}` : digits.padStart(width, '0');
  }

  private numbered(line: Buffer): boolean {
    const s = this.style;
    switch (s.kind) {
      case 'a':
        if (this.o.join > 1) {
          if (line.length > 0 || ++this.blankRun === this.o.join) {
            this.blankRun = 0;
            return true;
          }
          return false;
        }
        return true;
      case 't':
        return line.length > 0;
      case 'n':
        return false;
      default:
        return s.re.test(line.toString('latin1'));
    }
  }

  /** One input line (without its newline). */
  line(line: Buffer): void {
    const section = this.section(line);
    if (section) {
      this.style = section;
      if (this.o.renumber) this.number = this.o.start;
      this.out.putByte(NL);
      return;
    }
    if (this.numbered(line)) {
      this.out.putText(this.formatNumber());
      this.out.put(this.o.sep);
      this.number += this.o.increment;
    } else {
      this.out.put(this.blankPad);
    }
    this.out.put(line);
    this.out.putByte(NL);
  }
}

function numbererOf(p: ParsedFlags, out: ByteWriter): Numberer {
  const format = p.get('number-format') ?? 'rn';
  if (!['ln', 'rn', 'rz'].includes(format)) {
    throw usageError('nl', `invalid line numbering format: ${localeQuote(format)}`);
  }
  const num = (key: string, fallback: number, min: bigint, max: bigint, what: string, signed = false) => {
    const v = p.get(key);
    return v === undefined ? fallback : decimalInRange('nl', v, min, max, what, signed);
  };
  const INTMAX = (1n << 63n) - 1n;
  const delimText = p.get('section-delimiter') ?? '\\:';
  const delimBytes = Buffer.from(delimText, 'utf8');
  return new Numberer(
    {
      header: styleOf(p.get('header-numbering') ?? 'n', 'header'),
      body: styleOf(p.get('body-numbering') ?? 't', 'body'),
      footer: styleOf(p.get('footer-numbering') ?? 'n', 'footer'),
    },
    {
      start: num('starting-line-number', 1, -INTMAX - 1n, INTMAX, 'invalid starting line number', true),
      increment: num('line-increment', 1, -INTMAX - 1n, INTMAX, 'invalid line number increment', true),
      join: num('join-blank-lines', 1, 1n, INTMAX, 'invalid line number of blank lines'),
      width: num('number-width', 6, 1n, 2147483647n, 'invalid line number field width'),
      format,
      sep: Buffer.from(p.get('number-separator') ?? '\t', 'utf8'),
      renumber: !p.has('no-renumber'),
      delim: delimBytes.length === 1 ? Buffer.concat([delimBytes, Buffer.from(':')]) : delimBytes,
    },
    out,
  );
}

async function run(ctx: CommandContext, p: ParsedFlags): Promise<number> {
  const out = new ByteWriter(ctx.stdout);
  const numberer = numbererOf(p, out);
  let status = 0;
  const report = async (e: InputError) => {
    await out.flush();
    await writeText(ctx.stderr, inputMessage('nl', e));
    status = 1;
  };
  for (const operand of p.operands.length > 0 ? p.operands : ['-']) {
    for await (const block of lineBlocks(concatInputs(ctx, [operand], report), NL)) {
      ctx.signal.throwIfAborted();
      let start = 0;
      while (start < block.length) {
        const at = block.indexOf(NL, start);
        const end = at < 0 ? block.length : at;
        numberer.line(block.subarray(start, end));
        if (out.full) await out.flush();
        start = end + 1;
      }
    }
  }
  await out.flush();
  return status;
}

/** nl [OPTION]... [FILE]... */
export const nl = defineCommand({
  name: 'nl',
  summary: 'number lines of files',
  help: HELP,
  flags: [
    { short: 'b', long: 'body-numbering', arg: 'required' },
    { short: 'd', long: 'section-delimiter', arg: 'required' },
    { short: 'f', long: 'footer-numbering', arg: 'required' },
    { short: 'h', long: 'header-numbering', arg: 'required' },
    { short: 'i', long: 'line-increment', arg: 'required' },
    { short: 'l', long: 'join-blank-lines', arg: 'required' },
    { short: 'n', long: 'number-format', arg: 'required' },
    { short: 'p', long: 'no-renumber' },
    { short: 's', long: 'number-separator', arg: 'required' },
    { short: 'v', long: 'starting-line-number', arg: 'required' },
    { short: 'w', long: 'number-width', arg: 'required' },
  ],
  run,
});
