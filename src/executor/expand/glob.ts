/**
 * Pathname expansion over the virtual tree: `*.log`, `/logs/<star>/err?.txt`,
 * `**` with globstar. Results come back sorted in byte order (bash in the C
 * locale); relative patterns give relative paths.
 */
import { compareBytes } from '../../core/compare.js';
import { hasGlobChars, patternToRegExp, unescapePattern } from '../../core/glob-pattern.js';
import { MAX_EXPANSION_WORDS, MAX_WALK_DEPTH } from '../../core/limits.js';
import { resolvePath } from '../../core/path.js';
import type { VirtualFs } from '../../core/vfs.js';

/** Globbing options from `shopt`. */
export interface GlobOptions {
  readonly dotglob: boolean;
  readonly globstar: boolean;
  readonly nocaseglob: boolean;
  readonly extglob: boolean;
  readonly signal?: AbortSignal;
}

/** Expands a pattern (quoted chars backslash-escaped); returns the sorted matches (empty when none). */
export async function glob(fs: VirtualFs, cwd: string, pattern: string, opts: GlobOptions): Promise<string[]> {
  const absolute = pattern.startsWith('/');
  const segs = splitSegments(pattern);
  const start = absolute ? '/' : '';
  const results: string[] = [];
  await walk(fs, cwd, start, segs, 0, opts, results, 0);
  return results.sort(compareBytes);
}

function splitSegments(pattern: string): string[] {
  const segs: string[] = [];
  let cur = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\' && i + 1 < pattern.length) {
      cur += c + pattern[i + 1];
      i++;
    } else if (c === '/') {
      if (cur !== '') segs.push(cur);
      cur = '';
    } else cur += c;
  }
  if (cur !== '' || pattern.endsWith('/')) segs.push(cur);
  return segs;
}

function join(prefix: string, name: string): string {
  if (prefix === '') return name;
  if (prefix.endsWith('/')) return prefix + name;
  return `${prefix}/${name}`;
}

async function listDir(fs: VirtualFs, cwd: string, dir: string) {
  try {
    return await fs.readdir(resolvePath(cwd, dir === '' ? '.' : dir));
  } catch {
    return [];
  }
}

async function walk(
  fs: VirtualFs,
  cwd: string,
  prefix: string,
  segs: string[],
  i: number,
  opts: GlobOptions,
  out: string[],
  depth: number,
): Promise<void> {
  opts.signal?.throwIfAborted();
  if (out.length > MAX_EXPANSION_WORDS || depth > MAX_WALK_DEPTH) return;
  if (i === segs.length) {
    out.push(prefix);
    return;
  }
  const seg = segs[i];
  const last = i === segs.length - 1;
  if (seg === '') {
    // Trailing slash: the match must be a directory.
    if (await isDir(fs, cwd, prefix)) out.push(`${prefix}/`);
    return;
  }
  if (!hasGlobChars(seg, opts.extglob)) {
    const path = join(prefix, unescapePattern(seg));
    if (last) {
      if (await exists(fs, cwd, path)) out.push(path);
    } else await walk(fs, cwd, path, segs, i + 1, opts, out, depth + 1);
    return;
  }
  if (seg === '**' && opts.globstar) {
    await globstar(fs, cwd, prefix, segs, i, opts, out, depth);
    return;
  }
  const re = patternToRegExp(seg, { nocase: opts.nocaseglob, extglob: opts.extglob });
  const dotOk = opts.dotglob || seg.startsWith('.') || seg.startsWith('\\.');
  for (const e of await listDir(fs, cwd, prefix)) {
    if (e.name.startsWith('.') && !dotOk) continue;
    if (!re.test(e.name)) continue;
    const path = join(prefix, e.name);
    if (last) out.push(path);
    else if (e.type === 'directory' || (e.type === 'symlink' && (await isDir(fs, cwd, path)))) {
      await walk(fs, cwd, path, segs, i + 1, opts, out, depth + 1);
    }
  }
}

/** `**`: zero or more directories, then the rest of the pattern. */
async function globstar(
  fs: VirtualFs,
  cwd: string,
  prefix: string,
  segs: string[],
  i: number,
  opts: GlobOptions,
  out: string[],
  depth: number,
): Promise<void> {
  const last = i === segs.length - 1;
  const dirs: string[] = [];
  const collect = async (dir: string, d: number): Promise<void> => {
    if (d > MAX_WALK_DEPTH || dirs.length > MAX_EXPANSION_WORDS) return;
    opts.signal?.throwIfAborted();
    for (const e of await listDir(fs, cwd, dir)) {
      if (e.name.startsWith('.') && !opts.dotglob) continue;
      const path = join(dir, e.name);
      if (e.type === 'directory') {
        dirs.push(path);
        await collect(path, d + 1);
      } else if (last) dirs.push(path);
    }
  };
  if (last) {
    // `dir/**` matches dir itself (as `dir/`), then everything below it.
    if (prefix !== '' && prefix !== '/') out.push(`${prefix}/`);
    await collect(prefix, depth);
    for (const p of dirs) out.push(p);
    return;
  }
  await walk(fs, cwd, prefix, segs, i + 1, opts, out, depth + 1);
  await collect(prefix, depth);
  for (const d of dirs) await walk(fs, cwd, d, segs, i + 1, opts, out, depth + 1);
}

async function exists(fs: VirtualFs, cwd: string, path: string): Promise<boolean> {
  try {
    await fs.lstat(resolvePath(cwd, path));
    return true;
  } catch {
    return false;
  }
}

async function isDir(fs: VirtualFs, cwd: string, path: string): Promise<boolean> {
  try {
    return (await fs.stat(resolvePath(cwd, path === '' ? '.' : path))).type === 'directory';
  } catch {
    return false;
  }
}
