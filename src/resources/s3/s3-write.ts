/**
 * Writes to an object. Small files are buffered and sent in one PutObject at
 * close; past S3_MULTIPART_BYTES the bytes stream through a multipart upload
 * (@aws-sdk/lib-storage), so memory stays at a few parts whatever the size.
 * S3 has no append: appending rewrites the object as its old bytes plus the new.
 * New bytes appear only when close() completes; abort() completes nothing and
 * removes the empty object openWrite created, so no partial object is left.
 */
import { PassThrough, type Readable } from 'node:stream';
import type { Upload } from '@aws-sdk/lib-storage';
import { FsError } from '../../core/errors.js';
import { concatBytes } from '../../core/io.js';
import { S3_MULTIPART_BYTES, S3_UPLOAD_QUEUE } from '../../core/limits.js';
import type { WriteHandle } from '../../core/resource.js';
import { bodyChunks } from './s3-body.js';
import type { S3Connection } from './s3-connection.js';
import { isNotFound, throwS3Error } from './s3-errors.js';

/** What openWrite found and decided. */
export interface WriteTarget {
  readonly path: string;
  readonly key: string;
  readonly append: boolean;
  /** Size of the object before the write, or null when there was none. */
  readonly sizeBefore: number | null;
  readonly signal?: AbortSignal;
}

/** Bytes the body stream buffers before a write waits for the upload to take them. */
const BODY_HIGH_WATER = 1024 * 1024;

/** Resolves when `stream` can take more, or has closed. */
function drainOrClose(stream: PassThrough): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      stream.off('drain', done);
      stream.off('close', done);
      resolve();
    };
    stream.on('drain', done);
    stream.on('close', done);
  });
}

/** A multipart upload reading from a stream that `push` writes into. */
class MultipartStream {
  private failure: { error: unknown } | null = null;
  private readonly done: Promise<void>;

  private constructor(
    private readonly conn: S3Connection,
    private readonly path: string,
    private readonly body: PassThrough,
    private readonly upload: Upload,
  ) {
    // A destroyed body may still emit; the upload's own failure is what gets reported.
    body.on('error', () => undefined);
    this.done = upload.done().then(
      () => undefined,
      (error: unknown) => {
        this.failure = { error };
        body.destroy();
        throw error;
      },
    );
    this.done.catch(() => undefined);
  }

  /** Starts an upload to the target's key. */
  static async start(conn: S3Connection, target: WriteTarget): Promise<MultipartStream> {
    const [{ Upload: UploadClass }, { client }] = await Promise.all([import('@aws-sdk/lib-storage'), conn.client()]);
    const body = new PassThrough({ highWaterMark: BODY_HIGH_WATER });
    const upload = new UploadClass({
      client,
      params: { Bucket: conn.bucket, Key: target.key, Body: body },
      partSize: S3_MULTIPART_BYTES,
      queueSize: S3_UPLOAD_QUEUE,
    });
    return new MultipartStream(conn, target.path, body, upload);
  }

  async push(bytes: Uint8Array): Promise<void> {
    this.check();
    if (!this.body.write(bytes)) await drainOrClose(this.body);
    this.check();
  }

  /** Ends the body and waits for the upload to complete. */
  async finish(): Promise<void> {
    this.check();
    this.body.end();
    try {
      await this.done;
    } catch (e) {
      throwS3Error(e, this.path, this.conn);
    }
  }

  /**
   * Abandons the upload: CompleteMultipartUpload is never sent, so no object
   * appears; the SDK then sends AbortMultipartUpload, whose failure (s3rver
   * answers 405) only leaves unreferenced parts behind.
   */
  async cancel(): Promise<void> {
    await this.upload.abort();
    this.body.destroy();
    await this.done.catch(() => undefined);
  }

  private check(): void {
    if (this.failure) throwS3Error(this.failure.error, this.path, this.conn);
  }
}

/** An open write to one key. */
export class S3WriteHandle implements WriteHandle {
  private chunks: Uint8Array[] = [];
  private buffered = 0;
  private stream: MultipartStream | null = null;
  private finished = false;
  private readonly onAbort = () => void this.abort().catch(() => undefined);

  constructor(
    private readonly conn: S3Connection,
    private readonly target: WriteTarget,
  ) {
    target.signal?.addEventListener('abort', this.onAbort, { once: true });
  }

  async write(chunk: Uint8Array): Promise<void> {
    this.target.signal?.throwIfAborted();
    if (this.finished) throw new FsError('EBADF', this.target.path);
    if (chunk.length === 0) return;
    // Copies: the writer may reuse its buffer once this resolves.
    const copy = Buffer.from(chunk);
    if (this.stream) return this.stream.push(copy);
    this.chunks.push(copy);
    this.buffered += copy.length;
    if (this.buffered >= S3_MULTIPART_BYTES) await this.startStream();
  }

  async close(): Promise<void> {
    if (this.finished) return;
    this.finished = true;
    this.target.signal?.removeEventListener('abort', this.onAbort);
    try {
      await this.commit();
    } catch (e) {
      await this.dropCreated().catch(() => undefined);
      throw e;
    }
  }

  async abort(): Promise<void> {
    if (this.finished) return;
    this.finished = true;
    this.target.signal?.removeEventListener('abort', this.onAbort);
    this.chunks = [];
    await this.stream?.cancel();
    await this.dropCreated();
  }

  private async commit(): Promise<void> {
    const before = this.target.append ? (this.target.sizeBefore ?? 0) : 0;
    if (!this.stream && before > 0 && before + this.buffered >= S3_MULTIPART_BYTES) await this.startStream();
    if (this.stream) return this.stream.finish();
    const old = before > 0 ? await this.currentBytes() : new Uint8Array(0);
    const body = concatBytes([old, ...this.chunks]);
    this.chunks = [];
    await this.conn.call(this.target.path, undefined, (client, sdk, o) =>
      client.send(
        new sdk.PutObjectCommand({
          Bucket: this.conn.bucket,
          Key: this.target.key,
          Body: body,
          ContentLength: body.length,
        }),
        o,
      ),
    );
  }

  /** openWrite created an empty object (as open(2) with O_CREAT would): a write that fails takes it back. */
  private async dropCreated(): Promise<void> {
    if (this.target.sizeBefore !== null) return;
    await this.conn.call(this.target.path, undefined, (client, sdk, o) =>
      client.send(new sdk.DeleteObjectCommand({ Bucket: this.conn.bucket, Key: this.target.key }), o),
    );
  }

  /** Switches to a multipart upload: the old bytes (when appending), then what is buffered. */
  private async startStream(): Promise<void> {
    const stream = await MultipartStream.start(this.conn, this.target);
    this.stream = stream;
    if (this.target.append && (this.target.sizeBefore ?? 0) > 0) {
      const old = await this.openCurrent();
      try {
        if (old) for await (const piece of bodyChunks(old, this.conn.idleTimeoutMs)) await stream.push(piece);
      } catch (e) {
        throwS3Error(e, this.target.path, this.conn);
      }
    }
    const chunks = this.chunks;
    this.chunks = [];
    for (const c of chunks) await stream.push(c);
  }

  /** A stream of the object's current bytes, or null when it is gone. */
  private async openCurrent(): Promise<Readable | null> {
    try {
      const out = await this.conn.attempt(undefined, (client, sdk, o) =>
        client.send(new sdk.GetObjectCommand({ Bucket: this.conn.bucket, Key: this.target.key }), o),
      );
      return (out.Body as Readable | undefined) ?? null;
    } catch (e) {
      if (isNotFound(e)) return null;
      throwS3Error(e, this.target.path, this.conn);
    }
  }

  private async currentBytes(): Promise<Uint8Array> {
    const body = await this.openCurrent();
    if (!body) return new Uint8Array(0);
    const parts: Uint8Array[] = [];
    try {
      for await (const piece of bodyChunks(body, this.conn.idleTimeoutMs)) parts.push(piece);
    } catch (e) {
      throwS3Error(e, this.target.path, this.conn);
    }
    return concatBytes(parts);
  }
}
