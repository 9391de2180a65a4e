/**
 * Output batching for the search tools: records are appended synchronously
 * (bytes or latin1 text, one char per byte) and written to the sink in chunks
 * of about CHUNK_SIZE, so a hot loop awaits once per chunk, not once per line.
 */
import type { ByteSink } from '../../core/io.js';
import { CHUNK_SIZE } from '../../core/limits.js';

/** A growable byte buffer in front of a sink. */
export class OutBuffer {
  private buf = Buffer.allocUnsafe(CHUNK_SIZE * 2);
  private len = 0;

  constructor(private readonly sink: ByteSink) {}

  /** True once enough is queued that the caller should `await flush()`. */
  get full(): boolean {
    return this.len >= CHUNK_SIZE;
  }

  private reserve(extra: number): void {
    if (this.len + extra <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < this.len + extra) size *= 2;
    const next = Buffer.allocUnsafe(size);
    this.buf.copy(next, 0, 0, this.len);
    this.buf = next;
  }

  /** Appends bytes[start, end). */
  bytes(bytes: Uint8Array, start = 0, end = bytes.length): void {
    const n = end - start;
    this.reserve(n);
    this.buf.set(bytes.subarray(start, end), this.len);
    this.len += n;
  }

  /** Appends one byte. */
  byte(b: number): void {
    this.reserve(1);
    this.buf[this.len++] = b;
  }

  /** Appends a string whose chars are bytes (latin1). */
  latin1(text: string): void {
    this.reserve(text.length);
    this.len += this.buf.write(text, this.len, 'latin1');
  }

  /** Appends a string as UTF-8 (file names, messages). */
  utf8(text: string): void {
    this.reserve(Buffer.byteLength(text));
    this.len += this.buf.write(text, this.len, 'utf8');
  }

  /** Writes what is queued. The buffer is handed over, never reused, since sinks may keep it. */
  async flush(): Promise<void> {
    if (this.len === 0) return;
    const out = this.buf.subarray(0, this.len);
    this.buf = Buffer.allocUnsafe(CHUNK_SIZE * 2);
    this.len = 0;
    await this.sink.write(out);
  }
}
