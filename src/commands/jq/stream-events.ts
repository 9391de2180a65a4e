/** jq's streaming form of a value (`--stream`, `tostream`): leaf events `[path, leaf]` and closing events `[path]`. */
import { isObject, objectKeys, type Value } from './values/value.js';

/** The stream events of `v`, in document order. */
export function* streamEvents(v: Value, path: Value[] = []): Generator<Value> {
  const keys: Value[] = Array.isArray(v) ? v.map((_, n) => n) : isObject(v) ? objectKeys(v) : [];
  if (keys.length === 0) {
    yield [path, v];
    return;
  }
  for (const k of keys) {
    const child = Array.isArray(v) ? v[k as number] : (v as Record<string, Value>)[k as string];
    yield* streamEvents(child, [...path, k]);
  }
  yield [[...path, keys[keys.length - 1]]];
}
