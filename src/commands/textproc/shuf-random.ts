/**
 * gnulib's randint and randperm, as shuf uses them: random bytes are consumed
 * exactly as GNU consumes them, so `shuf --random-source=FILE` reproduces GNU's
 * output byte for byte. Draws run on doubles while every value stays below
 * 2^53 (choices below 2^44) and on BigInt (uintmax_t) beyond.
 */
import { randomBytes } from 'node:crypto';

const UINTMAX = (1n << 64n) - 1n;
/** With fewer choices than this, randnum and randmax stay below 2^53 (randmax < 256 * choices). */
const NUMBER_LIMIT = 2 ** 44;
/** Bytes kept buffered ahead of the draws. */
const READ_AHEAD = 64 * 1024;

/** Raised when a --random-source file has fewer bytes than shuf needs. */
export class RandomSourceEnd extends Error {}

/** Buffered random bytes from a file (--random-source) or the system generator. */
export class ByteSupplier {
  buf: Buffer = Buffer.alloc(0);
  pos = 0;
  private done = false;
  private readonly it: AsyncIterator<Uint8Array> | null;

  /** `source` null means the operating system's generator. */
  constructor(source: AsyncIterable<Uint8Array> | null) {
    this.it = source ? source[Symbol.asyncIterator]() : null;
  }

  /** Reads more bytes; throws RandomSourceEnd when the file has none left. */
  async refill(): Promise<void> {
    if (this.done) throw new RandomSourceEnd();
    const rest = this.buf.subarray(this.pos);
    let more: Uint8Array;
    if (this.it) {
      const r = await this.it.next();
      if (r.done) {
        this.done = true;
        throw new RandomSourceEnd();
      }
      more = r.value;
    } else {
      more = randomBytes(READ_AHEAD);
    }
    this.buf = Buffer.concat([rest, more]);
    this.pos = 0;
  }

  /** Stops reading the source file. */
  async close(): Promise<void> {
    await this.it?.return?.();
  }
}

/** randint_source: turns bytes into uniform integers, keeping unused randomness between draws. */
export class RandomInts {
  private randnum: number | bigint = 0;
  private randmax: number | bigint = 0;

  constructor(private readonly bytes: ByteSupplier) {}

  /** randint_choose: a uniform integer in [0, choices). */
  async choose(choices: number): Promise<number> {
    for (;;) {
      const v = this.tryChoose(choices);
      if (v !== null) return v;
      await this.bytes.refill();
    }
  }

  /** A draw from the buffered bytes, or null (and no state change) when they do not suffice. */
  tryChoose(choices: number): number | null {
    const b = this.bytes;
    const pos = b.pos;
    const small = choices < NUMBER_LIMIT && typeof this.randmax === 'number' && typeof this.randnum === 'number';
    const v = small ? this.drawNumber(choices - 1) : this.drawBig(BigInt(choices) - 1n);
    if (v === null) b.pos = pos;
    return v;
  }

  private drawNumber(genmax: number): number | null {
    const b = this.bytes;
    let randnum = this.randnum as number;
    let randmax = this.randmax as number;
    const choices = genmax + 1;
    for (;;) {
      while (randmax < genmax) {
        if (b.pos >= b.buf.length) return null;
        randnum = randnum * 256 + b.buf[b.pos++];
        randmax = randmax * 256 + 255;
      }
      if (randmax === genmax) {
        this.randnum = this.randmax = 0;
        return randnum;
      }
      const excess = randmax - genmax;
      const unusable = excess % choices;
      const reduced = randnum % choices;
      if (randnum <= randmax - unusable) {
        this.randnum = Math.floor(randnum / choices);
        this.randmax = Math.floor(excess / choices);
        return reduced;
      }
      randnum = reduced;
      randmax = unusable - 1;
    }
  }

  private drawBig(genmax: bigint): number | null {
    const b = this.bytes;
    let randnum = BigInt(this.randnum);
    let randmax = BigInt(this.randmax);
    const choices = genmax + 1n;
    for (;;) {
      while (randmax < genmax) {
        if (b.pos >= b.buf.length) return null;
        randnum = ((randnum << 8n) & UINTMAX) + BigInt(b.buf[b.pos++]);
        randmax = ((randmax << 8n) & UINTMAX) + 255n;
      }
      if (randmax === genmax) {
        this.randnum = this.randmax = 0;
        return Number(randnum);
      }
      const excess = randmax - genmax;
      const unusable = excess % choices;
      const reduced = randnum % choices;
      if (randnum <= randmax - unusable) {
        this.store(randnum / choices, excess / choices);
        return Number(reduced);
      }
      randnum = reduced;
      randmax = unusable - 1n;
    }
  }

  private store(randnum: bigint, randmax: bigint): void {
    const safe = BigInt(Number.MAX_SAFE_INTEGER);
    this.randnum = randmax <= safe ? Number(randnum) : randnum;
    this.randmax = randmax <= safe ? Number(randmax) : randmax;
  }
}

/** randperm_new: the first `h` entries of a Fisher-Yates shuffle of 0..n-1, sparse as GNU's for large n. */
export async function randomPermutation(r: RandomInts, h: number, n: number, signal: AbortSignal): Promise<number[]> {
  if (h === 0) return [];
  if (h === 1) return [await r.choose(n)];
  const sparse = n >= 128 * 1024 && n / 64 >= h;
  const dense = sparse ? null : Float64Array.from({ length: n }, (_, i) => i);
  const map = new Map<number, number>();
  const get = (i: number) => (dense ? dense[i] : (map.get(i) ?? i));
  const set = (i: number, v: number) => {
    if (dense) dense[i] = v;
    else map.set(i, v);
  };
  const out: number[] = new Array(h);
  for (let i = 0; i < h; i++) {
    if (i % 65536 === 0) signal.throwIfAborted();
    const j = (r.tryChoose(n - i) ?? (await r.choose(n - i))) + i;
    const vi = get(i);
    out[i] = get(j);
    set(j, vi);
  }
  return out;
}
