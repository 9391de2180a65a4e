/** join: join lines of two sorted files on a common field (GNU join, with its order checks). */
import type { CommandContext } from '../../core/command.js';
import { UsageError } from '../../core/errors.js';
import { writeText } from '../../core/io.js';
import { defineCommand } from '../lib/define.js';
import { type ParsedFlags, usageError } from '../lib/flags.js';
import { fieldNumber, type JoinLine, type OutSpec, parseOutputList, splitFields } from './join-fields.js';
import { JOIN_HELP } from './join-help.js';
import { compareRanges, lowerByte } from './shared/bytes.js';
import { InputError, inputMessage, openInput, primed } from './shared/input.js';
import { LineReader } from './shared/line-reader.js';
import { localeQuote } from './shared/locale-quote.js';
import { ByteWriter } from './shared/output.js';

/** Everything that shapes one join. */
interface JoinPlan {
  readonly field1: number;
  readonly field2: number;
  readonly tab: number;
  readonly ignoreCase: boolean;
  readonly unpaired: readonly [boolean, boolean];
  readonly pairs: boolean;
  readonly empty: Buffer | null;
  readonly format: readonly OutSpec[] | null;
  readonly auto: boolean;
  readonly check: 'default' | 'enabled' | 'disabled';
  readonly header: boolean;
  readonly eol: number;
}

const BLANK: JoinLine = { bytes: Buffer.alloc(0), starts: [], ends: [] };

function compareCaseless(a: Buffer, as: number, ae: number, b: Buffer, bs: number, be: number): number {
  const n = Math.min(ae - as, be - bs);
  for (let i = 0; i < n; i++) {
    const d = lowerByte(a[as + i]) - lowerByte(b[bs + i]);
    if (d !== 0) return d;
  }
  return ae - as - (be - bs);
}

/** GNU keycmp: an empty or missing field sorts first. */
function keyCompare(plan: JoinPlan, x: JoinLine, jx: number, y: JoinLine, jy: number): number {
  const lx = jx < x.starts.length ? x.ends[jx] - x.starts[jx] : 0;
  const ly = jy < y.starts.length ? y.ends[jy] - y.starts[jy] : 0;
  if (lx === 0) return ly === 0 ? 0 : -1;
  if (ly === 0) return 1;
  const cmp = plan.ignoreCase ? compareCaseless : compareRanges;
  return cmp(x.bytes, x.starts[jx], x.ends[jx], y.bytes, y.starts[jy], y.ends[jy]);
}

/** Reads the lines of one input, checking their order as GNU's get_line does. */
class JoinInput {
  lineNo = 0;
  prev: JoinLine | null = null;
  warned = false;

  constructor(
    readonly which: 1 | 2,
    readonly name: string,
    private readonly reader: LineReader,
    private readonly field: number,
  ) {}

  async next(join: Joiner): Promise<JoinLine | null> {
    const raw = await this.reader.next();
    if (!raw) return null;
    this.lineNo++;
    const line = splitFields(Buffer.from(raw.bytes), join.plan.tab);
    if (this.prev) await join.checkOrder(this, this.prev, line, this.field);
    this.prev = line;
    return line;
  }
}

/** The join itself: groups of equal keys from both inputs, their cross product, the unpaired rest. */
class Joiner {
  seenUnpairable = false;
  autoCount: [number, number] = [0, 0];

  constructor(
    readonly ctx: CommandContext,
    readonly plan: JoinPlan,
    readonly out: ByteWriter,
  ) {}

  async checkOrder(input: JoinInput, prev: JoinLine, cur: JoinLine, field: number): Promise<void> {
    const { check } = this.plan;
    if (check === 'disabled' || !(check === 'enabled' || this.seenUnpairable) || input.warned) return;
    if (keyCompare(this.plan, prev, field, cur, field) <= 0) return;
    await this.out.flush();
    const text = `join: ${input.name}:${input.lineNo}: is not sorted: `;
    await writeText(this.ctx.stderr, text);
    await this.ctx.stderr.write(Buffer.concat([cur.bytes, Buffer.from('\n')]));
    if (check === 'enabled') throw new UsageError('', 1);
    input.warned = true;
  }

  private field(n: number, line: JoinLine): void {
    if (n < line.starts.length && line.ends[n] > line.starts[n]) this.out.put(line.bytes, line.starts[n], line.ends[n]);
    else if (this.plan.empty) this.out.put(this.plan.empty);
  }

  private rest(line: JoinLine, join: number, count: number): void {
    const n = this.plan.auto ? count : line.starts.length;
    const sep = this.plan.tab < 0 ? 0x20 : this.plan.tab;
    for (let i = 0; i < n; i++) {
      if (i === join) continue;
      this.out.putByte(sep);
      this.field(i, line);
    }
  }

  /** prjoin: one output line for a pair (or an unpaired line against BLANK). */
  print(a: JoinLine, b: JoinLine): void {
    const { plan } = this;
    const sep = plan.tab < 0 ? 0x20 : plan.tab;
    if (plan.format) {
      plan.format.forEach((o, i) => {
        if (i > 0) this.out.putByte(sep);
        if (o.file === 0) this.field(a === BLANK ? plan.field2 : plan.field1, a === BLANK ? b : a);
        else this.field(o.field, o.file === 1 ? a : b);
      });
    } else {
      this.field(a === BLANK ? plan.field2 : plan.field1, a === BLANK ? b : a);
      this.rest(a, plan.field1, this.autoCount[0]);
      this.rest(b, plan.field2, this.autoCount[1]);
    }
    this.out.putByte(plan.eol);
  }

  async run(in1: JoinInput, in2: JoinInput): Promise<void> {
    const { plan, out } = this;
    let seq1: JoinLine[] = [];
    let seq2: JoinLine[] = [];
    const first1 = await in1.next(this);
    const first2 = await in2.next(this);
    if (first1) seq1.push(first1);
    if (first2) seq2.push(first2);
    if (plan.auto) this.autoCount = [first1?.starts.length ?? 0, first2?.starts.length ?? 0];
    if (plan.header && (first1 || first2)) {
      this.print(first1 ?? BLANK, first2 ?? BLANK);
      in1.prev = null;
      in2.prev = null;
      seq1 = [];
      seq2 = [];
      const n1 = first1 ? await in1.next(this) : null;
      const n2 = first2 ? await in2.next(this) : null;
      if (n1) seq1.push(n1);
      if (n2) seq2.push(n2);
    }
    while (seq1.length > 0 && seq2.length > 0) {
      this.ctx.signal.throwIfAborted();
      const diff = keyCompare(plan, seq1[0], plan.field1, seq2[0], plan.field2);
      if (diff !== 0) {
        const [seq, input, unpaired] = diff < 0 ? [seq1, in1, plan.unpaired[0]] : [seq2, in2, plan.unpaired[1]];
        if (unpaired) this.print(diff < 0 ? seq[0] : BLANK, diff < 0 ? BLANK : seq[0]);
        const next = await input.next(this);
        seq.length = 0;
        if (next) seq.push(next);
        this.seenUnpairable = true;
        if (out.full) await out.flush();
        continue;
      }
      let eof1 = false;
      for (;;) {
        const next = await in1.next(this);
        if (!next) {
          eof1 = true;
          break;
        }
        seq1.push(next);
        if (keyCompare(plan, next, plan.field1, seq2[0], plan.field2) !== 0) break;
      }
      let eof2 = false;
      for (;;) {
        const next = await in2.next(this);
        if (!next) {
          eof2 = true;
          break;
        }
        seq2.push(next);
        if (keyCompare(plan, seq1[0], plan.field1, next, plan.field2) !== 0) break;
      }
      const n1 = eof1 ? seq1.length : seq1.length - 1;
      const n2 = eof2 ? seq2.length : seq2.length - 1;
      if (plan.pairs) {
        for (let i = 0; i < n1; i++) {
          for (let j = 0; j < n2; j++) {
            this.print(seq1[i], seq2[j]);
            if (out.full) await out.flush();
          }
        }
      }
      seq1 = eof1 ? [] : [seq1[seq1.length - 1]];
      seq2 = eof2 ? [] : [seq2[seq2.length - 1]];
    }
    await this.drain(in1, seq1, seq2.length > 0, 0);
    await this.drain(in2, seq2, seq1.length > 0, 1);
  }

  /** Prints (with -a) and order-checks what is left of one input. */
  private async drain(input: JoinInput, seq: JoinLine[], otherLeft: boolean, side: 0 | 1): Promise<void> {
    const unpaired = this.plan.unpaired[side];
    if (!(unpaired || this.plan.check !== 'disabled') || seq.length === 0) return;
    const show = (line: JoinLine) => (side === 0 ? this.print(line, BLANK) : this.print(BLANK, line));
    if (unpaired) show(seq[0]);
    if (otherLeft) this.seenUnpairable = true;
    for (let line = await input.next(this); line; line = await input.next(this)) {
      if (unpaired) show(line);
      if (input.warned && !unpaired) break;
      if (this.out.full) await this.out.flush();
    }
  }
}

function planOf(p: ParsedFlags): JoinPlan {
  let tab = -1;
  for (const t of p.lists.t ?? []) {
    const bytes = Buffer.from(t, 'utf8');
    let c = bytes.length === 0 ? 0x0a : bytes[0];
    if (bytes.length > 1) {
      if (t !== '\\0') throw new UsageError(`join: multi-character tab ${localeQuote(t)}\n`, 1);
      c = 0;
    }
    if (tab >= 0 && tab !== c) throw new UsageError('join: incompatible tabs\n', 1);
    tab = c;
  }
  const unpaired: [boolean, boolean] = [false, false];
  let pairs = true;
  let field1 = 0;
  let field2 = 0;
  let format: OutSpec[] | null = null;
  let auto = false;
  let check: JoinPlan['check'] = 'default';
  for (const [key, value] of p.order) {
    const v = typeof value === 'string' ? value : '';
    if (key === 'a' || key === 'v') {
      const n = fieldNumber(v);
      if (n > 1) throw new UsageError(`join: invalid field number: ${localeQuote(v)}\n`, 1);
      unpaired[n] = true;
      if (key === 'v') pairs = false;
    } else if (key === '1') field1 = fieldNumber(v);
    else if (key === '2') field2 = fieldNumber(v);
    else if (key === 'j') field1 = field2 = fieldNumber(v);
    else if (key === 'o') {
      if (v === 'auto') auto = true;
      else format = [...(format ?? []), ...parseOutputList(v)];
    } else if (key === 'check-order') check = 'enabled';
    else if (key === 'nocheck-order') check = 'disabled';
  }
  const empty = p.get('e');
  return {
    field1,
    field2,
    tab,
    ignoreCase: p.has('ignore-case'),
    unpaired,
    pairs,
    empty: empty === undefined ? null : Buffer.from(empty, 'utf8'),
    format,
    auto,
    check,
    header: p.has('header'),
    eol: p.has('zero-terminated') ? 0 : 0x0a,
  };
}

async function run(ctx: CommandContext, p: ParsedFlags): Promise<number> {
  const plan = planOf(p);
  const files = p.operands;
  if (files.length < 2) {
    throw usageError('join', files.length === 0 ? 'missing operand' : `missing operand after ${localeQuote(files[0])}`);
  }
  if (files.length > 2) throw usageError('join', `extra operand ${localeQuote(files[2])}`);
  if (files[0] === '-' && files[1] === '-') throw new UsageError('join: both files cannot be standard input\n', 1);
  const open = async (f: string) => new LineReader(f === '-' ? ctx.stdin : await primed(openInput(ctx, f)), plan.eol);
  const in1 = new JoinInput(1, files[0], await open(files[0]), plan.field1);
  const in2 = new JoinInput(2, files[1], await open(files[1]), plan.field2);
  const out = new ByteWriter(ctx.stdout);
  await new Joiner(ctx, plan, out).run(in1, in2);
  await out.flush();
  if (in1.warned || in2.warned) {
    await writeText(ctx.stderr, 'join: input is not in sorted order\n');
    return 1;
  }
  return 0;
}

/** join [OPTION]... FILE1 FILE2 */
export const join = defineCommand({
  name: 'join',
  summary: 'join lines of two files on a common field',
  help: JOIN_HELP,
  flags: [
    { short: 'a', arg: 'required' },
    { short: 'e', arg: 'required' },
    { short: 'i', long: 'ignore-case' },
    { short: 'j', arg: 'required' },
    { short: 'o', arg: 'required' },
    { short: 't', arg: 'required' },
    { short: 'v', arg: 'required' },
    { short: '1', arg: 'required' },
    { short: '2', arg: 'required' },
    { long: 'check-order' },
    { long: 'nocheck-order' },
    { long: 'header' },
    { short: 'z', long: 'zero-terminated' },
  ],
  async run(ctx, p) {
    try {
      return await run(ctx, p);
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      await writeText(ctx.stderr, inputMessage('join', e));
      return 1;
    }
  },
});
