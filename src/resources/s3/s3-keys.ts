/**
 * Paths inside an S3 mount and the keys that store them. A file `/a/b` is the key
 * `<prefix>a/b`; a directory `/a` is the key prefix `<prefix>a/`, which exists when
 * a key lies under it (its zero-byte `a/` marker, made by mkdir, is one such key).
 */
import { FsError } from '../../core/errors.js';
import { S3_MAX_KEY_BYTES } from '../../core/limits.js';
import { normalizePath } from '../../core/path.js';

/** The mount's key prefix without a leading '/' and with a trailing one ('' for the whole bucket). */
export function normalizePrefix(prefix: string | undefined): string {
  const trimmed = (prefix ?? '').replace(/^\/+/, '').replace(/\/+$/, '');
  return trimmed === '' ? '' : `${trimmed}/`;
}

/** Maps the mount's paths to keys. */
export class KeyMap {
  constructor(readonly prefix: string) {}

  /** The object key of a file path (never '/': the root is no object). */
  key(path: string): string {
    const key = this.prefix + normalizePath(path).slice(1);
    if (Buffer.byteLength(key) > S3_MAX_KEY_BYTES) throw new FsError('ENAMETOOLONG', path);
    return key;
  }

  /** The key prefix of a directory path, ending in '/' (the mount prefix itself for the root). */
  dirKey(path: string): string {
    const norm = normalizePath(path);
    return norm === '/' ? this.prefix : `${this.key(norm)}/`;
  }

  /** The mount path of a key under the prefix. */
  pathOf(key: string): string {
    return `/${key.slice(this.prefix.length)}`;
  }
}

/** CopyObject's `CopySource`: bucket and key, each segment URL-encoded (the SDK sends it verbatim). */
export function copySource(bucket: string, key: string): string {
  return `${encodeURIComponent(bucket)}/${key.split('/').map(encodeURIComponent).join('/')}`;
}

/** The names of the ancestors of a path, nearest last, without the root: '/a/b/c' → ['/a', '/a/b']. */
export function ancestors(path: string): string[] {
  const norm = normalizePath(path);
  const out: string[] = [];
  for (let i = norm.indexOf('/', 1); i > 0; i = norm.indexOf('/', i + 1)) out.push(norm.slice(0, i));
  return out;
}
