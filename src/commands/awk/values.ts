/**
 * awk values: numbers, strings, "strnums" (input text that looks numeric, so
 * it compares as a number but prints as written) and the uninitialized value,
 * which is both "" and 0. Conversions follow POSIX and gawk: leading numeric
 * prefixes, no hex in data, `+inf`/`-nan` only with a sign.
 */

/** Text from input (fields, getline, split, ARGV, -v) that looks like a number. */
export class StrNum {
  constructor(
    readonly s: string,
    readonly n: number,
  ) {}
}

/** Any awk scalar; `undefined` is the uninitialized value. */
export type Value = number | string | StrNum | undefined;

/** An awk array: subscripts are strings; a present key may hold the uninitialized value. */
export type AwkArray = Map<string, Value>;

const NUMBER_PREFIX = /^[ \t\n\r\f\v]*([+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)/;
const WHOLE_NUMBER = /^[ \t\n\r\f\v]*[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?[ \t\n\r\f\v]*$/;
const IEEE_MAGIC = /^[ \t\n\r\f\v]*([+-])(inf|nan)[ \t\n\r\f\v]*$/i;

/** The numeric value of a string: its longest numeric prefix, 0 when there is none. */
export function strToNum(s: string): number {
  const len = s.length;
  let c = s.charCodeAt(0);
  if (c >= 48 && c <= 57 && len <= 15) {
    let v = c - 48;
    let i = 1;
    for (; i < len; i++) {
      c = s.charCodeAt(i);
      if (c < 48 || c > 57) break;
      v = v * 10 + (c - 48);
    }
    if (i === len) return v;
  }
  const m = NUMBER_PREFIX.exec(s);
  if (m) return Number(m[1]);
  const magic = IEEE_MAGIC.exec(s);
  if (magic) return magicValue(magic[1], magic[2]);
  return 0;
}

function magicValue(sign: string, word: string): number {
  if (word.toLowerCase() === 'inf') return sign === '-' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  return sign === '-' ? -Number.NaN : Number.NaN;
}

/** True when the whole string (blanks aside) is a number, which makes input text a strnum. */
export function looksNumeric(s: string): boolean {
  const len = s.length;
  if (len === 0) return false;
  let i = 0;
  for (; i < len; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) break;
  }
  if (i === len) return true;
  return WHOLE_NUMBER.test(s) || IEEE_MAGIC.test(s);
}

/** A value read from input: a strnum when it looks numeric, else the plain string. */
export function inputValue(s: string): string | StrNum {
  return looksNumeric(s) ? new StrNum(s, strToNum(s)) : s;
}

/** The number a value stands for. */
export function toNum(v: Value): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'string') return strToNum(v);
  if (v === undefined) return 0;
  return v.n;
}

/** awk truth: non-zero numbers, non-empty strings; strnums by their number. */
export function truthy(v: Value): boolean {
  if (typeof v === 'number') return v !== 0;
  if (typeof v === 'string') return v !== '';
  if (v === undefined) return false;
  return v.n !== 0;
}

/** awk's ordering of two values: numeric when both are numeric, else by string; NaN when unordered. */
export function compareValues(a: Value, b: Value, str: (v: Value) => string): number {
  if (typeof a !== 'string' && typeof b !== 'string') {
    const x = toNum(a);
    const y = toNum(b);
    return x < y ? -1 : x > y ? 1 : x === y ? 0 : Number.NaN;
  }
  const s = str(a);
  const t = str(b);
  return s < t ? -1 : s > t ? 1 : 0;
}

/** awk's `typeof()` names; a missing field is "unassigned", a never-set variable "untyped". */
export function typeName(v: Value, field = false): string {
  if (typeof v === 'number') return 'number';
  if (typeof v === 'string') return 'string';
  if (v === undefined) return field ? 'unassigned' : 'untyped';
  return 'strnum';
}
