/**
 * jq's value operations: indexing, slicing, iteration and the arithmetic
 * operators, with jq 1.7's results on every type pair and its error texts.
 */
import { compareValues, valuesEqual } from '../values/compare.js';
import {
  DecNum,
  isNumber,
  isObject,
  type JqObject,
  kindOf,
  numberOf,
  objectCopy,
  objectGet,
  objectKeys,
  objectSet,
  type Value,
} from '../values/value.js';
import { binopError, describe, fail, indexError } from './errors.js';
import { JqError } from './runtime.js';

/** Code points of a string (jq indexes strings by code point). */
export function codePoints(s: string): string[] {
  return Array.from(s);
}

/** Length of a string in code points. */
export function codePointLength(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d < 0xe000) {
        n--;
        i++;
      }
    }
  }
  return n;
}

/** Bounds of `.[from:to]` on a sequence of `len`, or null when they are not numbers. */
export function sliceBounds(len: number, from: Value, to: Value): [number, number] | null {
  const f = from === null ? 0 : isNumber(from) ? numberOf(from) : Number.NaN;
  const t = to === null ? len : isNumber(to) ? numberOf(to) : Number.NaN;
  if (Number.isNaN(f) || Number.isNaN(t)) return null;
  let start = f < 0 ? f + len : f;
  let end = t < 0 ? t + len : t;
  if (start < 0) start = 0;
  if (start > len) start = len;
  if (end > len) end = len;
  if (end < start) end = start;
  const s = Math.trunc(start);
  const e = end > Math.trunc(end) ? Math.trunc(end) + 1 : Math.trunc(end);
  return [s, e];
}

/** `t[from:to]` */
export function slice(t: Value, from: Value, to: Value): Value {
  if (t === null) return null;
  if (typeof t === 'string') {
    const cps = codePoints(t);
    const b = sliceBounds(cps.length, from, to);
    if (!b) throw fail('Start and end indices of an string slice must be numbers');
    return cps.slice(b[0], b[1]).join('');
  }
  if (Array.isArray(t)) {
    const b = sliceBounds(t.length, from, to);
    if (!b) throw fail('Start and end indices of an array slice must be numbers');
    return t.slice(b[0], b[1]);
  }
  throw indexError(t, { start: from, end: to });
}

/** `t[k]` with jq's rules for every type pair. */
export function index(t: Value, k: Value): Value {
  if (typeof k === 'string') {
    if (isObject(t)) return objectGet(t, k);
    if (t === null) return null;
    throw indexError(t, k);
  }
  if (typeof k === 'number' || k instanceof DecNum) {
    if (Array.isArray(t)) {
      const n = numberOf(k);
      if (Number.isNaN(n)) return null;
      const i = n < 0 ? Math.trunc(n) + t.length : Math.trunc(n);
      return i >= 0 && i < t.length ? t[i] : null;
    }
    if (t === null) return null;
    throw indexError(t, k);
  }
  if (isObject(k) && !Array.isArray(t)) {
    if (t === null) return null;
    if (typeof t === 'string') return slice(t, objectGet(k, 'start'), objectGet(k, 'end'));
    throw indexError(t, k);
  }
  if (isObject(k) && Array.isArray(t)) return slice(t, objectGet(k, 'start'), objectGet(k, 'end'));
  if (Array.isArray(k) && Array.isArray(t)) return indicesOf(t, k);
  if (t === null && (k === null || Array.isArray(k))) return t;
  throw indexError(t, k);
}

/** Positions where `sub` occurs in `a` (`.[[x]]`). */
export function indicesOf(a: Value[], sub: Value[]): Value[] {
  const out: Value[] = [];
  if (sub.length === 0) return null as unknown as Value[];
  for (let i = 0; i + sub.length <= a.length; i++) {
    let ok = true;
    for (let j = 0; j < sub.length && ok; j++) ok = valuesEqual(a[i + j], sub[j]);
    if (ok) out.push(i);
  }
  return out;
}

/** The values `.[]` iterates. */
export function iterate(t: Value): Value[] {
  if (Array.isArray(t)) return t;
  if (isObject(t)) return objectKeys(t).map((k) => t[k]);
  throw fail(`Cannot iterate over ${describe(t)}`);
}

/** The keys `.[]` iterates, for path mode. */
export function iterateKeys(t: Value): Value[] {
  if (Array.isArray(t)) return t.map((_, i) => i);
  if (isObject(t)) return objectKeys(t);
  throw fail(`Cannot iterate over ${describe(t)}`);
}

/** `a + b` */
export function add(a: Value, b: Value): Value {
  if (typeof a === 'number' && typeof b === 'number') return a + b;
  if (a === null) return b;
  if (b === null) return a;
  if (typeof a === 'string' && typeof b === 'string') return a + b;
  if (isNumber(a) && isNumber(b)) return numberOf(a) + numberOf(b);
  if (Array.isArray(a) && Array.isArray(b)) return a.concat(b);
  if (isObject(a) && isObject(b)) {
    const out = objectCopy(a);
    for (const k of objectKeys(b)) objectSet(out, k, b[k]);
    return out;
  }
  throw binopError(a, b, 'added');
}

/** `a - b` */
export function subtract(a: Value, b: Value): Value {
  if (isNumber(a) && isNumber(b)) return numberOf(a) - numberOf(b);
  if (Array.isArray(a) && Array.isArray(b)) return a.filter((x) => !b.some((y) => valuesEqual(x, y)));
  throw binopError(a, b, 'subtracted');
}

/** `a * b` */
export function multiply(a: Value, b: Value): Value {
  if (isNumber(a) && isNumber(b)) return numberOf(a) * numberOf(b);
  if ((typeof a === 'string' && isNumber(b)) || (isNumber(a) && typeof b === 'string')) {
    const s = (typeof a === 'string' ? a : b) as string;
    const d = numberOf((typeof a === 'string' ? b : a) as number | DecNum);
    if (d < 0 || Number.isNaN(d)) return null;
    return s.repeat(Math.min(Math.trunc(d), 0x7fffffff));
  }
  if (isObject(a) && isObject(b)) return deepMerge(a, b);
  throw binopError(a, b, 'multiplied');
}

/** Recursive object merge (`*` on objects). */
export function deepMerge(a: JqObject, b: JqObject): JqObject {
  const out = objectCopy(a);
  for (const k of objectKeys(b)) {
    const x = objectGet(out, k);
    const y = b[k];
    objectSet(out, k, isObject(x) && isObject(y) ? deepMerge(x, y) : y);
  }
  return out;
}

/** `a / b` */
export function divide(a: Value, b: Value): Value {
  if (isNumber(a) && isNumber(b)) {
    if (numberOf(b) === 0) throw binopError(a, b, 'divided because the divisor is zero');
    return numberOf(a) / numberOf(b);
  }
  if (typeof a === 'string' && typeof b === 'string') return splitString(a, b);
  throw binopError(a, b, 'divided');
}

/** jq's `split/1` on plain strings. */
export function splitString(s: string, sep: string): Value[] {
  if (s === '') return [];
  if (sep === '') return codePoints(s);
  return s.split(sep);
}

/** C's intmax_t bounds as doubles (2^63). */
const INTMAX = 2 ** 63;

function toIntmax(n: number): number {
  if (n < -INTMAX) return -INTMAX;
  if (-n < -INTMAX) return INTMAX;
  return Math.trunc(n);
}

/** `a % b` (on integers, truncating both, like C). */
export function modulo(a: Value, b: Value): Value {
  if (isNumber(a) && isNumber(b)) {
    const x = numberOf(a);
    const y = numberOf(b);
    if (Number.isNaN(x) || Number.isNaN(y)) return Number.NaN;
    const d = toIntmax(y);
    if (d === 0) throw binopError(a, b, 'divided (remainder) because the divisor is zero');
    if (d === -1) return 0;
    const r = toIntmax(x) % d;
    return r === 0 ? 0 : r;
  }
  throw binopError(a, b, 'divided (remainder)');
}

/** `-a` */
export function negate(a: Value): Value {
  if (isNumber(a)) return -numberOf(a);
  throw new JqError(`${describe(a)} cannot be negated`);
}

/** Comparison operators. */
export function compareOp(op: string, a: Value, b: Value): boolean {
  switch (op) {
    case '==':
      return valuesEqual(a, b);
    case '!=':
      return !valuesEqual(a, b);
    case '<':
      return compareValues(a, b) < 0;
    case '<=':
      return compareValues(a, b) <= 0;
    case '>':
      return compareValues(a, b) > 0;
    default:
      return compareValues(a, b) >= 0;
  }
}

/** The function behind an arithmetic operator. */
export const ARITHMETIC: Record<string, (a: Value, b: Value) => Value> = {
  '+': add,
  '-': subtract,
  '*': multiply,
  '/': divide,
  '%': modulo,
};

/** `length` */
export function lengthOf(v: Value): Value {
  if (typeof v === 'string') return codePointLength(v);
  if (Array.isArray(v)) return v.length;
  if (v === null) return 0;
  if (isNumber(v)) return Math.abs(numberOf(v));
  if (isObject(v)) return objectKeys(v).length;
  throw fail(`${describe(v)} has no length`);
}

/** The kind name, re-exported for builtins. */
export { kindOf };
