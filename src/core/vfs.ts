/**
 * The mount-aware filesystem that commands see. Paths are absolute virtual paths
 * (callers resolve relative paths against their cwd first with `resolvePath`).
 * Implemented by the workspace's mount table; commands and the executor depend
 * only on this interface.
 */
import type { DirEntry, FileStat, ReadOptions, Resource, WriteHandle, WriteOptions } from './resource.js';

/** A mount point and the resource behind it. */
export interface MountInfo {
  readonly path: string;
  readonly resource: Resource;
}

/** Where a virtual path lands: its mount and the path inside the resource. */
export interface ResolvedPath {
  readonly mount: MountInfo;
  /** Path inside the resource ('/' is the mount root). */
  readonly inner: string;
}

/** The whole mounted tree, addressed by absolute virtual paths. */
export interface VirtualFs {
  /** The mount serving `path`, by longest prefix; null when no mount covers it. */
  resolve(path: string): ResolvedPath | null;
  /** All mounts, sorted by path. */
  mounts(): readonly MountInfo[];
  stat(path: string, opts?: { signal?: AbortSignal }): Promise<FileStat>;
  lstat(path: string, opts?: { signal?: AbortSignal }): Promise<FileStat>;
  /** Entries of a directory, sorted by name in byte order; mount points show as directories. */
  readdir(path: string, opts?: { signal?: AbortSignal }): Promise<DirEntry[]>;
  read(path: string, opts?: ReadOptions): AsyncIterable<Uint8Array>;
  openWrite(path: string, opts?: WriteOptions): Promise<WriteHandle>;
  mkdir(path: string, opts?: { recursive?: boolean }): Promise<void>;
  rm(path: string, opts?: { recursive?: boolean }): Promise<void>;
  rmdir(path: string): Promise<void>;
  /** Renames; across mounts it copies then removes (EXDEV is never surfaced). */
  rename(from: string, to: string): Promise<void>;
  symlink(target: string, path: string): Promise<void>;
  /** A hard link on the same mount: EXDEV across mounts, ENOTSUP where the backend has none. */
  link(existing: string, newPath: string): Promise<void>;
  readlink(path: string): Promise<string>;
  utimes(path: string, mtimeMs: number): Promise<void>;
  /** Copies one file, server-side when both ends share a resource that can. */
  copyFile(from: string, to: string, opts?: { signal?: AbortSignal }): Promise<void>;
  /** Reads a whole file into memory. For small files only; streaming is the rule. */
  readFile(path: string, opts?: { signal?: AbortSignal }): Promise<Uint8Array>;
  /** Writes a whole file. */
  writeFile(path: string, data: Uint8Array | string, opts?: WriteOptions): Promise<void>;
  /** The canonical path with every symlink followed; ENOENT when a component is missing. */
  realpath(path: string): Promise<string>;
  /** True when the path exists (following symlinks). */
  exists(path: string): Promise<boolean>;
}
