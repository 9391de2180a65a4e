/** wc: print newline, word, and byte counts for each file. */
import type { CommandContext } from '../../core/command.js';
import { FsError } from '../../core/errors.js';
import { writeText } from '../../core/io.js';
import { defineCommand } from '../lib/define.js';
import { isUtf8Locale } from '../lib/locale.js';
import { quote } from '../lib/quote.js';
import { WcCounter, type WcCounts, type WcWanted, zeroCounts } from './wc-count.js';

const HELP = `Usage: wc [OPTION]... [FILE]...
Print newline, word, and byte counts for each FILE, and a total line if
more than one FILE is specified.  A word is a non-zero-length sequence of
printable characters delimited by white space.

With no FILE, or when FILE is -, read standard input.

The options below may be used to select which counts are printed, always in
the following order: newline, word, character, byte, maximum line length.
  -c, --bytes            print the byte counts
  -m, --chars            print the character counts
  -l, --lines            print the newline counts
  -L, --max-line-length  print the maximum display width
  -w, --words            print the word counts
      --help     display this help and exit
`;

const ORDER = ['lines', 'words', 'chars', 'bytes', 'maxLine'] as const;

/** The counts line: numbers right-aligned to `width`, then the name when there is one. */
function formatLine(counts: WcCounts, wanted: WcWanted, width: number, name: string | null): string {
  const cols: string[] = [];
  for (const key of ORDER) if (wanted[key]) cols.push(String(counts[key]).padStart(width));
  return `${cols.join(' ')}${name === null ? '' : ` ${name}`}\n`;
}

/**
 * GNU's compute_number_width: one column when a single count of a single input
 * is printed; otherwise wide enough for the total size of the regular files,
 * and at least 7 when any input is not a regular file (stdin, a directory).
 */
async function numberWidth(ctx: CommandContext, operands: readonly string[], nCounts: number): Promise<number> {
  if (operands.length <= 1 && nCounts === 1) return 1;
  let minimum = 1;
  let total = 0;
  for (const op of operands.length > 0 ? operands : ['-']) {
    if (op === '-') {
      minimum = 7;
      continue;
    }
    try {
      const st = await ctx.fs.stat(ctx.resolve(op), { signal: ctx.signal });
      if (st.type === 'file') total += st.size;
      else minimum = 7;
    } catch (e) {
      if (!(e instanceof FsError)) throw e;
    }
  }
  return Math.max(String(total).length, minimum);
}

/** Counts one operand; returns null (after reporting) when it cannot be opened. */
async function countOne(ctx: CommandContext, op: string, wanted: WcWanted, utf8: boolean): Promise<WcCounts | null> {
  if (op === '-') {
    const counter = new WcCounter(wanted, utf8);
    for await (const chunk of ctx.stdin) counter.add(chunk);
    return counter.finish();
  }
  const path = ctx.resolve(op);
  const bytesOnly = wanted.bytes && !wanted.lines && !wanted.words && !wanted.chars && !wanted.maxLine;
  const counter = new WcCounter(wanted, utf8);
  try {
    if (bytesOnly) {
      // Like GNU: the size of a regular file is known without reading it.
      const st = await ctx.fs.stat(path, { signal: ctx.signal });
      if (st.type === 'file') return { ...zeroCounts(), bytes: st.size, chars: st.size };
    }
    for await (const chunk of ctx.fs.read(path, { signal: ctx.signal })) counter.add(chunk);
  } catch (e) {
    if (!(e instanceof FsError)) throw e;
    await writeText(ctx.stderr, `wc: ${quote(op)}: ${e.reason}\n`);
    // An unreadable directory was opened all the same: GNU prints its (zero) counts.
    return e.code === 'EISDIR' ? Object.assign(zeroCounts(), { failed: true }) : null;
  }
  return counter.finish();
}

/** GNU quotes a name in the counts line only when it holds a newline. */
function displayName(op: string): string {
  return op.includes('\n') ? quote(op) : op;
}

/** The wc command. */
export const wc = defineCommand({
  name: 'wc',
  summary: 'print newline, word, and byte counts for each file',
  help: HELP,
  flags: [
    { short: 'c', long: 'bytes' },
    { short: 'm', long: 'chars' },
    { short: 'l', long: 'lines' },
    { short: 'L', long: 'max-line-length' },
    { short: 'w', long: 'words' },
  ],
  async run(ctx, parsed) {
    const any = ['bytes', 'chars', 'lines', 'max-line-length', 'words'].some((k) => parsed.has(k));
    const wanted: WcWanted = any
      ? {
          lines: parsed.has('lines'),
          words: parsed.has('words'),
          chars: parsed.has('chars'),
          bytes: parsed.has('bytes'),
          maxLine: parsed.has('max-line-length'),
        }
      : { lines: true, words: true, chars: false, bytes: true, maxLine: false };
    const nCounts = ORDER.filter((k) => wanted[k]).length;
    const operands = parsed.operands;
    const width = await numberWidth(ctx, operands, nCounts);
    const utf8 = isUtf8Locale(ctx.env);
    const total = zeroCounts();
    let status = 0;
    for (const op of operands.length > 0 ? operands : ['-']) {
      const counts = await countOne(ctx, op, wanted, utf8);
      if (counts === null || 'failed' in counts) status = 1;
      if (counts === null) continue;
      for (const key of ORDER)
        total[key] = key === 'maxLine' ? Math.max(total[key], counts[key]) : total[key] + counts[key];
      await writeText(ctx.stdout, formatLine(counts, wanted, width, operands.length > 0 ? displayName(op) : null));
    }
    if (operands.length > 1) await writeText(ctx.stdout, formatLine(total, wanted, width, 'total'));
    return status;
  },
});
