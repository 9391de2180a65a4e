/**
 * Byte sources through node:zlib: gzip members written the way GNU gzip
 * writes them (file name and mtime in the header, extra flags by level) and
 * gunzip with GNU's names for what went wrong. Both stream with backpressure:
 * the source is read only as fast as the output is consumed.
 */

import type { Transform } from 'node:stream';
import { crc32, createDeflateRaw, createInflateRaw } from 'node:zlib';
import type { ByteSource } from '../../core/io.js';

/** A problem in compressed input, worded as gzip words it. */
export class GzipFormatError extends Error {
  /** Warnings (trailing garbage) keep the output and exit 2; the rest exit 1. */
  readonly warning: boolean;
  /** gzip starts most of these messages on a fresh line; a few it does not. */
  readonly blankLine: boolean;
  constructor(message: string, warning = false, blankLine = true) {
    super(message);
    this.name = 'GzipFormatError';
    this.warning = warning;
    this.blankLine = blankLine;
  }
}

/** Runs `source` through a zlib transform, yielding its output as it comes. */
export async function* through(source: ByteSource, t: Transform): AsyncGenerator<Uint8Array> {
  const feed = (async () => {
    try {
      for await (const chunk of source) {
        if (t.destroyed) break;
        if (!t.write(chunk)) {
          await new Promise<void>((resolve) => {
            t.once('drain', resolve);
            t.once('close', resolve);
          });
        }
      }
      if (!t.destroyed) t.end();
    } catch (e) {
      t.destroy(e as Error);
    }
  })();
  try {
    for await (const out of t) yield out as Uint8Array;
  } finally {
    t.destroy();
    await feed;
  }
}

/** What to record in a gzip header. */
export interface GzipHeader {
  /** Original file name (FNAME), or null for none (stdin, -n). */
  readonly name: string | null;
  /** Modification time in ms since the epoch, or 0 for none. */
  readonly mtimeMs: number;
  readonly level: number;
}

function header(h: GzipHeader): Uint8Array {
  const name = h.name === null ? null : Buffer.from(`${h.name}\0`, 'latin1');
  const out = Buffer.alloc(10);
  out[0] = 0x1f;
  out[1] = 0x8b;
  out[2] = 8;
  out[3] = name ? 0x08 : 0;
  out.writeUInt32LE(Math.max(0, Math.floor(h.mtimeMs / 1000)) >>> 0, 4);
  out[8] = h.level === 9 ? 2 : h.level === 1 ? 4 : 0;
  out[9] = 3;
  return name ? Buffer.concat([out, name]) : out;
}

/** Compresses a source into one gzip member. */
export async function* gzipBytes(source: ByteSource, h: GzipHeader): AsyncGenerator<Uint8Array> {
  let crc = 0;
  let size = 0;
  const counted = (async function* () {
    for await (const chunk of source) {
      crc = crc32(chunk, crc);
      size += chunk.length;
      yield chunk;
    }
  })();
  yield header(h);
  yield* through(counted, createDeflateRaw({ level: h.level }));
  const trailer = Buffer.alloc(8);
  trailer.writeUInt32LE(crc >>> 0, 0);
  trailer.writeUInt32LE(size % 2 ** 32, 4);
  yield trailer;
}

/** A byte source read in pieces of chosen sizes, with bytes that can be pushed back. */
class Reader {
  private readonly it: AsyncIterator<Uint8Array>;
  private pending: Uint8Array[] = [];
  private done = false;

  constructor(source: ByteSource) {
    this.it = source[Symbol.asyncIterator]();
  }

  /** The next piece of input (whatever size it comes in), or null at the end. */
  async next(): Promise<Uint8Array | null> {
    const head = this.pending.shift();
    if (head) return head;
    if (this.done) return null;
    const r = await this.it.next();
    if (r.done) {
      this.done = true;
      return null;
    }
    return r.value;
  }

  unshift(bytes: Uint8Array): void {
    if (bytes.length > 0) this.pending.unshift(bytes);
  }

  /** Exactly `n` bytes, or fewer at the end of input. */
  async take(n: number): Promise<Uint8Array> {
    const parts: Uint8Array[] = [];
    let got = 0;
    while (got < n) {
      const piece = await this.next();
      if (!piece) break;
      const need = n - got;
      if (piece.length > need) {
        this.unshift(piece.subarray(need));
        parts.push(piece.subarray(0, need));
        got = n;
      } else {
        parts.push(piece);
        got += piece.length;
      }
    }
    return Buffer.concat(parts);
  }

  /** Bytes up to and including the next NUL (a header's name or comment). */
  async takeString(): Promise<boolean> {
    for (;;) {
      const piece = await this.next();
      if (!piece) return false;
      const nul = piece.indexOf(0);
      if (nul >= 0) {
        this.unshift(piece.subarray(nul + 1));
        return true;
      }
    }
  }

  /** Stops the underlying source. */
  async close(): Promise<void> {
    if (!this.done) await this.it.return?.();
  }
}

const EOF_MESSAGE = 'unexpected end of file';

/** Reads the rest of a member header after its magic bytes; throws on a bad method or truncation. */
async function readHeader(input: Reader): Promise<void> {
  const method = await input.take(1);
  if (method.length < 1) throw new GzipFormatError(EOF_MESSAGE);
  if (method[0] !== 8) throw new GzipFormatError(`unknown method ${method[0]} -- not supported`, false, false);
  const fixed = await input.take(7);
  if (fixed.length < 7) throw new GzipFormatError(EOF_MESSAGE);
  const flags = fixed[0];
  if (flags & 0x04) {
    const len = await input.take(2);
    if (len.length < 2) throw new GzipFormatError(EOF_MESSAGE);
    const extra = await input.take(len[0] | (len[1] << 8));
    if (extra.length < (len[0] | (len[1] << 8))) throw new GzipFormatError(EOF_MESSAGE);
  }
  for (const bit of [0x08, 0x10]) {
    if (flags & bit && !(await input.takeString())) throw new GzipFormatError(EOF_MESSAGE);
  }
  if (flags & 0x02 && (await input.take(2)).length < 2) throw new GzipFormatError(EOF_MESSAGE);
}

/** Inflates one member's deflate data and checks its trailer; leftover input goes back to the reader. */
async function* inflateMember(input: Reader): AsyncGenerator<Uint8Array> {
  const t = createInflateRaw();
  const queue: Buffer[] = [];
  let ended = false;
  let failure: Error | null = null;
  let wake: (() => void) | null = null;
  const poke = () => {
    const w = wake;
    wake = null;
    w?.();
  };
  t.on('data', (d: Buffer) => {
    queue.push(d);
    if (queue.length >= 16) t.pause();
    poke();
  });
  t.on('end', () => {
    ended = true;
    poke();
  });
  t.on('error', (e: Error) => {
    failure = e;
    poke();
  });
  let writing = false;
  let inputDone = false;
  let last: Uint8Array = new Uint8Array(0);
  let fed = 0;
  let crc = 0;
  let size = 0;
  try {
    for (;;) {
      while (queue.length > 0) {
        const d = queue.shift() as Buffer;
        crc = crc32(d, crc);
        size += d.length;
        yield d;
      }
      if (t.isPaused()) t.resume();
      if (failure) throw failure;
      if (ended) break;
      // Feed one piece at a time, and only while the deflate stream has taken all it was given.
      if (!writing && !inputDone && t.bytesWritten === fed) {
        const piece = await input.next();
        if (piece === null) {
          inputDone = true;
          t.end();
        } else {
          writing = true;
          last = piece;
          fed += piece.length;
          t.write(piece, () => {
            writing = false;
            poke();
          });
        }
        continue;
      }
      await new Promise<void>((resolve) => {
        wake = resolve;
      });
    }
  } finally {
    t.destroy();
  }
  input.unshift(last.subarray(last.length - (fed - t.bytesWritten)));
  const trailer = Buffer.from(await input.take(8));
  if (trailer.length < 8) throw new GzipFormatError(EOF_MESSAGE);
  if (trailer.readUInt32LE(0) !== crc >>> 0) throw new GzipFormatError('invalid compressed data--crc error');
  if (trailer.readUInt32LE(4) !== size % 2 ** 32) throw new GzipFormatError('invalid compressed data--length error');
}

/** True when every remaining byte is zero (padding GNU gzip ignores). */
async function onlyZeros(input: Reader): Promise<boolean> {
  for (;;) {
    const piece = await input.next();
    if (!piece) return true;
    if (piece.some((b) => b !== 0)) return false;
  }
}

/** Decompresses gzip members one after another; throws GzipFormatError on bad input. */
export async function* gunzipBytes(source: ByteSource): AsyncGenerator<Uint8Array> {
  const input = new Reader(source);
  try {
    for (let member = 0; ; member++) {
      const magic = await input.take(2);
      if (magic.length === 0 && member > 0) return;
      if (magic.length < 2 && (member === 0 || magic[0] === 0x1f)) {
        throw new GzipFormatError(member === 0 && magic.length === 1 ? 'not in gzip format' : EOF_MESSAGE);
      }
      if (magic[0] !== 0x1f || magic[1] !== 0x8b) {
        if (member === 0) throw new GzipFormatError('not in gzip format');
        input.unshift(magic);
        if (await onlyZeros(input)) return;
        throw new GzipFormatError('decompression OK, trailing garbage ignored', true);
      }
      await readHeader(input);
      try {
        yield* inflateMember(input);
      } catch (e) {
        if (e instanceof GzipFormatError) throw e;
        const message = (e as Error).message;
        if (message === EOF_MESSAGE) throw new GzipFormatError(EOF_MESSAGE);
        throw new GzipFormatError('invalid compressed data--format violated');
      }
    }
  } finally {
    await input.close();
  }
}

/** The expanded bytes of a file: gunzipped when it starts like gzip, as-is otherwise. */
export async function* maybeGunzip(source: ByteSource): AsyncGenerator<Uint8Array> {
  const it = source[Symbol.asyncIterator]();
  const first = await it.next();
  if (first.done) return;
  const rest: ByteSource = {
    [Symbol.asyncIterator]: () => ({
      next: () => it.next(),
      return: async () => (await it.return?.()) ?? { done: true, value: undefined },
    }),
  };
  const head = first.value;
  const all = (async function* () {
    yield head;
    yield* rest;
  })();
  if (head[0] === 0x1f && head[1] === 0x8b) yield* gunzipBytes(all);
  else yield* all;
}
