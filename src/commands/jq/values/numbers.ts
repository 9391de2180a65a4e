/**
 * Numbers as jq 1.7 prints and keeps them: computed doubles print with the
 * shortest round-trip digits in jq's dtoa layout (`1e-05`, `1e+17`,
 * `1.7976931348623157e+308` for infinities); literals keep their decNumber
 * canonical text (`1.000`, `1E+2`, `100000000000000000001`).
 */
import { DecNum } from './value.js';

/** jq's text for a double. */
export function formatDouble(x: number): string {
  if (Number.isInteger(x) && x < 1e16 && x > -1e16) return x === 0 && 1 / x < 0 ? '-0' : String(x);
  if (!Number.isFinite(x)) {
    if (Number.isNaN(x)) return 'null';
    return x > 0 ? '1.7976931348623157e+308' : '-1.7976931348623157e+308';
  }
  const e = x.toExponential();
  const neg = e.charCodeAt(0) === 45;
  const at = e.indexOf('e');
  const mantissa = e.slice(neg ? 1 : 0, at);
  const digits = mantissa.length > 1 ? mantissa[0] + mantissa.slice(2) : mantissa;
  const decpt = Number(e.slice(at + 1)) + 1;
  const sign = neg ? '-' : '';
  if (decpt <= -4 || decpt > digits.length + 15) {
    const exp = decpt - 1;
    const abs = Math.abs(exp);
    const rest = digits.length > 1 ? `.${digits.slice(1)}` : '';
    return `${sign}${digits[0]}${rest}e${exp < 0 ? '-' : '+'}${abs < 10 ? '0' : ''}${abs}`;
  }
  if (decpt <= 0) return `${sign}0.${'0'.repeat(-decpt)}${digits}`;
  if (decpt >= digits.length) return sign + digits + '0'.repeat(decpt - digits.length);
  return `${sign}${digits.slice(0, decpt)}.${digits.slice(decpt)}`;
}

/** A decimal literal split into sign, coefficient digits (no leading zeros) and exponent. */
interface Decimal {
  readonly negative: boolean;
  readonly coefficient: string;
  readonly exponent: number;
}

const LITERAL = /^(-?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;

function splitLiteral(text: string): Decimal | null {
  const m = LITERAL.exec(text);
  if (!m || (m[2] === '' && (m[3] ?? '') === '')) return null;
  const frac = m[3] ?? '';
  let coefficient = (m[2] + frac).replace(/^0+/, '');
  if (coefficient === '') coefficient = '0';
  const exponent = Number(m[4] ?? 0) - frac.length;
  return { negative: m[1] === '-', coefficient, exponent };
}

/** decNumber's to-scientific-string of a literal (`100e-2` → `1.00`, `1e3` → `1E+3`). */
export function canonicalLiteral(text: string): string | null {
  const d = splitLiteral(text);
  if (!d || !Number.isFinite(d.exponent)) return null;
  const { coefficient: c, exponent: exp } = d;
  const sign = d.negative ? '-' : '';
  const adjusted = exp + c.length - 1;
  if (exp <= 0 && adjusted >= -6) {
    if (exp === 0) return sign + c;
    const point = c.length + exp;
    if (point > 0) return `${sign}${c.slice(0, point)}.${c.slice(point)}`;
    return `${sign}0.${'0'.repeat(-point)}${c}`;
  }
  const rest = c.length > 1 ? `.${c.slice(1)}` : '';
  return `${sign}${c[0]}${rest}E${adjusted >= 0 ? '+' : '-'}${Math.abs(adjusted)}`;
}

/** A number from literal text: a plain double, or a DecNum when jq would print the literal differently. */
export function numberFromLiteral(text: string): number | DecNum {
  const value = Number(text);
  const canonical = canonicalLiteral(text);
  if (canonical === null) return value;
  if (formatDouble(value) === canonical) return value;
  return new DecNum(value, canonical);
}

/** Compares two literals as exact decimals (jq compares literal numbers with decNumber). */
export function compareDecimals(a: string, b: string): number {
  const x = splitLiteral(a);
  const y = splitLiteral(b);
  if (!x || !y) return 0;
  const xz = x.coefficient === '0';
  const yz = y.coefficient === '0';
  if (xz && yz) return 0;
  const xs = xz ? 0 : x.negative ? -1 : 1;
  const ys = yz ? 0 : y.negative ? -1 : 1;
  if (xs !== ys) return xs < ys ? -1 : 1;
  const mag = compareMagnitude(x, y);
  return xs < 0 ? -mag : mag;
}

function compareMagnitude(x: Decimal, y: Decimal): number {
  const ax = x.exponent + x.coefficient.length;
  const ay = y.exponent + y.coefficient.length;
  if (ax !== ay) return ax < ay ? -1 : 1;
  const n = Math.max(x.coefficient.length, y.coefficient.length);
  const cx = x.coefficient.padEnd(n, '0');
  const cy = y.coefficient.padEnd(n, '0');
  return cx === cy ? 0 : cx < cy ? -1 : 1;
}
