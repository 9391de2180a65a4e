/**
 * Streamed reads of an object as a series of ranged GETs with explicit
 * `bytes=a-b` ranges. An unbounded read starts with a small range and grows each
 * next one 4x, so a reader that stops early (`head -n 1`) costs one small
 * request, while `cat` of a big object soon moves 16 MB per request. Later ranges
 * carry If-Match with the first response's ETag, so a replaced object fails the
 * read instead of splicing two versions. Stopping (break, abort) destroys the body.
 */
import type { Readable } from 'node:stream';
import { ERRNO_MESSAGES, FsError } from '../../core/errors.js';
import { S3_FIRST_READ_BYTES, S3_MAX_READ_BYTES } from '../../core/limits.js';
import { normalizePath } from '../../core/path.js';
import type { ReadOptions } from '../../core/resource.js';
import { bodyChunks } from './s3-body.js';
import type { S3Connection } from './s3-connection.js';
import { errorName, httpStatus, isNotFound, throwS3Error } from './s3-errors.js';
import { missingError, probe } from './s3-stat.js';

const CONTENT_RANGE = /^bytes (\d+)-(\d+)\/(\d+|\*)$/;

/** One GET's answer: its body and where it sits in the object. */
interface RangeAnswer {
  readonly body: Readable;
  /** Offset of the body's first byte in the object (0 when the server ignored the range). */
  readonly bodyStart: number;
  /** Object size, when the server said. */
  readonly total?: number;
  readonly ranged: boolean;
  readonly etag?: string;
}

/** The error for a GET that found no object at `path`: EISDIR for a directory, else ENOENT or ENOTDIR. */
async function missingObjectError(conn: S3Connection, path: string, signal?: AbortSignal): Promise<FsError> {
  const found = await probe(conn, path, signal);
  if (found?.stat.type === 'directory') return new FsError('EISDIR', path);
  return found ? new FsError('ENOENT', path) : missingError(conn, path, signal);
}

/** Throws unless `path` is a file (for empty ranges, which need no GET). */
async function requireFile(conn: S3Connection, path: string, signal?: AbortSignal): Promise<void> {
  const found = await probe(conn, path, signal);
  if (found?.stat.type === 'directory') throw new FsError('EISDIR', path);
  if (!found) throw await missingError(conn, path, signal);
}

/** GETs bytes [from, to) of `key`; null when the range starts past the end (416). */
async function getRange(
  conn: S3Connection,
  key: string,
  from: number,
  to: number,
  etag: string | undefined,
  signal: AbortSignal,
): Promise<RangeAnswer | null> {
  let out: Awaited<ReturnType<typeof sendGet>>;
  try {
    out = await sendGet(conn, key, `bytes=${from}-${to - 1}`, etag, signal);
  } catch (e) {
    if (httpStatus(e) === 416 || errorName(e) === 'InvalidRange') return null;
    throw e;
  }
  const body = out.Body as Readable | undefined;
  if (!body) return null;
  const m = CONTENT_RANGE.exec(out.ContentRange ?? '');
  if (m && m[3] === '0') {
    // An empty object: some servers (s3rver) answer `bytes 0-0/0` with a body that never comes.
    body.destroy();
    return null;
  }
  if (!m) return { body, bodyStart: 0, total: out.ContentLength, ranged: false, etag: out.ETag };
  return {
    body,
    bodyStart: Number(m[1]),
    total: m[3] === '*' ? undefined : Number(m[3]),
    ranged: true,
    etag: out.ETag,
  };
}

function sendGet(conn: S3Connection, key: string, range: string, etag: string | undefined, signal: AbortSignal) {
  return conn.attempt(signal, (client, sdk, o) =>
    client.send(new sdk.GetObjectCommand({ Bucket: conn.bucket, Key: key, Range: range, IfMatch: etag }), o),
  );
}

/** Streams bytes [start, end) of the file at `path`. Lazy: nothing is sent before the first pull. */
export function readObject(conn: S3Connection, path: string, opts: ReadOptions = {}): AsyncIterable<Uint8Array> {
  return {
    async *[Symbol.asyncIterator]() {
      const signal = opts.signal;
      signal?.throwIfAborted();
      const norm = normalizePath(path);
      if (norm === '/') throw new FsError('EISDIR', path);
      const key = conn.keys.key(norm);
      const end = opts.end;
      let pos = Math.max(0, opts.start ?? 0);
      if (end !== undefined && pos >= end) {
        await requireFile(conn, path, signal);
        return;
      }
      // A caller that named an end wants those bytes: ask for them at once (up to the cap).
      let window = end === undefined ? S3_FIRST_READ_BYTES : Math.min(end - pos, S3_MAX_READ_BYTES);
      let etag: string | undefined;
      for (let first = true; ; first = false) {
        const to = end === undefined ? pos + window : Math.min(end, pos + window);
        // Our own controller, so a reader that stops can cancel the request even without a signal.
        const ac = new AbortController();
        const onAbort = () => ac.abort(signal?.reason);
        signal?.addEventListener('abort', onAbort, { once: true });
        let answer: RangeAnswer | null = null;
        try {
          try {
            answer = await getRange(conn, key, pos, to, etag, ac.signal);
          } catch (e) {
            if (first && isNotFound(e) && !signal?.aborted) throw await missingObjectError(conn, path, signal);
            throwS3Error(e, path, conn, signal);
          }
          if (answer === null) return;
          etag ??= answer.etag;
          // Bytes of this body still wanted: up to `to` for a range, up to `end` when the server sent everything.
          const stop = answer.ranged ? to : (end ?? Number.POSITIVE_INFINITY);
          const roundStart = pos;
          let at = answer.bodyStart;
          try {
            for await (const chunk of bodyChunks(answer.body, conn.idleTimeoutMs)) {
              const chunkStart = at;
              at += chunk.length;
              const from = Math.max(pos, chunkStart);
              const upto = Math.min(at, stop);
              if (upto > from) {
                pos = upto;
                yield from === chunkStart && upto === at ? chunk : chunk.subarray(from - chunkStart, upto - chunkStart);
                signal?.throwIfAborted();
              }
              // A ranged body ends by itself (leaving its socket reusable); a whole object is cut here.
              if (at >= stop && !answer.ranged) break;
            }
          } catch (e) {
            throwS3Error(e, path, conn, signal);
          }
          if (!answer.ranged) return;
          if (end !== undefined && pos >= end) return;
          if (answer.total !== undefined && pos >= answer.total) return;
          // A short body: without a total the object ended; with one, the server sent too little.
          if (pos < to && answer.total === undefined) return;
          if (pos === roundStart) throw new FsError('EIO', path, `${ERRNO_MESSAGES.EIO}: S3 sent no bytes of a range`);
        } finally {
          signal?.removeEventListener('abort', onAbort);
          if (!answer?.body.readableEnded) {
            answer?.body.destroy();
            ac.abort();
          }
        }
        window = Math.min(window * 4, S3_MAX_READ_BYTES);
      }
    },
  };
}
