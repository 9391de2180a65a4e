/**
 * Cuts a byte stream into blocks of whole records for the search tools: each
 * block ends with the terminator byte, and only the partial record at a chunk's
 * end is carried (copied) into the next block.
 */
import type { ByteSource } from '../../core/io.js';

/** Size of the blocks a huge chunk is cut into. */
const BLOCK_BYTES = 128 * 1024;

/** One block of whole records. */
export interface RecordBlock {
  readonly bytes: Buffer;
  /** True when the input's last record had no terminator (one was added). */
  readonly unterminated: boolean;
}

function asBuffer(chunk: Uint8Array): Buffer {
  return Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.length);
}

/**
 * Yields blocks of whole records; the final unterminated record gets a
 * terminator appended. Chunks pass through uncopied: only a record spanning
 * chunks is copied, into a small block of its own, and huge chunks are cut
 * into blocks of about BLOCK_BYTES so per-block work (decoding) stays in cache.
 */
export async function* recordBlocks(source: ByteSource, eol: number, signal: AbortSignal): AsyncGenerator<RecordBlock> {
  let carry: Buffer[] = [];
  for await (const raw of source) {
    signal.throwIfAborted();
    if (raw.length === 0) continue;
    const chunk = asBuffer(raw);
    let start = 0;
    if (carry.length > 0) {
      const first = chunk.indexOf(eol);
      if (first < 0) {
        carry.push(Buffer.from(chunk));
        continue;
      }
      yield { bytes: Buffer.concat([...carry, chunk.subarray(0, first + 1)]), unterminated: false };
      carry = [];
      start = first + 1;
    }
    const last = chunk.lastIndexOf(eol);
    while (last >= start && last + 1 - start > 2 * BLOCK_BYTES) {
      const cut = chunk.indexOf(eol, start + BLOCK_BYTES);
      yield { bytes: chunk.subarray(start, cut + 1), unterminated: false };
      start = cut + 1;
    }
    if (last >= start) {
      yield { bytes: chunk.subarray(start, last + 1), unterminated: false };
      start = last + 1;
    }
    // Copy the tail: the producer may reuse the chunk once we ask for the next one.
    if (start < chunk.length) carry.push(Buffer.from(chunk.subarray(start)));
  }
  if (carry.length > 0) yield { bytes: Buffer.concat([...carry, Buffer.of(eol)]), unterminated: true };
}

/** Number of `eol` bytes in bytes[from, to). */
export function countRecords(bytes: Buffer, eol: number, from: number, to: number): number {
  let n = 0;
  for (let i = bytes.indexOf(eol, from); i >= 0 && i < to; i = bytes.indexOf(eol, i + 1)) n++;
  return n;
}
