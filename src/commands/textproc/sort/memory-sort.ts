/**
 * Sorting the lines of a LineStore. Byte-order first keys (the plain sort,
 * `-f`, `-k2,2`, `-t, -k3`) go through the radix sort and only ties meet the
 * comparator; number keys are parsed once per line into a Float64Array.
 */
import { compareRanges } from '../shared/bytes.js';
import {
  type CompiledKey,
  compareKeysFrom,
  compareKeyText,
  compileKey,
  lastResort,
  randomRank,
  type SortSpec,
} from './compare.js';
import { beginOf, limitOf } from './keys.js';
import type { LineStore } from './line-store.js';
import { GENERAL_NUMBER, generalValue, humanOrder, monthOf, numericCompare, numericValue } from './numeric.js';
import { radixSort } from './radix.js';

/** Per-line cache of the first key: its span, and a number when its type has one. */
interface FirstKeyCache {
  readonly ks: Int32Array;
  readonly ke: Int32Array;
  /** Primary rank (month, -h order, -g class, -R hash) or null. */
  readonly rank: Float64Array | null;
  /** Numeric value (NaN: compare the bytes), or null. */
  readonly value: Float64Array | null;
}

function cacheFirstKey(store: LineStore, spec: SortSpec, k: CompiledKey): FirstKeyCache {
  const n = store.count;
  const { data, starts } = store;
  const ks = new Int32Array(n);
  const ke = new Int32Array(n);
  const numbers = k.type === 'numeric' || k.type === 'human' || k.type === 'general';
  const ranked = k.type === 'month' || k.type === 'human' || k.type === 'general' || k.type === 'random';
  const value = numbers ? new Float64Array(n) : null;
  const rank = ranked ? new Float64Array(n) : null;
  for (let i = 0; i < n; i++) {
    const s = starts[i];
    const e = starts[i + 1] - 1;
    const b = beginOf(data, s, e, k.key, spec.tab);
    const l = Math.max(b, limitOf(data, s, e, k.key, spec.tab));
    ks[i] = b;
    ke[i] = l;
    if (k.type === 'numeric' && value) value[i] = numericValue(data, b, l);
    else if (k.type === 'human' && value && rank) {
      rank[i] = humanOrder(data, b, l);
      value[i] = numericValue(data, b, l);
    } else if (k.type === 'general' && value && rank) {
      const [cls, v] = generalValue(data, b, l);
      rank[i] = cls;
      value[i] = cls === GENERAL_NUMBER ? v : 0;
    } else if (k.type === 'month' && rank) rank[i] = monthOf(data, b, l);
    else if (k.type === 'random' && rank) rank[i] = randomRank(spec.randomSalt, data, b, l);
  }
  return { ks, ke, rank, value };
}

/** Compares lines i and j on the cached first key (without -r). */
function compareFirst(c: FirstKeyCache, k: CompiledKey, spec: SortSpec, data: Buffer, i: number, j: number): number {
  const rankDiff = c.rank ? c.rank[i] - c.rank[j] : 0;
  switch (k.type) {
    case 'month':
      return rankDiff;
    case 'random':
      return rankDiff || compareRanges(data, c.ks[i], c.ke[i], data, c.ks[j], c.ke[j]);
    case 'general':
      return rankDiff || compareValues(c, i, j);
    case 'numeric':
    case 'human':
      if (rankDiff !== 0) return rankDiff;
      if (!Number.isNaN(c.value?.[i]) && !Number.isNaN(c.value?.[j])) return compareValues(c, i, j);
      return numericCompare(data, c.ks[i], c.ke[i], data, c.ks[j], c.ke[j]);
    default:
      return compareKeyText(k, spec.randomSalt, data, c.ks[i], c.ke[i], data, c.ks[j], c.ke[j]);
  }
}

function compareValues(c: FirstKeyCache, i: number, j: number): number {
  const x = c.value?.[i] ?? 0;
  const y = c.value?.[j] ?? 0;
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Returns the sorted order of the store's lines as line indices. */
export function sortStore(store: LineStore, spec: SortSpec, signal: AbortSignal): Int32Array {
  const n = store.count;
  const { data, starts } = store;
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  if (n < 2) return order;
  const compiled = spec.keys.map(compileKey);
  const tieBreak = !(spec.stable || spec.unique);
  const rest = (i: number, j: number, from: number): number => {
    const as = starts[i];
    const ae = starts[i + 1] - 1;
    const bs = starts[j];
    const be = starts[j + 1] - 1;
    const diff = compareKeysFrom(spec, compiled, from, data, as, ae, data, bs, be);
    if (diff !== 0 || !tieBreak) return diff;
    return lastResort(spec, data, as, ae, data, bs, be);
  };
  const sortTies = (lo: number, hi: number, from: number) => {
    if (from >= compiled.length && !tieBreak) return;
    const group = Array.from(order.subarray(lo, hi));
    group.sort((i, j) => rest(i, j, from));
    order.set(group, lo);
  };
  const stop = () => signal.throwIfAborted();

  if (compiled.length === 0) {
    const ke = starts.subarray(1);
    // Lines with equal keys are identical here, so their order cannot show: sort in place.
    radixSort({ data, ks: starts, ke, trim: 1, map: null, descending: spec.reverse }, order, n, () => {}, stop, false);
    return order;
  }
  const first = compiled[0];
  const cache = cacheFirstKey(store, spec, first);
  if (first.type === 'text' && !first.ignore) {
    const keys = { data, ks: cache.ks, ke: cache.ke, trim: 0, map: first.fold, descending: first.key.reverse };
    // Without -s and -u every tie is ordered again by sortTies, so only then may equal keys move.
    radixSort(keys, order, n, (lo, hi) => sortTies(lo, hi, 1), stop, !tieBreak);
    return order;
  }
  const sign = first.key.reverse ? -1 : 1;
  const all = Array.from(order);
  let calls = 0;
  all.sort((i, j) => {
    if (++calls % 65536 === 0) stop();
    const d = compareFirst(cache, first, spec, data, i, j);
    return d !== 0 ? sign * d : rest(i, j, 1);
  });
  order.set(all);
  return order;
}
