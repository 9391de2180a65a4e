/**
 * Buffered byte output for line-at-a-time tools: pieces are copied into a
 * CHUNK_SIZE buffer and the sink sees one write per chunk, so a hot loop pays
 * an await only when a chunk is full (`if (out.put(x)) await out.flush()`).
 */
import type { ByteSink } from '../../../core/io.js';
import { CHUNK_SIZE } from '../../../core/limits.js';

/** Pieces shorter than this are copied in a JS loop: cheaper than creating a subarray view. */
const SMALL_COPY = 64;

/** Collects output bytes and writes them in chunks, keeping the sink's backpressure. */
export class ByteWriter {
  private buf: Buffer;
  private len = 0;
  private pending: Uint8Array[] = [];

  constructor(
    private readonly sink: ByteSink,
    private readonly size = CHUNK_SIZE,
  ) {
    this.buf = Buffer.allocUnsafe(size);
  }

  /** True when enough is gathered that the caller should await flush(). */
  get full(): boolean {
    return this.len >= this.size || this.pending.length > 0;
  }

  /** Appends bytes[start, end); returns `full`. */
  put(bytes: Uint8Array, start = 0, end = bytes.length): boolean {
    const n = end - start;
    if (this.len + n > this.buf.length) this.spill(n);
    if (n < SMALL_COPY) {
      const buf = this.buf;
      let at = this.len;
      for (let i = start; i < end; i++) buf[at++] = bytes[i];
    } else {
      this.buf.set(bytes.subarray(start, end), this.len);
    }
    this.len += n;
    return this.full;
  }

  /** Appends one byte; returns `full`. */
  putByte(byte: number): boolean {
    if (this.len >= this.buf.length) this.spill(1);
    this.buf[this.len++] = byte;
    return this.full;
  }

  /** Appends a string as UTF-8; returns `full`. */
  putText(text: string): boolean {
    const max = text.length * 3;
    if (this.len + max > this.buf.length) this.spill(max);
    this.len += this.buf.write(text, this.len, 'utf8');
    return this.full;
  }

  /** Writes everything gathered so far. */
  async flush(): Promise<void> {
    const pending = this.pending;
    this.pending = [];
    for (const chunk of pending) await this.sink.write(chunk);
    if (this.len === 0) return;
    const out = this.buf.subarray(0, this.len);
    // The sink may keep the chunk, so the next bytes go to a fresh buffer.
    this.buf = Buffer.allocUnsafe(this.size);
    this.len = 0;
    await this.sink.write(out);
  }

  /** Parks the current buffer and starts one big enough for `need` more bytes. */
  private spill(need: number): void {
    if (this.len > 0) this.pending.push(this.buf.subarray(0, this.len));
    this.buf = Buffer.allocUnsafe(Math.max(this.size, need));
    this.len = 0;
  }
}
