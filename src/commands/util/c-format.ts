/** One printf conversion rendered the way glibc's printf renders it: flags, width, precision. */
import { type CFloat, expDigits, fixedDigits } from './c-float.js';

/** A conversion's flags, width and precision (null: not given). */
export interface ConvSpec {
  readonly flags: string;
  readonly width: number;
  readonly precision: number | null;
}

/** Pads `body` (after `sign`, e.g. "-" or "0x") to the width; zeros go between sign and body. */
export function pad(spec: ConvSpec, sign: string, body: string, zeroOk: boolean): string {
  const len = sign.length + body.length;
  if (len >= spec.width) return sign + body;
  const fill = spec.width - len;
  if (spec.flags.includes('-')) return sign + body + ' '.repeat(fill);
  if (zeroOk && spec.flags.includes('0')) return sign + '0'.repeat(fill) + body;
  return ' '.repeat(fill) + sign + body;
}

function signOf(neg: boolean, flags: string): string {
  if (neg) return '-';
  if (flags.includes('+')) return '+';
  if (flags.includes(' ')) return ' ';
  return '';
}

/** %d %i (signed) and %o %u %x %X (the value already reduced to unsigned). */
export function formatInteger(conv: string, spec: ConvSpec, value: bigint): string {
  const neg = value < 0n;
  const abs = neg ? -value : value;
  const radix = conv === 'o' ? 8 : conv === 'x' || conv === 'X' ? 16 : 10;
  let digits = abs.toString(radix);
  if (conv === 'X') digits = digits.toUpperCase();
  if (spec.precision !== null) {
    digits = spec.precision === 0 && abs === 0n ? '' : digits.padStart(spec.precision, '0');
  }
  let sign = conv === 'd' || conv === 'i' ? signOf(neg, spec.flags) : '';
  if (spec.flags.includes('#')) {
    if (conv === 'o' && !digits.startsWith('0')) digits = `0${digits}`;
    else if ((conv === 'x' || conv === 'X') && abs !== 0n) sign = conv === 'x' ? '0x' : '0X';
  }
  return pad(spec, sign, digits, spec.precision === null);
}

function stripZeros(s: string): string {
  if (!s.includes('.')) return s;
  return s.replace(/0+$/, '').replace(/\.$/, '');
}

/** %f %F %e %E %g %G of an exact value. */
export function formatFloat(conv: string, spec: ConvSpec, v: CFloat): string {
  const upper = conv === 'F' || conv === 'E' || conv === 'G';
  const sign = signOf(v.neg, spec.flags);
  if (v.kind !== 'finite') {
    const word = v.kind === 'inf' ? 'inf' : 'nan';
    return pad(spec, sign, upper ? word.toUpperCase() : word, false);
  }
  const alt = spec.flags.includes('#');
  const lower = conv.toLowerCase();
  let p = spec.precision ?? 6;
  let body: string;
  if (lower === 'f') {
    body = fixedDigits(v.digits, v.scale, p);
    if (alt && p === 0) body += '.';
  } else if (lower === 'e') {
    body = expBody(v.digits, v.scale, p, alt);
  } else {
    if (p === 0) p = 1;
    const { exponent } = expDigits(v.digits, v.scale, p - 1);
    if (exponent < p && exponent >= -4) {
      body = fixedDigits(v.digits, v.scale, p - 1 - exponent);
      if (alt && !body.includes('.')) body += '.';
    } else body = expBody(v.digits, v.scale, p - 1, alt);
    if (!alt)
      body = body.includes('e')
        ? stripZeros(body.slice(0, body.indexOf('e'))) + body.slice(body.indexOf('e'))
        : stripZeros(body);
  }
  if (upper) body = body.toUpperCase();
  return pad(spec, sign, body, true);
}

function expBody(digits: bigint, scale: number, p: number, alt: boolean): string {
  const { mantissa, exponent } = expDigits(digits, scale, p);
  const point = p > 0 || alt ? '.' : '';
  const exp = `${exponent < 0 ? '-' : '+'}${String(Math.abs(exponent)).padStart(2, '0')}`;
  return `${mantissa[0]}${point}${mantissa.slice(1)}e${exp}`;
}
