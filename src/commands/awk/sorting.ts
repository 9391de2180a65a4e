/**
 * Array orders: `for (k in a)` in insertion order unless PROCINFO["sorted_in"]
 * names one of gawk's orders (@ind_str_asc, @val_num_desc, …), and the
 * asort()/asorti() built-ins.
 */
import type { Runtime } from './runtime.js';
import { type AwkArray, inputValue, strToNum, toNum, type Value } from './values.js';

type Entry = readonly [string, Value];
type Compare = (a: Entry, b: Entry) => number;

function byString(x: string, y: string): number {
  return x < y ? -1 : x > y ? 1 : 0;
}

/** gawk's @val_type order: numbers before strings; within each by value. */
function valueOrder(rt: Runtime, a: Value, b: Value): number {
  const an = typeof a !== 'string' && a !== undefined;
  const bn = typeof b !== 'string' && b !== undefined;
  if (an && bn) return toNum(a) - toNum(b) || 0;
  if (an !== bn) return an ? -1 : 1;
  return byString(rt.str(a), rt.str(b));
}

function comparator(rt: Runtime, order: string): Compare | null {
  const indStr: Compare = (a, b) => byString(a[0], b[0]);
  const indNum: Compare = (a, b) => strToNum(a[0]) - strToNum(b[0]) || byString(a[0], b[0]);
  const valStr: Compare = (a, b) => byString(rt.str(a[1]), rt.str(b[1])) || indStr(a, b);
  const valNum: Compare = (a, b) => toNum(a[1]) - toNum(b[1]) || valStr(a, b);
  const valType: Compare = (a, b) => valueOrder(rt, a[1], b[1]) || indStr(a, b);
  const table: Record<string, Compare> = {
    '@ind_str_asc': indStr,
    '@ind_num_asc': indNum,
    '@val_str_asc': valStr,
    '@val_num_asc': valNum,
    '@val_type_asc': valType,
  };
  const asc = table[order.replace(/_desc$/, '_asc')];
  if (!asc) return null;
  return order.endsWith('_desc') ? (a, b) => asc(b, a) : asc;
}

/** The keys of `a` to loop over, in PROCINFO["sorted_in"] order when one is set. */
export function loopKeys(rt: Runtime, a: AwkArray): string[] {
  const order = rt.PROCINFO.get('sorted_in');
  if (order === undefined || a.size < 2) return [...a.keys()];
  const cmp = comparator(rt, rt.str(order));
  if (cmp === null) return [...a.keys()];
  return [...a.entries()].sort(cmp).map((e) => e[0]);
}

/** asort(src[, dest[, how]]) and asorti: sorts values (or indices) into 1..n; returns n. */
export function sortArray(
  rt: Runtime,
  src: AwkArray,
  dest: AwkArray | null,
  how: string | null,
  indices: boolean,
): number {
  const entries = [...src.entries()];
  let items: Value[];
  if (indices) {
    const cmp = comparator(rt, how ?? '@ind_str_asc') ?? comparator(rt, '@ind_str_asc');
    items = entries.sort(cmp as Compare).map((e) => inputValue(e[0]));
  } else {
    const cmp = comparator(rt, how ?? '@val_type_asc') ?? comparator(rt, '@val_type_asc');
    items = entries.sort(cmp as Compare).map((e) => e[1]);
  }
  const target = dest ?? src;
  target.clear();
  for (const [i, v] of items.entries()) target.set(String(i + 1), v);
  return items.length;
}
