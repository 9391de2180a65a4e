/**
 * awk's output streams: standard output and error, files opened by `>` and
 * `>>` (kept open until close() or exit), and `| "cmd"` pipes into a shell
 * command fed as the program prints. Text is buffered as a string and written
 * as bytes once a chunk's worth has collected, or on flush.
 */

import { BrokenPipeError } from '../../core/errors.js';
import type { ByteSink, Pipe } from '../../core/io.js';
import { CHUNK_SIZE } from '../../core/limits.js';
import type { WriteHandle } from '../../core/resource.js';
import type { Codec } from './codec.js';

/** A buffered text output. */
export abstract class OutStream {
  private buf = '';

  constructor(
    protected readonly codec: Codec,
    private readonly limit: number = CHUNK_SIZE,
  ) {}

  /** Appends text; true when the buffer is due to be flushed. */
  put(text: string): boolean {
    this.buf += text;
    return this.buf.length >= this.limit;
  }

  /** Writes out everything buffered. */
  async flush(): Promise<void> {
    if (this.buf === '') return;
    const bytes = this.codec.encode(this.buf);
    this.buf = '';
    await this.write(bytes);
  }

  /** Flushes and releases the stream; resolves to close()'s return value. */
  abstract close(): Promise<number>;

  protected abstract write(bytes: Uint8Array): Promise<void>;
}

/** Standard output or error. */
export class SinkStream extends OutStream {
  constructor(
    codec: Codec,
    private readonly sink: ByteSink,
    limit?: number,
  ) {
    super(codec, limit);
  }

  protected write(bytes: Uint8Array): Promise<void> {
    return this.sink.write(bytes);
  }

  async close(): Promise<number> {
    await this.flush();
    return 0;
  }
}

/** A file opened by `>` or `>>`. */
export class FileStream extends OutStream {
  constructor(
    codec: Codec,
    private readonly handle: WriteHandle,
  ) {
    super(codec);
  }

  protected write(bytes: Uint8Array): Promise<void> {
    return this.handle.write(bytes);
  }

  async close(): Promise<number> {
    try {
      await this.flush();
    } finally {
      await this.handle.close();
    }
    return 0;
  }
}

/** `print | "cmd"`: a pipe into a running command; close() waits for its exit status. */
export class PipeStream extends OutStream {
  private broken = false;

  constructor(
    codec: Codec,
    private readonly pipe: Pipe,
    private readonly done: Promise<number>,
  ) {
    super(codec);
  }

  protected async write(bytes: Uint8Array): Promise<void> {
    if (this.broken) return;
    try {
      await this.pipe.write(bytes);
    } catch (e) {
      // The command stopped reading (`| "head -1"`): later output to it is dropped.
      if (!(e instanceof BrokenPipeError)) throw e;
      this.broken = true;
    }
  }

  async close(): Promise<number> {
    try {
      await this.flush();
    } finally {
      this.pipe.end();
    }
    return this.done;
  }
}
