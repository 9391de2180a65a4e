/**
 * tail over a stream (stdin, or a backend without ranged reads): hold back only
 * what can still be part of the last N lines or bytes, or skip to line/byte N.
 */
import type { ByteSink, ByteSource } from '../../core/io.js';
import { concatBytes } from '../../core/io.js';
import { countDelims } from './head-stream.js';

/** Where the last `n` lines of `bytes` begin (GNU: a final delimiter does not start an empty line). */
export function lastLinesStart(bytes: Uint8Array, n: number, delim: number): number {
  if (n <= 0) return bytes.length;
  let i = bytes.length;
  if (i > 0 && bytes[i - 1] === delim) i--;
  let left = n;
  while (i > 0) {
    const j = bytes.lastIndexOf(delim, i - 1);
    if (j < 0) return 0;
    if (--left === 0) return j + 1;
    i = j;
  }
  return 0;
}

/** Writes the last `n` lines, holding about `n` lines plus one chunk. */
export async function tailLines(source: ByteSource, n: number, delim: number, out: ByteSink): Promise<void> {
  if (n <= 0) return;
  const held: { bytes: Uint8Array; delims: number }[] = [];
  let heldDelims = 0;
  for await (const chunk of source) {
    if (chunk.length === 0) continue;
    const delims = countDelims(chunk, delim);
    held.push({ bytes: chunk.slice(), delims });
    heldDelims += delims;
    // One delimiter more than n: the file's final delimiter ends the last line, it does not start one.
    while (held.length > 1 && heldDelims - held[0].delims > n) {
      heldDelims -= (held.shift() as { delims: number }).delims;
    }
  }
  const all = concatBytes(held.map((h) => h.bytes));
  const start = lastLinesStart(all, n, delim);
  if (start < all.length) await out.write(all.subarray(start));
}

/** Writes the last `n` bytes. */
export async function tailBytes(source: ByteSource, n: number, out: ByteSink): Promise<void> {
  if (n <= 0) return;
  const held: Uint8Array[] = [];
  let heldBytes = 0;
  for await (const chunk of source) {
    held.push(chunk.slice());
    heldBytes += chunk.length;
    while (held.length > 1 && heldBytes - held[0].length >= n) heldBytes -= (held.shift() as Uint8Array).length;
  }
  const all = concatBytes(held, heldBytes);
  if (all.length > 0) await out.write(all.subarray(Math.max(0, all.length - n)));
}

/** Writes everything from line `n` (1-based) on. */
export async function tailFromLine(source: ByteSource, n: number, delim: number, out: ByteSink): Promise<void> {
  let skip = Math.max(0, n - 1);
  for await (const chunk of source) {
    let at = 0;
    while (skip > 0) {
      const i = chunk.indexOf(delim, at);
      if (i < 0) {
        at = chunk.length;
        break;
      }
      at = i + 1;
      skip--;
    }
    if (at < chunk.length) await out.write(at === 0 ? chunk : chunk.subarray(at));
  }
}

/** Writes everything from byte `n` (1-based) on. */
export async function tailFromByte(source: ByteSource, n: number, out: ByteSink): Promise<void> {
  let skip = Math.max(0, n - 1);
  for await (const chunk of source) {
    if (skip >= chunk.length) {
      skip -= chunk.length;
      continue;
    }
    await out.write(skip === 0 ? chunk : chunk.subarray(skip));
    skip = 0;
  }
}
