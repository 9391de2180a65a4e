/**
 * Sort keys: the -k POS1[,POS2] syntax (and obsolete +POS1 -POS2), per-key
 * ordering letters, and GNU's begfield/limfield to find a key in a line.
 */
import { UsageError } from '../../../core/errors.js';
import { localeQuote } from '../shared/locale-quote.js';
import { isSortBlank } from './numeric.js';

/** How a key's text is ordered. */
export type KeyType = 'text' | 'numeric' | 'general' | 'human' | 'month' | 'version' | 'random';

/** Bytes -d and -i ignore. */
export type IgnoreKind = 'none' | 'nondictionary' | 'nonprinting';

/** One key, with GNU's zero-based positions; SIZE_MAX becomes Infinity. */
export interface Key {
  /** Field where the key starts (0-based); Infinity means "the start of the line". */
  sword: number;
  /** Byte offset within that field (0-based). */
  schar: number;
  /** Field where it ends (0-based); Infinity means "the end of the line". */
  eword: number;
  /** Byte offset within the end field; 0 means the end of the field. */
  echar: number;
  skipsblanks: boolean;
  skipeblanks: boolean;
  /** The ordering letters, as GNU records them (several may be set; check() rejects bad mixes). */
  numeric: boolean;
  general: boolean;
  human: boolean;
  month: boolean;
  version: boolean;
  random: boolean;
  ignore: IgnoreKind;
  translate: boolean;
  reverse: boolean;
}

/** A key over the whole line with no options. */
export function newKey(): Key {
  return {
    sword: Number.POSITIVE_INFINITY,
    schar: 0,
    eword: Number.POSITIVE_INFINITY,
    echar: 0,
    skipsblanks: false,
    skipeblanks: false,
    numeric: false,
    general: false,
    human: false,
    month: false,
    version: false,
    random: false,
    ignore: 'none',
    translate: false,
    reverse: false,
  };
}

/** The type a key compares by (after check() has ruled out conflicts). */
export function keyType(k: Key): KeyType {
  if (k.numeric) return 'numeric';
  if (k.general) return 'general';
  if (k.human) return 'human';
  if (k.month) return 'month';
  if (k.version) return 'version';
  if (k.random) return 'random';
  return 'text';
}

/** True when the key has no ordering option of its own, so it inherits the global ones. */
export function isDefaultKey(k: Key): boolean {
  return !(
    k.ignore !== 'none' ||
    k.translate ||
    k.skipsblanks ||
    k.skipeblanks ||
    k.month ||
    k.numeric ||
    k.general ||
    k.human ||
    k.version ||
    k.random
  );
}

/** Applies ordering letters from `s` at `i`; returns the index of the first non-letter. */
export function setOrdering(s: string, i: number, key: Key, blanks: 'start' | 'end' | 'both'): number {
  for (; i < s.length; i++) {
    switch (s[i]) {
      case 'b':
        if (blanks !== 'end') key.skipsblanks = true;
        if (blanks !== 'start') key.skipeblanks = true;
        break;
      case 'd':
        key.ignore = 'nondictionary';
        break;
      case 'f':
        key.translate = true;
        break;
      case 'g':
        key.general = true;
        break;
      case 'h':
        key.human = true;
        break;
      case 'i':
        if (key.ignore === 'none') key.ignore = 'nonprinting';
        break;
      case 'M':
        key.month = true;
        break;
      case 'n':
        key.numeric = true;
        break;
      case 'R':
        key.random = true;
        break;
      case 'r':
        key.reverse = true;
        break;
      case 'V':
        key.version = true;
        break;
      default:
        return i;
    }
  }
  return i;
}

/** parse_field_count: a count at s[i] (overflow saturates, like SIZE_MAX); returns [value, next index] or null. */
function fieldCount(s: string, i: number): [number, number] | null {
  const m = /^[ \t\n\v\f\r]*\+?([0-9]+)/.exec(s.slice(i));
  if (!m) return null;
  const n = BigInt(m[1]);
  return [n > BigInt(Number.MAX_SAFE_INTEGER) ? Number.MAX_SAFE_INTEGER : Number(n), i + m[0].length];
}

function fatal(message: string): UsageError {
  return new UsageError(`sort: ${message}\n`, 2);
}

function badSpec(spec: string, message: string): UsageError {
  return fatal(`${message}: invalid field specification ${localeQuote(spec)}`);
}

function countOrDie(s: string, i: number, what: string): [number, number] {
  const r = fieldCount(s, i);
  if (!r) throw fatal(`${what}: invalid count at start of ${localeQuote(s.slice(i))}`);
  return r;
}

/** Parses a -k argument. */
export function parseKeySpec(spec: string): Key {
  const key = newKey();
  let [sword, i] = countOrDie(spec, 0, 'invalid number at field start');
  if (sword === 0) throw badSpec(spec, 'field number is zero');
  sword--;
  let schar = 0;
  if (spec[i] === '.') {
    [schar, i] = countOrDie(spec, i + 1, "invalid number after '.'");
    if (schar === 0) throw badSpec(spec, 'character offset is zero');
    schar--;
  }
  key.sword = sword === 0 && schar === 0 ? Number.POSITIVE_INFINITY : sword;
  key.schar = schar;
  i = setOrdering(spec, i, key, 'start');
  if (spec[i] !== ',') {
    key.eword = Number.POSITIVE_INFINITY;
    key.echar = 0;
  } else {
    let eword: number;
    [eword, i] = countOrDie(spec, i + 1, "invalid number after ','");
    if (eword === 0) throw badSpec(spec, 'field number is zero');
    key.eword = eword - 1;
    if (spec[i] === '.') [key.echar, i] = countOrDie(spec, i + 1, "invalid number after '.'");
    i = setOrdering(spec, i, key, 'end');
  }
  if (i < spec.length) throw badSpec(spec, 'stray character in field spec');
  return key;
}

/** The obsolete +POS1 [-POS2] form; null when `pos1` is not a valid +POS1 (it is a file then). */
export function parseObsoleteKey(pos1: string, pos2: string | undefined): Key | null {
  const key = newKey();
  const start = fieldCount(pos1, 1);
  if (!start) return null;
  let [sword, i] = start;
  let schar = 0;
  if (pos1[i] === '.') {
    const c = fieldCount(pos1, i + 1);
    if (!c) return null;
    [schar, i] = c;
  }
  key.sword = sword === 0 && schar === 0 ? Number.POSITIVE_INFINITY : sword;
  key.schar = schar;
  if (setOrdering(pos1, i, key, 'start') < pos1.length) return null;
  if (pos2 !== undefined) {
    let [eword, j] = countOrDie(pos2, 1, "invalid number after '-'");
    let echar = 0;
    if (pos2[j] === '.') [echar, j] = countOrDie(pos2, j + 1, "invalid number after '.'");
    if (echar === 0 && eword > 0) eword--;
    key.eword = eword;
    key.echar = echar;
    if (setOrdering(pos2, j, key, 'end') < pos2.length) throw badSpec(pos2, 'stray character in field spec');
  }
  return key;
}

/** begfield: where a key starts in line[s, e) (`tab` < 0 means blank-separated fields). */
export function beginOf(buf: Uint8Array, s: number, e: number, key: Key, tab: number): number {
  let p = s;
  if (key.sword === Number.POSITIVE_INFINITY) {
    if (key.skipsblanks) while (p < e && isSortBlank(buf[p])) p++;
    return p;
  }
  let sword = key.sword;
  if (tab >= 0) {
    while (p < e && sword-- > 0) {
      while (p < e && buf[p] !== tab) p++;
      if (p < e) p++;
    }
  } else {
    while (p < e && sword-- > 0) {
      while (p < e && isSortBlank(buf[p])) p++;
      while (p < e && !isSortBlank(buf[p])) p++;
    }
  }
  if (key.skipsblanks) while (p < e && isSortBlank(buf[p])) p++;
  return Math.min(e, p + key.schar);
}

/** limfield: where a key ends in line[s, e). */
export function limitOf(buf: Uint8Array, s: number, e: number, key: Key, tab: number): number {
  if (key.eword === Number.POSITIVE_INFINITY) return e;
  let p = s;
  let eword = key.eword;
  const echar = key.echar;
  if (echar === 0) eword++;
  if (tab >= 0) {
    while (p < e && eword-- > 0) {
      while (p < e && buf[p] !== tab) p++;
      if (p < e && (eword > 0 || echar !== 0)) p++;
    }
  } else {
    while (p < e && eword-- > 0) {
      while (p < e && isSortBlank(buf[p])) p++;
      while (p < e && !isSortBlank(buf[p])) p++;
    }
  }
  if (echar !== 0) {
    if (key.skipeblanks) while (p < e && isSortBlank(buf[p])) p++;
    p = Math.min(e, p + echar);
  }
  return p;
}
