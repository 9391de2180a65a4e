/**
 * The tree one session sees: the workspace's mounts, optionally narrowed to an
 * allow-list (other mounts do not exist for it), plus read-only virtual files
 * such as /.bash_history.
 */
import { FsError } from '../core/errors.js';
import { encodeText, sourceOf } from '../core/io.js';
import { isUnder, normalizePath } from '../core/path.js';
import type { DirEntry, FileStat, ReadOptions, WriteHandle, WriteOptions } from '../core/resource.js';
import type { MountInfo, ResolvedPath, VirtualFs } from '../core/vfs.js';
import type { MountTable } from './mount-table.js';

/** A read-only file whose content is computed when read. */
export type VirtualFile = () => string;

/** A session's view of the mount table. */
export class SessionFs implements VirtualFs {
  constructor(
    private readonly table: MountTable,
    private readonly allowed: readonly string[] | null,
    private readonly files: ReadonlyMap<string, VirtualFile>,
  ) {}

  /** True when `path` lies in an allowed mount (or is a directory leading to one). */
  private visible(path: string): boolean {
    if (this.allowed === null) return true;
    return this.allowed.some((m) => isUnder(path, m) || isUnder(m, path));
  }

  /** True when `path` may be used for anything beyond listing: inside an allowed mount. */
  private usable(path: string): boolean {
    if (this.allowed === null) return true;
    return this.allowed.some((m) => isUnder(path, m));
  }

  private check(path: string, forListing = false): string {
    const p = normalizePath(path);
    if (!(forListing ? this.visible(p) : this.usable(p))) throw new FsError('ENOENT', path);
    return p;
  }

  private virtual(path: string): VirtualFile | undefined {
    return this.files.get(normalizePath(path));
  }

  resolve(path: string): ResolvedPath | null {
    return this.usable(normalizePath(path)) ? this.table.resolve(path) : null;
  }
  mounts(): readonly MountInfo[] {
    return this.table.mounts().filter((m) => this.usable(m.path));
  }
  async stat(path: string, opts?: { signal?: AbortSignal }): Promise<FileStat> {
    const v = this.virtual(path);
    if (v) return { type: 'file', size: encodeText(v()).length, mtimeMs: Date.now(), mode: 0o444 };
    if (!this.usable(normalizePath(path)) && this.visible(normalizePath(path))) return this.table.stat(path, opts);
    return this.table.stat(this.check(path), opts);
  }
  async lstat(path: string, opts?: { signal?: AbortSignal }): Promise<FileStat> {
    if (this.virtual(path)) return this.stat(path, opts);
    if (!this.usable(normalizePath(path)) && this.visible(normalizePath(path))) return this.table.lstat(path, opts);
    return this.table.lstat(this.check(path), opts);
  }
  async readdir(path: string, opts?: { signal?: AbortSignal }): Promise<DirEntry[]> {
    const p = this.check(path, true);
    let entries = await this.table.readdir(p, opts);
    if (!this.usable(p)) entries = entries.filter((e) => this.visible(normalizePath(`${p}/${e.name}`)));
    for (const f of this.files.keys()) {
      const dir = f.slice(0, f.lastIndexOf('/')) || '/';
      const name = f.slice(f.lastIndexOf('/') + 1);
      if (dir === p && !entries.some((e) => e.name === name)) entries.push({ name, type: 'file' });
    }
    return entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  }
  read(path: string, opts?: ReadOptions): AsyncIterable<Uint8Array> {
    const v = this.virtual(path);
    if (v) {
      const bytes = encodeText(v());
      return sourceOf(bytes.subarray(opts?.start ?? 0, opts?.end ?? bytes.length));
    }
    const p = normalizePath(path);
    if (this.usable(p) || this.visible(p)) return this.table.read(path, opts);
    const missing = new FsError('ENOENT', path);
    return {
      [Symbol.asyncIterator]: () => ({ next: () => Promise.reject(missing) }),
    };
  }
  private readOnlyVirtual(path: string): void {
    if (this.virtual(path)) throw new FsError('EACCES', path);
  }
  async openWrite(path: string, opts?: WriteOptions): Promise<WriteHandle> {
    this.readOnlyVirtual(path);
    return this.table.openWrite(this.check(path), opts);
  }
  async mkdir(path: string, opts?: { recursive?: boolean }): Promise<void> {
    this.readOnlyVirtual(path);
    return this.table.mkdir(this.check(path), opts);
  }
  async rm(path: string, opts?: { recursive?: boolean }): Promise<void> {
    this.readOnlyVirtual(path);
    return this.table.rm(this.check(path), opts);
  }
  async rmdir(path: string): Promise<void> {
    return this.table.rmdir(this.check(path));
  }
  async rename(from: string, to: string): Promise<void> {
    this.readOnlyVirtual(from);
    this.readOnlyVirtual(to);
    return this.table.rename(this.check(from), this.check(to));
  }
  async symlink(target: string, path: string): Promise<void> {
    return this.table.symlink(target, this.check(path));
  }
  async link(existing: string, newPath: string): Promise<void> {
    return this.table.link(this.check(existing), this.check(newPath));
  }
  async readlink(path: string): Promise<string> {
    if (this.virtual(path)) throw new FsError('EINVAL', path);
    return this.table.readlink(this.check(path));
  }
  async utimes(path: string, mtimeMs: number): Promise<void> {
    this.readOnlyVirtual(path);
    return this.table.utimes(this.check(path), mtimeMs);
  }
  async copyFile(from: string, to: string, opts?: { signal?: AbortSignal }): Promise<void> {
    this.readOnlyVirtual(to);
    if (this.virtual(from)) return this.writeFile(to, this.virtual(from)?.() ?? '');
    return this.table.copyFile(this.check(from), this.check(to), opts);
  }
  async readFile(path: string, opts?: { signal?: AbortSignal }): Promise<Uint8Array> {
    const v = this.virtual(path);
    if (v) return encodeText(v());
    return this.table.readFile(this.check(path), opts);
  }
  async writeFile(path: string, data: Uint8Array | string, opts?: WriteOptions): Promise<void> {
    this.readOnlyVirtual(path);
    return this.table.writeFile(this.check(path), data, opts);
  }
  async realpath(path: string): Promise<string> {
    if (this.virtual(path)) return normalizePath(path);
    const p = normalizePath(path);
    if (!this.usable(p) && this.visible(p)) return this.table.realpath(p);
    const real = await this.table.realpath(this.check(path));
    return this.check(real);
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
