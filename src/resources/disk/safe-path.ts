/**
 * Maps a disk resource's inner paths to host paths that provably stay under its
 * root. Each check resolves the real path of the deepest existing ancestor (one
 * realpath in the common case) and refuses with EACCES anything that lands outside.
 * Operations then act on the resolved real path, so the kernel never follows a
 * link that was not checked. (A concurrent swap of a checked directory for a
 * symlink between check and use is outside what path checks can prevent.)
 */
import { realpathSync, statSync } from 'node:fs';
import { lstat, readlink, realpath } from 'node:fs/promises';
import { dirname, isAbsolute, join, resolve, sep } from 'node:path';
import { FsError, toFsError } from '../../core/errors.js';
import { MAX_SYMLINK_HOPS } from '../../core/limits.js';
import { baseName, parentPath } from '../../core/path.js';

/** Node error codes meaning "some component is missing or not a directory": walk up and look. */
function isMissing(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  return code === 'ENOENT' || code === 'ENOTDIR';
}

/** A directory on the host that paths may not leave. */
export class SafeRoot {
  /** The root's real path (symlinks resolved at construction). */
  readonly root: string;
  private readonly prefix: string;

  constructor(root: string) {
    let real: string;
    try {
      real = realpathSync(resolve(root));
    } catch (e) {
      const reason = (e as { code?: string }).code === 'ENOENT' ? 'does not exist' : String(e);
      throw new Error(`disk resource root ${JSON.stringify(root)} ${reason}`);
    }
    if (!statSync(real).isDirectory()) {
      throw new Error(`disk resource root ${JSON.stringify(root)} is not a directory`);
    }
    this.root = real;
    this.prefix = real === sep ? sep : real + sep;
  }

  /** Host path of `inner` with every symlink, the last component included, resolved and checked. */
  async follow(inner: string): Promise<string> {
    return this.followHost(this.hostOf(inner), inner, 0);
  }

  /** Host path of the entry `inner` names: its parent resolved and checked, the last component untouched. */
  async entry(inner: string): Promise<string> {
    const host = this.hostOf(inner);
    if (host === this.root) return host;
    const parent = await this.followHost(this.hostOf(parentPath(inner)), inner, 0);
    return join(parent, baseName(host));
  }

  /** The canonical inner path of an existing `inner` (ENOENT when missing). */
  async realInner(inner: string): Promise<string> {
    const real = await realpath(this.hostOf(inner)).catch((e) => {
      throw toFsError(e, inner);
    });
    this.check(real, inner);
    if (real === this.root) return '/';
    return (this.root === sep ? real : real.slice(this.root.length)).split(sep).join('/');
  }

  /**
   * Joins a normalised inner path to the root. Paths arrive normalised, but a '..'
   * that would climb above the root is refused rather than clamped.
   */
  private hostOf(inner: string): string {
    if (inner.includes('\0')) throw new FsError('EINVAL', inner);
    const segs: string[] = [];
    for (const seg of inner.split('/')) {
      if (seg === '' || seg === '.') continue;
      if (seg === '..') {
        if (segs.length === 0) throw new FsError('EACCES', inner);
        segs.pop();
      } else segs.push(seg);
    }
    return segs.length === 0 ? this.root : join(this.root, ...segs);
  }

  private check(real: string, inner: string): void {
    if (real !== this.root && !real.startsWith(this.prefix)) throw new FsError('EACCES', inner);
  }

  private async followHost(host: string, inner: string, hops: number): Promise<string> {
    let real: string;
    try {
      real = await realpath(host);
    } catch (e) {
      if (!isMissing(e)) throw toFsError(e, inner);
      return this.followMissing(host, inner, hops);
    }
    this.check(real, inner);
    return real;
  }

  /**
   * `host` does not fully exist. Find its deepest existing ancestor, check it, and
   * look at the first missing component: a dangling symlink there is followed by
   * hand (opening it with O_CREAT would create its target wherever it points).
   */
  private async followMissing(host: string, inner: string, hops: number): Promise<string> {
    const rest: string[] = [];
    let dir = host;
    let realDir: string | undefined;
    while (realDir === undefined) {
      const up = dirname(dir);
      if (up === dir) throw new FsError('ENOENT', inner);
      rest.unshift(dir.slice(up.length + (up.endsWith(sep) ? 0 : 1)));
      dir = up;
      try {
        realDir = await realpath(dir);
      } catch (e) {
        if (!isMissing(e)) throw toFsError(e, inner);
      }
    }
    this.check(realDir, inner);
    const first = join(realDir, rest[0]);
    let isLink: boolean;
    try {
      isLink = (await lstat(first)).isSymbolicLink();
    } catch (e) {
      if (!isMissing(e)) throw toFsError(e, inner);
      isLink = false;
    }
    if (!isLink) return join(realDir, ...rest);
    if (hops >= MAX_SYMLINK_HOPS) throw new FsError('ELOOP', inner);
    const target = await readlink(first).catch((e) => {
      throw toFsError(e, inner);
    });
    const next = isAbsolute(target) ? target : join(realDir, target);
    return this.followHost(join(next, ...rest.slice(1)), inner, hops + 1);
  }
}
