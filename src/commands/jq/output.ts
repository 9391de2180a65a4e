/**
 * The run's two output streams, kept in order: results and error messages are
 * queued as text and written in large chunks (awaiting the sink, which is the
 * backpressure), stdout and stderr interleaved as jq wrote them.
 */
import type { ByteSink } from '../../core/io.js';
import type { JqOptions } from './cli.js';
import { type WriteOptions, writeJson } from './values/json-write.js';
import type { Value } from './values/value.js';

/** Bytes of queued output after which the run stops to write. */
export const OUTPUT_FLUSH_CHARS = 64 * 1024;

/** Renders one result the way the options ask. */
export function resultFormatter(o: JqOptions): (v: Value) => string {
  const layout: WriteOptions = {
    indent: o.layout.kind === 'compact' ? '' : o.layout.kind === 'tab' ? '\t' : ' '.repeat(o.layout.width),
    sortKeys: o.sortKeys,
    ascii: o.ascii,
  };
  const prefix = o.seq ? '\x1e' : '';
  const suffix = o.nulOutput ? '\0' : o.joinOutput ? '' : '\n';
  const raw = o.rawOutput && !o.ascii;
  if (!prefix && !raw && layout.indent === '' && !layout.sortKeys && !layout.ascii && suffix === '\n') {
    return (v) => `${writeJson(v)}\n`;
  }
  return (v) => prefix + (raw && typeof v === 'string' ? v : writeJson(v, layout)) + suffix;
}

/** Ordered stdout/stderr text waiting to be written. */
export class OutputQueue {
  /** Queued stdout text not yet in `parts`. */
  private out = '';
  private parts: { err: boolean; text: string }[] = [];
  private size = 0;

  constructor(
    private readonly stdout: ByteSink,
    private readonly stderr: ByteSink,
  ) {}

  /** True when enough is queued that the run should write it before going on. */
  get full(): boolean {
    return this.size >= OUTPUT_FLUSH_CHARS;
  }

  /** Queues stdout text. */
  write(text: string): void {
    this.out += text;
    this.size += text.length;
  }

  /** Queues stderr text after everything queued so far. */
  writeError(text: string): void {
    if (this.out !== '') {
      this.parts.push({ err: false, text: this.out });
      this.out = '';
    }
    this.parts.push({ err: true, text });
    this.size += text.length;
  }

  /** Writes everything queued, in order. */
  async flush(): Promise<void> {
    if (this.out !== '') {
      this.parts.push({ err: false, text: this.out });
      this.out = '';
    }
    const parts = this.parts;
    this.parts = [];
    this.size = 0;
    for (const p of parts) await (p.err ? this.stderr : this.stdout).write(Buffer.from(p.text, 'utf8'));
  }
}
