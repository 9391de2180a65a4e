/**
 * Stable MSD radix sort of line indices by key bytes, for byte-order keys:
 * no comparator calls except inside small buckets. Runs of equal keys are
 * handed to `onTies` so later keys (or the last-resort compare) can order them.
 */

/** Buckets smaller than this are finished by insertion sort. */
const SMALL_BUCKET = 24;

/** The key of line i is data[ks[i], ke[i] - trim), optionally translated through `map`. */
export interface RadixKeys {
  readonly data: Uint8Array;
  readonly ks: Int32Array;
  readonly ke: Int32Array;
  /** Subtracted from every ke[i] (1 when ke holds the next line's start, to drop the delimiter). */
  readonly trim: number;
  readonly map: Uint8Array | null;
  readonly descending: boolean;
}

/** Compares the keys of lines x and y from byte `d` on, ascending. */
function compareFrom(k: RadixKeys, x: number, y: number, d: number): number {
  const { data, map } = k;
  let i = k.ks[x] + d;
  let j = k.ks[y] + d;
  const ei = k.ke[x] - k.trim;
  const ej = k.ke[y] - k.trim;
  if (map) {
    for (; i < ei && j < ej; i++, j++) {
      const diff = map[data[i]] - map[data[j]];
      if (diff !== 0) return diff;
    }
  } else {
    for (; i < ei && j < ej; i++, j++) {
      const diff = data[i] - data[j];
      if (diff !== 0) return diff;
    }
  }
  return ei - i - (ej - j);
}

function insertionSort(k: RadixKeys, idx: Int32Array, lo: number, hi: number, d: number, onTies: TieHandler): void {
  const sign = k.descending ? -1 : 1;
  for (let i = lo + 1; i < hi; i++) {
    const v = idx[i];
    let j = i - 1;
    while (j >= lo && sign * compareFrom(k, idx[j], v, d) > 0) {
      idx[j + 1] = idx[j];
      j--;
    }
    idx[j + 1] = v;
  }
  let run = lo;
  for (let i = lo + 1; i <= hi; i++) {
    if (i === hi || compareFrom(k, idx[run], idx[i], d) !== 0) {
      if (i - run > 1) onTies(run, i);
      run = i;
    }
  }
}

/** Called with each range [lo, hi) of lines whose keys are equal. */
export type TieHandler = (lo: number, hi: number) => void;

/** Key bytes packed per element, so three levels run on sequential memory before data is read again. */
const LEVELS_PER_WORD = 3;

/**
 * Packs the bucket numbers of key bytes d, d+1, d+2 of line `line` into one
 * word, 10 bits each: byte + 1 (0 once the key has ended), mirrored for
 * descending order.
 */
function packWord(k: RadixKeys, line: number, d: number): number {
  const { data, map, descending } = k;
  const s = k.ks[line] + d;
  const e = k.ke[line] - k.trim;
  let w = 0;
  for (let j = 0; j < LEVELS_PER_WORD; j++) {
    const pos = s + j;
    let c = 0;
    if (pos < e) c = (map ? map[data[pos]] : data[pos]) + 1;
    if (descending) c = c === 0 ? 256 : 256 - c;
    w = (w << 10) | c;
  }
  return w;
}

/**
 * Sorts idx[0, n) by key. With `stable` lines of equal keys keep their order
 * (a scatter through two scratch arrays); without it they are permuted in
 * place (American flag sort), which needs no scratch arrays and is only used
 * when equal keys are later ordered completely or are identical lines.
 * `shouldStop` is polled between buckets.
 */
export function radixSort(
  k: RadixKeys,
  idx: Int32Array,
  n: number,
  onTies: TieHandler,
  shouldStop: () => void,
  stable = true,
): void {
  const word = new Int32Array(n);
  const scatter = stable ? { idx: new Int32Array(n), word: new Int32Array(n) } : null;
  // counts is all zero between buckets; each pass clears what it used. next holds bucket fill positions.
  const counts = new Int32Array(1026);
  const next = new Int32Array(1026);
  const endedBucket = k.descending ? 256 : 0;
  // Entries of (lo, hi, depth, depth the packed words start at).
  const stack: number[] = [0, n, 0, -LEVELS_PER_WORD];
  while (stack.length > 0) {
    let base = stack.pop() as number;
    const d = stack.pop() as number;
    const hi = stack.pop() as number;
    const lo = stack.pop() as number;
    shouldStop();
    if (hi - lo < SMALL_BUCKET) {
      insertionSort(k, idx, lo, hi, d, onTies);
      continue;
    }
    if (d - base >= LEVELS_PER_WORD) {
      for (let i = lo; i < hi; i++) word[i] = packWord(k, idx[i], d);
      base = d;
    }
    const shift = 10 * (LEVELS_PER_WORD - 1 - (d - base));
    // Only the bucket numbers actually seen are summed and walked: keys rarely span all 257.
    let min = 1023;
    let max = 0;
    for (let i = lo; i < hi; i++) {
      const c = (word[i] >>> shift) & 1023;
      counts[c + 1]++;
      if (c < min) min = c;
      if (c > max) max = c;
    }
    if (min === max) {
      counts[min + 1] = 0;
      if (min === endedBucket) onTies(lo, hi);
      else stack.push(lo, hi, d + 1, base);
      continue;
    }
    for (let c = min + 1; c <= max + 1; c++) counts[c] += counts[c - 1];
    if (scatter) scatterStable(idx, word, scatter, counts, next, lo, hi, shift, min, max);
    else permuteInPlace(idx, word, counts, next, lo, shift, min, max);
    let start = lo;
    for (let c = min; c <= max; c++) {
      const end = lo + counts[c + 1];
      if (end - start > 1) {
        if (c === endedBucket) onTies(start, end);
        else stack.push(start, end, d + 1, base);
      }
      start = end;
    }
    counts.fill(0, min, max + 2);
  }
}

/** Distributes [lo, hi) into its buckets through scratch arrays, keeping order within a bucket. */
function scatterStable(
  idx: Int32Array,
  word: Int32Array,
  scratch: { idx: Int32Array; word: Int32Array },
  counts: Int32Array,
  next: Int32Array,
  lo: number,
  hi: number,
  shift: number,
  min: number,
  max: number,
): void {
  // counts[c] is where bucket c starts; counts[c + 1] (after the prefix sum) where it ends.
  for (let c = min; c <= max; c++) next[c] = counts[c];
  for (let i = lo; i < hi; i++) {
    const w = word[i];
    const to = lo + next[(w >>> shift) & 1023]++;
    scratch.idx[to] = idx[i];
    scratch.word[to] = w;
  }
  idx.set(scratch.idx.subarray(lo, hi), lo);
  word.set(scratch.word.subarray(lo, hi), lo);
}

/** American flag sort step: swaps elements along cycles until every one sits in its bucket. */
function permuteInPlace(
  idx: Int32Array,
  word: Int32Array,
  counts: Int32Array,
  next: Int32Array,
  lo: number,
  shift: number,
  min: number,
  max: number,
): void {
  for (let c = min; c <= max; c++) next[c] = lo + counts[c];
  for (let c = min; c <= max; c++) {
    const end = lo + counts[c + 1];
    while (next[c] < end) {
      const i = next[c];
      let w = word[i];
      let line = idx[i];
      let b = (w >>> shift) & 1023;
      while (b !== c) {
        const j = next[b]++;
        const w2 = word[j];
        const line2 = idx[j];
        word[j] = w;
        idx[j] = line;
        w = w2;
        line = line2;
        b = (w >>> shift) & 1023;
      }
      word[i] = w;
      idx[i] = line;
      next[c]++;
    }
  }
}
