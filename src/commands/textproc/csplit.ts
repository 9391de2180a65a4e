/**
 * csplit: split a file into sections at line numbers or regexp matches, GNU
 * csplit semantics (offsets, repeats, {*}, -z, --suppress-matched, cleanup of
 * created files on errors unless -k). The input is held in memory as lines.
 */
import type { CommandContext } from '../../core/command.js';
import { toFsError } from '../../core/errors.js';
import { concatBytes, writeText } from '../../core/io.js';
import type { WriteHandle } from '../../core/resource.js';
import { defineCommand } from '../lib/define.js';
import { type ParsedFlags, usageError } from '../lib/flags.js';
import { quote, quoteAlways } from '../lib/quote.js';
import { type Control, parsePatterns, type SuffixFormat, suffixFormat } from './csplit-patterns.js';
import { InputError, openInput } from './shared/input.js';
import { localeQuote } from './shared/locale-quote.js';
import { decimalInRange } from './shared/numbers.js';
import { ByteWriter } from './shared/output.js';

const HELP = `Usage: csplit [OPTION]... FILE PATTERN...
Write the sections of FILE delimited by PATTERN(s) to the files 'xx00',
'xx01', ..., and print the size in bytes of each section.

Read standard input if FILE is -

Mandatory arguments to long options are mandatory for short options too.
  -b, --suffix-format=FORMAT  name files with printf FORMAT, not %02d
  -f, --prefix=PREFIX        name files PREFIX00, ..., not xx00, ...
  -k, --keep-files           keep the files written so far after an error
      --suppress-matched     leave out the lines that match a PATTERN
  -n, --digits=DIGITS        use DIGITS digits in file names, not 2
  -s, --quiet, --silent      do not print the size of each file
  -z, --elide-empty-files    remove output files that are empty
      --help        display this help and exit

Each PATTERN may be:
  INTEGER            copy up to, but not including, line INTEGER
  /REGEXP/[OFFSET]   copy up to, but not including, a line matching REGEXP
  %REGEXP%[OFFSET]   skip up to, but not including, a line matching REGEXP
  {INTEGER}          repeat the previous pattern INTEGER more times
  {*}                repeat the previous pattern as long as it matches

An OFFSET is an integer with an optional '+' or '-' sign, counted in lines.
`;

/** Raised to end the run the way GNU's cleanup_fatal does (files already reported). */
class Fatal extends Error {}
/** Raised when {*} runs out of input: the rest has been written and csplit succeeds. */
class Done extends Error {}

/** The splitting state, after GNU csplit's globals. */
class Splitter {
  /** Line i (1-based) is data[starts[i - 1], starts[i]). */
  private readonly starts: number[] = [0];
  private firstAvailable = 1;
  private currentLine = 0;
  private created = 0;
  private output: { handle: WriteHandle; out: ByteWriter; name: string } | null = null;
  private bytes = 0;

  constructor(
    private readonly ctx: CommandContext,
    private readonly data: Buffer,
    private readonly o: {
      name: (n: number) => string;
      keep: boolean;
      quiet: boolean;
      elide: boolean;
      suppressMatched: boolean;
    },
    private readonly stdout: ByteWriter,
  ) {
    for (let at = data.indexOf(0x0a); at >= 0; at = data.indexOf(0x0a, at + 1)) this.starts.push(at + 1);
    if (this.starts[this.starts.length - 1] < data.length) this.starts.push(data.length);
  }

  private get lineCount(): number {
    return this.starts.length - 1;
  }

  private hasLine(n: number): boolean {
    return n >= 1 && n <= this.lineCount;
  }

  private lineText(n: number): string {
    let end = this.starts[n];
    if (end > this.starts[n - 1] && this.data[end - 1] === 0x0a) end--;
    return this.data.toString('latin1', this.starts[n - 1], end);
  }

  /** remove_line: hands out the first available line, or -1 at the end. */
  private removeLine(): number {
    if (!this.hasLine(this.firstAvailable)) return -1;
    if (this.currentLine < this.firstAvailable) this.currentLine = this.firstAvailable;
    return this.firstAvailable++;
  }

  private async save(line: number): Promise<void> {
    if (!this.output) return;
    const s = this.starts[line - 1];
    const e = this.starts[line];
    this.bytes += e - s;
    if (this.output.out.put(this.data, s, e)) await this.output.out.flush();
  }

  private async create(): Promise<void> {
    const name = this.o.name(this.created);
    try {
      const handle = await this.ctx.fs.openWrite(this.ctx.resolve(name), { signal: this.ctx.signal });
      this.output = { handle, out: new ByteWriter(handle), name };
    } catch (e) {
      await writeText(this.ctx.stderr, `csplit: ${quote(name)}: ${toFsError(e, name).reason}\n`);
      await this.fatal();
    }
    this.created++;
    this.bytes = 0;
  }

  private async close(): Promise<void> {
    const file = this.output;
    if (!file) return;
    this.output = null;
    await file.out.flush();
    await file.handle.close();
    if (this.bytes === 0 && this.o.elide) {
      await this.ctx.fs.rm(this.ctx.resolve(file.name));
      this.created--;
    } else if (!this.o.quiet) {
      this.stdout.putText(`${this.bytes}\n`);
    }
  }

  /** cleanup_fatal: closes (and reports) the open file, removes every file unless -k, fails. */
  async fatal(): Promise<never> {
    await this.close();
    if (!this.o.keep) {
      for (let i = this.created - 1; i >= 0; i--) {
        await this.ctx.fs.rm(this.ctx.resolve(this.o.name(i))).catch(() => undefined);
      }
      this.created = 0;
    }
    throw new Fatal();
  }

  /** GNU 9.1 dies here without cleaning up when no input is left to read. */
  private async disappeared(): Promise<never> {
    await writeText(this.ctx.stderr, 'csplit: input disappeared\n');
    throw new Fatal();
  }

  private async lineError(repetition: number, what: string): Promise<never> {
    const suffix = repetition ? ` on repetition ${repetition}` : '';
    await writeText(this.ctx.stderr, `csplit: ${localeQuote(what)}: line number out of range${suffix}\n`);
    return this.fatal();
  }

  private async writeUpTo(last: number, ignore: boolean, c: Control): Promise<void> {
    if (!this.hasLine(this.firstAvailable)) await this.disappeared();
    if (this.firstAvailable > last) {
      await writeText(this.ctx.stderr, `csplit: ${localeQuote(c.arg)}: line number out of range\n`);
      await this.fatal();
    }
    for (let n = last - this.firstAvailable; n > 0; n--) {
      const line = this.removeLine();
      if (line < 0) {
        await writeText(this.ctx.stderr, `csplit: ${localeQuote(c.arg)}: line number out of range\n`);
        await this.fatal();
      }
      if (!ignore) await this.save(line);
    }
  }

  private async lineCountSection(c: Control, repetition: number): Promise<void> {
    const last = c.linesRequired * (repetition + 1);
    await this.create();
    const noMore = () => !this.hasLine(this.currentLine + 1);
    if (noMore() && this.o.suppressMatched) await this.lineError(repetition, String(c.linesRequired));
    if (!this.hasLine(this.firstAvailable)) await this.disappeared();
    for (let n = this.firstAvailable; n < last; n++) {
      const line = this.removeLine();
      if (line < 0) await this.lineError(repetition, String(c.linesRequired));
      await this.save(line);
    }
    await this.close();
    if (this.o.suppressMatched) this.removeLine();
    if (noMore() && !this.o.suppressMatched) await this.lineError(repetition, String(c.linesRequired));
  }

  private async regexpSection(c: Control, repetition: number): Promise<void> {
    const re = c.regexp as RegExp;
    if (!c.ignore) await this.create();
    for (;;) {
      this.ctx.signal.throwIfAborted();
      const n = ++this.currentLine;
      if (!this.hasLine(n)) {
        if (c.repeatForever) {
          if (!c.ignore) {
            await this.dumpRest();
            await this.close();
          }
          throw new Done();
        }
        const suffix = repetition ? ` on repetition ${repetition}` : '';
        await writeText(this.ctx.stderr, `csplit: ${localeQuote(c.arg)}: match not found${suffix}\n`);
        if (!c.ignore) {
          await this.dumpRest();
          await this.close();
        }
        await this.fatal();
      }
      re.lastIndex = 0;
      if (re.test(this.lineText(n))) break;
      if (c.offset >= 0) {
        const line = this.removeLine();
        if (!c.ignore) await this.save(line);
      }
    }
    const breakLine = this.currentLine + c.offset;
    await this.writeUpTo(breakLine, c.ignore, c);
    if (!c.ignore) await this.close();
    if (c.offset > 0) this.currentLine = breakLine;
    if (this.o.suppressMatched) this.removeLine();
  }

  private async dumpRest(): Promise<void> {
    for (let line = this.removeLine(); line >= 0; line = this.removeLine()) await this.save(line);
  }

  /** split_file: every control record with its repeats, then the rest into a last file. */
  async run(controls: readonly Control[]): Promise<void> {
    try {
      for (const c of controls) {
        for (let rep = 0; c.repeatForever || rep <= c.repeat; rep++) {
          if (c.regexp) await this.regexpSection(c, rep);
          else await this.lineCountSection(c, rep);
        }
      }
      await this.create();
      await this.dumpRest();
      await this.close();
    } catch (e) {
      if (!(e instanceof Done)) throw e;
    }
  }
}

function nameMaker(p: ParsedFlags): (n: number) => string {
  const prefix = p.get('prefix') ?? 'xx';
  const format = p.get('suffix-format');
  const digits = decimalInRange('csplit', p.get('digits') ?? '2', 0n, 2147483647n, 'invalid number');
  const suffix: SuffixFormat | null = format === undefined ? null : suffixFormat(format);
  return (n) => prefix + (suffix ? suffix(n) : String(n).padStart(digits, '0'));
}

async function run(ctx: CommandContext, p: ParsedFlags): Promise<number> {
  const ops = p.operands;
  if (ops.length < 2) {
    throw usageError(
      'csplit',
      ops.length === 0 ? 'missing operand' : `missing operand after ${localeQuote(ops[ops.length - 1])}`,
    );
  }
  const name = nameMaker(p);
  const chunks: Uint8Array[] = [];
  try {
    for await (const c of openInput(ctx, ops[0])) chunks.push(Uint8Array.prototype.slice.call(c));
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    const text =
      e.code === 'EISDIR'
        ? `csplit: read error: ${e.reason}\n`
        : `csplit: cannot open ${quoteAlways(ops[0])} for reading: ${e.reason}\n`;
    await writeText(ctx.stderr, text);
    return 1;
  }
  const warnings: string[] = [];
  const controls = parsePatterns(ops.slice(1), (w) => warnings.push(w));
  for (const w of warnings) await writeText(ctx.stderr, w);
  const stdout = new ByteWriter(ctx.stdout);
  const splitter = new Splitter(
    ctx,
    Buffer.from(concatBytes(chunks)),
    {
      name,
      keep: p.has('keep-files'),
      quiet: p.has('quiet'),
      elide: p.has('elide-empty-files'),
      suppressMatched: p.has('suppress-matched'),
    },
    stdout,
  );
  try {
    await splitter.run(controls);
    return 0;
  } catch (e) {
    if (e instanceof Fatal) return 1;
    throw e;
  } finally {
    await stdout.flush();
  }
}

/** csplit [OPTION]... FILE PATTERN... */
export const csplit = defineCommand({
  name: 'csplit',
  summary: 'split a file into sections determined by context lines',
  help: HELP,
  flags: [
    { short: 'b', long: 'suffix-format', arg: 'required' },
    { short: 'f', long: 'prefix', arg: 'required' },
    { short: 'k', long: 'keep-files' },
    { long: 'suppress-matched' },
    { short: 'n', long: 'digits', arg: 'required' },
    { short: 's', long: 'quiet', key: 'quiet' },
    { short: 'q', long: 'silent', key: 'quiet' },
    { short: 'z', long: 'elide-empty-files' },
  ],
  run,
});
