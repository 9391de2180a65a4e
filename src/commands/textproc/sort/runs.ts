/**
 * Sorted runs as streams of whole-line blocks, and the k-way merge over them
 * (for -m and for inputs larger than SORT_MEMORY_BYTES). Spilled runs are kept
 * as zlib-compressed segments in memory: a RAM-backed temporary area.
 */
import { promisify } from 'node:util';
import { deflateRaw, inflateRaw } from 'node:zlib';
import { SORT_SPILL_SEGMENT_BYTES } from '../../../core/limits.js';
import type { ByteWriter } from '../shared/output.js';
import type { LineCompare } from './compare.js';
import type { LineStore } from './line-store.js';

const deflate = promisify(deflateRaw);
const inflate = promisify(inflateRaw);

/** A sorted run: compressed segments of whole lines, in order. */
export class SpilledRun {
  readonly segments: Buffer[] = [];

  /** The run's lines, one decompressed segment at a time. */
  async *blocks(): AsyncGenerator<Buffer> {
    for (const segment of this.segments) yield await inflate(segment);
  }
}

/** Writes the store's lines in `order` to a new compressed run (dropping -u duplicates when `same` is given). */
export async function spill(
  store: LineStore,
  order: Int32Array,
  same: ((i: number, j: number) => boolean) | null,
  signal: AbortSignal,
): Promise<SpilledRun> {
  const run = new SpilledRun();
  const { data, starts } = store;
  let segment = Buffer.allocUnsafe(SORT_SPILL_SEGMENT_BYTES);
  let used = 0;
  let prev = -1;
  for (let k = 0; k < order.length; k++) {
    const i = order[k];
    if (same && prev >= 0 && same(prev, i)) continue;
    prev = i;
    const s = starts[i];
    const e = starts[i + 1];
    if (used + (e - s) > segment.length && used > 0) {
      signal.throwIfAborted();
      run.segments.push(await deflate(segment.subarray(0, used), { level: 1 }));
      used = 0;
    }
    if (e - s > segment.length) segment = Buffer.allocUnsafe(e - s);
    used += data.copy(segment, used, s, e);
  }
  if (used > 0) run.segments.push(await deflate(segment.subarray(0, used), { level: 1 }));
  return run;
}

/** A read position in one run: the current line is buf[start, end). */
class Cursor {
  buf: Buffer = Buffer.alloc(0);
  start = 0;
  end = 0;
  private next = 0;

  constructor(
    readonly rank: number,
    private readonly source: AsyncIterator<Buffer>,
    private readonly delimiter: number,
  ) {}

  /** Moves to the next line; false at the end of the run. Awaits only when a block is used up. */
  advance(): boolean | Promise<boolean> {
    return this.next < this.buf.length ? this.step() : this.refill();
  }

  private async refill(): Promise<boolean> {
    while (this.next >= this.buf.length) {
      const r = await this.source.next();
      if (r.done) return false;
      this.buf = r.value;
      this.next = 0;
    }
    return this.step();
  }

  private step(): boolean {
    this.start = this.next;
    const at = this.buf.indexOf(this.delimiter, this.next);
    this.end = at < 0 ? this.buf.length : at;
    this.next = this.end + 1;
    return true;
  }

  /** Closes the underlying source early. */
  async close(): Promise<void> {
    await this.source.return?.();
  }
}

/** Merges sorted sources of whole-line blocks into `out`; ties keep source order (stable). */
export async function mergeRuns(
  sources: readonly AsyncIterable<Buffer>[],
  compare: LineCompare,
  unique: boolean,
  delimiter: number,
  out: ByteWriter,
  signal: AbortSignal,
): Promise<void> {
  const cursors = sources.map((s, i) => new Cursor(i, s[Symbol.asyncIterator](), delimiter));
  const heap: Cursor[] = [];
  const before = (x: Cursor, y: Cursor) => {
    const d = compare(x.buf, x.start, x.end, y.buf, y.start, y.end);
    return d < 0 || (d === 0 && x.rank < y.rank);
  };
  const siftDown = (i: number) => {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < heap.length && before(heap[l], heap[m])) m = l;
      if (r < heap.length && before(heap[r], heap[m])) m = r;
      if (m === i) return;
      [heap[i], heap[m]] = [heap[m], heap[i]];
      i = m;
    }
  };
  try {
    for (const c of cursors) if (await c.advance()) heap.push(c);
    for (let i = (heap.length >> 1) - 1; i >= 0; i--) siftDown(i);
    let last: Buffer | null = null;
    let lastLen = 0;
    let lines = 0;
    while (heap.length > 0) {
      const top = heap[0];
      const len = top.end - top.start;
      if (!unique || last === null || compare(last, 0, lastLen, top.buf, top.start, top.end) !== 0) {
        out.put(top.buf, top.start, top.end);
        out.putByte(delimiter);
        if (unique) {
          if (last === null || last.length < len) last = Buffer.allocUnsafe(Math.max(len, 256));
          top.buf.copy(last, 0, top.start, top.end);
          lastLen = len;
        }
        if (out.full) await out.flush();
      }
      if (++lines % 4096 === 0) signal.throwIfAborted();
      const more = top.advance();
      if (more === true || (more !== false && (await more))) siftDown(0);
      else {
        const tail = heap.pop() as Cursor;
        if (heap.length > 0) {
          heap[0] = tail;
          siftDown(0);
        }
      }
    }
  } finally {
    await Promise.all(cursors.map((c) => c.close()));
  }
}
