/**
 * The /dev part of the tree as one command sees it: /dev/null, /dev/zero,
 * /dev/stdin, /dev/stdout, /dev/stderr and /dev/fd/N (its descriptors and the
 * paths process substitution hands out). Everything else goes to the mounts.
 */
import { FsError } from '../core/errors.js';
import { EMPTY_SOURCE, NULL_SINK } from '../core/io.js';
import { normalizePath } from '../core/path.js';
import type { DirEntry, FileStat, ReadOptions, WriteHandle, WriteOptions } from '../core/resource.js';
import type { MountInfo, ResolvedPath, VirtualFs } from '../core/vfs.js';
import type { Fd, FdTable } from './fds.js';

const DEV_NAMES = ['fd', 'null', 'stderr', 'stdin', 'stdout', 'zero'];
const ZERO_CHUNK = new Uint8Array(64 * 1024);

/** Maps a /dev path to a descriptor number, the null device, or nothing. */
function devTarget(path: string): number | 'null' | 'zero' | 'dir' | null {
  switch (path) {
    case '/dev/null':
      return 'null';
    case '/dev/zero':
      return 'zero';
    case '/dev':
    case '/dev/fd':
      return 'dir';
    case '/dev/stdin':
      return 0;
    case '/dev/stdout':
      return 1;
    case '/dev/stderr':
      return 2;
  }
  const m = /^\/dev\/fd\/(\d+)$/.exec(path);
  return m ? Number(m[1]) : null;
}

function isDev(path: string): boolean {
  return path === '/dev' || path.startsWith('/dev/');
}

/** A VirtualFs that serves /dev from a descriptor table and the rest from `base`. */
export class DevFs implements VirtualFs {
  constructor(
    private readonly base: VirtualFs,
    private readonly fds: FdTable,
    private readonly extra: ReadonlyMap<number, Fd>,
  ) {}

  private fd(n: number, path: string): Fd {
    const fd = this.extra.get(n) ?? this.fds.get(n);
    if (!fd) throw new FsError('ENOENT', path);
    return fd;
  }

  resolve(path: string): ResolvedPath | null {
    return isDev(path) ? null : this.base.resolve(path);
  }
  mounts(): readonly MountInfo[] {
    return this.base.mounts();
  }

  async stat(path: string, opts?: { signal?: AbortSignal }): Promise<FileStat> {
    const p = normalizePath(path);
    if (!isDev(p)) return this.base.stat(path, opts);
    const t = devTarget(p);
    if (t === null) throw new FsError('ENOENT', path);
    if (t === 'dir') return { type: 'directory', size: 0, mtimeMs: 0, mode: 0o755 };
    if (typeof t === 'number') this.fd(t, path);
    return { type: 'file', size: 0, mtimeMs: 0, mode: 0o666 };
  }
  lstat(path: string, opts?: { signal?: AbortSignal }): Promise<FileStat> {
    return isDev(normalizePath(path)) ? this.stat(path, opts) : this.base.lstat(path, opts);
  }
  async readdir(path: string, opts?: { signal?: AbortSignal }): Promise<DirEntry[]> {
    const p = normalizePath(path);
    if (p === '/dev') return DEV_NAMES.map((name) => ({ name, type: name === 'fd' ? 'directory' : 'file' }));
    if (p === '/dev/fd') {
      const nums = new Set([...this.fds.keys(), ...this.extra.keys()]);
      return [...nums].sort((a, b) => a - b).map((n) => ({ name: String(n), type: 'file' }));
    }
    if (isDev(p)) throw new FsError('ENOTDIR', path);
    const entries = await this.base.readdir(path, opts);
    return entries;
  }
  read(path: string, opts?: ReadOptions): AsyncIterable<Uint8Array> {
    const p = normalizePath(path);
    if (!isDev(p)) return this.base.read(path, opts);
    const t = devTarget(p);
    if (t === 'null') return EMPTY_SOURCE;
    if (t === 'zero') {
      return {
        async *[Symbol.asyncIterator]() {
          for (;;) {
            opts?.signal?.throwIfAborted();
            yield ZERO_CHUNK;
          }
        },
      };
    }
    if (t === null || t === 'dir') {
      return failing(new FsError(t === 'dir' ? 'EISDIR' : 'ENOENT', path));
    }
    const fd = this.extra.get(t) ?? this.fds.get(t);
    if (!fd?.source) return failing(new FsError(fd ? 'EBADF' : 'ENOENT', path));
    return fd.source;
  }
  async openWrite(path: string, opts?: WriteOptions): Promise<WriteHandle> {
    const p = normalizePath(path);
    if (!isDev(p)) return this.base.openWrite(path, opts);
    const t = devTarget(p);
    if (t === null || t === 'dir') throw new FsError(t === 'dir' ? 'EISDIR' : 'EACCES', path);
    const sink = t === 'null' || t === 'zero' ? NULL_SINK : this.fd(t, path).sink;
    if (!sink) throw new FsError('EBADF', path);
    return { write: (c) => sink.write(c), close: async () => undefined, abort: async () => undefined };
  }
  private refuse(path: string): Promise<never> {
    return Promise.reject(new FsError('EACCES', path));
  }
  mkdir(path: string, opts?: { recursive?: boolean }): Promise<void> {
    return isDev(normalizePath(path)) ? this.refuse(path) : this.base.mkdir(path, opts);
  }
  rm(path: string, opts?: { recursive?: boolean }): Promise<void> {
    return isDev(normalizePath(path)) ? this.refuse(path) : this.base.rm(path, opts);
  }
  rmdir(path: string): Promise<void> {
    return isDev(normalizePath(path)) ? this.refuse(path) : this.base.rmdir(path);
  }
  rename(from: string, to: string): Promise<void> {
    return isDev(normalizePath(from)) || isDev(normalizePath(to)) ? this.refuse(from) : this.base.rename(from, to);
  }
  symlink(target: string, path: string): Promise<void> {
    return isDev(normalizePath(path)) ? this.refuse(path) : this.base.symlink(target, path);
  }
  link(existing: string, newPath: string): Promise<void> {
    return isDev(normalizePath(newPath)) || isDev(normalizePath(existing))
      ? this.refuse(newPath)
      : this.base.link(existing, newPath);
  }
  readlink(path: string): Promise<string> {
    return isDev(normalizePath(path)) ? Promise.reject(new FsError('EINVAL', path)) : this.base.readlink(path);
  }
  utimes(path: string, mtimeMs: number): Promise<void> {
    return isDev(normalizePath(path)) ? Promise.resolve() : this.base.utimes(path, mtimeMs);
  }
  async copyFile(from: string, to: string, opts?: { signal?: AbortSignal }): Promise<void> {
    if (!isDev(normalizePath(from)) && !isDev(normalizePath(to))) return this.base.copyFile(from, to, opts);
    const h = await this.openWrite(to);
    for await (const c of this.read(from, opts)) await h.write(c);
    await h.close();
  }
  async readFile(path: string, opts?: { signal?: AbortSignal }): Promise<Uint8Array> {
    if (!isDev(normalizePath(path))) return this.base.readFile(path, opts);
    const chunks: Uint8Array[] = [];
    for await (const c of this.read(path, opts)) chunks.push(c);
    return Buffer.concat(chunks);
  }
  async writeFile(path: string, data: Uint8Array | string, opts?: WriteOptions): Promise<void> {
    if (!isDev(normalizePath(path))) return this.base.writeFile(path, data, opts);
    const h = await this.openWrite(path, opts);
    await h.write(typeof data === 'string' ? Buffer.from(data) : data);
    await h.close();
  }
  async realpath(path: string): Promise<string> {
    const p = normalizePath(path);
    if (!isDev(p)) return this.base.realpath(path);
    await this.stat(p);
    return p;
  }
  async exists(path: string): Promise<boolean> {
    try {
      await this.stat(path);
      return true;
    } catch {
      return false;
    }
  }
}

function failing(e: Error): AsyncIterable<Uint8Array> {
  return {
    [Symbol.asyncIterator]() {
      return { next: () => Promise.reject(e) };
    },
  };
}
