/**
 * jq's total order: null < false < true < numbers < strings < arrays < objects.
 * Strings compare by code point (as jq's UTF-8 memcmp does), arrays element by
 * element, objects first by their sorted key lists and then value by value.
 */
import { compareDecimals } from './numbers.js';
import { DecNum, type JqObject, objectKeys, type Value } from './value.js';

function rank(v: Value): number {
  switch (typeof v) {
    case 'boolean':
      return v ? 2 : 1;
    case 'number':
      return 3;
    case 'string':
      return 4;
    default:
      if (v === null) return 0;
      if (Array.isArray(v)) return 5;
      return v instanceof DecNum ? 3 : 6;
  }
}

/** Compares strings by Unicode code point. */
export function compareStrings(a: string, b: string): number {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    let x = a.charCodeAt(i);
    let y = b.charCodeAt(i);
    if (x === y) continue;
    // UTF-16 puts surrogates (astral code points) below U+E000..U+FFFF; code point order puts them above.
    if (x >= 0xd800 && y >= 0xd800) {
      x = x >= 0xe000 ? x - 0x800 : x + 0x2000;
      y = y >= 0xe000 ? y - 0x800 : y + 0x2000;
    }
    return x < y ? -1 : 1;
  }
  return a.length - b.length < 0 ? -1 : a.length === b.length ? 0 : 1;
}

function compareNumbers(a: number | DecNum, b: number | DecNum): number {
  if (typeof a !== 'number' && typeof b !== 'number') return compareDecimals(a.literal, b.literal);
  const x = typeof a === 'number' ? a : a.value;
  const y = typeof b === 'number' ? b : b.value;
  return x < y ? -1 : x > y ? 1 : x === y ? 0 : nanOrder(x);
}

/** Sorted keys, the form jq compares and lists objects in. */
export function sortedKeys(o: JqObject): string[] {
  return objectKeys(o).sort(compareStrings);
}

/** jq's comparison of any two values: negative, zero or positive. */
export function compareValues(a: Value, b: Value): number {
  if (typeof a === 'number' && typeof b === 'number') return a < b ? -1 : a > b ? 1 : a === b ? 0 : nanOrder(a);
  if (typeof a === 'string' && typeof b === 'string') return compareStrings(a, b);
  const ra = rank(a);
  const rb = rank(b);
  if (ra !== rb) return ra < rb ? -1 : 1;
  switch (ra) {
    case 3:
      return compareNumbers(a as number | DecNum, b as number | DecNum);
    case 5:
      return compareArrays(a as Value[], b as Value[]);
    case 6:
      return compareObjects(a as JqObject, b as JqObject);
    default:
      return 0;
  }
}

/** jq 1.7 orders nan below every number, itself included (so `nan < nan` and `nan != nan`). */
function nanOrder(a: number): number {
  return Number.isNaN(a) ? -1 : 1;
}

function compareArrays(a: Value[], b: Value[]): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const c = compareValues(a[i], b[i]);
    if (c !== 0) return c;
  }
  return a.length === b.length ? 0 : a.length < b.length ? -1 : 1;
}

function compareObjects(a: JqObject, b: JqObject): number {
  const ka = sortedKeys(a);
  const kb = sortedKeys(b);
  const c = compareArrays(ka, kb);
  if (c !== 0) return c;
  for (const k of ka) {
    const d = compareValues(a[k], b[k]);
    if (d !== 0) return d;
  }
  return 0;
}

/** jq equality. */
export function valuesEqual(a: Value, b: Value): boolean {
  if (a === b) return true;
  if (typeof a === 'string' || typeof b === 'string') return false;
  return compareValues(a, b) === 0;
}
