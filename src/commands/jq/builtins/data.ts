/** Natives about values: types, lengths, keys, entries, conversions to and from text. */
import { type Code, codeGen, codeOne } from '../eval/code.js';
import { modify } from '../eval/compile-assign.js';
import { describe, fail } from '../eval/errors.js';
import { toText } from '../eval/formats.js';
import { add, iterate, lengthOf } from '../eval/ops.js';
import { sortedKeys } from '../values/compare.js';
import { JsonParseError, JsonTextParser } from '../values/json-parse.js';
import { writeJson } from '../values/json-write.js';
import {
  isNumber,
  isObject,
  type JqObject,
  kindOf,
  numberOf,
  objectGet,
  objectHas,
  objectKeys,
  objectSet,
  type Value,
} from '../values/value.js';
import { cfn, fn0, type NativeTable } from './native.js';

function keysOf(v: Value, sorted: boolean): Value {
  if (isObject(v)) return sorted ? sortedKeys(v) : objectKeys(v);
  if (Array.isArray(v)) return v.map((_, n) => n);
  throw fail(`${describe(v)} has no keys`);
}

function has(v: Value, k: Value): boolean {
  if (isObject(v) && typeof k === 'string') return objectHas(v, k);
  if (Array.isArray(v) && isNumber(k)) {
    const n = numberOf(k);
    return n >= 0 && n < v.length;
  }
  throw fail(`Cannot check whether ${kindOf(v)} has a ${kindOf(k)} key`);
}

function toEntries(v: Value): Value {
  const keys = keysOf(v, false) as Value[];
  return keys.map((k) => ({
    key: k,
    value: Array.isArray(v) ? v[k as number] : objectGet(v as JqObject, k as string),
  }));
}

/** jq 1.7.1: `map({(.key // .Key // .name // .Name): (if has("value") then .value else .Value end)}) | add + {} // {}`. */
function fromEntries(v: Value): Value {
  let out: Value = {};
  for (const x of iterate(v)) {
    const get = (k: string) => (isObject(x) ? objectGet(x, k) : x === null ? null : indexOrFail(x, k));
    let key: Value = null;
    for (const name of ['key', 'Key', 'name', 'Name']) {
      key = get(name);
      if (key !== null && key !== false) break;
    }
    const value = isObject(x) && objectHas(x, 'value') ? objectGet(x, 'value') : get('Value');
    if (typeof key !== 'string') throw fail(`Cannot use ${describe(key)} as object key`);
    const entry: JqObject = {};
    objectSet(entry, key, value);
    out = add(out, entry);
  }
  return out;
}

function indexOrFail(x: Value, k: string): never {
  throw fail(`Cannot index ${kindOf(x)} with string "${k}"`);
}

/** Parses text as exactly one JSON value, with jq's messages (`fromjson`, `tonumber`). */
export function parseJsonText(text: string): Value {
  const out: Value[] = [];
  const parser = new JsonTextParser();
  try {
    parser.feed(text, out);
    parser.finish(out);
  } catch (e) {
    if (e instanceof JsonParseError) throw fail(`${e.message} (while parsing '${text}')`);
    throw e;
  }
  if (out.length === 0) throw fail(`Expected JSON value (while parsing '${text}')`);
  if (out.length > 1) throw fail(`Unexpected extra JSON values (while parsing '${text}')`);
  return out[0];
}

function toNumber(v: Value): Value {
  if (isNumber(v)) return v;
  if (typeof v === 'string') {
    const n = parseJsonText(v);
    if (isNumber(n)) return n;
  }
  throw fail(`${describe(v)} cannot be parsed as a number`);
}

function utf8Length(v: Value): Value {
  if (typeof v !== 'string') throw fail(`${describe(v)} only strings have UTF-8 byte length`);
  return Buffer.byteLength(v, 'utf8');
}

function addAll(v: Value): Value {
  let acc: Value = null;
  for (const x of iterate(v)) acc = add(acc, x);
  return acc;
}

function mapCode(f: Code): Code {
  if (f.one) {
    const g = f.one;
    return codeOne((i, e) => iterate(i).map((x) => g(x, e)));
  }
  return codeOne((i, e) => {
    const out: Value[] = [];
    for (const x of iterate(i)) for (const y of f.run(x, e)) out.push(y);
    return out;
  });
}

const EACH_PATH: Code = codeGen(
  (i) => iterate(i),
  function* (pv) {
    const v = pv.value;
    const keys = keysOf(v, false) as Value[];
    for (const k of keys)
      yield {
        value: Array.isArray(v) ? v[k as number] : objectGet(v as JqObject, k as string),
        path: [...(pv.path ?? []), k],
      };
  },
);

/** Value natives. */
export const DATA_NATIVES: NativeTable = {
  'type/0': fn0((i) => kindOf(i)),
  'length/0': fn0(lengthOf),
  'utf8bytelength/0': fn0(utf8Length),
  'keys/0': fn0((i) => keysOf(i, true)),
  'keys_unsorted/0': fn0((i) => keysOf(i, false)),
  'has/1': cfn(has),
  'to_entries/0': fn0(toEntries),
  'from_entries/0': fn0(fromEntries),
  'with_entries/1': ([f]) => {
    const m = mapCode(f);
    return codeOne((i, e) => fromEntries(m.one!(toEntries(i), e)));
  },
  'add/0': fn0(addAll),
  'map/1': ([f]) => mapCode(f),
  'map_values/1': ([f]) =>
    codeOne((i, e) =>
      modify(i, EACH_PATH, e, (v) => {
        for (const x of f.run(v, e)) return x;
        return undefined;
      }),
    ),
  'tostring/0': fn0(toText),
  'tonumber/0': fn0(toNumber),
  'tojson/0': fn0((i) => writeJson(i)),
  'fromjson/0': fn0((i) => {
    if (typeof i !== 'string') throw fail(`${describe(i)} cannot be parsed as JSON`);
    return parseJsonText(i);
  }),
  'infinite/0': fn0(() => Number.POSITIVE_INFINITY),
  'nan/0': fn0(() => Number.NaN),
  'isinfinite/0': fn0((i) => {
    if (!isNumber(i)) throw fail(`${describe(i)} number required`);
    const n = numberOf(i);
    return n === Number.POSITIVE_INFINITY || n === Number.NEGATIVE_INFINITY;
  }),
  'isnan/0': fn0((i) => {
    if (!isNumber(i)) throw fail(`${describe(i)} number required`);
    return Number.isNaN(numberOf(i));
  }),
  'isnormal/0': fn0((i) => {
    if (!isNumber(i)) throw fail(`${describe(i)} number required`);
    const n = Math.abs(numberOf(i));
    return Number.isFinite(n) && n >= 2.2250738585072014e-308;
  }),
};
