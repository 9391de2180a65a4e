/**
 * Canonical paths for realpath and readlink -f/-e/-m, built from lstat and
 * readlink (VirtualFs has no realpath). '..' is applied after the symlinks
 * before it are followed, as the kernel does, so the operand is taken raw.
 */
import { FsError, toFsError } from '../../core/errors.js';
import { MAX_SYMLINK_HOPS } from '../../core/limits.js';
import { joinPath, parentPath } from '../../core/path.js';
import type { VirtualFs } from '../../core/vfs.js';

/**
 * How much of the path must exist: every component ('existing', realpath -e),
 * all but the last ('all-but-last', realpath's default and readlink -f), or
 * none ('missing', -m: missing parts are taken literally).
 */
export type CanonMode = 'existing' | 'all-but-last' | 'missing';

function parts(path: string): string[] {
  return path.split('/').filter((p) => p !== '' && p !== '.');
}

/** The canonical absolute path of `arg` seen from `cwd`. Throws FsError (path = `arg`). */
export async function canonicalize(
  fs: VirtualFs,
  cwd: string,
  arg: string,
  mode: CanonMode,
  signal?: AbortSignal,
): Promise<string> {
  if (arg === '') throw new FsError('ENOENT', arg);
  const raw = arg.startsWith('/') ? arg : `${cwd}/${arg}`;
  const todo = parts(raw);
  const trailingSlash = /\/\.?$/.test(arg);
  let done = '/';
  let hops = 0;
  while (todo.length > 0) {
    signal?.throwIfAborted();
    const part = todo.shift() as string;
    if (part === '..') {
      done = parentPath(done);
      continue;
    }
    const next = joinPath(done, part);
    const isLast = todo.length === 0;
    let st: Awaited<ReturnType<VirtualFs['lstat']>>;
    try {
      st = await fs.lstat(next, { signal });
    } catch (e) {
      const err = toFsError(e, arg);
      const tolerated = mode === 'missing' || (mode === 'all-but-last' && isLast && err.code === 'ENOENT');
      if (!tolerated) throw new FsError(err.code, arg);
      done = next;
      continue;
    }
    if (st.type === 'symlink') {
      if (++hops > MAX_SYMLINK_HOPS) {
        if (mode !== 'missing') throw new FsError('ELOOP', arg);
        done = next;
        continue;
      }
      const target = await fs.readlink(next).catch((e: unknown) => {
        throw new FsError(toFsError(e, arg).code, arg);
      });
      todo.unshift(...parts(target));
      if (target.startsWith('/')) done = '/';
      continue;
    }
    if (st.type !== 'directory' && (!isLast || trailingSlash) && mode !== 'missing') {
      throw new FsError('ENOTDIR', arg);
    }
    done = next;
  }
  return done;
}

/** `path` relative to `base` (both canonical absolute paths), as realpath --relative-to prints it. */
export function relativePath(path: string, base: string): string {
  const a = parts(path);
  const b = parts(base);
  let common = 0;
  while (common < a.length && common < b.length && a[common] === b[common]) common++;
  const up = b.slice(common).map(() => '..');
  const rel = [...up, ...a.slice(common)].join('/');
  return rel === '' ? '.' : rel;
}
