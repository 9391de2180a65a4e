/**
 * Reading a response body with a timeout that only runs while we wait for the
 * server. The HTTP handler's socket timeout would also fire while our reader is
 * paused (a slow pipeline downstream fills the socket buffers and the socket
 * falls silent), failing reads that are merely slow to be consumed.
 */
import type { Socket } from 'node:net';
import type { Readable } from 'node:stream';

/** The chunks of `body`; a wait of more than `idleMs` for the next one fails with a TimeoutError. */
export async function* bodyChunks(body: Readable, idleMs: number): AsyncGenerator<Buffer> {
  // The socket's own inactivity timer counts our pauses too: this loop times the waits instead.
  (body as Readable & { socket?: Socket | null }).socket?.setTimeout(0);
  const it = (body as AsyncIterable<Buffer>)[Symbol.asyncIterator]();
  let done = false;
  try {
    for (;;) {
      let timer: NodeJS.Timeout | undefined;
      const idle = new Promise<never>((_, reject) => {
        timer = setTimeout(() => {
          const error = Object.assign(new Error(`no data from S3 for ${idleMs} ms`), { name: 'TimeoutError' });
          body.destroy(error);
          reject(error);
        }, idleMs);
      });
      let next: IteratorResult<Buffer>;
      try {
        next = await Promise.race([it.next(), idle]);
      } finally {
        clearTimeout(timer);
      }
      if (next.done) {
        done = true;
        return;
      }
      yield next.value;
    }
  } finally {
    if (!done) await it.return?.();
  }
}
