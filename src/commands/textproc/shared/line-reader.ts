/** Pull-style line reading for tools that take one line at a time from several inputs (paste, join, comm). */

/** One line without its delimiter, and whether the delimiter was present. */
export interface Line {
  readonly bytes: Buffer;
  readonly terminated: boolean;
}

/** Reads delimiter-terminated lines from a source on demand. */
export class LineReader {
  private readonly it: AsyncIterator<Uint8Array>;
  private buf: Buffer = Buffer.alloc(0);
  private pos = 0;
  private done = false;

  constructor(
    source: AsyncIterable<Uint8Array>,
    private readonly delimiter = 0x0a,
  ) {
    this.it = source[Symbol.asyncIterator]();
  }

  /** The next line, or null at the end of input. The bytes stay valid until the next call. */
  async next(): Promise<Line | null> {
    const at = this.buf.indexOf(this.delimiter, this.pos);
    if (at >= 0) {
      const bytes = this.buf.subarray(this.pos, at);
      this.pos = at + 1;
      return { bytes, terminated: true };
    }
    const parts: Buffer[] = [Buffer.from(this.buf.subarray(this.pos))];
    this.buf = Buffer.alloc(0);
    this.pos = 0;
    while (!this.done) {
      const r = await this.it.next();
      if (r.done) {
        this.done = true;
        break;
      }
      const chunk = Buffer.from(r.value.buffer, r.value.byteOffset, r.value.byteLength);
      const nl = chunk.indexOf(this.delimiter);
      if (nl < 0) {
        parts.push(Buffer.from(chunk));
        continue;
      }
      parts.push(chunk.subarray(0, nl));
      this.buf = Buffer.from(chunk.subarray(nl + 1));
      return { bytes: Buffer.concat(parts), terminated: true };
    }
    const rest = Buffer.concat(parts);
    return rest.length > 0 ? { bytes: rest, terminated: false } : null;
  }

  /** Stops the source early. */
  async close(): Promise<void> {
    if (!this.done) await this.it.return?.();
    this.done = true;
  }
}
