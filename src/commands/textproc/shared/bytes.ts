/**
 * Comparisons of byte ranges without allocating. Short ranges are compared in
 * a JS loop, which the JIT makes cheaper than Buffer#compare's offset checks;
 * long ranges go to the native compare.
 */

/** Ranges at least this long use Buffer#compare. */
const NATIVE_FROM = 48;

/** Byte-order comparison of a[as, ae) and b[bs, be): negative, zero or positive. */
export function compareRanges(a: Buffer, as: number, ae: number, b: Buffer, bs: number, be: number): number {
  const la = ae - as;
  const lb = be - bs;
  const n = Math.min(la, lb);
  if (n >= NATIVE_FROM) {
    const c = a.compare(b, bs, bs + n, as, as + n);
    return c !== 0 ? c : la - lb;
  }
  for (let i = 0; i < n; i++) {
    const d = a[as + i] - b[bs + i];
    if (d !== 0) return d;
  }
  return la - lb;
}

/** True when a[as, ae) and b[bs, be) hold the same bytes. */
export function rangesEqual(a: Buffer, as: number, ae: number, b: Buffer, bs: number, be: number): boolean {
  const n = ae - as;
  if (n !== be - bs) return false;
  if (n >= NATIVE_FROM) return a.compare(b, bs, be, as, ae) === 0;
  for (let i = 0; i < n; i++) if (a[as + i] !== b[bs + i]) return false;
  return true;
}

/** ASCII case folding to lower case (the C locale's tolower). */
export function lowerByte(c: number): number {
  return c >= 0x41 && c <= 0x5a ? c + 32 : c;
}

/** ASCII case folding to upper case (the C locale's toupper). */
export function upperByte(c: number): number {
  return c >= 0x61 && c <= 0x7a ? c - 32 : c;
}

/** True when the ranges are equal ignoring ASCII case (memcasecmp == 0). */
export function rangesEqualIgnoreCase(a: Buffer, as: number, ae: number, b: Buffer, bs: number, be: number): boolean {
  const n = ae - as;
  if (n !== be - bs) return false;
  for (let i = 0; i < n; i++) if (lowerByte(a[as + i]) !== lowerByte(b[bs + i])) return false;
  return true;
}

/** isblank in the C locale: space and tab. */
export function isBlank(c: number): boolean {
  return c === 0x20 || c === 0x09;
}
