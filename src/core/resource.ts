/**
 * The Resource interface every backend implements, and the capabilities it
 * declares as data so the planner can decide pushdowns without knowing the backend.
 *
 * Paths given to a resource are relative to its mount point but written as
 * normalised absolute paths: '/' is the mount root, '/a/b' a file inside it.
 */

/** What kind of node a path names. */
export type FileType = 'file' | 'directory' | 'symlink';

/** Metadata of one path. */
export interface FileStat {
  readonly type: FileType;
  /** Size in bytes (0 for directories unless the backend knows better). */
  readonly size: number;
  /** Modification time, ms since the epoch. */
  readonly mtimeMs: number;
  /** Permission bits (0o644, 0o755 …) without the file-type bits. */
  readonly mode: number;
  /** Number of hard links, when the backend knows it. */
  readonly nlink?: number;
  /** Inode number or another stable identity, when the backend has one. */
  readonly ino?: number;
  /** Owner and group names, when the backend has them. */
  readonly owner?: string;
  readonly group?: string;
  /** Entity tag of remote objects. */
  readonly etag?: string;
}

/** One directory entry. */
export interface DirEntry {
  readonly name: string;
  readonly type: FileType;
}

/** Options of a streamed read. `start`/`end` select a byte range [start, end). */
export interface ReadOptions {
  readonly start?: number;
  readonly end?: number;
  /** Aborting stops the read and releases its I/O (file handle, network request). */
  readonly signal?: AbortSignal;
}

/** An open file being written; bytes are visible once close() resolves. */
export interface WriteHandle {
  write(chunk: Uint8Array): Promise<void>;
  close(): Promise<void>;
  /** Gives up: no partial object is left behind where the backend can avoid it. */
  abort(): Promise<void>;
}

/** Options of openWrite. */
export interface WriteOptions {
  readonly append?: boolean;
  readonly signal?: AbortSignal;
}

/** How precisely a backend can answer a pushed-down grep. */
export type SearchPrecision = 'exact' | 'inexact';

/** Per-request prices and latency, for the cost model. */
export interface CostFigures {
  /** US dollars per request (GET/LIST). */
  readonly perRequestUsd: number;
  /** US dollars per byte leaving the backend. */
  readonly egressUsdPerByte: number;
  /** Typical latency of one request, ms. */
  readonly latencyMs: number;
}

/** What a resource can do, as data the planner reads. */
export interface ResourceCapabilities {
  /** Reads of a byte range cost only those bytes. */
  readonly rangedRead: boolean;
  /** Accepts writes, mkdir, rm, rename. */
  readonly writable: boolean;
  /** Stores symbolic links. */
  readonly symlinks: boolean;
  /** Can list by key prefix without walking directories. */
  readonly listPrefix: boolean;
  /** Grep can be pushed down to a search API. */
  readonly search?: { readonly grep: SearchPrecision };
  /** File extensions the backend can read by column (e.g. 'parquet'). */
  readonly columnar?: readonly string[];
  readonly cost: CostFigures;
}

/** A mounted backend. */
export interface Resource {
  /** Short backend name shown in EXPLAIN and `df` ('ram', 'disk', 's3' …). */
  readonly kind: string;
  readonly capabilities: ResourceCapabilities;
  /** Metadata, following symlinks. Throws FsError ENOENT when missing. */
  stat(path: string, opts?: { signal?: AbortSignal }): Promise<FileStat>;
  /** Metadata without following a final symlink. */
  lstat(path: string, opts?: { signal?: AbortSignal }): Promise<FileStat>;
  /** Entries of a directory in no particular order. ENOTDIR for files. */
  readdir(path: string, opts?: { signal?: AbortSignal }): Promise<DirEntry[]>;
  /** Streams the bytes of a file (or the given range). EISDIR for directories. */
  read(path: string, opts?: ReadOptions): AsyncIterable<Uint8Array>;
  /** Opens a file for writing, creating or truncating it (or appending). The parent must exist. */
  openWrite(path: string, opts?: WriteOptions): Promise<WriteHandle>;
  /** Creates a directory; with recursive, creates parents and tolerates existing ones. */
  mkdir(path: string, opts?: { recursive?: boolean }): Promise<void>;
  /** Removes a file or symlink; with recursive, a directory and everything under it. */
  rm(path: string, opts?: { recursive?: boolean }): Promise<void>;
  /** Removes an empty directory. */
  rmdir(path: string): Promise<void>;
  /** Renames within this resource, replacing a file at `to`. */
  rename(from: string, to: string): Promise<void>;
  /** Creates a symlink at `path` holding `target` verbatim. ENOTSUP where unsupported. */
  symlink(target: string, path: string): Promise<void>;
  /** The target text of a symlink. EINVAL when `path` is not a symlink. */
  readlink(path: string): Promise<string>;
  /** Sets the modification time (creating nothing). */
  utimes(path: string, mtimeMs: number): Promise<void>;
  /**
   * The canonical path with every symlink resolved, for backends that follow their
   * own links (their targets are not virtual paths, e.g. host paths on disk).
   */
  realpath?(path: string): Promise<string>;
  /** Makes `newPath` a hard link to the file `existing` (the final symlink not followed). Absent: no hard links. */
  link?(existing: string, newPath: string): Promise<void>;
  /** Copies a file within this resource, when the backend can do it server-side. */
  copyFile?(from: string, to: string): Promise<void>;
  /** Releases connections and handles. */
  close?(): Promise<void>;
}
