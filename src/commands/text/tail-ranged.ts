/**
 * tail of a file on a backend with ranged reads: read backwards from the end in
 * growing ranges until the last N lines are found, so `tail big.log` costs a
 * few kilobytes instead of the whole object.
 */
import type { ByteSink } from '../../core/io.js';
import { concatBytes } from '../../core/io.js';
import { TAIL_FIRST_RANGE_BYTES, TAIL_MAX_HELD_BYTES, TAIL_MAX_RANGE_BYTES } from '../../core/limits.js';
import type { VirtualFs } from '../../core/vfs.js';

/** Reads bytes [start, end) of `path` into one array. */
async function readRange(fs: VirtualFs, path: string, start: number, end: number, signal: AbortSignal) {
  const chunks: Uint8Array[] = [];
  for await (const c of fs.read(path, { start, end, signal })) chunks.push(c);
  return concatBytes(chunks);
}

/** Streams bytes [start, size) of `path` to `out`. */
async function streamFrom(fs: VirtualFs, path: string, start: number, out: ByteSink, signal: AbortSignal) {
  for await (const c of fs.read(path, { start, signal })) await out.write(c);
}

/** Writes the last `n` lines of the `size`-byte file at `path`, reading backwards. */
export async function tailLinesRanged(
  fs: VirtualFs,
  path: string,
  size: number,
  n: number,
  delim: number,
  out: ByteSink,
  signal: AbortSignal,
): Promise<void> {
  if (n <= 0 || size === 0) return;
  let held: Uint8Array[] = [];
  let heldBytes = 0;
  let end = size;
  let range = TAIL_FIRST_RANGE_BYTES;
  let left = n;
  let lastByte = true;
  let overflowed = false;
  let found = -1;
  while (end > 0 && found < 0) {
    signal.throwIfAborted();
    const start = Math.max(0, end - range);
    const bytes = await readRange(fs, path, start, end, signal);
    let i = bytes.length;
    // The file's final delimiter ends its last line rather than starting a new one.
    if (lastByte && i > 0 && bytes[i - 1] === delim) i--;
    lastByte = false;
    while (i > 0) {
      const j = bytes.lastIndexOf(delim, i - 1);
      if (j < 0) break;
      if (--left === 0) {
        found = start + j + 1;
        break;
      }
      i = j;
    }
    const keep = found < 0 ? bytes : bytes.subarray(found - start);
    if (!overflowed && heldBytes + keep.length <= TAIL_MAX_HELD_BYTES) {
      held.unshift(keep);
      heldBytes += keep.length;
    } else {
      overflowed = true;
      held = [];
    }
    end = start;
    range = Math.min(range * 2, TAIL_MAX_RANGE_BYTES);
  }
  if (found < 0) found = 0;
  if (overflowed) {
    await streamFrom(fs, path, found, out, signal);
    return;
  }
  for (const piece of held) if (piece.length > 0) await out.write(piece);
}

/** Writes the last `n` bytes of the `size`-byte file at `path` with one ranged read. */
export async function tailBytesRanged(
  fs: VirtualFs,
  path: string,
  size: number,
  n: number,
  out: ByteSink,
  signal: AbortSignal,
): Promise<void> {
  if (n <= 0 || size === 0) return;
  await streamFrom(fs, path, Math.max(0, size - n), out, signal);
}
