/**
 * Whole-line blocks for byte-level hot loops: each yielded buffer holds only
 * complete lines (every line ends with the delimiter, except possibly the last
 * line of the input), so a tool scans it with indexOf and allocates nothing
 * per line. Only the partial line at a chunk boundary is copied.
 */
import type { ByteSource } from '../../../core/io.js';

/**
 * Yields buffers of whole lines. A yielded buffer is valid until the next one is
 * asked for (the producer may reuse its chunks).
 */
export async function* lineBlocks(source: ByteSource, delimiter: number): AsyncGenerator<Buffer> {
  let carry: Buffer[] = [];
  let carryLen = 0;
  for await (const raw of source) {
    const chunk = Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength);
    const last = chunk.lastIndexOf(delimiter);
    if (last < 0) {
      carry.push(Buffer.from(chunk));
      carryLen += chunk.length;
      continue;
    }
    if (carryLen > 0) {
      carry.push(chunk.subarray(0, last + 1));
      yield Buffer.concat(carry, carryLen + last + 1);
    } else {
      yield chunk.subarray(0, last + 1);
    }
    carry = last + 1 < chunk.length ? [Buffer.from(chunk.subarray(last + 1))] : [];
    carryLen = chunk.length - last - 1;
  }
  if (carryLen > 0) yield Buffer.concat(carry, carryLen);
}
