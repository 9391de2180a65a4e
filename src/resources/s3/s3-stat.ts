/**
 * What a path is in a bucket. A file is an object (HeadObject); a directory is a
 * key prefix with something under it: its `dir/` marker or any other key. When a
 * key `a` and keys under `a/` both exist, the file wins for stat and reads, and
 * readdir lists the name once, as a directory. A directory's mtime is its marker's (or, without a marker,
 * the first key's under it).
 */
import type { HeadObjectOutput } from '@aws-sdk/client-s3';
import { FsError } from '../../core/errors.js';
import { normalizePath, parentPath } from '../../core/path.js';
import type { FileStat } from '../../core/resource.js';
import type { S3Connection } from './s3-connection.js';
import { isNotFound, throwS3Error } from './s3-errors.js';
import { ancestors } from './s3-keys.js';
import { firstObjects } from './s3-list.js';

/** Metadata key (x-amz-meta-mtime) holding a modification time set by utimes, in seconds (rclone's convention). */
export const MTIME_METADATA = 'mtime';

/** Headers a copy that replaces metadata must carry over itself (S3 would drop or reset them). */
export type KeptHeaders = Pick<
  HeadObjectOutput,
  'ContentType' | 'CacheControl' | 'ContentDisposition' | 'ContentEncoding' | 'ContentLanguage' | 'StorageClass'
>;

/** The HeadObject fields S3Resource uses. */
export interface ObjectHead {
  readonly size: number;
  readonly mtimeMs: number;
  readonly etag?: string;
  readonly metadata: Readonly<Record<string, string>>;
  readonly headers: KeptHeaders;
}

/** What a path turned out to be. */
export interface Probe {
  readonly stat: FileStat;
  /** The object (for a file) or the marker (for a directory that has one). */
  readonly head: ObjectHead | null;
}

/** Reads a modification time from metadata, falling back to LastModified. */
function mtimeOf(metadata: Readonly<Record<string, string>>, lastModified: Date | undefined): number {
  const seconds = Number(metadata[MTIME_METADATA]);
  if (metadata[MTIME_METADATA] !== undefined && Number.isFinite(seconds)) return Math.round(seconds * 1000);
  return lastModified?.getTime() ?? 0;
}

/** HeadObject of `key`, or null when there is no such object. */
export async function headObject(
  conn: S3Connection,
  path: string,
  key: string,
  signal?: AbortSignal,
): Promise<ObjectHead | null> {
  try {
    const out = await conn.attempt(signal, (client, sdk, o) =>
      client.send(new sdk.HeadObjectCommand({ Bucket: conn.bucket, Key: key }), o),
    );
    const metadata = out.Metadata ?? {};
    return {
      size: out.ContentLength ?? 0,
      mtimeMs: mtimeOf(metadata, out.LastModified),
      etag: out.ETag,
      metadata,
      headers: {
        ContentType: out.ContentType,
        CacheControl: out.CacheControl,
        ContentDisposition: out.ContentDisposition,
        ContentEncoding: out.ContentEncoding,
        ContentLanguage: out.ContentLanguage,
        StorageClass: out.StorageClass,
      },
    };
  } catch (e) {
    if (isNotFound(e)) return null;
    throwS3Error(e, path, conn, signal);
  }
}

function fileStat(head: ObjectHead): FileStat {
  return { type: 'file', size: head.size, mtimeMs: head.mtimeMs, mode: 0o644, nlink: 1, etag: head.etag };
}

function dirStat(mtimeMs: number): FileStat {
  return { type: 'directory', size: 0, mtimeMs, mode: 0o755, nlink: 2 };
}

/** What `path` is, or null when nothing is there. The root is always a directory. */
export async function probe(conn: S3Connection, path: string, signal?: AbortSignal): Promise<Probe | null> {
  const norm = normalizePath(path);
  if (norm === '/') return { stat: dirStat(conn.mountedAt), head: null };
  const head = await headObject(conn, norm, conn.keys.key(norm), signal);
  if (head) return { stat: fileStat(head), head };
  const dirKey = conn.keys.dirKey(norm);
  const [marker, under] = await Promise.all([
    headObject(conn, norm, dirKey, signal),
    firstObjects(conn, norm, dirKey, 1, signal),
  ]);
  if (marker) return { stat: dirStat(marker.mtimeMs), head: marker };
  if (under.length > 0) return { stat: dirStat(under[0].mtimeMs), head: null };
  return null;
}

/** True when the directory prefix of `path` has any key under it (its marker included). */
export async function hasKeysUnder(conn: S3Connection, path: string, signal?: AbortSignal): Promise<boolean> {
  return (await firstObjects(conn, path, conn.keys.dirKey(path), 1, signal)).length > 0;
}

/** The error for a path that is not there: ENOTDIR when an ancestor is a file, else ENOENT. */
export async function missingError(conn: S3Connection, path: string, signal?: AbortSignal): Promise<FsError> {
  const norm = normalizePath(path);
  const parent = parentPath(norm);
  // A parent with keys under it is a directory: the common case needs one request.
  if (parent === '/' || (await hasKeysUnder(conn, parent, signal))) return new FsError('ENOENT', path);
  const heads = await Promise.all(ancestors(norm).map((a) => headObject(conn, a, conn.keys.key(a), signal)));
  return new FsError(heads.some((h) => h !== null) ? 'ENOTDIR' : 'ENOENT', path);
}

/** Stat of `path`; ENOENT or ENOTDIR when it is not there. */
export async function statPath(conn: S3Connection, path: string, signal?: AbortSignal): Promise<FileStat> {
  const found = await probe(conn, path, signal);
  if (found) return found.stat;
  throw await missingError(conn, path, signal);
}

/** Resolves when the parent of `path` is a directory; ENOENT or ENOTDIR (for `path`) otherwise. */
export async function ensureParentDir(conn: S3Connection, path: string, signal?: AbortSignal): Promise<void> {
  const parent = parentPath(normalizePath(path));
  if (parent === '/' || (await hasKeysUnder(conn, parent, signal))) return;
  // Nothing under it, not even a marker: the parent is a file or missing.
  if (await headObject(conn, parent, conn.keys.key(parent), signal)) throw new FsError('ENOTDIR', path);
  throw new FsError((await missingError(conn, parent, signal)).code, path);
}
