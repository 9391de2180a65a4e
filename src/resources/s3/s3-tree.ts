/**
 * Whole-directory changes, which S3 knows nothing of: a directory is moved by
 * copying every key under it (CopyObject, server-side) and deleting the
 * originals, and removed by deleting every key under it. Both go page by page,
 * so memory stays at one page however many keys there are. Neither is atomic:
 * a failure midway leaves some keys moved or removed, never lost.
 */
import { FsError } from '../../core/errors.js';
import { S3_COPY_CONCURRENCY, S3_MAX_COPY_OBJECT_BYTES } from '../../core/limits.js';
import type { S3Connection } from './s3-connection.js';
import { copySource } from './s3-keys.js';
import { deleteKeys, listPages, pool } from './s3-list.js';
import { readObject } from './s3-read.js';
import type { KeptHeaders } from './s3-stat.js';
import { S3WriteHandle } from './s3-write.js';

/** Metadata a copy writes instead of the source's, with the headers it keeps. */
export interface MetadataReplacement {
  readonly metadata: Readonly<Record<string, string>>;
  readonly headers: KeptHeaders;
}

/**
 * Copies one object of `size` bytes. Up to S3's 5 GiB CopyObject limit the copy
 * is server-side; past it the bytes stream through a multipart upload.
 */
export async function copyObject(
  conn: S3Connection,
  path: string,
  fromKey: string,
  toKey: string,
  size: number,
  replace?: MetadataReplacement,
): Promise<void> {
  if (size > S3_MAX_COPY_OBJECT_BYTES) {
    // A copy in place cannot stream onto itself.
    if (fromKey === toKey) throw new FsError('ENOTSUP', path);
    return streamCopy(conn, fromKey, toKey);
  }
  await conn.call(path, undefined, (client, sdk, o) =>
    client.send(
      new sdk.CopyObjectCommand({
        Bucket: conn.bucket,
        Key: toKey,
        CopySource: copySource(conn.bucket, fromKey),
        ...(replace && { MetadataDirective: 'REPLACE', Metadata: { ...replace.metadata }, ...replace.headers }),
      }),
      o,
    ),
  );
}

async function streamCopy(conn: S3Connection, fromKey: string, toKey: string): Promise<void> {
  const to = conn.keys.pathOf(toKey);
  const handle = new S3WriteHandle(conn, { path: to, key: toKey, append: false, sizeBefore: 0 });
  try {
    for await (const chunk of readObject(conn, conn.keys.pathOf(fromKey))) await handle.write(chunk);
    await handle.close();
  } catch (e) {
    await handle.abort().catch(() => undefined);
    throw e;
  }
}

/** Deletes every key under `dirKey`, its marker included. */
export async function deleteTree(conn: S3Connection, path: string, dirKey: string): Promise<void> {
  for await (const page of listPages(conn, path, dirKey)) {
    await deleteKeys(
      conn,
      path,
      page.objects.map((o) => o.key),
    );
  }
}

/** Moves every key under `fromDir` to the same place under `toDir`: each page copied, then deleted. */
export async function moveTree(conn: S3Connection, path: string, fromDir: string, toDir: string): Promise<void> {
  for await (const page of listPages(conn, path, fromDir)) {
    await pool(page.objects, S3_COPY_CONCURRENCY, (o) =>
      copyObject(conn, path, o.key, toDir + o.key.slice(fromDir.length), o.size),
    );
    await deleteKeys(
      conn,
      path,
      page.objects.map((o) => o.key),
    );
  }
}
