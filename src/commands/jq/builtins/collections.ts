/** Natives over arrays: sorting, grouping, min/max, flatten, containment, searching. */
import { type Code, codeOne } from '../eval/code.js';
import { binopError, describe, fail } from '../eval/errors.js';
import { iterate, lengthOf } from '../eval/ops.js';
import { compareValues, valuesEqual } from '../values/compare.js';
import { isNumber, isObject, kindOf, numberOf, objectGet, objectHas, objectKeys, type Value } from '../values/value.js';
import { cfn, fn0, type NativeTable } from './native.js';

/** Each element with the array of outputs of `f` on it (jq's `map([f])`). */
function keyed(input: Value, f: Code | null, env: Parameters<Code['run']>[1]): { v: Value; k: Value }[] {
  const items = iterate(input);
  const out = items.map((v) => ({ v, k: f ? (Array.from(f.run(v, env)) as Value) : v }));
  if (!Array.isArray(input))
    throw fail(`${describe(input)} and ${describe(out.map((x) => x.k))} cannot be sorted, as they are not both arrays`);
  return out;
}

function sortItems(items: { v: Value; k: Value }[]): { v: Value; k: Value }[] {
  return items.sort((a, b) => compareValues(a.k, b.k));
}

function sortCode(f: Code | null): Code {
  return codeOne((i, e) => {
    if (!f && !Array.isArray(i)) throw fail(`${describe(i)} cannot be sorted, as it is not an array`);
    return sortItems(keyed(i, f, e)).map((x) => x.v);
  });
}

function groups(items: { v: Value; k: Value }[]): { v: Value; k: Value }[][] {
  const out: { v: Value; k: Value }[][] = [];
  for (const x of sortItems(items)) {
    const last = out[out.length - 1];
    if (last && compareValues(last[0].k, x.k) === 0) last.push(x);
    else out.push([x]);
  }
  return out;
}

function extreme(f: Code | null, isMin: boolean): Code {
  return codeOne((i, e) => {
    if (!f && !Array.isArray(i)) throw fail(`${describe(i)} cannot be iterated over`);
    let best: { v: Value; k: Value } | null = null;
    for (const x of keyed(i, f, e)) {
      const c = best ? compareValues(x.k, best.k) : 0;
      if (!best || (isMin ? c < 0 : c >= 0)) best = x;
    }
    return best ? best.v : null;
  });
}

function flatten(v: Value, depth: number): Value[] {
  const out: Value[] = [];
  for (const x of iterate(v)) {
    if (Array.isArray(x) && depth !== 0) out.push(...flatten(x, depth - 1));
    else out.push(x);
  }
  return out;
}

/** jq's `contains`. */
export function contains(a: Value, b: Value): boolean {
  if (isObject(a) && isObject(b)) {
    return objectKeys(b).every((k) => objectHas(a, k) && contains(objectGet(a, k), b[k]));
  }
  if (Array.isArray(a) && Array.isArray(b)) return b.every((y) => a.some((x) => contains(x, y)));
  if (typeof a === 'string' && typeof b === 'string') return a.includes(b);
  if (kindOf(a) === kindOf(b)) return valuesEqual(a, b);
  throw binopError(a, b, 'have their containment checked');
}

const encoder = new TextEncoder();

/** Byte offsets of `needle` in `s` (jq 1.7's `_strindices`). */
function stringIndices(s: string, needle: string): Value[] {
  const hay = encoder.encode(s);
  const n = encoder.encode(needle);
  const out: Value[] = [];
  if (n.length === 0) return out;
  for (let at = Buffer.from(hay).indexOf(n); at >= 0; at = Buffer.from(hay).indexOf(n, at + 1)) out.push(at);
  return out;
}

function arrayIndices(a: Value[], sub: Value[]): Value {
  if (sub.length === 0) return null;
  const out: Value[] = [];
  for (let i = 0; i + sub.length <= a.length; i++) if (sub.every((y, j) => valuesEqual(a[i + j], y))) out.push(i);
  return out;
}

function indices(v: Value, x: Value): Value {
  if (v === null) return null;
  if (Array.isArray(v)) return arrayIndices(v, Array.isArray(x) ? x : [x]);
  if (typeof v === 'string' && typeof x === 'string') return stringIndices(v, x);
  if (typeof v === 'string') throw fail(`Cannot index string with ${kindOf(x)}`);
  throw fail(`Cannot index ${kindOf(v)} with ${kindOf(x)}`);
}

/** Collection natives. */
export const COLLECTION_NATIVES: NativeTable = {
  'sort/0': () => sortCode(null),
  'sort_by/1': ([f]) => sortCode(f),
  'group_by/1': ([f]) => codeOne((i, e) => groups(keyed(i, f, e)).map((g) => g.map((x) => x.v))),
  'unique/0': () =>
    codeOne((i) => {
      if (!Array.isArray(i)) throw fail(`${describe(i)} cannot be sorted, as it is not an array`);
      return groups(i.map((v) => ({ v, k: v }))).map((g) => g[0].v);
    }),
  'unique_by/1': ([f]) => codeOne((i, e) => groups(keyed(i, f, e)).map((g) => g[0].v)),
  'min/0': () => extreme(null, true),
  'max/0': () => extreme(null, false),
  'min_by/1': ([f]) => extreme(f, true),
  'max_by/1': ([f]) => extreme(f, false),
  'reverse/0': fn0((i) => {
    if (Array.isArray(i)) return i.slice().reverse();
    // jq 1.7.1 defines reverse as [.[length - 1 - range(0; length)]].
    if (lengthOf(i) === 0) return [];
    throw fail(`Cannot index ${kindOf(i)} with number`);
  }),
  'flatten/0': fn0((i) => flatten(i, -1)),
  'flatten/1': cfn((i, d) => {
    if (!isNumber(d)) throw fail('flatten depth must not be negative');
    const depth = numberOf(d);
    if (depth < 0) throw fail('flatten depth must not be negative');
    return flatten(i, depth);
  }),
  'contains/1': cfn((a, b) => contains(a, b)),
  'inside/1': cfn((a, b) => contains(b, a)),
  'indices/1': cfn(indices),
  'index/1': cfn((v, x) => {
    const r = indices(v, x);
    return Array.isArray(r) ? (r[0] ?? null) : null;
  }),
  'rindex/1': cfn((v, x) => {
    const r = indices(v, x);
    return Array.isArray(r) ? (r[r.length - 1] ?? null) : null;
  }),
};
