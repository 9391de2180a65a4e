/**
 * A filesystem stored in Redis (key layout in redis-keys.ts). Every call is one
 * atomic Lua script, except streamed reads, which open the file in one script and
 * then fetch GETRANGE windows that start small and double, so `head` on a big file
 * costs a few round trips and stops as soon as its consumer does.
 * Symlinks are stored verbatim and followed by the VFS (their targets are virtual
 * paths); hard links are not supported. The password of the URL lives only inside
 * the private connection: errors, JSON and inspect output show host:port.
 */
import type { Redis } from 'ioredis';
import { FsError } from '../../core/errors.js';
import { CHUNK_SIZE, REDIS_READ_WINDOW_BYTES } from '../../core/limits.js';
import { normalizePath } from '../../core/path.js';
import type {
  DirEntry,
  FileStat,
  FileType,
  ReadOptions,
  Resource,
  ResourceCapabilities,
  WriteHandle,
  WriteOptions,
} from '../../core/resource.js';
import { REDIS_CAPABILITIES, REDIS_READ_ONLY_CAPABILITIES } from './redis-capabilities.js';
import { DEFAULT_KEY_PREFIX, RedisKeys } from './redis-keys.js';
import { RedisLink } from './redis-link.js';
import {
  COPY_FILE,
  MKDIR,
  OPEN_READ,
  OPEN_WRITE,
  READDIR,
  READLINK,
  RENAME,
  RM,
  RMDIR,
  STAT,
  SYMLINK,
  UTIMES,
} from './redis-scripts.js';
import { flag, RedisWriteHandle } from './redis-write.js';

/** Where the data lives: a URL (the mount opens and closes its own connection) or a caller's ioredis client. */
export type RedisSource =
  | { readonly url: string; readonly client?: undefined }
  | { readonly client: Redis; readonly url?: undefined };

/** Options of a Redis mount. */
export type RedisResourceOptions = RedisSource & {
  /** Prefix of every key of this filesystem (default 'mirage:'); several filesystems can share one database. */
  readonly keyPrefix?: string;
  /** Refuse changes with EROFS. */
  readonly readOnly?: boolean;
};

/** A filesystem stored in Redis. */
export class RedisResource implements Resource {
  readonly kind = 'redis';
  readonly capabilities: ResourceCapabilities;
  /** host:port of the server, safe to print. */
  readonly endpoint: string;
  readonly keyPrefix: string;
  readonly readOnly: boolean;
  readonly #link: RedisLink;
  readonly #keys: RedisKeys;
  readonly #createdAt = Date.now();

  constructor(opts: RedisResourceOptions) {
    if ((opts.url === undefined) === (opts.client === undefined)) {
      throw new Error('RedisResource: give either url or client');
    }
    this.keyPrefix = opts.keyPrefix ?? DEFAULT_KEY_PREFIX;
    this.readOnly = opts.readOnly ?? false;
    this.capabilities = this.readOnly ? REDIS_READ_ONLY_CAPABILITIES : REDIS_CAPABILITIES;
    this.#keys = new RedisKeys(this.keyPrefix);
    this.#link = new RedisLink(opts.client ? { client: opts.client } : { url: opts.url as string }, this.keyPrefix);
    this.endpoint = this.#link.endpoint;
  }

  stat(path: string, opts?: { signal?: AbortSignal }): Promise<FileStat> {
    return this.statOf(normalizePath(path), true, opts?.signal);
  }

  lstat(path: string, opts?: { signal?: AbortSignal }): Promise<FileStat> {
    return this.statOf(normalizePath(path), false, opts?.signal);
  }

  async readdir(path: string, opts?: { signal?: AbortSignal }): Promise<DirEntry[]> {
    path = normalizePath(path);
    opts?.signal?.throwIfAborted();
    const pairs = await this.#link.script(READDIR, path, [path]);
    const out: DirEntry[] = [];
    for (let i = 0; i + 1 < pairs.length; i += 2) out.push({ name: String(pairs[i]), type: pairs[i + 1] as FileType });
    return out;
  }

  read(path: string, opts: ReadOptions = {}): AsyncIterable<Uint8Array> {
    path = normalizePath(path);
    const link = this.#link;
    const key = this.#keys.data(path);
    return {
      async *[Symbol.asyncIterator]() {
        opts.signal?.throwIfAborted();
        const [size] = await link.script(OPEN_READ, path, [path]);
        const end = Math.min(opts.end ?? Number(size), Number(size));
        let window = CHUNK_SIZE;
        for (let at = Math.max(0, opts.start ?? 0); at < end; ) {
          opts.signal?.throwIfAborted();
          const last = Math.min(at + window, end) - 1;
          const chunk = await link.run(path, (c) => c.getrangeBuffer(key, at, last));
          // The file shrank or went away since it was opened: its end came early.
          if (chunk.length === 0) return;
          yield chunk;
          at += chunk.length;
          window = Math.min(window * 2, REDIS_READ_WINDOW_BYTES);
        }
      },
    };
  }

  async openWrite(path: string, opts: WriteOptions = {}): Promise<WriteHandle> {
    path = normalizePath(path);
    this.checkWritable(path);
    opts.signal?.throwIfAborted();
    await this.#link.script(OPEN_WRITE, path, [path, flag(opts.append)]);
    return new RedisWriteHandle(this.#link, this.#keys, path, opts.append ?? false, opts.signal);
  }

  async mkdir(path: string, opts: { recursive?: boolean } = {}): Promise<void> {
    path = normalizePath(path);
    this.checkWritable(path);
    if (path === '/') {
      if (opts.recursive) return;
      throw new FsError('EEXIST', path);
    }
    await this.#link.script(MKDIR, path, [path, flag(opts.recursive)]);
  }

  async rm(path: string, opts: { recursive?: boolean } = {}): Promise<void> {
    path = normalizePath(path);
    this.checkWritable(path);
    if (path === '/') throw new FsError('EBUSY', path);
    await this.#link.script(RM, path, [path, flag(opts.recursive)]);
  }

  async rmdir(path: string): Promise<void> {
    path = normalizePath(path);
    this.checkWritable(path);
    if (path === '/') throw new FsError('EBUSY', path);
    await this.#link.script(RMDIR, path, [path]);
  }

  async rename(from: string, to: string): Promise<void> {
    from = normalizePath(from);
    to = normalizePath(to);
    this.checkWritable(from);
    if (from === '/' || to === '/') throw new FsError('EBUSY', from);
    if (to === from) return;
    if (to.startsWith(`${from}/`)) throw new FsError('EINVAL', to);
    await this.#link.script(RENAME, from, [from, to]);
  }

  async symlink(target: string, path: string): Promise<void> {
    path = normalizePath(path);
    this.checkWritable(path);
    await this.#link.script(SYMLINK, path, [target, path]);
  }

  async readlink(path: string): Promise<string> {
    path = normalizePath(path);
    const [target] = await this.#link.script(READLINK, path, [path]);
    return String(target);
  }

  async utimes(path: string, mtimeMs: number): Promise<void> {
    path = normalizePath(path);
    this.checkWritable(path);
    await this.#link.script(UTIMES, path, [path, String(mtimeMs)]);
  }

  async copyFile(from: string, to: string): Promise<void> {
    from = normalizePath(from);
    to = normalizePath(to);
    this.checkWritable(to);
    await this.#link.script(COPY_FILE, from, [from, to]);
  }

  /** Closes the connection the mount opened (a client passed in stays open). */
  close(): Promise<void> {
    return this.#link.close();
  }

  /** What JSON.stringify shows: where the data lives, never the password. */
  toJSON(): Record<string, unknown> {
    return { kind: this.kind, endpoint: this.endpoint, keyPrefix: this.keyPrefix, readOnly: this.readOnly };
  }

  private async statOf(path: string, follow: boolean, signal: AbortSignal | undefined): Promise<FileStat> {
    signal?.throwIfAborted();
    const pairs = await this.#link.script(STAT, path, [path, flag(follow)]);
    const meta = new Map<string, string>();
    for (let i = 0; i + 1 < pairs.length; i += 2) meta.set(String(pairs[i]), String(pairs[i + 1]));
    return toStat(meta, this.#createdAt);
  }

  private checkWritable(path: string): void {
    if (this.readOnly) throw new FsError('EROFS', path);
  }
}

/** A FileStat from a metadata hash; an empty hash is the root before the first change. */
function toStat(meta: Map<string, string>, fallbackMtime: number): FileStat {
  const type = (meta.get('type') ?? 'directory') as FileType;
  const mtimeMs = Number(meta.get('mtime') ?? fallbackMtime);
  switch (type) {
    case 'file':
      return { type, size: Number(meta.get('size') ?? 0), mtimeMs, mode: Number(meta.get('mode') ?? 0o644), nlink: 1 };
    case 'symlink':
      return {
        type,
        size: Buffer.byteLength(meta.get('target') ?? ''),
        mtimeMs,
        mode: Number(meta.get('mode') ?? 0o777),
        nlink: 1,
      };
    default:
      return { type: 'directory', size: 4096, mtimeMs, mode: Number(meta.get('mode') ?? 0o755), nlink: 2 };
  }
}
