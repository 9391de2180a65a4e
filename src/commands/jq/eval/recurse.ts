/**
 * `..` (recurse(.[]?)): every value in pre-order, with an explicit stack so
 * deeply nested input cannot overflow the call stack.
 */
import { isObject, objectKeys, type Value } from '../values/value.js';
import type { PathValue } from './code.js';

/** `..` in value mode. */
export function* recurseAll(input: Value): Generator<Value> {
  const stack: Value[] = [input];
  while (stack.length > 0) {
    const v = stack.pop() as Value;
    yield v;
    if (Array.isArray(v)) for (let i = v.length - 1; i >= 0; i--) stack.push(v[i]);
    else if (isObject(v)) {
      const keys = objectKeys(v);
      for (let i = keys.length - 1; i >= 0; i--) stack.push(v[keys[i]]);
    }
  }
}

/** `..` in path mode. */
export function* recurseAllPaths(input: PathValue): Generator<PathValue> {
  const stack: PathValue[] = [input];
  while (stack.length > 0) {
    const pv = stack.pop() as PathValue;
    yield pv;
    const v = pv.value;
    const base = pv.path;
    if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push({ value: v[i], path: base && [...base, i] });
    } else if (isObject(v)) {
      const keys = objectKeys(v);
      for (let i = keys.length - 1; i >= 0; i--) stack.push({ value: v[keys[i]], path: base && [...base, keys[i]] });
    }
  }
}
