/** Batches many small text pieces (listing lines) into few sink writes, keeping backpressure. */
import type { ByteSink } from '../../core/io.js';
import { writeText } from '../../core/io.js';
import { CHUNK_SIZE } from '../../core/limits.js';

/** Collects text and writes it out in chunks of about CHUNK_SIZE characters. */
export class TextBatcher {
  private parts: string[] = [];
  private size = 0;

  constructor(private readonly sink: ByteSink) {}

  /** Queues `text`; writes (and waits) once enough has gathered. */
  async add(text: string): Promise<void> {
    this.parts.push(text);
    this.size += text.length;
    if (this.size >= CHUNK_SIZE) await this.flush();
  }

  /** Writes whatever is queued. */
  async flush(): Promise<void> {
    if (this.size === 0) return;
    const text = this.parts.join('');
    this.parts = [];
    this.size = 0;
    await writeText(this.sink, text);
  }
}
