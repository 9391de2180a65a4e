/**
 * getpath, setpath and delpaths with jq's semantics (jv_getpath, jv_setpath,
 * jv_delpaths): copy on write, null grows into objects and arrays, negative
 * indices count from the end, slices replace ranges.
 */
import { compareValues } from '../values/compare.js';
import {
  isNumber,
  isObject,
  type JqObject,
  kindOf,
  numberOf,
  objectCopy,
  objectDelete,
  objectGet,
  objectSet,
  type Value,
} from '../values/value.js';
import type { Path } from './code.js';
import { fail, indexError } from './errors.js';
import { index, sliceBounds } from './ops.js';

/** `getpath(p)` */
export function getPath(v: Value, path: Path): Value {
  let cur = v;
  for (const k of path) {
    if (cur === null) return null;
    cur = index(cur, k);
  }
  return cur;
}

/** `setpath(p; x)` */
export function setPath(root: Value, path: Path, value: Value, at = 0): Value {
  if (at === path.length) return value;
  const k = path[at];
  const sub = index(root, k);
  return setKey(root, k, setPath(sub, path, value, at + 1));
}

/** One step of setpath: `t[k] = v` on a copy. */
function setKey(t: Value, k: Value, v: Value): Value {
  if (typeof k === 'string') {
    if (t === null) return { [k]: v } as JqObject;
    if (isObject(t)) {
      const out = objectCopy(t);
      objectSet(out, k, v);
      return out;
    }
    throw indexError(t, k);
  }
  if (isNumber(k)) {
    if (t !== null && !Array.isArray(t)) throw indexError(t, k);
    const arr = t === null ? [] : t.slice();
    let n = Math.trunc(numberOf(k));
    if (n < 0) n += arr.length;
    if (n < 0) throw fail('Out of bounds negative array index');
    while (arr.length < n) arr.push(null);
    arr[n] = v;
    return arr;
  }
  if (isObject(k)) {
    if (t !== null && !Array.isArray(t)) throw fail(`Cannot update field at object index of ${kindOf(t)}`);
    const arr = t ?? [];
    if (!Array.isArray(v)) throw fail('A slice of an array can only be assigned another array');
    const b = sliceBounds(arr.length, objectGet(k, 'start'), objectGet(k, 'end'));
    if (!b) throw fail('Start and end indices of an array slice must be numbers');
    return [...arr.slice(0, b[0]), ...v, ...arr.slice(b[1])];
  }
  throw indexError(t, k);
}

/** `delpaths(ps)` */
export function deletePaths(root: Value, paths: readonly Path[]): Value {
  for (const p of paths) if (!Array.isArray(p)) throw fail('Path must be specified as an array');
  if (paths.length === 0) return root;
  const sorted = [...paths].sort((a, b) => compareValues(a as Value[], b as Value[]));
  if (sorted[0].length === 0) return null;
  return deleteSorted(root, sorted, 0);
}

function deleteSorted(object: Value, paths: readonly Path[], depth: number): Value {
  const whole: Value[] = [];
  let result = object;
  for (let i = 0; i < paths.length; ) {
    const key = paths[i][depth];
    let j = i;
    while (j < paths.length && compareValues(paths[j][depth], key) === 0) j++;
    if (paths[i].length === depth + 1) whole.push(key);
    else {
      const sub = index(result, key);
      if (sub !== null) result = setKey(result, key, deleteSorted(sub, paths.slice(i, j), depth + 1));
    }
    i = j;
  }
  return deleteKeys(result, whole);
}

/** Deletes the given keys, indices and slices of one value. */
function deleteKeys(t: Value, keys: Value[]): Value {
  if (t === null || keys.length === 0) return t;
  if (Array.isArray(t)) {
    const drop = new Set<number>();
    for (const k of keys) {
      if (isNumber(k)) {
        const n = Math.trunc(numberOf(k));
        drop.add(n < 0 ? n + t.length : n);
      } else if (isObject(k)) {
        const b = sliceBounds(t.length, objectGet(k, 'start'), objectGet(k, 'end'));
        if (!b) throw fail('Start and end indices of an array slice must be numbers');
        for (let n = b[0]; n < b[1]; n++) drop.add(n);
      } else throw fail(`Cannot delete ${kindOf(k)} element of array`);
    }
    return t.filter((_, n) => !drop.has(n));
  }
  if (isObject(t)) {
    const out = objectCopy(t);
    for (const k of keys) {
      if (typeof k !== 'string') throw fail(`Cannot delete ${kindOf(k)} field of object`);
      objectDelete(out, k);
    }
    return out;
  }
  throw fail(`Cannot delete fields from ${kindOf(t)}`);
}
