/** sort -V: gnulib's filevercmp (2022 version, as in coreutils 9.1) on byte ranges. */

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
const isAlpha = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
const TILDE = 0x7e;
const DOT = 0x2e;

/** Length of s[0, len) without its file suffix, the longest match of (\.[A-Za-z~][A-Za-z0-9~]*)*$. */
function prefixLength(s: Uint8Array, start: number, len: number): number {
  let prefix = 0;
  let i = 0;
  for (;;) {
    if (i === len) return prefix;
    i++;
    prefix = i;
    while (i + 1 < len && s[start + i] === DOT && (isAlpha(s[start + i + 1]) || s[start + i + 1] === TILDE)) {
      for (i += 2; i < len && (isAlpha(s[start + i]) || isDigit(s[start + i]) || s[start + i] === TILDE); i++);
    }
  }
}

/** Sort weight of the byte at pos: end sorts before everything but '~'. */
function order(s: Uint8Array, start: number, pos: number, len: number): number {
  if (pos === len) return -1;
  const c = s[start + pos];
  if (isDigit(c)) return 0;
  if (isAlpha(c)) return c;
  if (c === TILDE) return -2;
  return c + 256;
}

/** dpkg's verrevcmp on the first `alen` and `blen` bytes. */
function verrevcmp(a: Uint8Array, as: number, alen: number, b: Uint8Array, bs: number, blen: number): number {
  let i = 0;
  let j = 0;
  while (i < alen || j < blen) {
    let firstDiff = 0;
    while ((i < alen && !isDigit(a[as + i])) || (j < blen && !isDigit(b[bs + j]))) {
      const ac = order(a, as, i, alen);
      const bc = order(b, bs, j, blen);
      if (ac !== bc) return ac - bc;
      i++;
      j++;
    }
    while (i < alen && a[as + i] === 0x30) i++;
    while (j < blen && b[bs + j] === 0x30) j++;
    while (i < alen && j < blen && isDigit(a[as + i]) && isDigit(b[bs + j])) {
      if (!firstDiff) firstDiff = a[as + i] - b[bs + j];
      i++;
      j++;
    }
    if (i < alen && isDigit(a[as + i])) return 1;
    if (j < blen && isDigit(b[bs + j])) return -1;
    if (firstDiff) return firstDiff;
  }
  return 0;
}

/** filenvercmp on a[as, ae) and b[bs, be). */
export function versionCompare(a: Uint8Array, as: number, ae: number, b: Uint8Array, bs: number, be: number): number {
  const alen = ae - as;
  const blen = be - bs;
  if (alen === 0) return blen === 0 ? 0 : -1;
  if (blen === 0) return 1;
  if (a[as] === DOT) {
    if (b[bs] !== DOT) return -1;
    const adot = alen === 1;
    const bdot = blen === 1;
    if (adot) return bdot ? 0 : -1;
    if (bdot) return 1;
    const adotdot = a[as + 1] === DOT && alen === 2;
    const bdotdot = b[bs + 1] === DOT && blen === 2;
    if (adotdot) return bdotdot ? 0 : -1;
    if (bdotdot) return 1;
  } else if (b[bs] === DOT) {
    return 1;
  }
  const aprefix = prefixLength(a, as, alen);
  const bprefix = prefixLength(b, bs, blen);
  const onePass = aprefix === alen && bprefix === blen;
  const result = verrevcmp(a, as, aprefix, b, bs, bprefix);
  return result || onePass ? Math.sign(result) : Math.sign(verrevcmp(a, as, alen, b, bs, blen));
}
