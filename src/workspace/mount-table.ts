/**
 * The mount table: maps absolute virtual paths to (resource, inner path) by
 * longest prefix, and implements VirtualFs over it. Directories that exist only
 * because a mount lies below them ('/', '/s3' for a mount at '/s3/bucket') are
 * synthesised read-only. Symlinks whose targets leave a resource come back as
 * SymlinkRedirect and are followed here, with a hop limit.
 */
import { compareBytes } from '../core/compare.js';
import { FsError, SymlinkRedirect, toFsError } from '../core/errors.js';
import { concatBytes, encodeText } from '../core/io.js';
import { MAX_SYMLINK_HOPS, MAX_WALK_DEPTH } from '../core/limits.js';
import { baseName, isUnder, joinPath, normalizePath, parentPath, resolvePath } from '../core/path.js';
import type { DirEntry, FileStat, ReadOptions, Resource, WriteHandle, WriteOptions } from '../core/resource.js';
import { dirStat } from '../core/stat-util.js';
import type { MountInfo, ResolvedPath, VirtualFs } from '../core/vfs.js';

/** Throws a clear error for a mount path that cannot be used. */
function checkMountPath(path: string): string {
  if (!path.startsWith('/')) throw new Error(`mount path must be absolute: ${JSON.stringify(path)}`);
  const norm = normalizePath(path);
  if (norm.startsWith('/dev') && (norm === '/dev' || norm.startsWith('/dev/'))) {
    throw new Error(`mount path ${norm} is reserved for devices`);
  }
  return norm;
}

/** The mounted tree. */
export class MountTable implements VirtualFs {
  private readonly list: MountInfo[] = [];
  private readonly startedAt = Date.now();

  constructor(mounts: Readonly<Record<string, Resource>> = {}) {
    for (const [path, resource] of Object.entries(mounts)) this.mount(path, resource);
  }

  /** Adds a mount. Throws when the path is taken or invalid. */
  mount(path: string, resource: Resource): void {
    const norm = checkMountPath(path);
    if (this.list.some((m) => m.path === norm)) throw new Error(`a resource is already mounted at ${norm}`);
    this.list.push({ path: norm, resource });
    // Longest first, so resolve() finds the deepest mount.
    this.list.sort((a, b) => b.path.length - a.path.length || (a.path < b.path ? -1 : 1));
  }

  /** Removes a mount; returns its resource. */
  unmount(path: string): Resource | undefined {
    const norm = normalizePath(path);
    const i = this.list.findIndex((m) => m.path === norm);
    if (i < 0) return undefined;
    return this.list.splice(i, 1)[0].resource;
  }

  mounts(): readonly MountInfo[] {
    return [...this.list].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  }

  resolve(path: string): ResolvedPath | null {
    for (const m of this.list) {
      if (isUnder(path, m.path)) {
        const inner = m.path === '/' ? path : path.slice(m.path.length) || '/';
        return { mount: m, inner };
      }
    }
    return null;
  }

  /** Names of mount points directly below `path` (the synthetic part of a listing). */
  private mountChildren(path: string): string[] {
    const names = new Set<string>();
    for (const m of this.list) {
      if (m.path !== path && isUnder(m.path, path)) {
        const rest = path === '/' ? m.path.slice(1) : m.path.slice(path.length + 1);
        names.add(rest.split('/')[0]);
      }
    }
    return [...names];
  }

  /** Runs `op` on the resource serving `path`, following symlink redirects across mounts. */
  private async withResource<T>(
    path: string,
    op: (r: Resource, inner: string, full: string) => Promise<T>,
  ): Promise<T> {
    let current = normalizePath(path);
    for (let hop = 0; hop <= MAX_SYMLINK_HOPS; hop++) {
      const res = this.resolve(current);
      if (!res) throw new FsError('ENOENT', path);
      try {
        return await op(res.mount.resource, res.inner, current);
      } catch (e) {
        if (e instanceof SymlinkRedirect) {
          current = this.redirectTarget(res.mount.path, e);
          continue;
        }
        if (e instanceof FsError) {
          // Report the path the user gave, not the inner one.
          if (e.path !== path) throw new FsError(e.code, path, e.message);
          throw e;
        }
        throw toFsError(e, path);
      }
    }
    throw new FsError('ELOOP', path);
  }

  private redirectTarget(mountPath: string, r: SymlinkRedirect): string {
    const linkVirtual = joinPath(mountPath, r.linkPath);
    const base = r.target.startsWith('/') ? normalizePath(r.target) : resolvePath(parentPath(linkVirtual), r.target);
    return r.rest ? joinPath(base, r.rest) : base;
  }

  /** True when `path` is a synthetic directory: no mount serves it but mounts lie below it. */
  private isSynthetic(path: string): boolean {
    return this.resolve(path) === null && this.mountChildren(path).length > 0;
  }

  async stat(path: string, opts?: { signal?: AbortSignal }): Promise<FileStat> {
    const norm = normalizePath(path);
    if (this.isSynthetic(norm)) return dirStat(this.startedAt, 0o555);
    return this.withResource(path, (r, inner) => r.stat(inner, opts));
  }

  async lstat(path: string, opts?: { signal?: AbortSignal }): Promise<FileStat> {
    const norm = normalizePath(path);
    if (this.isSynthetic(norm)) return dirStat(this.startedAt, 0o555);
    // Follow links in the directory part only: resolve the parent, then lstat the name.
    if (norm === '/') return this.stat(norm, opts);
    const parent = await this.realpath(parentPath(norm)).catch(() => parentPath(norm));
    const target = joinPath(parent, baseName(norm));
    return this.withResource(target, async (r, inner) => {
      try {
        return await r.lstat(inner, opts);
      } catch (e) {
        if (e instanceof FsError && e.path !== path) throw new FsError(e.code, path, e.message);
        throw e;
      }
    });
  }

  async readdir(path: string, opts?: { signal?: AbortSignal }): Promise<DirEntry[]> {
    const norm = normalizePath(path);
    const extra = this.mountChildren(norm);
    let entries: DirEntry[] = [];
    if (this.resolve(norm) !== null || extra.length === 0) {
      entries = await this.withResource(path, (r, inner) => r.readdir(inner, opts));
    }
    if (extra.length > 0) {
      const seen = new Set(entries.map((e) => e.name));
      for (const name of extra) if (!seen.has(name)) entries.push({ name, type: 'directory' });
      // A mount point shadows whatever the parent resource has at that name.
      entries = entries.map((e) => (extra.includes(e.name) ? { name: e.name, type: 'directory' } : e));
    }
    return entries.sort((a, b) => compareBytes(a.name, b.name));
  }

  read(path: string, opts?: ReadOptions): AsyncIterable<Uint8Array> {
    const self = this;
    return {
      async *[Symbol.asyncIterator]() {
        // Resolve redirects before streaming: a redirect can only come from the first step.
        let current = normalizePath(path);
        for (let hop = 0; hop <= MAX_SYMLINK_HOPS; hop++) {
          if (self.isSynthetic(current)) throw new FsError('EISDIR', path);
          const res = self.resolve(current);
          if (!res) throw new FsError('ENOENT', path);
          const iter = res.mount.resource.read(res.inner, opts)[Symbol.asyncIterator]();
          let first: IteratorResult<Uint8Array>;
          try {
            first = await iter.next();
          } catch (e) {
            if (e instanceof SymlinkRedirect) {
              current = self.redirectTarget(res.mount.path, e);
              continue;
            }
            if (e instanceof FsError) throw new FsError(e.code, path, e.message);
            throw toFsError(e, path);
          }
          if (first.done) return;
          yield first.value;
          try {
            for (;;) {
              const r = await iter.next();
              if (r.done) return;
              yield r.value;
            }
          } finally {
            await iter.return?.();
          }
        }
        throw new FsError('ELOOP', path);
      },
    };
  }

  openWrite(path: string, opts?: WriteOptions): Promise<WriteHandle> {
    if (this.isSynthetic(normalizePath(path))) return Promise.reject(new FsError('EISDIR', path));
    return this.withResource(path, (r, inner) => r.openWrite(inner, opts));
  }

  async mkdir(path: string, opts: { recursive?: boolean } = {}): Promise<void> {
    const norm = normalizePath(path);
    if (this.isSynthetic(norm) || this.list.some((m) => m.path === norm)) {
      if (opts.recursive) return;
      throw new FsError('EEXIST', path);
    }
    return this.withResource(path, (r, inner) => r.mkdir(inner, opts));
  }

  async rm(path: string, opts: { recursive?: boolean } = {}): Promise<void> {
    const norm = normalizePath(path);
    if (this.isSynthetic(norm) || this.list.some((m) => m.path === norm)) throw new FsError('EBUSY', path);
    return this.withResource(path, (r, inner) => r.rm(inner, opts));
  }

  async rmdir(path: string): Promise<void> {
    const norm = normalizePath(path);
    if (this.isSynthetic(norm) || this.list.some((m) => m.path === norm)) throw new FsError('EBUSY', path);
    return this.withResource(path, (r, inner) => r.rmdir(inner));
  }

  async rename(from: string, to: string): Promise<void> {
    const a = this.resolve(normalizePath(from));
    const b = this.resolve(normalizePath(to));
    if (!a) throw new FsError('ENOENT', from);
    if (!b) throw new FsError('ENOENT', to);
    if (a.mount === b.mount) {
      return this.withResource(from, (r, inner) => r.rename(inner, b.inner));
    }
    // Across mounts: copy everything, then remove the source (like mv across filesystems).
    await this.copyTree(from, to, 0);
    await this.rm(from, { recursive: true });
  }

  private async copyTree(from: string, to: string, depth: number): Promise<void> {
    if (depth > MAX_WALK_DEPTH) throw new FsError('ELOOP', from);
    const st = await this.lstat(from);
    if (st.type === 'directory') {
      await this.mkdir(to, { recursive: true });
      for (const e of await this.readdir(from))
        await this.copyTree(joinPath(from, e.name), joinPath(to, e.name), depth + 1);
    } else if (st.type === 'symlink') {
      await this.symlink(await this.readlink(from), to);
    } else {
      await this.copyFile(from, to);
    }
  }

  symlink(target: string, path: string): Promise<void> {
    return this.withResource(path, (r, inner) => r.symlink(target, inner));
  }

  async readlink(path: string): Promise<string> {
    const norm = normalizePath(path);
    const parent = await this.realpath(parentPath(norm)).catch(() => parentPath(norm));
    return this.withResource(joinPath(parent, baseName(norm)), (r, inner) => r.readlink(inner));
  }

  utimes(path: string, mtimeMs: number): Promise<void> {
    return this.withResource(path, (r, inner) => r.utimes(inner, mtimeMs));
  }

  async copyFile(from: string, to: string, opts?: { signal?: AbortSignal }): Promise<void> {
    const a = this.resolve(normalizePath(from));
    const b = this.resolve(normalizePath(to));
    if (a && b && a.mount === b.mount && a.mount.resource.copyFile) {
      const src = await this.realpath(from);
      const dst = this.resolve(src);
      if (dst && dst.mount === b.mount) {
        const copy = a.mount.resource.copyFile.bind(a.mount.resource);
        return this.withResource(to, (_r, inner) => copy(dst.inner, inner));
      }
    }
    const st = await this.stat(from, opts);
    if (st.type === 'directory') throw new FsError('EISDIR', from);
    const handle = await this.openWrite(to, { signal: opts?.signal });
    try {
      for await (const chunk of this.read(from, { signal: opts?.signal })) await handle.write(chunk);
      await handle.close();
    } catch (e) {
      await handle.abort().catch(() => undefined);
      throw e;
    }
  }

  async readFile(path: string, opts?: { signal?: AbortSignal }): Promise<Uint8Array> {
    const chunks: Uint8Array[] = [];
    for await (const c of this.read(path, opts)) chunks.push(c);
    return chunks.length === 1 ? chunks[0] : concatBytes(chunks);
  }

  async writeFile(path: string, data: Uint8Array | string, opts?: WriteOptions): Promise<void> {
    const handle = await this.openWrite(path, opts);
    try {
      await handle.write(typeof data === 'string' ? encodeText(data) : data);
      await handle.close();
    } catch (e) {
      await handle.abort().catch(() => undefined);
      throw e;
    }
  }

  async exists(path: string): Promise<boolean> {
    try {
      await this.stat(path);
      return true;
    } catch {
      return false;
    }
  }

  /** The canonical path: every symlink followed. Throws ENOENT when a component is missing. */
  async realpath(path: string): Promise<string> {
    let done = '/';
    const todo = normalizePath(path).split('/').filter(Boolean);
    let hops = 0;
    while (todo.length > 0) {
      const next = joinPath(done, todo.shift() as string);
      if (this.isSynthetic(next)) {
        done = next;
        continue;
      }
      const st = await this.withResource(next, async (r, inner, full) => {
        // lstat the name in its real parent; redirects for the parent part are handled by withResource.
        return { st: await r.lstat(inner), full };
      });
      if (st.st.type === 'symlink') {
        if (++hops > MAX_SYMLINK_HOPS) throw new FsError('ELOOP', path);
        const target = await this.withResource(st.full, (r, inner) => r.readlink(inner));
        const base = target.startsWith('/') ? '/' : parentPath(st.full);
        todo.unshift(...target.split('/').filter(Boolean));
        done = base === '/' && target.startsWith('/') ? '/' : base;
        continue;
      }
      done = st.full;
    }
    return done;
  }
}
