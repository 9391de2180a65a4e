/**
 * A sink that starts every line with a prefix: bash prints the errors of its
 * builtins as `bash: printf: …`; Mirage's echo/printf/test are commands that
 * print `printf: …`, so the shell adds `mirage: ` when it runs them as builtins.
 */
import { type ByteSink, decodeText, encodeText } from '../core/io.js';

/** Prefixes the lines a builtin-like command writes as `NAME: message`, except its `NAME: usage:` line. */
export class LinePrefixSink implements ByteSink {
  private atLineStart = true;
  private readonly prefix: Uint8Array;
  private readonly own: string;

  constructor(
    private readonly inner: ByteSink,
    prefix: string,
    name: string,
  ) {
    this.prefix = encodeText(prefix);
    this.own = `${name}: `;
  }

  private wantsPrefix(chunk: Uint8Array, at: number): boolean {
    const head = decodeText(chunk.subarray(at, at + this.own.length + 6));
    return head.startsWith(this.own) && !head.startsWith(`${this.own}usage:`);
  }

  async write(chunk: Uint8Array): Promise<void> {
    let start = 0;
    while (start < chunk.length) {
      if (this.atLineStart && this.wantsPrefix(chunk, start)) await this.inner.write(this.prefix);
      this.atLineStart = false;
      const nl = chunk.indexOf(0x0a, start);
      const end = nl < 0 ? chunk.length : nl + 1;
      await this.inner.write(chunk.subarray(start, end));
      if (nl >= 0) this.atLineStart = true;
      start = end;
    }
  }
}
