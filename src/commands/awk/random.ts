/**
 * gawk's rand()/srand(): BSD random(3) with a 256-byte state (the degree-63
 * additive feedback generator), Park–Miller seeding, and the 512-entry
 * Bays–Durham shuffle gawk adds on top; rand() combines two draws into one
 * double. The same seed gives gawk's exact sequence.
 */

const DEGREE = 63;
const SEPARATION = 1;
const SHUFFLE_SIZE = 512;
const DIVISOR = 0x80000000;

/** One generator, seeded with 1 like gawk's before any srand(). */
export class AwkRandom {
  private readonly state = new Int32Array(DEGREE);
  private front = SEPARATION;
  private rear = 0;
  private readonly shuffle = new Int32Array(SHUFFLE_SIZE);
  private shuffleReady = false;
  private last = 0;
  /** The seed srand() returns next. */
  seed = 1;

  constructor() {
    this.srandom(1);
  }

  /** srand(seed): reseeds and returns the previous seed. */
  srand(seed: number): number {
    const previous = this.seed;
    this.seed = Number.isFinite(seed) ? Math.trunc(seed) : 0;
    this.srandom(Number(BigInt.asUintN(32, BigInt(this.seed))));
    return previous;
  }

  /** A double in [0, 1). */
  rand(): number {
    for (;;) {
      const d1 = this.random();
      const d2 = this.random();
      const r = 0.5 + (d1 / DIVISOR + d2) / DIVISOR - 0.5;
      if (r !== 1) return r;
    }
  }

  private srandom(seed: number): void {
    this.shuffleReady = false;
    const st = this.state;
    st[0] = seed | 0;
    for (let i = 1; i < DEGREE; i++) st[i] = goodRand(st[i - 1]);
    this.front = SEPARATION;
    this.rear = 0;
    for (let i = 0; i < 10 * DEGREE; i++) this.random();
  }

  private randomOld(): number {
    const st = this.state;
    st[this.front] = (st[this.front] + st[this.rear]) | 0;
    const value = (st[this.front] >>> 1) & 0x7fffffff;
    if (++this.front >= DEGREE) {
      this.front = 0;
      ++this.rear;
    } else if (++this.rear >= DEGREE) this.rear = 0;
    return value;
  }

  private random(): number {
    if (!this.shuffleReady) {
      for (let k = 0; k < SHUFFLE_SIZE; k++) this.shuffle[k] = this.randomOld();
      this.last = this.randomOld();
      this.shuffleReady = true;
    }
    const r = this.randomOld();
    const k = this.last & (SHUFFLE_SIZE - 1);
    this.last = this.shuffle[k];
    this.shuffle[k] = r;
    return this.last;
  }
}

/** x = 16807 * x mod (2^31 - 1) without overflow (Schrage), as BSD's good_rand. */
function goodRand(x: number): number {
  let v = x === 0 ? 123459876 : x;
  const hi = (v / 127773) | 0;
  const lo = v % 127773;
  v = 16807 * lo - 2836 * hi;
  if (v < 0) v += 0x7fffffff;
  return v | 0;
}
