/** sort -c / -C: report the first line out of order, as GNU does ("sort: f:3: disorder: x"). */
import type { CommandContext } from '../../../core/command.js';
import { writeText } from '../../../core/io.js';
import { lineBlocks } from '../shared/blocks.js';
import { nameOf } from '../shared/input.js';
import type { LineCompare } from './compare.js';

/** Checks one input; returns 0 when sorted, 1 at the first disorder (after reporting it unless quiet). */
export async function checkSorted(
  ctx: CommandContext,
  operand: string,
  source: AsyncIterable<Uint8Array>,
  compare: LineCompare,
  unique: boolean,
  delimiter: number,
  quiet: boolean,
): Promise<number> {
  let prev = Buffer.allocUnsafe(256);
  let prevLen = -1;
  let lineNo = 0;
  for await (const block of lineBlocks(source, delimiter)) {
    ctx.signal.throwIfAborted();
    let start = 0;
    while (start < block.length) {
      const at = block.indexOf(delimiter, start);
      const end = at < 0 ? block.length : at;
      lineNo++;
      if (prevLen >= 0) {
        const d = compare(prev, 0, prevLen, block, start, end);
        if (d > 0 || (unique && d === 0)) {
          if (!quiet) {
            const line = Buffer.from(block.subarray(start, end));
            await writeText(ctx.stderr, `sort: ${nameOf(operand)}:${lineNo}: disorder: `);
            await ctx.stderr.write(Buffer.concat([line, Buffer.from('\n')]));
          }
          return 1;
        }
      }
      const len = end - start;
      if (prev.length < len) prev = Buffer.allocUnsafe(len * 2);
      block.copy(prev, 0, start, end);
      prevLen = len;
      start = end + 1;
    }
  }
  return 0;
}
