/**
 * jq values as plain JavaScript values, so JSON.parse output is used as is:
 * null, booleans, numbers, strings, arrays and objects. Two jq details need more:
 * - jq 1.7 keeps the text of number literals it did not compute (`1.0`, `1E+2`,
 *   big integers); such a number is a DecNum (rare: only when the text differs
 *   from how the double would print);
 * - jq objects keep insertion order, but JavaScript lists integer-like keys
 *   first; an object that holds such keys out of order carries its real key
 *   order under a symbol. All key access goes through the helpers below.
 */

/** A jq value. */
export type Value = null | boolean | number | string | DecNum | Value[] | JqObject;

/** A jq object. */
export interface JqObject {
  [key: string]: Value;
}

/** A number whose literal text jq 1.7 prints instead of the double (`1.0`, `1E+1000`). */
export class DecNum {
  constructor(
    /** The nearest double, used by arithmetic. */
    readonly value: number,
    /** The canonical decimal text (decNumber's to-scientific-string). */
    readonly literal: string,
  ) {}
}

/** jq's type names. */
export type Kind = 'null' | 'boolean' | 'number' | 'string' | 'array' | 'object';

/** The jq type of a value. */
export function kindOf(v: Value): Kind {
  switch (typeof v) {
    case 'string':
      return 'string';
    case 'number':
      return 'number';
    case 'boolean':
      return 'boolean';
    default:
      if (v === null) return 'null';
      if (Array.isArray(v)) return 'array';
      return v instanceof DecNum ? 'number' : 'object';
  }
}

/** True for numbers, literal or not. */
export function isNumber(v: Value): v is number | DecNum {
  return typeof v === 'number' || v instanceof DecNum;
}

/** True for objects (not arrays, not literal numbers). */
export function isObject(v: Value): v is JqObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof DecNum);
}

/** The double of a number value. */
export function numberOf(v: number | DecNum): number {
  return typeof v === 'number' ? v : v.value;
}

/** jq truthiness: everything but null and false. */
export function isTruthy(v: Value): boolean {
  return v !== null && v !== false;
}

const ORDER: unique symbol = Symbol('jq key order');

interface Ordered {
  [ORDER]?: string[];
}

/** True for keys JavaScript moves to the front of an object ("0", "17", …). */
function isIndexKey(k: string): boolean {
  const c = k.charCodeAt(0);
  if (c < 48 || c > 57) return false;
  if (k.length > 10 || (c === 48 && k.length > 1)) return false;
  for (let i = 1; i < k.length; i++) {
    const d = k.charCodeAt(i);
    if (d < 48 || d > 57) return false;
  }
  return Number(k) < 4294967295;
}

/** True when an object keeps its own key order (it has integer-like keys added out of order). */
export function hasOwnOrder(o: JqObject): boolean {
  return (o as Ordered)[ORDER] !== undefined;
}

/** A new empty object. */
export function newObject(): JqObject {
  return {};
}

/** The keys of an object in jq's (insertion) order. */
export function objectKeys(o: JqObject): string[] {
  const order = (o as Ordered)[ORDER];
  return order ? order.slice() : Object.keys(o);
}

/** The value under `k`, or null when absent (inherited properties never count). */
export function objectGet(o: JqObject, k: string): Value {
  return Object.hasOwn(o, k) ? o[k] : null;
}

/** True when `o` has its own key `k`. */
export function objectHas(o: JqObject, k: string): boolean {
  return Object.hasOwn(o, k);
}

/** Sets `o[k] = v` in place, keeping jq's key order (new keys go last). */
export function objectSet(o: JqObject, k: string, v: Value): void {
  const ordered = o as Ordered;
  if (!Object.hasOwn(o, k)) {
    const order = ordered[ORDER];
    if (order) order.push(k);
    else if (isIndexKey(k)) {
      const keys = Object.keys(o);
      if (keys.length > 0) {
        keys.push(k);
        ordered[ORDER] = keys;
      }
    }
  }
  if (k === '__proto__')
    Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });
  else o[k] = v;
}

/** Deletes `o[k]` in place. */
export function objectDelete(o: JqObject, k: string): void {
  if (!Object.hasOwn(o, k)) return;
  delete o[k];
  const order = (o as Ordered)[ORDER];
  if (order) order.splice(order.indexOf(k), 1);
}

/** A shallow copy that keeps the key order. */
export function objectCopy(o: JqObject): JqObject {
  const out: JqObject = {};
  const order = (o as Ordered)[ORDER];
  if (order) {
    for (const k of order) objectSet(out, k, o[k]);
    return out;
  }
  for (const k of Object.keys(o)) {
    if (k === '__proto__') objectSet(out, k, o[k]);
    else out[k] = o[k];
  }
  return out;
}

/** Number of keys. */
export function objectSize(o: JqObject): number {
  const order = (o as Ordered)[ORDER];
  return order ? order.length : Object.keys(o).length;
}

/** Builds an object from entries in order. */
export function objectFrom(entries: Iterable<readonly [string, Value]>): JqObject {
  const out: JqObject = {};
  for (const [k, v] of entries) objectSet(out, k, v);
  return out;
}
