/**
 * C's floating-point conversions (%e %f %g) in JavaScript, digit-exact: the
 * engine's toExponential/toFixed round the exact binary value as glibc does;
 * beyond their ranges the exact decimal expansion is built with BigInt.
 */

/** Largest precision toFixed/toExponential accept. */
const JS_MAX_DIGITS = 100;

/** Whether the sign bit of a NaN is set (x86 makes invalid results negative, and gawk prints the sign). */
export function nanIsNegative(n: number): boolean {
  SCRATCH_F64[0] = n;
  return (SCRATCH_U8[7] & 0x80) !== 0;
}
const SCRATCH_F64 = new Float64Array(1);
const SCRATCH_U8 = new Uint8Array(SCRATCH_F64.buffer);

/** gawk's spelling of an infinity or NaN: `+inf`, `-inf`, `+nan`, `-nan`. */
export function specialText(n: number, upper = false): string {
  const text = Number.isNaN(n) ? (nanIsNegative(n) ? '-nan' : '+nan') : n > 0 ? '+inf' : '-inf';
  return upper ? text.toUpperCase() : text;
}

/** Exact decimal digits of an integral double. */
export function integerDigits(n: number): string {
  return Math.abs(n) < 2 ** 53 ? String(n === 0 ? 0 : n) : BigInt(n).toString();
}

/** %e body (no sign handling beyond what the number carries): `1.234500e+03`. */
export function formatE(n: number, precision: number, alt: boolean, upper: boolean): string {
  let text: string;
  if (n === 0) text = `${1 / n < 0 ? '-' : ''}${precision > 0 ? `0.${'0'.repeat(precision)}` : '0'}e+00`;
  else if (precision <= JS_MAX_DIGITS) text = fixExponent(exponentialHalfEven(n, precision));
  else text = exactExponential(n, precision);
  if (alt && precision === 0) text = text.replace(/^(-?\d)e/, '$1.e');
  return upper ? text.toUpperCase() : text;
}

/** Extra digits read to tell an exact tie from a value just above or below it. */
const TIE_DIGITS = 25;

/**
 * toFixed rounds exact ties away from zero; glibc rounds them to even. A tie
 * shows as a 5 followed only by zeros in a longer expansion.
 */
function fixedHalfEven(n: number, precision: number): string {
  const text = n.toFixed(precision);
  if (precision + TIE_DIGITS > JS_MAX_DIGITS) return text;
  const long = n.toFixed(precision + TIE_DIGITS);
  const cut = long.indexOf('.') + 1 + precision;
  if (long[cut] !== '5' || !/^0*$/.test(long.slice(cut + 1))) return text;
  const kept = long.slice(0, precision === 0 ? cut - 1 : cut);
  return Number(kept[kept.length - 1]) % 2 === 0 ? kept : text;
}

/** toExponential with glibc's ties-to-even (see fixedHalfEven). */
function exponentialHalfEven(n: number, precision: number): string {
  const text = n.toExponential(precision);
  if (precision + TIE_DIGITS > JS_MAX_DIGITS) return text;
  const long = n.toExponential(precision + TIE_DIGITS);
  const sign = long.startsWith('-') ? 1 : 0;
  const e = long.indexOf('e');
  const cut = sign + 2 + precision;
  if (long[cut] !== '5' || !/^0*$/.test(long.slice(cut + 1, e))) return text;
  const kept = long.slice(0, precision === 0 ? cut - 1 : cut);
  return Number(kept[kept.length - 1]) % 2 === 0 ? kept + long.slice(e) : text;
}

/** JS writes `1.5e+3`; C writes at least two exponent digits. */
function fixExponent(text: string): string {
  const e = text.indexOf('e');
  const exp = text.slice(e + 2);
  return exp.length >= 2 ? text : `${text.slice(0, e + 2)}0${exp}`;
}

/** %f body: `1234.500000`. */
export function formatF(n: number, precision: number, alt: boolean): string {
  let text: string;
  if (Math.abs(n) < 1e21 && precision <= JS_MAX_DIGITS) {
    text = fixedHalfEven(n, precision);
    if (n === 0 && 1 / n < 0 && !text.startsWith('-')) text = `-${text}`;
  } else text = exactFixed(n, precision);
  if (alt && precision === 0) text += '.';
  return text;
}

/** %g body: %e or %f by the exponent, trailing zeros removed unless `#`. */
export function formatG(n: number, precision: number, alt: boolean, upper: boolean): string {
  const p = precision === 0 ? 1 : precision;
  if (n === 0) {
    const zero = alt ? `0.${'0'.repeat(p - 1)}`.replace(/\.$/, '.') : '0';
    return 1 / n < 0 ? `-${zero}` : zero;
  }
  const e = formatE(n, p - 1, false, false);
  const x = Number(e.slice(e.indexOf('e') + 1));
  let text: string;
  if (x < -4 || x >= p) {
    text = e;
    if (!alt) text = text.replace(/\.?0+e/, 'e');
    else if (p === 1) text = text.replace(/^(-?\d)e/, '$1.e');
  } else {
    text = formatF(n, p - 1 - x, alt);
    if (!alt && text.includes('.')) text = text.replace(/\.?0+$/, '');
  }
  return upper ? text.toUpperCase() : text;
}

/** The exact value of a finite double as a BigInt numerator over 2^shift. */
function exactParts(n: number): { mant: bigint; shift: number } {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, Math.abs(n));
  const bits = view.getBigUint64(0);
  const expBits = Number((bits >> 52n) & 0x7ffn);
  const frac = bits & ((1n << 52n) - 1n);
  if (expBits === 0) return { mant: frac, shift: 1074 };
  return { mant: frac | (1n << 52n), shift: 1075 - expBits };
}

/** Rounds num/den to the nearest integer, ties to even (glibc's default rounding of exact values). */
function roundDiv(num: bigint, den: bigint): bigint {
  const q = num / den;
  const r = num - q * den;
  const twice = r * 2n;
  if (twice > den || (twice === den && q % 2n === 1n)) return q + 1n;
  return q;
}

function exactFixed(n: number, precision: number): string {
  const { mant, shift } = exactParts(n);
  const scale = 10n ** BigInt(precision);
  const digits = shift <= 0 ? (mant << BigInt(-shift)) * scale : roundDiv(mant * scale, 1n << BigInt(shift));
  let s = digits.toString().padStart(precision + 1, '0');
  if (precision > 0) s = `${s.slice(0, s.length - precision)}.${s.slice(s.length - precision)}`;
  return (n < 0 || (n === 0 && 1 / n < 0) ? '-' : '') + s;
}

function exactExponential(n: number, precision: number): string {
  const { mant, shift } = exactParts(n);
  let num = shift <= 0 ? mant << BigInt(-shift) : mant;
  let den = shift <= 0 ? 1n : 1n << BigInt(shift);
  let exp = 0;
  while (num >= den * 10n) {
    den *= 10n;
    exp++;
  }
  while (num < den) {
    num *= 10n;
    exp--;
  }
  let digits = roundDiv(num * 10n ** BigInt(precision), den).toString();
  if (digits.length > precision + 1) {
    digits = digits.slice(0, precision + 1);
    exp++;
  }
  const body = precision > 0 ? `${digits[0]}.${digits.slice(1)}` : digits;
  const e = `${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
  return `${n < 0 ? '-' : ''}${body}e${e}`;
}
