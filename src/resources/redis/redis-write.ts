/**
 * An open write to a Redis file. Chunks are copied into a local buffer; past
 * REDIS_WRITE_FLUSH_BYTES they are appended to a staging key (P w:<id>) so a big
 * write never sits whole in memory. close() commits in one script: the bytes (or
 * the staging key) replace the file, or are appended to it, and its metadata and
 * listing change with them. abort() drops the buffer and the staging key, so
 * nothing written through this handle ever shows.
 */
import { randomUUID } from 'node:crypto';
import { FsError } from '../../core/errors.js';
import { REDIS_WRITE_FLUSH_BYTES } from '../../core/limits.js';
import type { WriteHandle } from '../../core/resource.js';
import type { RedisKeys } from './redis-keys.js';
import type { RedisLink } from './redis-link.js';
import { COMMIT } from './redis-scripts.js';

/** A WriteHandle that commits atomically on close. */
export class RedisWriteHandle implements WriteHandle {
  readonly #link: RedisLink;
  readonly #keys: RedisKeys;
  readonly #path: string;
  readonly #append: boolean;
  readonly #signal: AbortSignal | undefined;
  #chunks: Buffer[] = [];
  #buffered = 0;
  #staging: string | undefined;
  #done = false;

  constructor(link: RedisLink, keys: RedisKeys, path: string, append: boolean, signal?: AbortSignal) {
    this.#link = link;
    this.#keys = keys;
    this.#path = path;
    this.#append = append;
    this.#signal = signal;
  }

  async write(chunk: Uint8Array): Promise<void> {
    if (this.#done) throw new FsError('EBADF', this.#path);
    this.#signal?.throwIfAborted();
    // Copy: the writer may reuse its buffer once write resolves.
    this.#chunks.push(Buffer.from(chunk));
    this.#buffered += chunk.length;
    if (this.#buffered >= REDIS_WRITE_FLUSH_BYTES) await this.flush();
  }

  async close(): Promise<void> {
    if (this.#done) return;
    this.#done = true;
    try {
      if (this.#staging !== undefined) {
        if (this.#buffered > 0) await this.flush();
        await this.#link.script(COMMIT, this.#path, [this.#path, flag(this.#append), 'staged', this.#staging]);
      } else {
        const bytes = Buffer.concat(this.#chunks, this.#buffered);
        this.#chunks = [];
        await this.#link.script(COMMIT, this.#path, [this.#path, flag(this.#append), 'inline', bytes]);
      }
    } catch (e) {
      await this.dropStaging();
      throw e;
    }
  }

  async abort(): Promise<void> {
    if (this.#done) return;
    this.#done = true;
    this.#chunks = [];
    await this.dropStaging();
  }

  private async flush(): Promise<void> {
    const bytes = Buffer.concat(this.#chunks, this.#buffered);
    this.#chunks = [];
    this.#buffered = 0;
    this.#staging ??= this.#keys.staging(randomUUID());
    await this.#link.stage(this.#path, this.#staging, bytes);
  }

  private async dropStaging(): Promise<void> {
    const key = this.#staging;
    if (key === undefined) return;
    this.#staging = undefined;
    // Best effort: the key expires by itself if the server cannot be reached.
    await this.#link.run(this.#path, (c) => c.del(key)).catch(() => undefined);
  }
}

/** A boolean as a script argument. */
export function flag(on: boolean | undefined): string {
  return on ? '1' : '0';
}
