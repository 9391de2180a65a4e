/**
 * The mount table: maps absolute virtual paths to (resource, inner path) by
 * longest prefix, and implements VirtualFs over it. Directories that exist only
 * because a mount lies below them ('/', '/s3' for a mount at '/s3/bucket') are
 * synthesised read-only. Symlinks whose targets leave a resource come back as
 * SymlinkRedirect and are followed here, with a hop limit. Errors always name the
 * path the caller gave, never a resource's inner path.
 */
import { compareBytes } from '../core/compare.js';
import { FsError, isFsError, SymlinkRedirect, toFsError } from '../core/errors.js';
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
  if (isUnder(norm, '/dev')) throw new Error(`mount path ${norm} is reserved for devices`);
  return norm;
}

/** `e` as an error about the caller's `path` (aborts are rethrown as they are). */
function userError(e: unknown, path: string): FsError {
  if (e instanceof FsError) return e.path === path ? e : new FsError(e.code, path, e.message);
  return toFsError(e, path);
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
    this.list.sort((a, b) => b.path.length - a.path.length || compareBytes(a.path, b.path));
  }

  /** Removes a mount; returns its resource. */
  unmount(path: string): Resource | undefined {
    const norm = normalizePath(path);
    const i = this.list.findIndex((m) => m.path === norm);
    if (i < 0) return undefined;
    return this.list.splice(i, 1)[0].resource;
  }

  mounts(): readonly MountInfo[] {
    return [...this.list].sort((a, b) => compareBytes(a.path, b.path));
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

  private hasMountsBelow(path: string): boolean {
    return this.list.some((m) => m.path !== path && isUnder(m.path, path));
  }

  private isMountPoint(path: string): boolean {
    return this.list.some((m) => m.path === path);
  }

  /** True when `path` is a synthetic directory: no mount serves it but mounts lie below it. */
  private isSynthetic(path: string): boolean {
    return this.resolve(path) === null && this.hasMountsBelow(path);
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
        if (!(e instanceof SymlinkRedirect)) throw userError(e, path);
        current = this.redirectTarget(res.mount.path, e);
      }
    }
    throw new FsError('ELOOP', path);
  }

  private redirectTarget(mountPath: string, r: SymlinkRedirect): string {
    const linkVirtual = joinPath(mountPath, r.linkPath);
    const base = r.target.startsWith('/') ? normalizePath(r.target) : resolvePath(parentPath(linkVirtual), r.target);
    return r.rest ? joinPath(base, r.rest) : base;
  }

  /**
   * Metadata through `op`; a directory the resource lacks but mounts lie below
   * (a mount at '/s3/bucket' over a RAM root without '/s3') is synthesised.
   */
  private async statVia(path: string, op: (r: Resource, inner: string) => Promise<FileStat>): Promise<FileStat> {
    const norm = normalizePath(path);
    if (this.isSynthetic(norm)) return dirStat(this.startedAt, 0o555);
    try {
      return await this.withResource(path, op);
    } catch (e) {
      if (isFsError(e, 'ENOENT') && this.hasMountsBelow(norm)) return dirStat(this.startedAt, 0o555);
      throw e;
    }
  }

  stat(path: string, opts?: { signal?: AbortSignal }): Promise<FileStat> {
    return this.statVia(path, (r, inner) => r.stat(inner, opts));
  }

  lstat(path: string, opts?: { signal?: AbortSignal }): Promise<FileStat> {
    // Resources redirect on symlinks in the directory part only, so the last name stays unfollowed.
    return this.statVia(path, (r, inner) => r.lstat(inner, opts));
  }

  async readdir(path: string, opts?: { signal?: AbortSignal }): Promise<DirEntry[]> {
    const norm = normalizePath(path);
    let entries: DirEntry[] = [];
    let listed = norm;
    if (this.resolve(norm) !== null) {
      try {
        const got = await this.withResource(path, async (r, inner, full) => ({
          list: await r.readdir(inner, opts),
          full,
        }));
        entries = got.list;
        listed = got.full;
      } catch (e) {
        if (!(isFsError(e, 'ENOENT') && this.hasMountsBelow(norm))) throw e;
      }
    }
    const extra = this.mountChildren(listed);
    if (extra.length === 0 && this.resolve(listed) === null) throw new FsError('ENOENT', path);
    if (extra.length > 0) {
      // A mount point shadows whatever the parent resource has at that name.
      const shadowed = new Set(extra);
      entries = entries.filter((e) => !shadowed.has(e.name));
      for (const name of extra) entries.push({ name, type: 'directory' });
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
            if (isFsError(e, 'ENOENT') && self.hasMountsBelow(current)) throw new FsError('EISDIR', path);
            throw userError(e, path);
          }
          if (first.done) return;
          try {
            // Inside the try: a reader that stops after the first chunk still closes the backend's read.
            yield first.value;
            for (;;) {
              const r = await iter.next();
              if (r.done) return;
              yield r.value;
            }
          } catch (e) {
            throw userError(e, path);
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
    if (this.isSynthetic(norm) || this.isMountPoint(norm)) {
      if (opts.recursive) return;
      throw new FsError('EEXIST', path);
    }
    return this.withResource(path, (r, inner) => r.mkdir(inner, opts));
  }

  /** EBUSY for a mount point, a synthetic directory, or (when `withChildren`) a directory holding a mount. */
  private checkNotBusy(norm: string, path: string, withChildren: boolean): void {
    if (this.isSynthetic(norm) || this.isMountPoint(norm) || (withChildren && this.hasMountsBelow(norm))) {
      throw new FsError('EBUSY', path);
    }
  }

  async rm(path: string, opts: { recursive?: boolean } = {}): Promise<void> {
    this.checkNotBusy(normalizePath(path), path, opts.recursive ?? false);
    return this.withResource(path, (r, inner) => r.rm(inner, opts));
  }

  async rmdir(path: string): Promise<void> {
    this.checkNotBusy(normalizePath(path), path, false);
    return this.withResource(path, (r, inner) => r.rmdir(inner));
  }

  /**
   * Where the entry `path` names really lives: symlinks in its directory part
   * followed (across mounts), the last component left alone.
   */
  private async locateEntry(path: string): Promise<string> {
    const norm = normalizePath(path);
    const parent = parentPath(norm);
    if (norm === '/' || this.isSynthetic(parent)) return norm;
    try {
      const real = await this.withResource(parent, async (r, inner, full) => {
        await r.stat(inner);
        return full;
      });
      return joinPath(real, baseName(norm));
    } catch (e) {
      throw userError(e, path);
    }
  }

  async rename(from: string, to: string): Promise<void> {
    const src = await this.locateEntry(from);
    const dst = await this.locateEntry(to);
    this.checkNotBusy(src, from, true);
    this.checkNotBusy(dst, to, false);
    if (src === dst) return;
    const a = this.resolve(src);
    const b = this.resolve(dst);
    if (!a) throw new FsError('ENOENT', from);
    if (!b) throw new FsError('ENOENT', to);
    if (a.mount === b.mount) {
      try {
        return await a.mount.resource.rename(a.inner, b.inner);
      } catch (e) {
        throw userError(e, isFsError(e) && e.path === b.inner ? to : from);
      }
    }
    await this.checkCrossRename(src, dst, from, to);
    // Across mounts: copy everything, then remove the source (like mv across filesystems).
    await this.copyTree(src, dst, 0);
    await this.rm(src, { recursive: true });
  }

  /** The refusals rename(2) would give, checked by hand because two mounts are involved. */
  private async checkCrossRename(src: string, dst: string, from: string, to: string): Promise<void> {
    const s = await this.lstat(src).catch((e) => {
      throw userError(e, from);
    });
    let d: FileStat;
    try {
      d = await this.lstat(dst);
    } catch (e) {
      if (isFsError(e, 'ENOENT')) return;
      throw userError(e, to);
    }
    if (d.type === 'directory' && s.type !== 'directory') throw new FsError('EISDIR', to);
    if (d.type !== 'directory' && s.type === 'directory') throw new FsError('ENOTDIR', to);
    if (d.type === 'directory' && (await this.readdir(dst)).length > 0) throw new FsError('ENOTEMPTY', to);
  }

  private async copyTree(from: string, to: string, depth: number): Promise<void> {
    if (depth > MAX_WALK_DEPTH) throw new FsError('ELOOP', from);
    const st = await this.lstat(from);
    if (st.type === 'directory') {
      await this.mkdir(to, { recursive: true });
      for (const e of await this.readdir(from)) {
        await this.copyTree(joinPath(from, e.name), joinPath(to, e.name), depth + 1);
      }
    } else if (st.type === 'symlink') {
      await this.symlink(await this.readlink(from), to);
    } else {
      await this.copyFile(from, to);
    }
  }

  async link(existing: string, newPath: string): Promise<void> {
    const a = this.resolve(normalizePath(existing));
    const b = this.resolve(normalizePath(newPath));
    if (!a) throw new FsError('ENOENT', existing);
    if (!b) throw new FsError('ENOENT', newPath);
    if (a.mount !== b.mount) throw new FsError('EXDEV', newPath);
    const link = a.mount.resource.link?.bind(a.mount.resource);
    if (!link) throw new FsError('ENOTSUP', newPath);
    return this.withResource(newPath, (_r, inner) => link(a.inner, inner));
  }

  symlink(target: string, path: string): Promise<void> {
    const norm = normalizePath(path);
    if (this.isSynthetic(norm) || this.isMountPoint(norm)) return Promise.reject(new FsError('EEXIST', path));
    return this.withResource(path, (r, inner) => r.symlink(target, inner));
  }

  readlink(path: string): Promise<string> {
    return this.withResource(path, (r, inner) => r.readlink(inner));
  }

  utimes(path: string, mtimeMs: number): Promise<void> {
    if (this.isSynthetic(normalizePath(path))) return Promise.reject(new FsError('EROFS', path));
    return this.withResource(path, (r, inner) => r.utimes(inner, mtimeMs));
  }

  /** Copies one file; copying a file onto itself leaves it unchanged. */
  async copyFile(from: string, to: string, opts?: { signal?: AbortSignal }): Promise<void> {
    if (this.isSynthetic(normalizePath(from))) throw new FsError('EISDIR', from);
    const src = await this.withResource(from, async (r, inner, full) => ({ st: await r.stat(inner, opts), full }));
    if (src.st.type === 'directory') throw new FsError('EISDIR', from);
    const dstSt = await this.stat(to, opts).catch((e) => {
      if (isFsError(e, 'ENOENT')) return null;
      throw e;
    });
    if (dstSt?.type === 'directory') throw new FsError('EISDIR', to);
    const a = this.resolve(src.full);
    const dst = await this.locateEntry(to);
    const b = this.resolve(dst);
    // Writing the target would truncate the source before it is read.
    if (
      dstSt &&
      a?.mount === b?.mount &&
      (dst === src.full || (src.st.ino !== undefined && dstSt.ino === src.st.ino))
    ) {
      return;
    }
    if (a && b && a.mount === b.mount && a.mount.resource.copyFile) {
      try {
        return await a.mount.resource.copyFile(a.inner, b.inner);
      } catch (e) {
        // A symlink at the destination: write through it below, wherever it leads.
        if (!(e instanceof SymlinkRedirect)) throw userError(e, isFsError(e) && e.path === a.inner ? from : to);
      }
    }
    const handle = await this.openWrite(to, { signal: opts?.signal });
    try {
      for await (const chunk of this.read(src.full, { signal: opts?.signal })) await handle.write(chunk);
      await handle.close();
    } catch (e) {
      await handle.abort().catch(() => undefined);
      throw userError(e, from);
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
    try {
      return await this.canonical(path);
    } catch (e) {
      throw userError(e, path);
    }
  }

  private async canonical(path: string): Promise<string> {
    let done = '/';
    const todo = normalizePath(path).split('/').filter(Boolean);
    let hops = 0;
    while (todo.length > 0) {
      const next = joinPath(done, todo.shift() as string);
      const res = this.resolve(next);
      if (res === null) {
        if (!this.hasMountsBelow(next)) throw new FsError('ENOENT', path);
        done = next;
        continue;
      }
      const r = res.mount.resource;
      // A backend that follows its own links resolves the rest in one call when no mount lies beneath it.
      if (r.realpath && !this.hasMountsBelow(res.mount.path)) {
        const inner = joinPath(res.inner, ...todo);
        todo.length = 0;
        done = joinPath(res.mount.path, await r.realpath(inner));
        continue;
      }
      let st: FileStat;
      try {
        st = await r.lstat(res.inner);
      } catch (e) {
        if (!(isFsError(e, 'ENOENT') && this.hasMountsBelow(next))) throw e;
        done = next;
        continue;
      }
      if (st.type !== 'symlink') {
        done = next;
        continue;
      }
      if (++hops > MAX_SYMLINK_HOPS) throw new FsError('ELOOP', path);
      if (r.realpath) {
        done = joinPath(res.mount.path, await r.realpath(res.inner));
        continue;
      }
      const target = await r.readlink(res.inner);
      todo.unshift(...target.split('/').filter(Boolean));
      done = target.startsWith('/') ? '/' : parentPath(next);
    }
    return done;
  }
}
