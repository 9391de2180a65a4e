/**
 * File descriptors of a running command: a small table of readable sources and
 * writable sinks. Sources are shared: `read` takes one line and leaves the rest
 * for the next reader of the same descriptor, as with a real file offset.
 */
import type { ByteSink, ByteSource } from '../core/io.js';

/** A readable descriptor that several commands may read in turn. */
export class SharedSource implements AsyncIterable<Uint8Array> {
  private iter: AsyncIterator<Uint8Array> | null = null;
  private pending: Uint8Array[] = [];
  private done = false;

  constructor(private readonly src: ByteSource) {}

  [Symbol.asyncIterator](): AsyncIterator<Uint8Array> {
    return {
      next: () => this.pull(),
      // A reader that stops early leaves the descriptor open for the next one.
      return: async () => ({ done: true, value: undefined }),
    };
  }

  /** The next chunk, or done. */
  async pull(): Promise<IteratorResult<Uint8Array>> {
    const p = this.pending.pop();
    if (p) return { done: false, value: p };
    if (this.done) return { done: true, value: undefined };
    this.iter ??= this.src[Symbol.asyncIterator]();
    const r = await this.iter.next();
    if (r.done) this.done = true;
    return r;
  }

  /** Puts bytes back in front of the stream (what `read` did not consume). */
  unread(bytes: Uint8Array): void {
    if (bytes.length > 0) this.pending.push(bytes);
  }

  /** Closes the underlying source: its producer is told to stop. */
  async close(): Promise<void> {
    this.pending = [];
    if (this.iter && !this.done) {
      this.done = true;
      await this.iter.return?.();
    }
    this.done = true;
  }
}

/** One descriptor: readable, writable, or both. */
export interface Fd {
  readonly source?: SharedSource;
  readonly sink?: ByteSink;
}

/** Descriptor number → descriptor. Copied (not mutated) when a command redirects. */
export type FdTable = ReadonlyMap<number, Fd>;

/** The source of descriptor `n`, or an empty one. */
export function fdSource(fds: FdTable, n: number): SharedSource | undefined {
  return fds.get(n)?.source;
}

/** The sink of descriptor `n`. */
export function fdSink(fds: FdTable, n: number): ByteSink | undefined {
  return fds.get(n)?.sink;
}
