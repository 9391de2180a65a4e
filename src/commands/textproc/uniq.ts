/** uniq: report or omit repeated lines (GNU uniq, ported from its check_file loop). */
import type { Command, CommandContext } from '../../core/command.js';
import { UsageError } from '../../core/errors.js';
import type { ByteSink, ByteSource } from '../../core/io.js';
import { writeText } from '../../core/io.js';
import type { WriteHandle } from '../../core/resource.js';
import { defineCommand } from '../lib/define.js';
import { type ParsedFlags, usageError } from '../lib/flags.js';
import { quoteAlways } from '../lib/quote.js';
import { argmatch } from './shared/argmatch.js';
import { withArgs } from './shared/args.js';
import { lineBlocks } from './shared/blocks.js';
import { isBlank, rangesEqual, rangesEqualIgnoreCase } from './shared/bytes.js';
import { InputError, inputMessage, openInput, primed } from './shared/input.js';
import { localeQuote } from './shared/locale-quote.js';
import { parseDecimal } from './shared/numbers.js';
import { ByteWriter } from './shared/output.js';
import { UNIQ_HELP } from './uniq-help.js';

const DELIMIT = ['none', 'prepend', 'separate'] as const;
const GROUPING = ['prepend', 'append', 'separate', 'both'] as const;

/** What uniq compares and prints. */
interface UniqOptions {
  readonly skipFields: number;
  readonly skipChars: number;
  readonly checkChars: number;
  readonly ignoreCase: boolean;
  readonly count: boolean;
  readonly outputUnique: boolean;
  readonly outputFirst: boolean;
  readonly outputLater: boolean;
  readonly delimit: (typeof DELIMIT)[number];
  readonly grouping: (typeof GROUPING)[number] | null;
  readonly delimiter: number;
}

/** The previous line, kept across blocks by copying it out of the block that held it. */
class HeldLine {
  buf: Buffer = Buffer.alloc(0);
  start = 0;
  end = 0;
  field = 0;
  present = false;
  private own = Buffer.allocUnsafe(256);

  set(buf: Buffer, start: number, end: number, field: number): void {
    this.buf = buf;
    this.start = start;
    this.end = end;
    this.field = field;
    this.present = true;
  }

  /** Copies the line out of `block`, which is about to be recycled. */
  detach(block: Buffer): void {
    if (!this.present || this.buf !== block) return;
    const n = this.end - this.start;
    if (this.own.length < n) this.own = Buffer.allocUnsafe(Math.max(n, this.own.length * 2));
    block.copy(this.own, 0, this.start, this.end);
    this.set(this.own, 0, n, this.field - this.start);
  }
}

/** Runs GNU uniq's comparison and output rules over a stream of whole-line blocks. */
class UniqScanner {
  private readonly prev = new HeldLine();
  private matchCount = 0;
  private firstDelimiter = true;
  private firstGroupPrinted = false;

  constructor(
    private readonly o: UniqOptions,
    private readonly out: ByteWriter,
  ) {}

  private findField(buf: Buffer, start: number, end: number): number {
    let i = start;
    for (let n = 0; n < this.o.skipFields && i < end; n++) {
      while (i < end && (isBlank(buf[i]) || buf[i] === 0x0a)) i++;
      while (i < end && !(isBlank(buf[i]) || buf[i] === 0x0a)) i++;
    }
    return i + Math.min(this.o.skipChars, end - i);
  }

  private different(buf: Buffer, field: number, end: number): boolean {
    const p = this.prev;
    const check = this.o.checkChars;
    const newLen = Math.min(end - field, check);
    const oldLen = Math.min(p.end - p.field, check);
    const equal = this.o.ignoreCase ? rangesEqualIgnoreCase : rangesEqual;
    return !equal(p.buf, p.field, p.field + oldLen, buf, field, field + newLen);
  }

  private writeLine(buf: Buffer, start: number, end: number): void {
    this.out.put(buf, start, end);
    this.out.putByte(this.o.delimiter);
  }

  private writeHeld(match: boolean): void {
    const show = this.matchCount === 0 ? this.o.outputUnique : !match ? this.o.outputFirst : this.o.outputLater;
    if (!show) return;
    if (this.o.count) this.out.putText(`${String(this.matchCount + 1).padStart(7)} `);
    this.writeLine(this.prev.buf, this.prev.start, this.prev.end);
  }

  /** One input line [start, end) without its delimiter. */
  line(buf: Buffer, start: number, end: number): void {
    const field = this.findField(buf, start, end);
    if (this.o.grouping) {
      this.groupedLine(buf, start, end, field);
      return;
    }
    if (!this.prev.present) {
      this.prev.set(buf, start, end, field);
      return;
    }
    const match = !this.different(buf, field, end);
    if (match) this.matchCount++;
    if (this.o.delimit !== 'none') {
      if (!match) {
        if (this.matchCount) this.firstDelimiter = false;
      } else if (this.matchCount === 1) {
        if (this.o.delimit === 'prepend' || (this.o.delimit === 'separate' && !this.firstDelimiter)) {
          this.out.putByte(this.o.delimiter);
        }
      }
    }
    if (!match || this.o.outputLater) {
      this.writeHeld(match);
      this.prev.set(buf, start, end, field);
      if (!match) this.matchCount = 0;
    }
  }

  private groupedLine(buf: Buffer, start: number, end: number, field: number): void {
    const g = this.o.grouping;
    const newGroup = !this.prev.present || this.different(buf, field, end);
    if (
      newGroup &&
      (g === 'prepend' || g === 'both' || (this.firstGroupPrinted && (g === 'append' || g === 'separate')))
    ) {
      this.out.putByte(this.o.delimiter);
    }
    this.writeLine(buf, start, end);
    this.prev.set(buf, start, end, field);
    this.firstGroupPrinted = true;
  }

  /** The block ends: keep the held line alive past it. */
  endBlock(block: Buffer): void {
    this.prev.detach(block);
  }

  /** End of input. */
  finish(): void {
    if (this.o.grouping) {
      if ((this.o.grouping === 'both' || this.o.grouping === 'append') && this.firstGroupPrinted) {
        this.out.putByte(this.o.delimiter);
      }
    } else if (this.prev.present) {
      this.writeHeld(false);
    }
  }
}

/** strtoumax for -f/-s/-w: overflow saturates, anything else invalid is fatal. */
function sizeOption(text: string, what: string): number {
  const r = parseDecimal(text);
  if (r.ok) return Number(r.value);
  if (r.overflow) return Number.MAX_SAFE_INTEGER;
  throw new UsageError(`uniq: ${text}: ${what}\n`, 1);
}

async function scan(ctx: CommandContext, input: ByteSource, o: UniqOptions, sink: ByteSink): Promise<void> {
  const out = new ByteWriter(sink);
  const scanner = new UniqScanner(o, out);
  for await (const block of lineBlocks(input, o.delimiter)) {
    ctx.signal.throwIfAborted();
    let start = 0;
    while (start < block.length) {
      const d = block.indexOf(o.delimiter, start);
      const end = d < 0 ? block.length : d;
      scanner.line(block, start, end);
      if (out.full) await out.flush();
      start = end + 1;
    }
    scanner.endBlock(block);
  }
  scanner.finish();
  await out.flush();
}

function optionsOf(p: ParsedFlags): UniqOptions {
  let outputUnique = true;
  let outputFirst = true;
  let outputLater = false;
  let delimit: UniqOptions['delimit'] = 'none';
  let grouping: UniqOptions['grouping'] = null;
  for (const [key, value] of p.order) {
    if (key === 'repeated') outputUnique = false;
    else if (key === 'unique') outputFirst = false;
    else if (key === 'all-repeated') {
      outputUnique = false;
      outputLater = true;
      delimit = value === true ? 'none' : argmatch('uniq', '--all-repeated', value, DELIMIT);
    } else if (key === 'group') {
      grouping = value === true ? 'separate' : argmatch('uniq', '--group', value, GROUPING);
    }
  }
  const count = p.has('count');
  if (grouping && (count || !outputUnique || !outputFirst || outputLater)) {
    throw usageError('uniq', '--group is mutually exclusive with -c/-d/-D/-u');
  }
  if (count && outputLater) throw usageError('uniq', 'printing all duplicated lines and repeat counts is meaningless');
  const skipFields = p.get('skip-fields');
  const skipChars = p.get('skip-chars');
  const checkChars = p.get('check-chars');
  return {
    skipFields: skipFields === undefined ? 0 : sizeOption(skipFields, 'invalid number of fields to skip'),
    skipChars: skipChars === undefined ? 0 : sizeOption(skipChars, 'invalid number of bytes to skip'),
    checkChars:
      checkChars === undefined ? Number.MAX_SAFE_INTEGER : sizeOption(checkChars, 'invalid number of bytes to compare'),
    ignoreCase: p.has('ignore-case'),
    count,
    outputUnique,
    outputFirst,
    outputLater,
    delimit,
    grouping,
    delimiter: p.has('zero-terminated') ? 0 : 0x0a,
  };
}

const command = defineCommand({
  name: 'uniq',
  summary: 'report or omit repeated lines',
  help: UNIQ_HELP,
  flags: [
    { short: 'c', long: 'count' },
    { short: 'd', long: 'repeated' },
    { short: 'D', key: 'all-repeated' },
    { long: 'all-repeated', arg: 'optional' },
    { long: 'group', arg: 'optional' },
    { short: 'f', long: 'skip-fields', arg: 'required' },
    { short: 'i', long: 'ignore-case' },
    { short: 's', long: 'skip-chars', arg: 'required' },
    { short: 'u', long: 'unique' },
    { short: 'w', long: 'check-chars', arg: 'required' },
    { short: 'z', long: 'zero-terminated' },
  ],
  async run(ctx, p) {
    const o = optionsOf(p);
    if (p.operands.length > 2) throw usageError('uniq', `extra operand ${localeQuote(p.operands[2])}`);
    const output = p.operands[1];
    let handle: WriteHandle | null = null;
    try {
      const input = await primed(openInput(ctx, p.operands[0] ?? '-'));
      if (output !== undefined && output !== '-') handle = await ctx.fs.openWrite(ctx.resolve(output));
      await scan(ctx, input, o, handle ?? ctx.stdout);
      await handle?.close();
      return 0;
    } catch (e) {
      await handle?.close();
      if (!(e instanceof InputError)) throw e;
      const text = e.code === 'EISDIR' ? `uniq: error reading ${quoteAlways(e.operand)}\n` : inputMessage('uniq', e);
      await writeText(ctx.stderr, text);
      return 1;
    }
  },
});

/** Rewrites the obsolete `-N` (skip N fields) and `+N` (skip N bytes) forms. */
function legacyOptions(args: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--') return out.concat(args.slice(i));
    if (/^-[0-9]+$/.test(a)) out.push(`-f${a.slice(1)}`);
    else if (/^\+[0-9]+$/.test(a)) out.push(`-s${a.slice(1)}`);
    else out.push(a);
  }
  return out;
}

/** uniq [OPTION]... [INPUT [OUTPUT]] */
export const uniq: Command = { ...command, run: (ctx) => command.run(withArgs(ctx, legacyOptions(ctx.args))) };
