/**
 * Records from a byte stream, as they arrive: chunks are decoded (a character
 * split across chunks waits for its tail) and cut at RS. RS is one character
 * (newline by default), "" for paragraph mode (blank lines separate records,
 * leading newlines are skipped), or a regex (gawk), whose matched text is RT.
 */
import type { ByteSource } from '../../core/io.js';
import type { Codec } from './codec.js';
import { type AwkRegex, execRegex } from './regex.js';

/** How records are separated. */
export type RecordSeparator =
  | { readonly kind: 'char'; readonly ch: string }
  | { readonly kind: 'paragraph' }
  | { readonly kind: 'regex'; readonly re: AwkRegex };

const BLANK_LINES = /\n\n+/g;

/** Reads records from one source. */
export class RecordReader {
  private buf = '';
  private pos = 0;
  private eof = false;
  private carry: Uint8Array | null = null;
  private atStart = true;
  private readonly iter: AsyncIterator<Uint8Array>;
  /** The text that ended the last record (gawk's RT). */
  rt = '';
  /** Text of the last record skipLines passed over. */
  skipped = '';

  constructor(
    source: ByteSource,
    private readonly codec: Codec,
  ) {
    this.iter = source[Symbol.asyncIterator]();
  }

  /** True once every record has been returned. */
  get done(): boolean {
    return this.eof && this.pos >= this.buf.length;
  }

  /** The next record if it is already buffered; undefined when more input is needed (or none is left). */
  nextSync(rs: RecordSeparator): string | undefined {
    if (rs.kind === 'char') {
      const i = this.buf.indexOf(rs.ch, this.pos);
      if (i >= 0) {
        const rec = this.buf.slice(this.pos, i);
        this.pos = i + 1;
        this.rt = rs.ch;
        return rec;
      }
      if (!this.eof || this.pos >= this.buf.length) return undefined;
      const rec = this.buf.slice(this.pos);
      this.pos = this.buf.length;
      this.rt = '';
      return rec;
    }
    return rs.kind === 'paragraph' ? this.paragraph() : this.byRegex(rs.re);
  }

  /** The next record, reading as much input as it takes; undefined at the end. */
  async next(rs: RecordSeparator, signal: AbortSignal): Promise<string | undefined> {
    for (;;) {
      const rec = this.nextSync(rs);
      if (rec !== undefined || this.eof) return rec;
      signal.throwIfAborted();
      await this.fill();
    }
  }

  /**
   * With RS = newline: skips the complete buffered records in which `scan`
   * finds nothing, stopping at the first record it matches. Returns how many
   * were skipped; `skipped` holds the last one's text.
   */
  skipLines(scan: RegExp): number {
    const buf = this.buf;
    const pos = this.pos;
    const lastNewline = buf.lastIndexOf('\n');
    if (lastNewline < pos) return 0;
    scan.lastIndex = pos;
    const m = scan.exec(buf);
    const stop = m === null || m.index > lastNewline ? lastNewline + 1 : buf.lastIndexOf('\n', m.index - 1) + 1;
    if (stop <= pos) return 0;
    let count = 0;
    for (let i = buf.indexOf('\n', pos); i >= 0 && i < stop; i = buf.indexOf('\n', i + 1)) count++;
    this.skipped = buf.slice(buf.lastIndexOf('\n', stop - 2) + 1, stop - 1);
    this.pos = stop;
    this.rt = '\n';
    return count;
  }

  /** Stops reading (the producer is told to stop). */
  async close(): Promise<void> {
    this.eof = true;
    this.buf = '';
    this.pos = 0;
    await this.iter.return?.();
  }

  private paragraph(): string | undefined {
    if (this.atStart) {
      while (this.pos < this.buf.length && this.buf.charCodeAt(this.pos) === 10) this.pos++;
      if (this.pos >= this.buf.length && !this.eof) return undefined;
      this.atStart = false;
    }
    BLANK_LINES.lastIndex = this.pos;
    const m = BLANK_LINES.exec(this.buf);
    if (m && (m.index + m[0].length < this.buf.length || this.eof)) {
      const rec = this.buf.slice(this.pos, m.index);
      this.pos = m.index + m[0].length;
      this.rt = m[0];
      return rec;
    }
    if (!this.eof || this.pos >= this.buf.length) return undefined;
    let end = this.buf.length;
    while (end > this.pos && this.buf.charCodeAt(end - 1) === 10) end--;
    const rec = this.buf.slice(this.pos, end);
    this.rt = this.buf.slice(end);
    this.pos = this.buf.length;
    return rec === '' ? undefined : rec;
  }

  private byRegex(re: AwkRegex): string | undefined {
    let from = this.pos;
    for (;;) {
      const m = execRegex(re, this.buf, from);
      if (m === null) break;
      if (m.end === m.start) {
        from = m.start + 1;
        if (from > this.buf.length) break;
        continue;
      }
      // A match touching the end of the buffer might grow with more input.
      if (m.end >= this.buf.length && !this.eof) return undefined;
      const rec = this.buf.slice(this.pos, m.start);
      this.pos = m.end;
      this.rt = this.buf.slice(m.start, m.end);
      return rec;
    }
    if (!this.eof || this.pos >= this.buf.length) return undefined;
    const rec = this.buf.slice(this.pos);
    this.pos = this.buf.length;
    this.rt = '';
    return rec;
  }

  private async fill(): Promise<void> {
    const r = await this.iter.next();
    let text: string;
    if (r.done) {
      this.eof = true;
      if (this.carry === null) return;
      text = this.codec.decode(this.carry);
      this.carry = null;
    } else {
      let bytes = r.value;
      if (this.carry !== null) {
        const joined = new Uint8Array(this.carry.length + bytes.length);
        joined.set(this.carry);
        joined.set(bytes, this.carry.length);
        bytes = joined;
        this.carry = null;
      }
      const tail = this.codec.incompleteTail(bytes);
      if (tail > 0) {
        this.carry = bytes.slice(bytes.length - tail);
        bytes = bytes.subarray(0, bytes.length - tail);
      }
      text = this.codec.decode(bytes);
    }
    this.buf = this.pos < this.buf.length ? this.buf.slice(this.pos) + text : text;
    this.pos = 0;
  }
}
