/**
 * Input lines held as offsets into one growing byte buffer: no per-line
 * objects or strings. Every stored line ends with the delimiter (a missing
 * final delimiter is added, as GNU sort does), so line i spans
 * [starts[i], starts[i + 1] - 1).
 */

/** Lines in one buffer, addressed by index. */
export class LineStore {
  data: Buffer;
  /** Bytes of `data` in use. */
  used = 0;
  /** Start offset of each complete line; starts[count] is the end of the last one. */
  starts: Int32Array;
  /** Number of complete lines. */
  count = 0;

  constructor(
    readonly delimiter: number,
    initialBytes = 64 * 1024,
  ) {
    this.data = Buffer.allocUnsafe(Math.max(initialBytes, 1024));
    this.starts = new Int32Array(1024);
  }

  /** Start of the line still being read (after the last complete one). */
  get partialStart(): number {
    return this.starts[this.count];
  }

  /** Appends input bytes; complete lines are indexed as their delimiter arrives. */
  append(chunk: Uint8Array): void {
    this.reserve(chunk.length);
    this.data.set(chunk, this.used);
    const from = this.used;
    this.used += chunk.length;
    let at = this.data.indexOf(this.delimiter, from);
    while (at >= 0 && at < this.used) {
      this.pushLine(at + 1);
      at = this.data.indexOf(this.delimiter, at + 1);
    }
  }

  /** Ends one input: an unterminated last line gets its delimiter. */
  endInput(): void {
    if (this.used > this.partialStart) {
      this.reserve(1);
      this.data[this.used++] = this.delimiter;
      this.pushLine(this.used);
    }
  }

  /** Bytes held by complete lines. */
  get completeBytes(): number {
    return this.partialStart;
  }

  /** Drops every complete line, keeping the partial one (after its lines were spilled). */
  clearComplete(): void {
    const partial = this.partialStart;
    this.data.copy(this.data, 0, partial, this.used);
    this.used -= partial;
    this.count = 0;
    this.starts[0] = 0;
  }

  private pushLine(nextStart: number): void {
    if (this.count + 2 > this.starts.length) {
      const bigger = new Int32Array(this.starts.length * 2);
      bigger.set(this.starts);
      this.starts = bigger;
    }
    this.starts[++this.count] = nextStart;
  }

  private reserve(extra: number): void {
    if (this.used + extra <= this.data.length) return;
    const size = Math.max(this.used + extra, Math.floor(this.data.length * 1.5));
    const bigger = Buffer.allocUnsafe(size);
    this.data.copy(bigger, 0, 0, this.used);
    this.data = bigger;
  }
}
