/**
 * An in-memory filesystem. Files are stored as one Uint8Array and read back as
 * zero-copy subarray views, so `cat f | wc -l` on a RAM mount never copies the data.
 * Symlinks are stored verbatim and followed by the VFS (their targets are virtual paths).
 * Every entry point normalises its paths: a stray '..' must never become a child named '..'.
 */
import { FsError, SymlinkRedirect } from '../../core/errors.js';
import { concatBytes } from '../../core/io.js';
import { baseName, normalizePath, parentPath } from '../../core/path.js';
import type {
  DirEntry,
  FileStat,
  ReadOptions,
  Resource,
  ResourceCapabilities,
  WriteHandle,
  WriteOptions,
} from '../../core/resource.js';
import { RAM_CAPABILITIES } from './ram-capabilities.js';

/** Size of the views a RAM read yields. Large: views cost nothing and fewer chunks mean less overhead. */
const RAM_READ_CHUNK = 1024 * 1024;

interface FileNode {
  type: 'file';
  data: Uint8Array;
  mtimeMs: number;
  mode: number;
  ino: number;
  /** Directory entries naming this node (hard links share the node). */
  nlink: number;
}
interface DirNode {
  type: 'directory';
  children: Map<string, Node>;
  mtimeMs: number;
  mode: number;
  ino: number;
}
interface LinkNode {
  type: 'symlink';
  target: string;
  mtimeMs: number;
  mode: number;
  ino: number;
}
type Node = FileNode | DirNode | LinkNode;

/** Options of a RAM mount. */
export interface RAMResourceOptions {
  /** Refuse writes with EROFS. */
  readonly readOnly?: boolean;
}

/** A filesystem held in memory. */
export class RAMResource implements Resource {
  readonly kind = 'ram';
  readonly capabilities: ResourceCapabilities;
  private readonly root: DirNode;
  private nextIno = 2;
  private readonly readOnly: boolean;

  constructor(opts: RAMResourceOptions = {}) {
    this.readOnly = opts.readOnly ?? false;
    this.capabilities = this.readOnly ? { ...RAM_CAPABILITIES, writable: false } : RAM_CAPABILITIES;
    this.root = { type: 'directory', children: new Map(), mtimeMs: Date.now(), mode: 0o755, ino: 1 };
  }

  async stat(path: string): Promise<FileStat> {
    path = normalizePath(path);
    return toStat(this.lookup(path, true));
  }

  async lstat(path: string): Promise<FileStat> {
    path = normalizePath(path);
    return toStat(this.lookup(path, false));
  }

  async readdir(path: string): Promise<DirEntry[]> {
    path = normalizePath(path);
    const node = this.lookup(path, true);
    if (node.type !== 'directory') throw new FsError('ENOTDIR', path);
    const out: DirEntry[] = [];
    for (const [name, child] of node.children) out.push({ name, type: child.type });
    return out;
  }

  read(path: string, opts: ReadOptions = {}): AsyncIterable<Uint8Array> {
    path = normalizePath(path);
    const self = this;
    return {
      async *[Symbol.asyncIterator]() {
        const node = self.lookup(path, true);
        if (node.type === 'directory') throw new FsError('EISDIR', path);
        if (node.type !== 'file') throw new FsError('EINVAL', path);
        const data = node.data;
        const end = Math.min(opts.end ?? data.length, data.length);
        for (let at = Math.max(0, opts.start ?? 0); at < end; at += RAM_READ_CHUNK) {
          opts.signal?.throwIfAborted();
          yield data.subarray(at, Math.min(at + RAM_READ_CHUNK, end));
        }
      },
    };
  }

  async openWrite(path: string, opts: WriteOptions = {}): Promise<WriteHandle> {
    path = normalizePath(path);
    this.checkWritable(path);
    const append = opts.append ?? false;
    const file = this.fileForWrite(path, append);
    const chunks: Uint8Array[] = [];
    let size = 0;
    let done = false;
    // Like O_APPEND, appended bytes land after whatever the file holds when they are committed.
    const commit = () => {
      file.data = append ? concatBytes([file.data, ...chunks], file.data.length + size) : concatBytes(chunks, size);
    };
    return {
      write: async (chunk) => {
        if (done) throw new FsError('EBADF', path);
        // Copy: the writer may reuse its buffer once write resolves. (Buffer#slice would not copy.)
        chunks.push(new Uint8Array(chunk));
        size += chunk.length;
      },
      close: async () => {
        if (done) return;
        done = true;
        commit();
        file.mtimeMs = Date.now();
      },
      abort: async () => {
        if (done) return;
        done = true;
        commit();
      },
    };
  }

  async mkdir(path: string, opts: { recursive?: boolean } = {}): Promise<void> {
    path = normalizePath(path);
    this.checkWritable(path);
    if (path === '/') {
      if (opts.recursive) return;
      throw new FsError('EEXIST', path);
    }
    if (opts.recursive) {
      let dir = this.root;
      let at = '';
      for (const seg of segments(path)) {
        at += `/${seg}`;
        const child = dir.children.get(seg);
        if (child === undefined) {
          const made = this.newDir();
          dir.children.set(seg, made);
          dir.mtimeMs = made.mtimeMs;
          dir = made;
        } else if (child.type === 'directory') {
          dir = child;
        } else if (child.type === 'symlink') {
          throw new SymlinkRedirect(at, child.target, path.slice(at.length));
        } else {
          throw new FsError(at === path ? 'EEXIST' : 'ENOTDIR', path);
        }
      }
      return;
    }
    const parent = this.parentDir(path);
    const name = baseName(path);
    if (parent.children.has(name)) throw new FsError('EEXIST', path);
    const made = this.newDir();
    parent.children.set(name, made);
    parent.mtimeMs = made.mtimeMs;
  }

  async rm(path: string, opts: { recursive?: boolean } = {}): Promise<void> {
    path = normalizePath(path);
    this.checkWritable(path);
    if (path === '/') throw new FsError('EBUSY', path);
    const parent = this.parentDir(path);
    const name = baseName(path);
    const node = parent.children.get(name);
    if (!node) throw new FsError('ENOENT', path);
    if (node.type === 'directory' && !opts.recursive) throw new FsError('EISDIR', path);
    parent.children.delete(name);
    if (node.type === 'file') node.nlink--;
    parent.mtimeMs = Date.now();
  }

  async rmdir(path: string): Promise<void> {
    path = normalizePath(path);
    this.checkWritable(path);
    if (path === '/') throw new FsError('EBUSY', path);
    const parent = this.parentDir(path);
    const name = baseName(path);
    const node = parent.children.get(name);
    if (!node) throw new FsError('ENOENT', path);
    if (node.type !== 'directory') throw new FsError('ENOTDIR', path);
    if (node.children.size > 0) throw new FsError('ENOTEMPTY', path);
    parent.children.delete(name);
    parent.mtimeMs = Date.now();
  }

  async rename(from: string, to: string): Promise<void> {
    from = normalizePath(from);
    to = normalizePath(to);
    this.checkWritable(from);
    if (from === '/' || to === '/') throw new FsError('EBUSY', from);
    if (to === from) return;
    if (to.startsWith(`${from}/`)) throw new FsError('EINVAL', to);
    const srcParent = this.parentDir(from);
    const node = srcParent.children.get(baseName(from));
    if (!node) throw new FsError('ENOENT', from);
    const dstParent = this.parentDir(to);
    const existing = dstParent.children.get(baseName(to));
    if (existing) {
      if (existing.type === 'directory' && node.type !== 'directory') throw new FsError('EISDIR', to);
      if (existing.type !== 'directory' && node.type === 'directory') throw new FsError('ENOTDIR', to);
      if (existing.type === 'directory' && existing.children.size > 0) throw new FsError('ENOTEMPTY', to);
    }
    srcParent.children.delete(baseName(from));
    if (existing?.type === 'file' && existing !== node) existing.nlink--;
    dstParent.children.set(baseName(to), node);
    const now = Date.now();
    srcParent.mtimeMs = now;
    dstParent.mtimeMs = now;
  }

  async symlink(target: string, path: string): Promise<void> {
    path = normalizePath(path);
    this.checkWritable(path);
    if (path === '/') throw new FsError('EEXIST', path);
    const parent = this.parentDir(path);
    const name = baseName(path);
    if (parent.children.has(name)) throw new FsError('EEXIST', path);
    parent.children.set(name, { type: 'symlink', target, mtimeMs: Date.now(), mode: 0o777, ino: this.nextIno++ });
  }

  async link(existing: string, newPath: string): Promise<void> {
    existing = normalizePath(existing);
    newPath = normalizePath(newPath);
    this.checkWritable(newPath);
    const node = this.lookup(existing, false);
    if (node.type === 'directory') throw new FsError('EPERM', existing);
    const parent = this.parentDir(newPath);
    const name = baseName(newPath);
    if (newPath === '/' || parent.children.has(name)) throw new FsError('EEXIST', newPath);
    // Both names share one node: a write through either is seen through the other.
    if (node.type === 'file') node.nlink++;
    parent.children.set(name, node);
  }

  async readlink(path: string): Promise<string> {
    path = normalizePath(path);
    const node = this.lookup(path, false);
    if (node.type !== 'symlink') throw new FsError('EINVAL', path);
    return node.target;
  }

  async utimes(path: string, mtimeMs: number): Promise<void> {
    path = normalizePath(path);
    this.checkWritable(path);
    this.lookup(path, true).mtimeMs = mtimeMs;
  }

  async copyFile(from: string, to: string): Promise<void> {
    from = normalizePath(from);
    to = normalizePath(to);
    this.checkWritable(to);
    const src = this.lookup(from, true);
    if (src.type === 'directory') throw new FsError('EISDIR', from);
    if (src.type !== 'file') throw new FsError('EINVAL', from);
    // Taken before fileForWrite, which empties the target: copying a file onto itself keeps it.
    const data = src.data;
    const dst = this.fileForWrite(to, false);
    // Stored arrays are never mutated in place, so sharing them is safe.
    dst.data = data;
    dst.mtimeMs = Date.now();
  }

  /** Walks to `path`. Symlinks met on the way (and at the end, when `follow`) go back to the VFS. */
  private lookup(path: string, follow: boolean): Node {
    let node: Node = this.root;
    let at = '';
    const segs = segments(path);
    for (let i = 0; i < segs.length; i++) {
      if (node.type !== 'directory') throw new FsError(node.type === 'file' ? 'ENOTDIR' : 'ENOENT', path);
      const child: Node | undefined = node.children.get(segs[i]);
      if (!child) throw new FsError('ENOENT', path);
      at += `/${segs[i]}`;
      const last = i === segs.length - 1;
      if (child.type === 'symlink' && (!last || follow)) {
        throw new SymlinkRedirect(at, child.target, path.slice(at.length));
      }
      node = child;
    }
    return node;
  }

  private parentDir(path: string): DirNode {
    let parent: Node;
    try {
      parent = this.lookup(parentPath(path), true);
    } catch (e) {
      // The redirect must carry the last name too, or the VFS would act on the parent itself.
      if (e instanceof SymlinkRedirect) throw new SymlinkRedirect(e.linkPath, e.target, `${e.rest}/${baseName(path)}`);
      throw e;
    }
    if (parent.type !== 'directory') throw new FsError('ENOTDIR', path);
    return parent;
  }

  private fileForWrite(path: string, append: boolean): FileNode {
    if (path === '/') throw new FsError('EISDIR', path);
    const parent = this.parentDir(path);
    const name = baseName(path);
    const existing = parent.children.get(name);
    if (existing?.type === 'directory') throw new FsError('EISDIR', path);
    if (existing?.type === 'symlink') throw new SymlinkRedirect(path, existing.target, '');
    if (existing) {
      if (!append) existing.data = EMPTY;
      return existing;
    }
    const now = Date.now();
    const file: FileNode = { type: 'file', data: EMPTY, mtimeMs: now, mode: 0o644, ino: this.nextIno++, nlink: 1 };
    parent.children.set(name, file);
    parent.mtimeMs = now;
    return file;
  }

  private newDir(): DirNode {
    return { type: 'directory', children: new Map(), mtimeMs: Date.now(), mode: 0o755, ino: this.nextIno++ };
  }

  private checkWritable(path: string): void {
    if (this.readOnly) throw new FsError('EROFS', path);
  }
}

const EMPTY = new Uint8Array(0);

function segments(path: string): string[] {
  return path === '/' ? [] : path.slice(1).split('/');
}

function toStat(node: Node): FileStat {
  switch (node.type) {
    case 'file':
      return {
        type: 'file',
        size: node.data.length,
        mtimeMs: node.mtimeMs,
        mode: node.mode,
        nlink: node.nlink,
        ino: node.ino,
      };
    case 'directory':
      return { type: 'directory', size: 4096, mtimeMs: node.mtimeMs, mode: node.mode, nlink: 2, ino: node.ino };
    case 'symlink':
      return {
        type: 'symlink',
        size: node.target.length,
        mtimeMs: node.mtimeMs,
        mode: node.mode,
        nlink: 1,
        ino: node.ino,
      };
  }
}
