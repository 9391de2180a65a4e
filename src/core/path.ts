/** Virtual paths: always '/'-separated, absolute after resolution, no '.' or '..' segments. */

/** An absolute path without empty, '.' or '..' segments and without a trailing slash. */
const ALREADY_NORMAL = /^(?:\/$|(?:\/(?!\.\.?(?:\/|$))[^/]+)+$)/;

/** Normalises an absolute virtual path: collapses '//', resolves '.' and '..' (never above '/'). */
export function normalizePath(path: string): string {
  // Most paths arrive already normal (every fs call normalises again): return those untouched.
  if (ALREADY_NORMAL.test(path)) return path;
  const out: string[] = [];
  for (const seg of path.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') out.pop();
    else out.push(seg);
  }
  return `/${out.join('/')}`;
}

/** Resolves `path` against `cwd` (both virtual) into a normalised absolute path. */
export function resolvePath(cwd: string, path: string): string {
  if (path.startsWith('/')) return normalizePath(path);
  return normalizePath(`${cwd}/${path}`);
}

/** Joins segments with '/' and normalises. */
export function joinPath(...parts: string[]): string {
  return normalizePath(parts.join('/'));
}

/** The directory part of a normalised absolute path ('/' for '/x' and '/'). */
export function parentPath(path: string): string {
  const i = path.lastIndexOf('/');
  return i <= 0 ? '/' : path.slice(0, i);
}

/** The last segment of a normalised absolute path ('' for '/'). */
export function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** True when `path` equals `prefix` or lies under it. Both normalised. */
export function isUnder(path: string, prefix: string): boolean {
  if (prefix === '/') return true;
  return path === prefix || path.startsWith(`${prefix}/`);
}
