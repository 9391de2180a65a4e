/**
 * gnulib's randint and randperm, as shuf uses them: random bytes are consumed
 * exactly as GNU consumes them, so `shuf --random-source=FILE` reproduces GNU's
 * output byte for byte. Arithmetic is on BigInt (uintmax_t in C).
 */
import { randomBytes } from 'node:crypto';

const UINTMAX = (1n << 64n) - 1n;

/** Bytes a draw may need at most (a 64-bit uintmax_t). */
const DRAW_BYTES = 8;

/** Raised when a --random-source file has fewer bytes than shuf needs. */
export class RandomSourceEnd extends Error {}

/** Buffered random bytes from a file (--random-source) or the system generator. */
export class ByteSupplier {
  private buf: Buffer = Buffer.alloc(0);
  private pos = 0;
  private done = false;
  private readonly it: AsyncIterator<Uint8Array> | null;

  /** `source` null means the operating system's generator. */
  constructor(source: AsyncIterable<Uint8Array> | null) {
    this.it = source ? source[Symbol.asyncIterator]() : null;
  }

  /** Makes sure the next draw's bytes are buffered (or that the file has ended). */
  async prepare(): Promise<void> {
    while (this.buf.length - this.pos < DRAW_BYTES && !this.done) {
      let more: Uint8Array;
      if (this.it) {
        const r = await this.it.next();
        if (r.done) {
          this.done = true;
          break;
        }
        more = r.value;
      } else {
        more = randomBytes(4096);
      }
      this.buf = Buffer.concat([this.buf.subarray(this.pos), more]);
      this.pos = 0;
    }
  }

  /** The next `n` bytes, already prepared. */
  take(n: number): Uint8Array {
    if (this.buf.length - this.pos < n) throw new RandomSourceEnd();
    const out = this.buf.subarray(this.pos, this.pos + n);
    this.pos += n;
    return out;
  }

  /** Stops reading the source file. */
  async close(): Promise<void> {
    await this.it?.return?.();
  }
}

/** randint_source: turns bytes into uniform integers, keeping unused randomness between calls. */
export class RandomInts {
  private randnum = 0n;
  private randmax = 0n;

  constructor(private readonly bytes: ByteSupplier) {}

  /** randint_genmax: a uniform integer in [0, genmax]. */
  async genmax(genmax: bigint): Promise<bigint> {
    await this.bytes.prepare();
    const choices = genmax + 1n;
    let randnum = this.randnum;
    let randmax = this.randmax;
    for (;;) {
      if (randmax < genmax) {
        let i = 0;
        let rmax = randmax;
        do {
          rmax = ((rmax << 8n) & UINTMAX) + 255n;
          i++;
        } while (rmax < genmax);
        const buf = this.bytes.take(i);
        i = 0;
        do {
          randnum = ((randnum << 8n) & UINTMAX) + BigInt(buf[i]);
          randmax = ((randmax << 8n) & UINTMAX) + 255n;
          i++;
        } while (randmax < genmax);
      }
      if (randmax === genmax) {
        this.randnum = this.randmax = 0n;
        return randnum;
      }
      const excess = randmax - genmax;
      const unusable = excess % choices;
      const lastUsable = randmax - unusable;
      const reduced = randnum % choices;
      if (randnum <= lastUsable) {
        this.randnum = randnum / choices;
        this.randmax = excess / choices;
        return reduced;
      }
      randnum = reduced;
      randmax = unusable - 1n;
      await this.bytes.prepare();
    }
  }

  /** randint_choose: a uniform integer in [0, choices). */
  async choose(choices: number): Promise<number> {
    return Number(await this.genmax(BigInt(choices) - 1n));
  }
}

/** randperm_new: the first `h` entries of a Fisher-Yates shuffle of 0..n-1 (sparse when n is large). */
export async function randomPermutation(r: RandomInts, h: number, n: number, signal: AbortSignal): Promise<number[]> {
  if (h === 0) return [];
  if (h === 1) return [await r.choose(n)];
  const swapped = new Map<number, number>();
  const at = (i: number) => swapped.get(i) ?? i;
  const out: number[] = [];
  for (let i = 0; i < h; i++) {
    if (i % 4096 === 0) signal.throwIfAborted();
    const j = (await r.choose(n - i)) + i;
    const vi = at(i);
    const vj = at(j);
    swapped.set(j, vi);
    out.push(vj);
    swapped.delete(i);
  }
  return out;
}
