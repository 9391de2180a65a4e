/**
 * An S3 bucket (or a prefix of one) as a resource, on AWS or any S3-compatible
 * service. Files are objects, directories are key prefixes (see s3-stat.ts), and
 * mkdir leaves a zero-byte `dir/` marker so empty directories exist; listings hide
 * markers and work as well without them. No symlinks. utimes copies the object
 * onto itself with an `mtime` metadata entry (in seconds, as rclone writes it),
 * which stat prefers to LastModified; for a directory it rewrites the marker.
 */
import { inspect } from 'node:util';
import { FsError } from '../../core/errors.js';
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
import { resolvePreset, type S3Preset } from './presets.js';
import { s3Capabilities } from './s3-capabilities.js';
import { S3Connection, type S3CredentialsInput } from './s3-connection.js';
import { ancestors } from './s3-keys.js';
import { firstObjects, listPages } from './s3-list.js';
import { readObject } from './s3-read.js';
import { ensureParentDir, hasKeysUnder, headObject, MTIME_METADATA, missingError, probe, statPath } from './s3-stat.js';
import { copyObject, deleteTree, moveTree } from './s3-tree.js';
import { S3WriteHandle } from './s3-write.js';

/** Options of an S3 mount. Explicit values win over the preset's. */
export interface S3ResourceOptions {
  readonly bucket: string;
  /** Key prefix the mount's root stands for ('' or absent: the whole bucket). */
  readonly prefix?: string;
  /** Signing region (default: the preset's, AWS_REGION, then us-east-1). */
  readonly region?: string;
  /** Endpoint URL of an S3-compatible service (default: AWS). */
  readonly endpoint?: string;
  /** Path-style addressing (`host/bucket/key`), which most self-hosted servers need. */
  readonly forcePathStyle?: boolean;
  /** Static credentials or a provider; absent: the standard AWS chain (environment, profiles, instance roles). */
  readonly credentials?: S3CredentialsInput;
  /** A service preset that fills in endpoint, region and addressing (see presets.ts). */
  readonly preset?: S3Preset;
  /** Refuse every change with EROFS. */
  readonly readOnly?: boolean;
  /** How long a request may wait for an answer, or a transfer stay silent, before it fails (ms). */
  readonly requestTimeoutMs?: number;
  /** Attempts per request, retries (with backoff) included, for network errors, 5xx and throttling. */
  readonly maxAttempts?: number;
}

/** Zero-byte objects marking directories carry this type, as other S3 filesystem tools write it. */
const MARKER_CONTENT_TYPE = 'application/x-directory';

/** A bucket, or a prefix of one, as a filesystem. */
export class S3Resource implements Resource {
  readonly kind = 's3';
  readonly capabilities: ResourceCapabilities;
  readonly #conn: S3Connection;
  readonly #readOnly: boolean;

  constructor(opts: S3ResourceOptions) {
    const preset = opts.preset ? resolvePreset(opts.preset) : undefined;
    this.#readOnly = opts.readOnly ?? false;
    this.#conn = new S3Connection({
      bucket: opts.bucket,
      prefix: opts.prefix,
      region: opts.region ?? preset?.region ?? process.env.AWS_REGION ?? 'us-east-1',
      endpoint: opts.endpoint ?? preset?.endpoint,
      forcePathStyle: opts.forcePathStyle ?? preset?.forcePathStyle ?? false,
      credentials: opts.credentials,
      batchDelete: preset?.batchDelete ?? true,
      requestTimeoutMs: opts.requestTimeoutMs,
      maxAttempts: opts.maxAttempts,
    });
    this.capabilities = s3Capabilities(!this.#readOnly, preset?.cost);
  }

  /** Where the mount points, without credentials: what JSON.stringify and util.inspect show. */
  toJSON(): Record<string, unknown> {
    const c = this.#conn;
    return {
      kind: this.kind,
      bucket: c.bucket,
      prefix: c.keys.prefix,
      endpoint: c.endpoint,
      region: c.region,
      readOnly: this.#readOnly,
    };
  }

  [inspect.custom](): string {
    return `S3Resource ${inspect(this.toJSON())}`;
  }

  stat(path: string, opts?: { signal?: AbortSignal }): Promise<FileStat> {
    return statPath(this.#conn, path, opts?.signal);
  }

  lstat(path: string, opts?: { signal?: AbortSignal }): Promise<FileStat> {
    return statPath(this.#conn, path, opts?.signal);
  }

  async readdir(path: string, opts?: { signal?: AbortSignal }): Promise<DirEntry[]> {
    const conn = this.#conn;
    const norm = normalizePath(path);
    const dirKey = conn.keys.dirKey(norm);
    const entries = new Map<string, FileType>();
    let marker = false;
    for await (const page of listPages(conn, norm, dirKey, { delimiter: true, signal: opts?.signal })) {
      for (const o of page.objects) {
        if (o.key === dirKey) marker = true;
        const name = o.key.slice(dirKey.length);
        if (isListable(name) && !entries.has(name)) entries.set(name, 'file');
      }
      // A key and a prefix of the same name: listed once, as the directory, so its children stay reachable.
      for (const p of page.prefixes) {
        const name = p.slice(dirKey.length, -1);
        if (isListable(name)) entries.set(name, 'directory');
      }
    }
    if (entries.size > 0 || marker || norm === '/') return [...entries].map(([name, type]) => ({ name, type }));
    const found = await probe(conn, norm, opts?.signal);
    if (found?.stat.type === 'file') throw new FsError('ENOTDIR', path);
    if (!found) throw await missingError(conn, norm, opts?.signal);
    return [];
  }

  read(path: string, opts?: ReadOptions): AsyncIterable<Uint8Array> {
    return readObject(this.#conn, path, opts);
  }

  async openWrite(path: string, opts: WriteOptions = {}): Promise<WriteHandle> {
    const conn = this.#conn;
    const norm = this.writable(path);
    if (norm === '/') throw new FsError('EISDIR', path);
    const signal = opts.signal;
    signal?.throwIfAborted();
    const key = conn.keys.key(norm);
    const [head, isDir] = await Promise.all([
      headObject(conn, norm, key, signal),
      hasKeysUnder(conn, norm, signal),
      ensureParentDir(conn, norm, signal),
    ]);
    if (isDir) throw new FsError('EISDIR', path);
    const append = opts.append ?? false;
    // open(2) creates and truncates at once: `cat f > f` must see an empty f.
    if (head === null || (!append && head.size > 0)) await this.putEmpty(norm, key, signal);
    return new S3WriteHandle(conn, { path: norm, key, append, sizeBefore: head?.size ?? null, signal });
  }

  async mkdir(path: string, opts: { recursive?: boolean } = {}): Promise<void> {
    const conn = this.#conn;
    const norm = this.writable(path);
    if (norm === '/') {
      if (opts.recursive) return;
      throw new FsError('EEXIST', path);
    }
    if (!opts.recursive) {
      const [found] = await Promise.all([probe(conn, norm), ensureParentDir(conn, norm)]);
      if (found) throw new FsError('EEXIST', path);
      return this.putMarker(norm);
    }
    const levels = [...ancestors(norm), norm];
    const found = await Promise.all(levels.map((p) => probe(conn, p)));
    const missing: string[] = [];
    for (let i = 0; i < levels.length; i++) {
      const st = found[i]?.stat;
      if (st?.type === 'file') throw new FsError(i === levels.length - 1 ? 'EEXIST' : 'ENOTDIR', path);
      if (!st) missing.push(levels[i]);
    }
    // Every level gets a marker, so removing the deepest leaves its parents (as rmdir would).
    await Promise.all(missing.map((p) => this.putMarker(p)));
  }

  async rm(path: string, opts: { recursive?: boolean } = {}): Promise<void> {
    const conn = this.#conn;
    const norm = this.writable(path);
    if (norm === '/') throw new FsError('EBUSY', path);
    const found = await probe(conn, norm);
    if (!found) throw await missingError(conn, norm);
    if (found.stat.type === 'file') return this.deleteObject(norm, conn.keys.key(norm));
    if (!opts.recursive) throw new FsError('EISDIR', path);
    await deleteTree(conn, norm, conn.keys.dirKey(norm));
  }

  async rmdir(path: string): Promise<void> {
    const conn = this.#conn;
    const norm = this.writable(path);
    if (norm === '/') throw new FsError('EBUSY', path);
    const found = await probe(conn, norm);
    if (!found) throw await missingError(conn, norm);
    if (found.stat.type !== 'directory') throw new FsError('ENOTDIR', path);
    const dirKey = conn.keys.dirKey(norm);
    const under = await firstObjects(conn, norm, dirKey, 2);
    if (under.some((o) => o.key !== dirKey)) throw new FsError('ENOTEMPTY', path);
    await this.deleteObject(norm, dirKey);
  }

  async rename(from: string, to: string): Promise<void> {
    const conn = this.#conn;
    const src = this.writable(from);
    const dst = normalizePath(to);
    if (src === '/' || dst === '/') throw new FsError('EBUSY', from);
    if (dst === src) return;
    const [a, b] = await Promise.all([probe(conn, src), probe(conn, dst), ensureParentDir(conn, dst)]);
    if (!a) throw await missingError(conn, src);
    if (a.stat.type === 'directory' && dst.startsWith(`${src}/`)) throw new FsError('EINVAL', to);
    if (b) {
      if (b.stat.type === 'directory' && a.stat.type !== 'directory') throw new FsError('EISDIR', to);
      if (b.stat.type !== 'directory' && a.stat.type === 'directory') throw new FsError('ENOTDIR', to);
      if (b.stat.type === 'directory' && (await this.hasChildren(dst))) throw new FsError('ENOTEMPTY', to);
    }
    if (a.stat.type === 'file') {
      await copyObject(conn, src, conn.keys.key(src), conn.keys.key(dst), a.stat.size);
      return this.deleteObject(src, conn.keys.key(src));
    }
    await moveTree(conn, src, conn.keys.dirKey(src), conn.keys.dirKey(dst));
  }

  async copyFile(from: string, to: string): Promise<void> {
    const conn = this.#conn;
    const src = normalizePath(from);
    const dst = this.writable(to);
    if (dst === '/') throw new FsError('EISDIR', to);
    const [a, b] = await Promise.all([probe(conn, src), hasKeysUnder(conn, dst), ensureParentDir(conn, dst)]);
    if (!a) throw await missingError(conn, src);
    if (a.stat.type === 'directory') throw new FsError('EISDIR', from);
    if (b) throw new FsError('EISDIR', to);
    // S3 refuses a copy onto itself that changes nothing; the bytes are already there.
    if (src === dst) return;
    // cp gives the copy a new mtime: a time utimes stored on the source stays behind.
    const { [MTIME_METADATA]: oldMtime, ...metadata } = a.head?.metadata ?? {};
    const replace = oldMtime === undefined ? undefined : { metadata, headers: a.head?.headers ?? {} };
    await copyObject(conn, dst, conn.keys.key(src), conn.keys.key(dst), a.stat.size, replace);
  }

  async symlink(_target: string, path: string): Promise<void> {
    this.writable(path);
    throw new FsError('ENOTSUP', path);
  }

  async readlink(path: string): Promise<string> {
    await statPath(this.#conn, path);
    throw new FsError('EINVAL', path);
  }

  async utimes(path: string, mtimeMs: number): Promise<void> {
    const conn = this.#conn;
    const norm = this.writable(path);
    if (norm === '/') return;
    const found = await probe(conn, norm);
    if (!found) throw await missingError(conn, norm);
    const metadata = { ...found.head?.metadata, [MTIME_METADATA]: String(mtimeMs / 1000) };
    if (found.stat.type === 'directory') return this.putMarker(norm, metadata);
    const key = conn.keys.key(norm);
    await copyObject(conn, norm, key, key, found.stat.size, { metadata, headers: found.head?.headers ?? {} });
  }

  async close(): Promise<void> {
    await this.#conn.close();
  }

  /** The normalised path, or EROFS on a read-only mount. */
  private writable(path: string): string {
    if (this.#readOnly) throw new FsError('EROFS', path);
    return normalizePath(path);
  }

  private async hasChildren(dir: string): Promise<boolean> {
    const dirKey = this.#conn.keys.dirKey(dir);
    return (await firstObjects(this.#conn, dir, dirKey, 2)).some((o) => o.key !== dirKey);
  }

  private putEmpty(path: string, key: string, signal?: AbortSignal): Promise<unknown> {
    const conn = this.#conn;
    return conn.call(path, signal, (client, sdk, o) =>
      client.send(
        new sdk.PutObjectCommand({ Bucket: conn.bucket, Key: key, Body: new Uint8Array(0), ContentLength: 0 }),
        o,
      ),
    );
  }

  private async putMarker(path: string, metadata?: Record<string, string>): Promise<void> {
    const conn = this.#conn;
    await conn.call(path, undefined, (client, sdk, o) =>
      client.send(
        new sdk.PutObjectCommand({
          Bucket: conn.bucket,
          Key: conn.keys.dirKey(path),
          Body: new Uint8Array(0),
          ContentLength: 0,
          ContentType: MARKER_CONTENT_TYPE,
          Metadata: metadata,
        }),
        o,
      ),
    );
  }

  private async deleteObject(path: string, key: string): Promise<void> {
    const conn = this.#conn;
    await conn.call(path, undefined, (client, sdk, o) =>
      client.send(new sdk.DeleteObjectCommand({ Bucket: conn.bucket, Key: key }), o),
    );
  }
}

/** Names a path can reach: keys like `a//b` or `a/./b` have none. */
function isListable(name: string): boolean {
  return name !== '' && name !== '.' && name !== '..' && !name.includes('/');
}
