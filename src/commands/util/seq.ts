/** seq: print a sequence of numbers (exact big integers when all operands are integers). */
import type { CommandContext } from '../../core/command.js';
import { UsageError } from '../../core/errors.js';
import { writeText } from '../../core/io.js';
import { LOOP_YIELD_EVERY } from '../../core/limits.js';
import { defineCommand } from '../lib/define.js';
import { type FlagSpec, parseFlags, tryHelp, usageError } from '../lib/flags.js';
import { quoteAlways } from '../lib/quote.js';
import { TextBatcher } from '../lib/text-batch.js';
import { parseCFloat, toDouble } from './c-float.js';
import { yieldToEventLoop } from './event-loop.js';
import {
  defaultSeqFormat,
  parseSeqFormat,
  renderNumber,
  type SeqFormat,
  type SeqOperand,
  scanOperand,
} from './seq-format.js';

const HELP = `Usage: seq [OPTION]... LAST
  or:  seq [OPTION]... FIRST LAST
  or:  seq [OPTION]... FIRST INCREMENT LAST
Print numbers from FIRST to LAST, in steps of INCREMENT.

Mandatory arguments to long options are mandatory for short options too.
  -f, --format=FORMAT      use printf style floating-point FORMAT
  -s, --separator=STRING   use STRING to separate numbers (default: \\n)
  -w, --equal-width        equalize width by padding with leading zeroes
      --help     display this help and exit

If FIRST or INCREMENT is omitted, it defaults to 1.  That is, an
omitted INCREMENT defaults to 1 even when LAST is smaller than FIRST.
The sequence of numbers ends when the sum of the current number and
INCREMENT would become greater than LAST.
FIRST, INCREMENT, and LAST are interpreted as floating point values.
INCREMENT is usually positive if FIRST is smaller than LAST, and
INCREMENT is usually negative if FIRST is greater than LAST.
INCREMENT must not be 0; none of FIRST, INCREMENT and LAST may be NaN.
FORMAT must be suitable for printing one argument of type 'double';
it defaults to %.PRECf if FIRST, INCREMENT, and LAST are all fixed point
decimal numbers with maximum precision PREC, and to %g otherwise.
`;

const FLAGS: readonly FlagSpec[] = [
  { short: 'f', long: 'format', arg: 'required' },
  { short: 's', long: 'separator', arg: 'required' },
  { short: 'w', long: 'equal-width' },
  { long: 'help' },
];

/** Options end at the first operand or at a word that looks like a negative number (`seq -1 1`). */
function splitOptions(args: readonly string[]): { options: string[]; operands: string[] } {
  let i = 0;
  for (; i < args.length; i++) {
    const a = args[i];
    if (a === '--') return { options: args.slice(0, i), operands: args.slice(i + 1) };
    if (a.length < 2 || a[0] !== '-' || /^-[.\d]/.test(a)) break;
    if (a === '--format' || a === '--separator' || /^-w*[fs]$/.test(a)) i++;
  }
  return { options: args.slice(0, i), operands: args.slice(i) };
}

function scanArg(text: string): SeqOperand {
  const { value, length } = parseCFloat(text);
  if (length === 0 || length < text.length)
    throw usageError('seq', `invalid floating point argument: ${quoteAlways(text)}`);
  if (value.kind === 'nan') throw usageError('seq', `invalid 'not-a-number' argument: ${quoteAlways(text)}`);
  return scanOperand(text, value);
}

/** Writes first..last by step with exact integers. */
async function integerSequence(ctx: CommandContext, ops: readonly string[], sep: string, width: number) {
  const [first, step, last] =
    ops.length === 1
      ? [1n, 1n, BigInt(ops[0])]
      : ops.length === 2
        ? [BigInt(ops[0]), 1n, BigInt(ops[1])]
        : ops.map((o) => BigInt(o));
  const out = new TextBatcher(ctx.stdout);
  const render = (v: bigint) =>
    width === 0
      ? v.toString()
      : v < 0n
        ? `-${(-v).toString().padStart(width - 1, '0')}`
        : v.toString().padStart(width, '0');
  let n = 0;
  for (let v = first; step > 0n ? v <= last : v >= last; v += step) {
    if (++n % LOOP_YIELD_EVERY === 0) {
      await yieldToEventLoop();
      ctx.signal.throwIfAborted();
    }
    await out.add(n === 1 ? render(v) : sep + render(v));
  }
  if (n > 0) await out.add('\n');
  await out.flush();
}

/** GNU's print_numbers: first + i*step, printing one extra value when rounding would stop short of LAST. */
async function floatSequence(
  ctx: CommandContext,
  fmt: SeqFormat,
  first: number,
  step: number,
  last: number,
  sep: string,
) {
  const out = new TextBatcher(ctx.stdout);
  const outOfRange = (x: number) => (step < 0 ? x < last : last < x);
  if (outOfRange(first)) return;
  let x = first;
  let done = false;
  for (let i = 1; ; i++) {
    if (i % LOOP_YIELD_EVERY === 0) {
      await yieldToEventLoop();
      ctx.signal.throwIfAborted();
    }
    const shown = renderNumber(fmt, x);
    await out.add(fmt.prefix + shown + fmt.suffix);
    if (done) break;
    x = first + i * step;
    done = outOfRange(x);
    if (done) {
      // Print one value past LAST when it only got there by rounding and still shows as LAST.
      const next = renderNumber(fmt, x);
      const parsed = parseCFloat(next);
      if (!(parsed.length === next.length && toDouble(parsed.value) === last && next !== shown)) break;
    }
    await out.add(sep);
  }
  await out.add('\n');
  await out.flush();
}

/** The seq command. */
export const seq = defineCommand({
  name: 'seq',
  summary: 'print a sequence of numbers',
  help: HELP,
  parse: false,
  async run(ctx) {
    const { options, operands } = splitOptions(ctx.args);
    const parsed = parseFlags('seq', options, FLAGS);
    if (parsed.has('help')) {
      await writeText(ctx.stdout, HELP);
      return 0;
    }
    const sep = parsed.get('separator') ?? '\n';
    const equalWidth = parsed.has('equal-width');
    const userFormat = parsed.get('format');
    if (operands.length === 0) throw usageError('seq', 'missing operand');
    if (operands.length > 3) throw usageError('seq', `extra operand ${quoteAlways(operands[3])}`);
    const fmt = userFormat === undefined ? null : parseSeqFormat(userFormat);
    if (fmt && equalWidth) {
      throw new UsageError(
        `seq: format string may not be specified when printing equal width strings\n${tryHelp('seq')}\n`,
        1,
      );
    }
    const scanned = operands.map(scanArg);
    const one = scanOperand('1', { kind: 'finite', neg: false, digits: 1n, scale: 0 });
    const [first, step, last] =
      scanned.length === 1 ? [one, one, scanned[0]] : scanned.length === 2 ? [scanned[0], one, scanned[1]] : scanned;
    if (toDouble(step.value) === 0)
      throw usageError('seq', `invalid Zero increment value: ${quoteAlways(operands[1])}`);
    if (!fmt && operands.every((o) => /^[+-]?\d+$/.test(o))) {
      const width = equalWidth ? Math.max(first.width, last.width) : 0;
      await integerSequence(ctx, operands, sep, width);
      return 0;
    }
    const format = fmt ?? defaultSeqFormat(first, step, last, equalWidth);
    await floatSequence(ctx, format, toDouble(first.value), toDouble(step.value), toDouble(last.value), sep);
    return 0;
  },
});
