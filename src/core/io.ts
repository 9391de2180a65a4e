/**
 * Byte streams between stages: a source is an AsyncIterable of chunks, a sink has
 * an awaited write (that is the backpressure). Pipe joins the two with a bounded
 * buffer; when its reader closes, writers get BrokenPipeError (bash's SIGPIPE).
 */
import { BrokenPipeError } from './errors.js';
import { PIPE_BUFFER_BYTES } from './limits.js';

/** Where a stage writes. `write` resolves when the chunk may be reused and more may be sent. */
export interface ByteSink {
  write(chunk: Uint8Array): Promise<void>;
}

/** Where a stage reads from. Breaking out of `for await` tells the producer to stop. */
export type ByteSource = AsyncIterable<Uint8Array>;

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** UTF-8 bytes of a string. */
export function encodeText(text: string): Uint8Array {
  return encoder.encode(text);
}

/** A string from UTF-8 bytes; invalid sequences become U+FFFD. */
export function decodeText(bytes: Uint8Array): string {
  return decoder.decode(bytes);
}

/** Writes a string as UTF-8. */
export function writeText(sink: ByteSink, text: string): Promise<void> {
  if (text.length === 0) return Promise.resolve();
  return sink.write(encoder.encode(text));
}

/** A source with no bytes. */
export const EMPTY_SOURCE: ByteSource = {
  [Symbol.asyncIterator]() {
    return { next: async () => ({ done: true, value: undefined }) };
  },
};

/** A source yielding the given bytes (or string) once. */
export function sourceOf(data: Uint8Array | string): ByteSource {
  const bytes = typeof data === 'string' ? encodeText(data) : data;
  return {
    async *[Symbol.asyncIterator]() {
      if (bytes.length > 0) yield bytes;
    },
  };
}

/** A sink that throws nothing away and keeps nothing: /dev/null. */
export const NULL_SINK: ByteSink = { write: () => Promise.resolve() };

/** Collects everything written, for execute results and command substitution. */
export class CollectSink implements ByteSink {
  private chunks: Uint8Array[] = [];
  private total = 0;

  constructor(private readonly limit = Number.POSITIVE_INFINITY) {}

  write(chunk: Uint8Array): Promise<void> {
    if (chunk.length === 0) return Promise.resolve();
    if (this.total + chunk.length > this.limit) return Promise.reject(new RangeError('output limit exceeded'));
    // Copy (Buffer#slice would share memory): writers may reuse their buffers once write resolves.
    this.chunks.push(Uint8Array.prototype.slice.call(chunk));
    this.total += chunk.length;
    return Promise.resolve();
  }

  get size(): number {
    return this.total;
  }

  /** All bytes written so far, as one array. */
  bytes(): Uint8Array {
    if (this.chunks.length === 1) return this.chunks[0];
    const out = concatBytes(this.chunks, this.total);
    this.chunks = out.length > 0 ? [out] : [];
    return out;
  }

  text(): string {
    return decodeText(this.bytes());
  }
}

/** Concatenates chunks into one array. */
export function concatBytes(chunks: readonly Uint8Array[], total?: number): Uint8Array {
  const size = total ?? chunks.reduce((n, c) => n + c.length, 0);
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** Reads a whole source into memory. Only for inputs known to be small. */
export async function readAll(source: ByteSource, limit = Number.POSITIVE_INFINITY): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const c of source) {
    total += c.length;
    if (total > limit) throw new RangeError('input too large');
    chunks.push(c);
  }
  return chunks.length === 1 ? chunks[0] : concatBytes(chunks, total);
}

/**
 * A bounded in-memory pipe. The writer side is a ByteSink plus end(); the reader
 * side is a single-consumer ByteSource plus close(). Chunks are passed by
 * reference (no copy), so writers must not mutate a chunk after writing it.
 */
export class Pipe implements ByteSink, AsyncIterable<Uint8Array> {
  private readonly queue: Uint8Array[] = [];
  private head = 0;
  private queued = 0;
  private ended = false;
  private closed = false;
  private readerWake: (() => void) | null = null;
  private writerWakes: (() => void)[] = [];
  private readonly onCloseListeners: (() => void)[] = [];

  constructor(private readonly highWater = PIPE_BUFFER_BYTES) {}

  /** True once the reader has gone away. */
  get readerClosed(): boolean {
    return this.closed;
  }

  async write(chunk: Uint8Array): Promise<void> {
    if (this.closed) throw new BrokenPipeError();
    if (this.ended) throw new Error('write after end');
    if (chunk.length === 0) return;
    this.queue.push(chunk);
    this.queued += chunk.length;
    this.wakeReader();
    while (this.queued > this.highWater && !this.closed) {
      await new Promise<void>((resolve) => this.writerWakes.push(resolve));
    }
    if (this.closed) throw new BrokenPipeError();
  }

  /** No more writes: the reader sees end of file after the queued bytes. */
  end(): void {
    this.ended = true;
    this.wakeReader();
  }

  /** The reader stops: queued bytes are dropped and pending and future writes fail with EPIPE. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.queue.length = 0;
    this.head = 0;
    this.queued = 0;
    this.wakeWriters();
    this.wakeReader();
    for (const fn of this.onCloseListeners.splice(0)) fn();
  }

  /** Calls `fn` once when the reader closes (to cancel the producer's upstream work). */
  onClose(fn: () => void): void {
    if (this.closed) fn();
    else this.onCloseListeners.push(fn);
  }

  [Symbol.asyncIterator](): AsyncIterator<Uint8Array> {
    return {
      next: () => this.next(),
      return: async () => {
        this.close();
        return { done: true, value: undefined };
      },
    };
  }

  private async next(): Promise<IteratorResult<Uint8Array>> {
    for (;;) {
      if (this.closed) return { done: true, value: undefined };
      if (this.head < this.queue.length) {
        const chunk = this.queue[this.head];
        this.queue[this.head++] = EMPTY;
        if (this.head > 1024 && this.head * 2 > this.queue.length) {
          this.queue.splice(0, this.head);
          this.head = 0;
        }
        this.queued -= chunk.length;
        if (this.queued <= this.highWater) this.wakeWriters();
        return { done: false, value: chunk };
      }
      if (this.ended) return { done: true, value: undefined };
      await new Promise<void>((resolve) => {
        this.readerWake = resolve;
      });
    }
  }

  private wakeReader(): void {
    const wake = this.readerWake;
    if (wake) {
      this.readerWake = null;
      wake();
    }
  }

  private wakeWriters(): void {
    if (this.writerWakes.length === 0) return;
    for (const wake of this.writerWakes.splice(0)) wake();
  }
}

const EMPTY = new Uint8Array(0);
