/**
 * C-style floating point for printf and seq: values are exact decimals
 * (digits × 10^-scale), so %f/%e/%g round exactly as glibc does (half to even
 * on the exact binary value), and decimal input is first rounded to an x87
 * long double (64-bit mantissa) as bash's strtold does.
 */

/** A parsed floating value. */
export type CFloat =
  | { readonly kind: 'finite'; readonly neg: boolean; readonly digits: bigint; readonly scale: number }
  | { readonly kind: 'inf' | 'nan'; readonly neg: boolean };

/** Decimal exponents past which a long double is infinite or zero. */
const MAX_DECIMAL_EXPONENT = 4933;
const MIN_DECIMAL_EXPONENT = -4952;

function bitLength(n: bigint): number {
  return n === 0n ? 0 : n.toString(2).length;
}

/** num / den rounded to the nearest integer, ties to even. */
export function roundDiv(num: bigint, den: bigint): bigint {
  const q = num / den;
  const r2 = (num % den) * 2n;
  if (r2 > den || (r2 === den && q % 2n === 1n)) return q + 1n;
  return q;
}

/** The exact decimal of m × 2^e. */
function fromBinary(neg: boolean, m: bigint, e: number): CFloat {
  if (e >= 0) return { kind: 'finite', neg, digits: m << BigInt(e), scale: 0 };
  return { kind: 'finite', neg, digits: m * 5n ** BigInt(-e), scale: -e };
}

/** The exact value of a double. */
export function fromDouble(x: number): CFloat {
  if (Number.isNaN(x)) return { kind: 'nan', neg: false };
  const neg = x < 0 || Object.is(x, -0);
  if (!Number.isFinite(x)) return { kind: 'inf', neg };
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, Math.abs(x));
  const bits = view.getBigUint64(0);
  const exp = Number((bits >> 52n) & 0x7ffn);
  const frac = bits & ((1n << 52n) - 1n);
  if (exp === 0) return fromBinary(neg, frac, -1074);
  return fromBinary(neg, frac | (1n << 52n), exp - 1075);
}

/** num/den rounded to a 64-bit binary mantissa, as an exact decimal. */
function toLongDouble(neg: boolean, num: bigint, den: bigint): CFloat {
  if (num === 0n) return { kind: 'finite', neg, digits: 0n, scale: 0 };
  let e = bitLength(num) - bitLength(den) - 64;
  const scaled = (shift: number) =>
    shift < 0 ? roundDiv(num << BigInt(-shift), den) : roundDiv(num, den << BigInt(shift));
  let m = scaled(e);
  while (m >= 1n << 64n) m = scaled(++e);
  while (m < 1n << 63n) m = scaled(--e);
  return fromBinary(neg, m, e);
}

const FLOAT_SYNTAX =
  /^[ \t\n\v\f\r]*([+-]?)(?:(inf(?:inity)?)|(nan(?:\([0-9A-Za-z_]*\))?)|0[xX]([0-9a-fA-F]+\.?[0-9a-fA-F]*|\.[0-9a-fA-F]+)(?:[pP]([+-]?\d+))?|(\d+\.?\d*|\.\d+)(?:[eE]([+-]?\d+))?)/i;

/** strtold: the value of the longest valid prefix of `text`, and that prefix's length (0: none). */
export function parseCFloat(text: string): { value: CFloat; length: number } {
  const m = FLOAT_SYNTAX.exec(text);
  if (!m) return { value: { kind: 'finite', neg: false, digits: 0n, scale: 0 }, length: 0 };
  const neg = m[1] === '-';
  const length = m[0].length;
  if (m[2]) return { value: { kind: 'inf', neg }, length };
  if (m[3]) return { value: { kind: 'nan', neg }, length };
  if (m[4] !== undefined) {
    const [whole, frac = ''] = m[4].split('.');
    const mantissa = BigInt(`0x${whole || '0'}${frac}`);
    const exp = Number(m[5] ?? 0) - 4 * frac.length;
    if (exp > 4 * MAX_DECIMAL_EXPONENT) return { value: { kind: 'inf', neg }, length };
    if (exp < 4 * MIN_DECIMAL_EXPONENT) return { value: { kind: 'finite', neg, digits: 0n, scale: 0 }, length };
    return { value: fromBinary(neg, mantissa, exp), length };
  }
  const [whole, frac = ''] = (m[6] as string).split('.');
  const digits = BigInt(`${whole}${frac}` || '0');
  const exp = Number(m[7] ?? 0) - frac.length;
  const magnitude = exp + `${digits}`.length;
  if (digits !== 0n && magnitude > MAX_DECIMAL_EXPONENT) return { value: { kind: 'inf', neg }, length };
  if (digits === 0n || magnitude < MIN_DECIMAL_EXPONENT) {
    return { value: { kind: 'finite', neg, digits: 0n, scale: 0 }, length };
  }
  const value =
    exp >= 0 ? toLongDouble(neg, digits * 10n ** BigInt(exp), 1n) : toLongDouble(neg, digits, 10n ** BigInt(-exp));
  return { value, length };
}

/** The value as a double (for arithmetic in seq). */
export function toDouble(v: CFloat): number {
  if (v.kind !== 'finite') return v.kind === 'nan' ? Number.NaN : v.neg ? -Infinity : Infinity;
  const x = Number(`${v.digits}e-${v.scale}`);
  return v.neg ? -x : x;
}

/** Digits of `v` with `p` decimals, rounded; e.g. fixed(1.25, 1) = "1.2". No sign. */
export function fixedDigits(digits: bigint, scale: number, p: number): string {
  const q = scale <= p ? digits * 10n ** BigInt(p - scale) : roundDiv(digits, 10n ** BigInt(scale - p));
  const s = q.toString().padStart(p + 1, '0');
  return p === 0 ? s : `${s.slice(0, -p)}.${s.slice(-p)}`;
}

/** Mantissa digits (p + 1 significant) and decimal exponent of `digits × 10^-scale`. */
export function expDigits(digits: bigint, scale: number, p: number): { mantissa: string; exponent: number } {
  if (digits === 0n) return { mantissa: '0'.repeat(p + 1), exponent: 0 };
  const len = digits.toString().length;
  let exponent = len - 1 - scale;
  let q: bigint;
  if (len > p + 1) {
    q = roundDiv(digits, 10n ** BigInt(len - p - 1));
    if (q.toString().length > p + 1) {
      q /= 10n;
      exponent++;
    }
  } else q = digits * 10n ** BigInt(p + 1 - len);
  return { mantissa: q.toString(), exponent };
}
