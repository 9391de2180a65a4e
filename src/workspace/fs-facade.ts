/**
 * `ws.fs`: file operations for SDK callers, over the same mounted tree the
 * shell sees. Accepts strings or bytes; paths are absolute virtual paths.
 */
import { encodeText } from '../core/io.js';
import { normalizePath } from '../core/path.js';
import type { DirEntry, FileStat } from '../core/resource.js';
import type { MountTable } from './mount-table.js';

/** The SDK's file API. */
export class WorkspaceFs {
  constructor(private readonly table: MountTable) {}

  private abs(path: string): string {
    if (!path.startsWith('/')) throw new Error(`path must be absolute: ${JSON.stringify(path)}`);
    return normalizePath(path);
  }

  /** The bytes of a file. */
  readFile(path: string): Promise<Uint8Array> {
    return this.table.readFile(this.abs(path));
  }

  /** A file as UTF-8 text. */
  async readText(path: string): Promise<string> {
    return new TextDecoder().decode(await this.readFile(path));
  }

  /** Creates or replaces a file (the parent directory must exist). */
  writeFile(path: string, data: Uint8Array | string): Promise<void> {
    return this.table.writeFile(this.abs(path), typeof data === 'string' ? encodeText(data) : data);
  }

  /** Appends to a file, creating it when missing. */
  appendFile(path: string, data: Uint8Array | string): Promise<void> {
    return this.table.writeFile(this.abs(path), typeof data === 'string' ? encodeText(data) : data, { append: true });
  }

  /** Creates a directory (`recursive` creates parents, like mkdir -p). */
  mkdir(path: string, opts: { recursive?: boolean } = {}): Promise<void> {
    return this.table.mkdir(this.abs(path), opts);
  }

  /** Names in a directory, sorted in byte order. */
  async readdir(path: string): Promise<string[]> {
    return (await this.table.readdir(this.abs(path))).map((e) => e.name);
  }

  /** Entries with their types. */
  list(path: string): Promise<DirEntry[]> {
    return this.table.readdir(this.abs(path));
  }

  /** Metadata, following symlinks. */
  stat(path: string): Promise<FileStat> {
    return this.table.stat(this.abs(path));
  }

  /** True when the path exists. */
  exists(path: string): Promise<boolean> {
    return this.table.exists(this.abs(path));
  }

  /** Removes a file, or a directory tree with `recursive`. */
  rm(path: string, opts: { recursive?: boolean; force?: boolean } = {}): Promise<void> {
    const p = this.table.rm(this.abs(path), { recursive: opts.recursive });
    return opts.force ? p.catch(() => undefined) : p;
  }

  /** Moves a file or directory, across mounts too. */
  rename(from: string, to: string): Promise<void> {
    return this.table.rename(this.abs(from), this.abs(to));
  }
}
