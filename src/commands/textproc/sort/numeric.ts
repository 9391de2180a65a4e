/**
 * sort's number orderings on byte ranges, ported from GNU: strnumcmp (-n),
 * strtold order (-g), SI suffix order (-h) and month names (-M). Ranges are
 * read as NUL-terminated, as GNU does after cutting a key out of its line.
 */

const ZERO = 0x30;
const DOT = 0x2e;
const MINUS = 0x2d;

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
/** GNU sort's blanks: isblank plus newline (which occurs only with -z). */
export const isSortBlank = (c: number) => c === 0x20 || c === 0x09 || c === 0x0a;

/** A cursor over buf[pos, end) that reads 0 past the end, like a NUL-terminated C string. */
class Cursor {
  constructor(
    readonly buf: Uint8Array,
    public pos: number,
    readonly end: number,
  ) {}
  /** The byte under the cursor, 0 at the end. */
  c(): number {
    return this.pos < this.end ? this.buf[this.pos] : 0;
  }
  next(): number {
    this.pos++;
    return this.c();
  }
}

function fraccompare(a: Cursor, b: Cursor): number {
  if (a.c() === DOT && b.c() === DOT) {
    for (;;) {
      const x = a.next();
      const y = b.next();
      if (x !== y) break;
      if (!isDigit(x)) return 0;
    }
    if (isDigit(a.c()) && isDigit(b.c())) return a.c() - b.c();
    if (isDigit(a.c())) return trailingNonzero(a);
    if (isDigit(b.c())) return -trailingNonzero(b);
    return 0;
  }
  if (a.c() === DOT) {
    a.pos++;
    return trailingNonzero(a);
  }
  if (b.c() === DOT) {
    b.pos++;
    return -trailingNonzero(b);
  }
  return 0;
}

function trailingNonzero(x: Cursor): number {
  while (x.c() === ZERO) x.pos++;
  return isDigit(x.c()) ? 1 : 0;
}

/** Compares the integer parts (after signs and leading zeros) of two numbers of equal sign. */
function compareMagnitude(a: Cursor, b: Cursor): number {
  while (a.c() === b.c() && isDigit(a.c())) {
    a.pos++;
    b.pos++;
  }
  if ((a.c() === DOT && !isDigit(b.c())) || (b.c() === DOT && !isDigit(a.c()))) return fraccompare(a, b);
  const tmp = a.c() - b.c();
  let logA = 0;
  while (isDigit(a.c())) {
    a.pos++;
    logA++;
  }
  let logB = 0;
  while (isDigit(b.c())) {
    b.pos++;
    logB++;
  }
  if (logA !== logB) return logA < logB ? -1 : 1;
  if (logA === 0) return 0;
  return tmp;
}

/** Skips zeros, then a decimal point and the zeros after it; true when a nonzero digit follows. */
function nonzeroAfterZeros(x: Cursor): boolean {
  while (x.c() === ZERO) x.pos++;
  if (x.c() === DOT) {
    do x.pos++;
    while (x.c() === ZERO);
  }
  return isDigit(x.c());
}

/** GNU strnumcmp on the numbers starting at the cursors (no leading blanks). */
function strnumcmp(a: Cursor, b: Cursor): number {
  if (a.c() === MINUS) {
    a.pos++;
    while (a.c() === ZERO) a.pos++;
    if (b.c() !== MINUS) {
      if (nonzeroAfterZeros(a)) return -1;
      return nonzeroAfterZeros(b) ? -1 : 0;
    }
    b.pos++;
    while (b.c() === ZERO) b.pos++;
    return compareMagnitude(b, a);
  }
  if (b.c() === MINUS) {
    b.pos++;
    while (b.c() === ZERO) b.pos++;
    if (nonzeroAfterZeros(b)) return 1;
    return nonzeroAfterZeros(a) ? 1 : 0;
  }
  while (a.c() === ZERO) a.pos++;
  while (b.c() === ZERO) b.pos++;
  return compareMagnitude(a, b);
}

function skipBlanks(buf: Uint8Array, s: number, e: number): number {
  while (s < e && isSortBlank(buf[s])) s++;
  return s;
}

/** -n: numeric comparison of two key ranges. */
export function numericCompare(a: Uint8Array, as: number, ae: number, b: Uint8Array, bs: number, be: number): number {
  return Math.sign(strnumcmp(new Cursor(a, skipBlanks(a, as, ae), ae), new Cursor(b, skipBlanks(b, bs, be), be)));
}

/** Exact powers of ten a double can hold. */
const POW10 = Array.from({ length: 23 }, (_, k) => Number(`1e${k}`));

/**
 * The value of a -n key as a double when that orders it exactly (at most 15
 * significant digits), else NaN, meaning: compare the bytes with strnumcmp.
 */
export function numericValue(buf: Uint8Array, s: number, e: number): number {
  let i = skipBlanks(buf, s, e);
  const negative = i < e && buf[i] === MINUS;
  if (negative) i++;
  while (i < e && buf[i] === ZERO) i++;
  let n = 0;
  let significant = 0;
  while (i < e && isDigit(buf[i])) {
    n = n * 10 + (buf[i++] - ZERO);
    significant++;
  }
  let scale = 0;
  if (i < e && buf[i] === DOT) {
    i++;
    let zeros = 0;
    while (i < e && isDigit(buf[i])) {
      const d = buf[i++] - ZERO;
      if (d === 0) {
        zeros++;
        continue;
      }
      for (; zeros > 0; zeros--) {
        n *= 10;
        scale++;
        if (significant > 0) significant++;
      }
      n = n * 10 + d;
      scale++;
      significant++;
    }
  }
  if (significant > 15 || scale >= POW10.length) return Number.NaN;
  const v = scale === 0 ? n : n / POW10[scale];
  return negative && v !== 0 ? -v : v;
}

const UNIT_ORDER: Record<number, number> = {};
for (const [i, u] of [...'KMGTPEZY'].entries()) UNIT_ORDER[u.charCodeAt(0)] = i + 1;
UNIT_ORDER[0x6b] = 1;

/** find_unit_order: the SI suffix rank of a number, negative for negative numbers, 0 for zero. */
function unitOrder(buf: Uint8Array, s: number, e: number): number {
  const at = (i: number) => (i < e ? buf[i] : 0);
  const minus = at(s) === MINUS;
  let p = s + (minus ? 1 : 0);
  let maxDigit = 0;
  let ch = at(p++);
  while (isDigit(ch)) {
    if (maxDigit < ch) maxDigit = ch;
    ch = at(p++);
  }
  if (ch === DOT) {
    ch = at(p++);
    while (isDigit(ch)) {
      if (maxDigit < ch) maxDigit = ch;
      ch = at(p++);
    }
  }
  if (maxDigit === 0 || maxDigit === ZERO) return 0;
  const order = UNIT_ORDER[ch] ?? 0;
  return minus ? -order : order;
}

/** -h: human-readable sizes (2K < 1M), then numerically. */
export function humanCompare(a: Uint8Array, as: number, ae: number, b: Uint8Array, bs: number, be: number): number {
  const sa = skipBlanks(a, as, ae);
  const sb = skipBlanks(b, bs, be);
  const diff = unitOrder(a, sa, ae) - unitOrder(b, sb, be);
  return diff !== 0 ? Math.sign(diff) : Math.sign(strnumcmp(new Cursor(a, sa, ae), new Cursor(b, sb, be)));
}

/** The -h rank of a key, for precomputation. */
export function humanOrder(buf: Uint8Array, s: number, e: number): number {
  return unitOrder(buf, skipBlanks(buf, s, e), e);
}

const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];

/** -M: 1-12 for a key starting (after blanks) with a month abbreviation in any case, else 0. */
export function monthOf(buf: Uint8Array, s: number, e: number): number {
  const i = skipBlanks(buf, s, e);
  if (e - i < 3) return 0;
  const upper = (c: number) => (c >= 0x61 && c <= 0x7a ? c - 32 : c);
  const name = String.fromCharCode(upper(buf[i]), upper(buf[i + 1]), upper(buf[i + 2]));
  return MONTHS.indexOf(name) + 1;
}

const GENERAL =
  /^[ \t\n\v\f\r]*([+-]?)(?:(inf(?:inity)?)|(nan(?:\([0-9A-Za-z_]*\))?)|0x((?:[0-9a-f]+(?:\.[0-9a-f]*)?|\.[0-9a-f]+)(?:p[+-]?[0-9]+)?)|((?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:e[+-]?[0-9]+)?))/i;

/** Class of a -g key: conversion failures sort first, then NaNs, then numbers. */
export const GENERAL_ERROR = 0;
/** A NaN key. */
export const GENERAL_NAN = 1;
/** A number (including infinities). */
export const GENERAL_NUMBER = 2;

/** strtold on a key: [class, value]. Long double precision is approximated by a double. */
export function generalValue(buf: Uint8Array, s: number, e: number): [number, number] {
  const text = Buffer.from(buf.buffer, buf.byteOffset + s, e - s).toString('latin1');
  const m = GENERAL.exec(text);
  if (!m) return [GENERAL_ERROR, 0];
  const sign = m[1] === '-' ? -1 : 1;
  if (m[2]) return [GENERAL_NUMBER, sign * Number.POSITIVE_INFINITY];
  if (m[3]) return [GENERAL_NAN, 0];
  if (m[4] !== undefined) return [GENERAL_NUMBER, sign * hexFloat(m[4])];
  return [GENERAL_NUMBER, sign * Number(m[5])];
}

function hexFloat(text: string): number {
  const [mantissa, exp] = text.toLowerCase().split('p');
  const [int, frac = ''] = mantissa.split('.');
  let v = int ? Number.parseInt(int, 16) : 0;
  for (let i = 0; i < frac.length; i++) v += Number.parseInt(frac[i], 16) / 16 ** (i + 1);
  return exp === undefined ? v : v * 2 ** Number(exp);
}

/** -g: general numeric comparison of two key ranges. */
export function generalCompare(a: Uint8Array, as: number, ae: number, b: Uint8Array, bs: number, be: number): number {
  const [ca, va] = generalValue(a, as, ae);
  const [cb, vb] = generalValue(b, bs, be);
  return ca !== cb ? ca - cb : va < vb ? -1 : va > vb ? 1 : 0;
}
