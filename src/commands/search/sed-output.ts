/**
 * sed's output streams. Each keeps GNU's "missing newline" state: a last input
 * line without a terminator is printed without one, and the terminator is
 * added only if something else is printed after it.
 */
import type { ByteSink } from '../../core/io.js';
import { OutBuffer } from './out-buffer.js';

/** One output stream of sed (standard output, a `w` file or an in-place file). */
export class SedStream {
  private readonly out: OutBuffer;
  private missingNewline = false;

  constructor(
    sink: ByteSink,
    private readonly eol: number,
  ) {
    this.out = new OutBuffer(sink);
  }

  /** Writes `text` (latin1) followed by the record terminator, or not when `terminate` is false. */
  line(text: string, terminate = true): void {
    this.resume();
    this.out.latin1(text);
    if (terminate) this.out.byte(this.eol);
    else this.missingNewline = true;
  }

  /** Writes `text` as it is (a/i/c text, `=` and `l` output carry their own newlines). */
  raw(text: string): void {
    this.resume();
    this.out.latin1(text);
  }

  /** Writes bytes as they are (`r` files). */
  bytes(bytes: Uint8Array): void {
    if (bytes.length === 0) return;
    this.resume();
    this.out.bytes(bytes);
  }

  /** Ends a line left without its terminator (before the append queue, as GNU does). */
  endMissingNewline(): void {
    this.resume();
  }

  private resume(): void {
    if (!this.missingNewline) return;
    this.out.byte(this.eol);
    this.missingNewline = false;
  }

  /** True once enough is queued that the caller should flush. */
  get full(): boolean {
    return this.out.full;
  }

  async flush(): Promise<void> {
    await this.out.flush();
  }
}
