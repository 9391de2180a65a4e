/** comm: compare two sorted files line by line (GNU comm, including its sortedness checks). */
import type { CommandContext } from '../../core/command.js';
import { UsageError } from '../../core/errors.js';
import { writeText } from '../../core/io.js';
import { defineCommand } from '../lib/define.js';
import { type ParsedFlags, usageError } from '../lib/flags.js';
import { compareRanges } from './shared/bytes.js';
import { InputError, inputMessage, openInput, primed } from './shared/input.js';
import { type Line, LineReader } from './shared/line-reader.js';
import { localeQuote } from './shared/locale-quote.js';
import { ByteWriter } from './shared/output.js';

const HELP = `Usage: comm [OPTION]... FILE1 FILE2
Compare the sorted files FILE1 and FILE2 line by line.

When FILE1 or FILE2 (not both) is -, read standard input.

With no options, print three columns: lines only in FILE1, lines only in
FILE2, and lines in both files.

  -1                      hide column 1 (lines only in FILE1)
  -2                      hide column 2 (lines only in FILE2)
  -3                      hide column 3 (lines in both files)

      --check-order       fail at the first input line out of order
      --nocheck-order     do not check the input order
      --output-delimiter=STR  separate columns with STR
      --total             end with a line of the three column counts
  -z, --zero-terminated    lines end with a NUL byte, not a newline
      --help        display this help and exit

By default the order is checked once a line without a partner is seen, and a
warning is given for each unsorted file; the exit status is then 1.
`;

/** Lines compare as bytes; the stored copy survives the reader's next call. */
function compareLines(a: Buffer, b: Buffer): number {
  return compareRanges(a, 0, a.length, b, 0, b.length);
}

async function run(ctx: CommandContext, p: ParsedFlags): Promise<number> {
  const files = p.operands;
  if (files.length < 2) {
    throw usageError('comm', files.length === 0 ? 'missing operand' : `missing operand after ${localeQuote(files[0])}`);
  }
  if (files.length > 2) throw usageError('comm', `extra operand ${localeQuote(files[2])}`);
  const delimiters = p.lists['output-delimiter'] ?? [];
  if (new Set(delimiters).size > 1) throw new UsageError('comm: multiple output delimiters specified\n', 1);
  const sepText = delimiters[0] ?? '\t';
  const sep = sepText === '' ? Buffer.from([0]) : Buffer.from(sepText, 'utf8');
  const eol = p.has('zero-terminated') ? 0 : 0x0a;
  const show = [!p.has('1'), !p.has('2'), !p.has('3')];
  let check: 'default' | 'enabled' | 'disabled' = 'default';
  for (const [key] of p.order) {
    if (key === 'check-order') check = 'enabled';
    else if (key === 'nocheck-order') check = 'disabled';
  }
  const readers: LineReader[] = [];
  for (const f of files) readers.push(new LineReader(f === '-' ? ctx.stdin : await primed(openInput(ctx, f)), eol));
  const out = new ByteWriter(ctx.stdout);
  const totals = [0, 0, 0];
  const warned = [false, false];
  const prev: (Buffer | null)[] = [null, null];
  let seenUnpairable = false;

  const older: (Buffer | null)[] = [null, null];
  const checkOrder = async (i: number, before: Buffer, after: Buffer) => {
    if (check === 'disabled' || !(check === 'enabled' || seenUnpairable) || warned[i]) return;
    if (compareLines(before, after) <= 0) return;
    await out.flush();
    await writeText(ctx.stderr, `comm: file ${i + 1} is not in sorted order\n`);
    if (check === 'enabled') throw new UsageError('', 1);
    warned[i] = true;
  };
  const read = async (i: number): Promise<Buffer | null> => {
    const line: Line | null = await readers[i].next();
    if (!line) {
      // At the end, recheck the last two lines: an unpairable line may have been seen since they were read.
      const last = prev[i];
      const beforeLast = older[i];
      if (last && beforeLast) await checkOrder(i, beforeLast, last);
      return null;
    }
    const copy = Buffer.from(line.bytes);
    const before = prev[i];
    if (before) await checkOrder(i, before, copy);
    older[i] = before;
    prev[i] = copy;
    return copy;
  };
  const write = (line: Buffer, column: number) => {
    if (!show[column]) return;
    for (let c = 0; c < column; c++) if (show[c]) out.put(sep);
    out.put(line);
    out.putByte(eol);
  };

  let a = await read(0);
  let b = await read(1);
  while (a || b) {
    ctx.signal.throwIfAborted();
    const order = !a ? 1 : !b ? -1 : compareLines(a, b);
    if (order === 0) {
      totals[2]++;
      write(b as Buffer, 2);
    } else {
      seenUnpairable = true;
      if (order < 0) {
        totals[0]++;
        write(a as Buffer, 0);
      } else {
        totals[1]++;
        write(b as Buffer, 1);
      }
    }
    if (order <= 0) a = await read(0);
    if (order >= 0) b = await read(1);
    if (out.full) await out.flush();
  }
  if (p.has('total')) {
    out.putText(`${totals[0]}`);
    out.put(sep);
    out.putText(`${totals[1]}`);
    out.put(sep);
    out.putText(`${totals[2]}`);
    out.put(sep);
    out.putText('total');
    out.putByte(eol);
  }
  await out.flush();
  if (warned[0] || warned[1]) {
    await writeText(ctx.stderr, 'comm: input is not in sorted order\n');
    return 1;
  }
  return 0;
}

/** comm [OPTION]... FILE1 FILE2 */
export const comm = defineCommand({
  name: 'comm',
  summary: 'compare two sorted files line by line',
  help: HELP,
  flags: [
    { short: '1' },
    { short: '2' },
    { short: '3' },
    { long: 'check-order' },
    { long: 'nocheck-order' },
    { long: 'output-delimiter', arg: 'required' },
    { long: 'total' },
    { short: 'z', long: 'zero-terminated' },
  ],
  async run(ctx, p) {
    try {
      return await run(ctx, p);
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      await writeText(ctx.stderr, inputMessage('comm', e));
      return 1;
    }
  },
});
