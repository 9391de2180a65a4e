/** cut's field mode: the per-line scanner and its block driver, tuned for the common `-d X -f N`. */
import { concatBytes } from '../../core/io.js';
import type { Selection } from './cut-list.js';
import type { ByteWriter } from './shared/output.js';

/** How the selected parts of a line are found and joined. */
export interface CutPlan {
  readonly fields: boolean;
  readonly selection: Selection;
  readonly delim: number;
  readonly outDelim: Buffer | null;
  readonly suppress: boolean;
  readonly eol: number;
}

/** Returned by cutLine for a line that holds no delimiter (nothing was written). */
const NOT_DELIMITED = -1;

function putDelimiter(plan: CutPlan, out: ByteWriter): void {
  if (plan.outDelim) out.put(plan.outDelim);
  else out.putByte(plan.delim);
}

/**
 * Cuts the line starting at `start` (ending at `eol` or at the end of `buf`).
 * Returns the index of its end, or NOT_DELIMITED when it holds no delimiter.
 */
function cutLine(plan: CutPlan, buf: Buffer, start: number, eol: number, out: ByteWriter): number {
  const { selection, delim } = plan;
  const last = selection.last;
  const len = buf.length;
  let field = 1;
  let fieldStart = start;
  let printed = false;
  let i = start;
  for (; i < len; i++) {
    const c = buf[i];
    if (c === eol) break;
    if (c !== delim) continue;
    if (selection.has(field)) {
      if (printed) putDelimiter(plan, out);
      out.put(buf, fieldStart, i);
      printed = true;
    }
    field++;
    fieldStart = i + 1;
    if (field > last) {
      const nl = buf.indexOf(eol, fieldStart);
      i = nl < 0 ? len : nl;
      out.putByte(plan.eol);
      return i;
    }
  }
  if (field === 1) return NOT_DELIMITED;
  if (selection.has(field)) {
    if (printed) putDelimiter(plan, out);
    out.put(buf, fieldStart, i);
  }
  out.putByte(plan.eol);
  return i;
}

/**
 * Field mode over one block of whole lines. A line without a delimiter starts
 * a run that lasts until the line holding the next delimiter; such a run is
 * copied (or, with -s, skipped) in one piece.
 */
export function cutFieldBlock(plan: CutPlan, block: Buffer, out: ByteWriter): void {
  const eol = plan.eol;
  let start = 0;
  while (start < block.length) {
    const end = cutLine(plan, block, start, eol, out);
    if (end !== NOT_DELIMITED) {
      start = end + 1;
      continue;
    }
    const nextDelim = block.indexOf(plan.delim, start);
    const runEnd = nextDelim < 0 ? block.length : block.lastIndexOf(eol, nextDelim) + 1;
    if (!plan.suppress) {
      out.put(block, start, runEnd);
      if (block[runEnd - 1] !== eol) out.putByte(eol);
    }
    start = runEnd;
  }
}

/**
 * `-d` equal to the line end: GNU treats the whole input as one record whose
 * fields are its lines, ignoring one final line end.
 */
export async function cutWholeInput(plan: CutPlan, input: AsyncIterable<Uint8Array>, out: ByteWriter): Promise<void> {
  const chunks: Uint8Array[] = [];
  for await (const c of input) chunks.push(Uint8Array.prototype.slice.call(c));
  const all = concatBytes(chunks);
  if (all.length === 0) return;
  const whole = Buffer.from(all.buffer, all.byteOffset, all.byteLength);
  const body = whole[whole.length - 1] === plan.eol ? whole.subarray(0, whole.length - 1) : whole;
  // GNU counts the final line end as a delimiter only when it buffers the first field (-s XOR unselected).
  const delimited = body.includes(plan.eol) || (body !== whole && plan.suppress === plan.selection.has(1));
  if (!delimited) {
    if (plan.suppress) return;
    out.put(body);
    out.putByte(plan.eol);
    return;
  }
  let field = 1;
  let printed = false;
  let start = 0;
  for (;;) {
    const at = body.indexOf(plan.eol, start);
    const end = at < 0 ? body.length : at;
    if (plan.selection.has(field)) {
      if (printed) putDelimiter(plan, out);
      out.put(body, start, end);
      printed = true;
    }
    if (at < 0) break;
    field++;
    start = end + 1;
  }
  out.putByte(plan.eol);
}
