/**
 * The line comparison of GNU sort (keycompare + compare): each key is cut out
 * of both lines and ordered by its type, and lines equal on every key fall
 * back to a byte comparison unless -s or -u.
 */
import { compareRanges } from '../shared/bytes.js';
import { beginOf, type Key, type KeyType, keyType, limitOf } from './keys.js';
import { generalCompare, humanCompare, monthOf, numericCompare } from './numeric.js';
import { versionCompare } from './version.js';

/** Everything that decides the order of lines. */
export interface SortSpec {
  readonly keys: readonly Key[];
  /** Field separator byte, or -1 for blank-separated fields. */
  readonly tab: number;
  /** Global -r: reverses the last-resort comparison. */
  readonly reverse: boolean;
  readonly stable: boolean;
  readonly unique: boolean;
  /** Salt for -R. */
  readonly randomSalt: Buffer;
}

/** Compares two lines given as buffer ranges without their delimiters. */
export type LineCompare = (a: Buffer, as: number, ae: number, b: Buffer, bs: number, be: number) => number;

/** A key with everything its comparison needs resolved once. */
export interface CompiledKey {
  readonly key: Key;
  readonly type: KeyType;
  /** Bytes to skip (-d, -i), or null. */
  readonly ignore: Uint8Array | null;
  /** Byte translation (-f), or null. */
  readonly fold: Uint8Array | null;
}

function ignoreTable(kind: Key['ignore']): Uint8Array | null {
  if (kind === 'none') return null;
  const t = new Uint8Array(256);
  for (let c = 0; c < 256; c++) {
    const alnum = (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
    const keep = kind === 'nondictionary' ? alnum || c === 0x20 || c === 0x09 : c >= 0x20 && c < 0x7f;
    t[c] = keep ? 0 : 1;
  }
  return t;
}

const FOLD = Uint8Array.from({ length: 256 }, (_, c) => (c >= 0x61 && c <= 0x7a ? c - 32 : c));

/** Resolves a key's tables. */
export function compileKey(key: Key): CompiledKey {
  return { key, type: keyType(key), ignore: ignoreTable(key.ignore), fold: key.translate ? FOLD : null };
}

/** Text comparison with -d/-i skipping and -f folding. */
function translatedCompare(
  k: CompiledKey,
  a: Uint8Array,
  as: number,
  ae: number,
  b: Uint8Array,
  bs: number,
  be: number,
): number {
  const ignore = k.ignore;
  const fold = k.fold;
  let i = as;
  let j = bs;
  for (;;) {
    if (ignore) {
      while (i < ae && ignore[a[i]]) i++;
      while (j < be && ignore[b[j]]) j++;
    }
    if (!(i < ae && j < be)) break;
    const x = fold ? fold[a[i]] : a[i];
    const y = fold ? fold[b[j]] : b[j];
    if (x !== y) return x - y;
    i++;
    j++;
  }
  return (i < ae ? 1 : 0) - (j < be ? 1 : 0);
}

/** Orders two key ranges by the key's type (without -r). */
export function compareKeyText(
  k: CompiledKey,
  salt: Buffer,
  a: Buffer,
  as: number,
  ae: number,
  b: Buffer,
  bs: number,
  be: number,
): number {
  switch (k.type) {
    case 'numeric':
      return numericCompare(a, as, ae, b, bs, be);
    case 'general':
      return generalCompare(a, as, ae, b, bs, be);
    case 'human':
      return humanCompare(a, as, ae, b, bs, be);
    case 'month':
      return monthOf(a, as, ae) - monthOf(b, bs, be);
    case 'version':
      return versionCompare(a, as, ae, b, bs, be);
    case 'random':
      return randomCompare(salt, a, as, ae, b, bs, be) || compareRanges(a, as, ae, b, bs, be);
    default:
      if (k.ignore || k.fold) return translatedCompare(k, a, as, ae, b, bs, be);
      return compareRanges(a, as, ae, b, bs, be);
  }
}

/** -R: orders keys by a salted hash, so equal keys stay together and the order changes per run. */
function randomCompare(salt: Buffer, a: Buffer, as: number, ae: number, b: Buffer, bs: number, be: number): number {
  return Math.sign(randomRank(salt, a, as, ae) - randomRank(salt, b, bs, be));
}

/** A salted FNV-1a hash of a key, as a 32-bit rank. */
export function randomRank(salt: Buffer, buf: Uint8Array, s: number, e: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < salt.length; i++) h = Math.imul(h ^ salt[i], 0x01000193);
  for (let i = s; i < e; i++) h = Math.imul(h ^ buf[i], 0x01000193);
  return h >>> 0;
}

/** Compares keys from index `from` on (the first key may have been compared from a cache). */
export function compareKeysFrom(
  spec: SortSpec,
  compiled: readonly CompiledKey[],
  from: number,
  a: Buffer,
  as: number,
  ae: number,
  b: Buffer,
  bs: number,
  be: number,
): number {
  for (let n = from; n < compiled.length; n++) {
    const k = compiled[n];
    const ka = beginOf(a, as, ae, k.key, spec.tab);
    const kb = beginOf(b, bs, be, k.key, spec.tab);
    const la = Math.max(ka, limitOf(a, as, ae, k.key, spec.tab));
    const lb = Math.max(kb, limitOf(b, bs, be, k.key, spec.tab));
    const diff = compareKeyText(k, spec.randomSalt, a, ka, la, b, kb, lb);
    if (diff !== 0) return k.key.reverse ? -diff : diff;
  }
  return 0;
}

/** The whole-line byte comparison GNU uses when all keys tie. */
export function lastResort(
  spec: SortSpec,
  a: Buffer,
  as: number,
  ae: number,
  b: Buffer,
  bs: number,
  be: number,
): number {
  const diff = compareRanges(a, as, ae, b, bs, be);
  return spec.reverse ? -diff : diff;
}

/** The full GNU comparison of two lines. */
export function lineComparator(spec: SortSpec): LineCompare {
  const compiled = spec.keys.map(compileKey);
  const tieBreak = !(spec.stable || spec.unique);
  if (compiled.length === 0) return (a, as, ae, b, bs, be) => lastResort(spec, a, as, ae, b, bs, be);
  return (a, as, ae, b, bs, be) => {
    const diff = compareKeysFrom(spec, compiled, 0, a, as, ae, b, bs, be);
    if (diff !== 0 || !tieBreak) return diff;
    return lastResort(spec, a, as, ae, b, bs, be);
  };
}
