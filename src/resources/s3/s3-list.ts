/** Paginated listings, batched deletes and a bounded pool for S3's many small requests. */
import { ERRNO_MESSAGES, FsError } from '../../core/errors.js';
import { S3_COPY_CONCURRENCY, S3_DELETE_BATCH, S3_MAX_LIST_PAGES } from '../../core/limits.js';
import type { S3Connection } from './s3-connection.js';
import { isNotFound, s3ErrorToFsError } from './s3-errors.js';

/** One object of a listing. */
export interface ListedObject {
  readonly key: string;
  readonly size: number;
  readonly mtimeMs: number;
}

/** One page of ListObjectsV2: objects, and with a delimiter the common prefixes ('sub/'). */
export interface ListPage {
  readonly objects: readonly ListedObject[];
  readonly prefixes: readonly string[];
}

/** Options of a listing. */
export interface ListOptions {
  /** Group keys by '/' below the prefix (one directory level). */
  readonly delimiter?: boolean;
  readonly maxKeys?: number;
  readonly signal?: AbortSignal;
}

/** The pages of ListObjectsV2 under `prefix`, following continuation tokens; `path` is for errors. */
export async function* listPages(
  conn: S3Connection,
  path: string,
  prefix: string,
  opts: ListOptions = {},
): AsyncGenerator<ListPage> {
  let token: string | undefined;
  for (let page = 0; page < S3_MAX_LIST_PAGES; page++) {
    const out = await conn.call(path, opts.signal, (client, sdk, o) =>
      client.send(
        new sdk.ListObjectsV2Command({
          Bucket: conn.bucket,
          Prefix: prefix,
          Delimiter: opts.delimiter ? '/' : undefined,
          ContinuationToken: token,
          MaxKeys: opts.maxKeys,
        }),
        o,
      ),
    );
    yield {
      objects: (out.Contents ?? []).flatMap((o) =>
        o.Key === undefined ? [] : [{ key: o.Key, size: o.Size ?? 0, mtimeMs: o.LastModified?.getTime() ?? 0 }],
      ),
      prefixes: (out.CommonPrefixes ?? []).flatMap((p) => (p.Prefix === undefined ? [] : [p.Prefix])),
    };
    if (!out.IsTruncated || !out.NextContinuationToken) return;
    token = out.NextContinuationToken;
  }
  throw new FsError('EIO', path, `${ERRNO_MESSAGES.EIO}: more than ${S3_MAX_LIST_PAGES} pages of keys`);
}

/** The first `count` keys under `prefix` (any depth), in key order. */
export async function firstObjects(
  conn: S3Connection,
  path: string,
  prefix: string,
  count: number,
  signal?: AbortSignal,
): Promise<readonly ListedObject[]> {
  for await (const page of listPages(conn, path, prefix, { maxKeys: count, signal })) return page.objects;
  return [];
}

/**
 * Runs `fn` over `items` with at most `limit` in flight. The first failure stops
 * new work; the ones in flight finish, then it is thrown.
 */
export async function pool<T>(items: readonly T[], limit: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  let failure: { error: unknown } | null = null;
  const worker = async () => {
    while (failure === null && next < items.length) {
      const item = items[next++];
      try {
        await fn(item);
      } catch (error) {
        failure ??= { error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  if (failure !== null) throw (failure as { error: unknown }).error;
}

/** Deletes keys: DeleteObjects in batches of 1,000, or one by one where the service lacks it. */
export async function deleteKeys(conn: S3Connection, path: string, keys: readonly string[]): Promise<void> {
  if (!conn.batchDelete) {
    await pool(keys, S3_COPY_CONCURRENCY, async (key) => {
      try {
        await conn.attempt(undefined, (client, sdk, o) =>
          client.send(new sdk.DeleteObjectCommand({ Bucket: conn.bucket, Key: key }), o),
        );
      } catch (e) {
        if (!isNotFound(e)) throw s3ErrorToFsError(e, conn.keys.pathOf(key), conn);
      }
    });
    return;
  }
  for (let at = 0; at < keys.length; at += S3_DELETE_BATCH) {
    const batch = keys.slice(at, at + S3_DELETE_BATCH);
    const out = await conn.call(path, undefined, (client, sdk, o) =>
      client.send(
        new sdk.DeleteObjectsCommand({
          Bucket: conn.bucket,
          Delete: { Objects: batch.map((Key) => ({ Key })), Quiet: true },
        }),
        o,
      ),
    );
    const failed = (out.Errors ?? []).find((e) => e.Code !== 'NoSuchKey');
    if (failed) {
      const where = failed.Key === undefined ? path : conn.keys.pathOf(failed.Key);
      throw s3ErrorToFsError({ name: failed.Code ?? 'InternalError', $metadata: { httpStatusCode: 500 } }, where, conn);
    }
  }
}
