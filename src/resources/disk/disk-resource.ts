/**
 * A directory of the host filesystem as a resource. Every operation goes through
 * SafeRoot, so no path, `..` or symlink can reach outside the root (EACCES).
 * Symlinks hold host paths verbatim and are followed here, not by the VFS.
 */
import type { Stats } from 'node:fs';
import * as fs from 'node:fs/promises';
import { FsError, toFsError } from '../../core/errors.js';
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
import { DISK_CAPABILITIES, DISK_READ_ONLY_CAPABILITIES } from './disk-capabilities.js';
import { openHostWrite, readHostFile } from './disk-io.js';
import { hostNames } from './host-users.js';
import { SafeRoot } from './safe-path.js';

/** Options of a disk mount. */
export interface DiskResourceOptions {
  /** Host directory to expose; resolved to its real path at construction. */
  readonly root: string;
  /** Refuse every change with EROFS. */
  readonly readOnly?: boolean;
}

/** A host directory, confined to its root. */
export class DiskResource implements Resource {
  readonly kind = 'disk';
  readonly capabilities: ResourceCapabilities;
  /** The real host path of the root. */
  readonly root: string;
  private readonly safe: SafeRoot;
  private readonly readOnly: boolean;

  constructor(opts: DiskResourceOptions) {
    this.safe = new SafeRoot(opts.root);
    this.root = this.safe.root;
    this.readOnly = opts.readOnly ?? false;
    this.capabilities = this.readOnly ? DISK_READ_ONLY_CAPABILITIES : DISK_CAPABILITIES;
  }

  stat(path: string, opts?: { signal?: AbortSignal }): Promise<FileStat> {
    return guard(path, async () => {
      opts?.signal?.throwIfAborted();
      return toFileStat(await fs.stat(await this.safe.follow(path)));
    });
  }

  lstat(path: string, opts?: { signal?: AbortSignal }): Promise<FileStat> {
    return guard(path, async () => {
      opts?.signal?.throwIfAborted();
      return toFileStat(await fs.lstat(await this.safe.entry(path)));
    });
  }

  readdir(path: string, opts?: { signal?: AbortSignal }): Promise<DirEntry[]> {
    return guard(path, async () => {
      opts?.signal?.throwIfAborted();
      const dirents = await fs.readdir(await this.safe.follow(path), { withFileTypes: true });
      return dirents.map((d) => ({
        name: d.name,
        type: d.isDirectory() ? 'directory' : d.isSymbolicLink() ? 'symlink' : 'file',
      }));
    });
  }

  read(path: string, opts: ReadOptions = {}): AsyncIterable<Uint8Array> {
    return this.readStream(path, opts);
  }

  private async *readStream(path: string, opts: ReadOptions): AsyncGenerator<Uint8Array> {
    const host = await this.safe.follow(path).catch((e) => {
      throw toFsError(e, path);
    });
    yield* readHostFile(host, path, opts);
  }

  openWrite(path: string, opts: WriteOptions = {}): Promise<WriteHandle> {
    return this.mutate(path, async () =>
      openHostWrite(await this.safe.follow(path), path, opts.append ?? false, opts.signal),
    );
  }

  mkdir(path: string, opts: { recursive?: boolean } = {}): Promise<void> {
    return this.mutate(path, async () => {
      if (opts.recursive) await fs.mkdir(await this.safe.follow(path), { recursive: true });
      else await fs.mkdir(await this.safe.entry(path));
    });
  }

  rm(path: string, opts: { recursive?: boolean } = {}): Promise<void> {
    return this.mutate(path, async () => {
      const host = await this.safe.entry(path);
      if (host === this.root) throw new FsError('EBUSY', path);
      if (!(await fs.lstat(host)).isDirectory()) return fs.unlink(host);
      if (!opts.recursive) throw new FsError('EISDIR', path);
      // fs.rm unlinks symlinks it meets instead of descending into them.
      await fs.rm(host, { recursive: true });
    });
  }

  rmdir(path: string): Promise<void> {
    return this.mutate(path, async () => {
      const host = await this.safe.entry(path);
      if (host === this.root) throw new FsError('EBUSY', path);
      await fs.rmdir(host);
    });
  }

  rename(from: string, to: string): Promise<void> {
    return this.mutate(from, async () => {
      const src = await this.safe.entry(from);
      const dst = await guard(to, () => this.safe.entry(to));
      if (src === this.root || dst === this.root) throw new FsError('EBUSY', from);
      await fs.rename(src, dst);
    });
  }

  symlink(target: string, path: string): Promise<void> {
    return this.mutate(path, async () => {
      if (target.includes('\0')) throw new FsError('EINVAL', path);
      await fs.symlink(target, await this.safe.entry(path));
    });
  }

  link(existing: string, newPath: string): Promise<void> {
    return this.mutate(newPath, async () => {
      const src = await guard(existing, () => this.safe.entry(existing));
      await fs.link(src, await this.safe.entry(newPath));
    });
  }

  readlink(path: string): Promise<string> {
    return guard(path, async () => fs.readlink(await this.safe.entry(path)));
  }

  utimes(path: string, mtimeMs: number): Promise<void> {
    return this.mutate(path, async () => {
      const host = await this.safe.follow(path);
      // Node has no UTIME_OMIT: keep the access time by writing it back.
      const st = await fs.stat(host);
      await fs.utimes(host, st.atime, new Date(mtimeMs));
    });
  }

  copyFile(from: string, to: string): Promise<void> {
    return this.mutate(from, async () => {
      const src = await this.safe.follow(from);
      if ((await fs.stat(src)).isDirectory()) throw new FsError('EISDIR', from);
      await guard(to, async () => fs.copyFile(src, await this.safe.follow(to)));
    });
  }

  realpath(path: string): Promise<string> {
    return guard(path, () => this.safe.realInner(path));
  }

  /** Runs a change: EROFS on a read-only mount, errors mapped to `path`. */
  private mutate<T>(path: string, op: () => Promise<T>): Promise<T> {
    if (this.readOnly) return Promise.reject(new FsError('EROFS', path));
    return guard(path, op);
  }
}

/** Runs `op`, turning node's errors into FsError for `path` (aborts pass through). */
async function guard<T>(path: string, op: () => Promise<T>): Promise<T> {
  try {
    return await op();
  } catch (e) {
    throw toFsError(e, path);
  }
}

function typeOf(st: Stats): FileType {
  if (st.isDirectory()) return 'directory';
  if (st.isSymbolicLink()) return 'symlink';
  return 'file';
}

async function toFileStat(st: Stats): Promise<FileStat> {
  const names = await hostNames();
  return {
    type: typeOf(st),
    size: st.size,
    mtimeMs: st.mtimeMs,
    mode: st.mode & 0o7777,
    nlink: st.nlink,
    ino: st.ino,
    owner: names.users.get(st.uid),
    group: names.groups.get(st.gid),
  };
}
