/**
 * Streaming reads and writes of host files through a FileHandle: bounded chunks,
 * no read-ahead (a consumer that stops after one chunk costs one chunk), and the
 * handle closed as soon as the consumer stops or the signal aborts.
 */
import { open } from 'node:fs/promises';
import { FsError, toFsError } from '../../core/errors.js';
import { CHUNK_SIZE, MAX_READ_CHUNK } from '../../core/limits.js';
import type { ReadOptions, WriteHandle } from '../../core/resource.js';

/** Streams [start, end) of the file at `host` (end exclusive); `path` names it in errors. */
export async function* readHostFile(host: string, path: string, opts: ReadOptions): AsyncGenerator<Uint8Array> {
  const { signal } = opts;
  signal?.throwIfAborted();
  const end = opts.end ?? Number.POSITIVE_INFINITY;
  let pos = Math.max(0, opts.start ?? 0);
  const handle = await open(host, 'r').catch((e) => {
    throw toFsError(e, path);
  });
  // Closing on abort releases the descriptor even while the consumer is paused.
  const onAbort = () => void handle.close().catch(() => undefined);
  signal?.addEventListener('abort', onAbort, { once: true });
  try {
    const st = await handle.stat();
    if (st.isDirectory()) throw new FsError('EISDIR', path);
    // The first read is small (head needs little); each next one doubles, so a full
    // scan makes few round trips to the thread pool.
    let chunk = CHUNK_SIZE;
    while (pos < end) {
      signal?.throwIfAborted();
      // Size buffers to what is left so short files do not pin a whole chunk each.
      const left = st.size > pos ? st.size - pos : chunk;
      const want = Math.min(chunk, end - pos, left);
      chunk = Math.min(chunk * 2, MAX_READ_CHUNK);
      const buf = Buffer.allocUnsafe(want);
      const { bytesRead } = await handle.read(buf, 0, want, pos);
      if (bytesRead === 0) return;
      pos += bytesRead;
      yield bytesRead === want ? buf : buf.subarray(0, bytesRead);
    }
  } catch (e) {
    signal?.throwIfAborted();
    throw toFsError(e, path);
  } finally {
    signal?.removeEventListener('abort', onAbort);
    await handle.close().catch(() => undefined);
  }
}

/**
 * Opens `host` for writing. 'w' truncates now, before any chunk arrives, which is
 * what makes `cat f > f` behave as in bash. Writes are serialised so overlapping
 * calls keep their order.
 */
export async function openHostWrite(
  host: string,
  path: string,
  append: boolean,
  signal?: AbortSignal,
): Promise<WriteHandle> {
  signal?.throwIfAborted();
  const handle = await open(host, append ? 'a' : 'w');
  let closed = false;
  let tail: Promise<void> = Promise.resolve();

  const writeAll = async (chunk: Uint8Array): Promise<void> => {
    signal?.throwIfAborted();
    let off = 0;
    while (off < chunk.length) {
      const { bytesWritten } = await handle.write(chunk, off, chunk.length - off);
      off += bytesWritten;
    }
  };
  const finish = async (): Promise<void> => {
    closed = true;
    await tail;
    await handle.close();
  };

  return {
    write(chunk) {
      if (closed) return Promise.reject(new FsError('EBADF', path));
      if (chunk.length === 0) return tail;
      const done = tail.then(() => writeAll(chunk));
      tail = done.catch(() => undefined);
      return done.catch((e) => {
        throw toFsError(e, path);
      });
    },
    async close() {
      if (closed) return;
      await finish().catch((e) => {
        throw toFsError(e, path);
      });
    },
    // Bytes already written stay: the file was truncated at open, so there is nothing to restore.
    async abort() {
      if (closed) return;
      await finish().catch(() => undefined);
    },
  };
}
