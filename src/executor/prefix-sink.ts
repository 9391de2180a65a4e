/**
 * A sink that starts every line with a prefix: bash prints the errors of its
 * builtins as `bash: printf: …`; Mirage's echo/printf/test are commands that
 * print `printf: …`, so the shell adds `mirage: ` when it runs them as builtins.
 */
import { type ByteSink, encodeText } from '../core/io.js';

/** Prefixes each line written through it. */
export class LinePrefixSink implements ByteSink {
  private atLineStart = true;
  private readonly prefix: Uint8Array;

  constructor(
    private readonly inner: ByteSink,
    prefix: string,
  ) {
    this.prefix = encodeText(prefix);
  }

  async write(chunk: Uint8Array): Promise<void> {
    let start = 0;
    while (start < chunk.length) {
      if (this.atLineStart) {
        await this.inner.write(this.prefix);
        this.atLineStart = false;
      }
      const nl = chunk.indexOf(0x0a, start);
      const end = nl < 0 ? chunk.length : nl + 1;
      await this.inner.write(chunk.subarray(start, end));
      if (nl >= 0) this.atLineStart = true;
      start = end;
    }
  }
}
