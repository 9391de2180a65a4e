/**
 * bc's numbers: arbitrary-precision decimals as a BigInt and a scale (the
 * number of digits after the point), with bc's rules for the scale of each
 * result, truncation instead of rounding, and output in any base with the
 * 70-column line breaks.
 */

/** value / 10^scale. */
export interface BcNum {
  readonly value: bigint;
  readonly scale: number;
}

/** A runtime failure bc reports and then abandons the rest of the line for. */
export class BcRuntimeError extends Error {
  /** The function it happened in (filled in as it leaves the function). */
  func: string | null = null;
}

const TEN = 10n;
const POW10: bigint[] = [1n];

/** 10^n as a BigInt (cached). */
export function pow10(n: number): bigint {
  while (POW10.length <= n) POW10.push(POW10[POW10.length - 1] * TEN);
  return POW10[n];
}

/** A number from an integer. */
export function int(n: number | bigint): BcNum {
  return { value: BigInt(n), scale: 0 };
}

export const ZERO = int(0);
export const ONE = int(1);

/** `n` with exactly `scale` fraction digits (extra digits are truncated toward zero). */
export function rescale(n: BcNum, scale: number): BcNum {
  if (scale === n.scale) return n;
  if (scale > n.scale) return { value: n.value * pow10(scale - n.scale), scale };
  return { value: n.value / pow10(n.scale - scale), scale };
}

export function isZero(n: BcNum): boolean {
  return n.value === 0n;
}

export function compare(a: BcNum, b: BcNum): number {
  const s = Math.max(a.scale, b.scale);
  const x = rescale(a, s).value;
  const y = rescale(b, s).value;
  return x < y ? -1 : x > y ? 1 : 0;
}

export function add(a: BcNum, b: BcNum): BcNum {
  const s = Math.max(a.scale, b.scale);
  return { value: rescale(a, s).value + rescale(b, s).value, scale: s };
}

export function sub(a: BcNum, b: BcNum): BcNum {
  const s = Math.max(a.scale, b.scale);
  return { value: rescale(a, s).value - rescale(b, s).value, scale: s };
}

export function neg(a: BcNum): BcNum {
  return { value: -a.value, scale: a.scale };
}

/** a*b, keeping min(a.scale + b.scale, max(scale, a.scale, b.scale)) digits. */
export function mul(a: BcNum, b: BcNum, scale: number): BcNum {
  const full = { value: a.value * b.value, scale: a.scale + b.scale };
  return rescale(full, Math.min(full.scale, Math.max(scale, a.scale, b.scale)));
}

/** a/b truncated to `scale` digits. */
export function div(a: BcNum, b: BcNum, scale: number): BcNum {
  if (b.value === 0n) throw new BcRuntimeError('Divide by zero');
  // value = a.value/10^as / (b.value/10^bs), wanted with `scale` digits.
  const num = a.value * pow10(scale + b.scale);
  const den = b.value * pow10(a.scale);
  return { value: num / den, scale };
}

/** a - (a/b)*b, with the quotient at `scale` digits, as bc computes it. */
export function mod(a: BcNum, b: BcNum, scale: number): BcNum {
  const q = div(a, b, scale);
  const keep = Math.max(scale + b.scale, a.scale);
  return sub(rescale(a, keep), rescale(mul(q, b, keep), keep));
}

/** a^e for an integer e (bc warns about and drops a fraction first). */
export function power(a: BcNum, e: bigint, scale: number): BcNum {
  if (e === 0n) return ONE;
  if (e < 0n) return div(ONE, power(a, -e, scale), scale);
  const wanted = Math.min(a.scale * Number(e), Math.max(scale, a.scale));
  let result: BcNum = ONE;
  let base = a;
  let n = e;
  // Square-and-multiply on exact values, truncated once at the end.
  while (n > 0n) {
    if (n & 1n) result = { value: result.value * base.value, scale: result.scale + base.scale };
    n >>= 1n;
    if (n > 0n) base = { value: base.value * base.value, scale: base.scale * 2 };
  }
  return rescale(result, wanted);
}

/** Integer square root (floor). */
export function isqrt(n: bigint): bigint {
  if (n < 2n) return n;
  let x = BigInt(Math.floor(Math.sqrt(Number(n))));
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x && x * x <= n && (x + 1n) * (x + 1n) > n) return x;
    x = y > 0n ? y : 1n;
  }
}

/** sqrt(a) with max(scale, a.scale) digits. */
export function sqrt(a: BcNum, scale: number): BcNum {
  if (a.value < 0n) throw new BcRuntimeError('Square root of a negative number');
  const s = Math.max(scale, a.scale);
  return { value: isqrt(rescale(a, 2 * s).value), scale: s };
}

/** bc's length(): significant digits, counting every fraction digit. */
export function length(a: BcNum): number {
  if (a.value === 0n) return a.scale > 0 ? a.scale : 1;
  const digits = (a.value < 0n ? -a.value : a.value).toString().length;
  return Math.max(digits, a.scale);
}

/** Parses a literal in base `ibase` (digits 0-9 and A-F, each taken at face value). */
export function parseLiteral(text: string, ibase: number): BcNum {
  const [whole, frac = ''] = text.split('.');
  const digit = (c: string) => (c >= 'A' ? c.charCodeAt(0) - 55 : c.charCodeAt(0) - 48);
  if (ibase === 10) return { value: BigInt(`${whole || '0'}${frac}`), scale: frac.length };
  const base = BigInt(ibase);
  let v = 0n;
  for (const c of whole) v = v * base + BigInt(digit(c));
  if (frac === '') return int(v);
  // The fraction keeps as many decimal digits as it had digits in the input.
  let f: BcNum = ZERO;
  let place: BcNum = ONE;
  const baseNum = int(base);
  for (const c of frac) {
    place = div(place, baseNum, frac.length + 2);
    f = add(f, mul(place, int(digit(c)), frac.length + 2));
  }
  return add(int(v), rescale(f, frac.length));
}

function groupDigits(n: bigint, obase: number): number[] {
  if (n === 0n) return [0];
  const base = BigInt(obase);
  const out: number[] = [];
  let x = n;
  while (x > 0n) {
    out.unshift(Number(x % base));
    x /= base;
  }
  return out;
}

/** The digits of `a` in `obase`, as bc prints them (no line breaks yet). */
export function format(a: BcNum, obase: number): string {
  const negative = a.value < 0n;
  const abs = negative ? -a.value : a.value;
  if (abs === 0n) return '0';
  const intPart = abs / pow10(a.scale);
  const fracPart = abs % pow10(a.scale);
  const wide = obase > 16;
  const width = String(obase - 1).length;
  const digit = (d: number) => (wide ? String(d).padStart(width, '0') : '0123456789ABCDEF'[d]);
  let out = negative ? '-' : '';
  if (intPart > 0n) {
    const digits = groupDigits(intPart, obase).map(digit);
    out += wide ? digits.map((d) => ` ${d}`).join('') : digits.join('');
  }
  if (a.scale > 0) {
    out += '.';
    if (obase === 10) out += fracPart.toString().padStart(a.scale, '0');
    else {
      // As many digits in the output base as it takes to reach 10^-scale.
      const base = BigInt(obase);
      const denom = pow10(a.scale);
      const digits: string[] = [];
      let frac = fracPart;
      for (let shown = 1n; shown < denom; shown *= base) {
        frac *= base;
        digits.push(digit(Number(frac / denom)));
        frac %= denom;
      }
      out += digits.join(wide ? ' ' : '');
    }
  }
  return out;
}

/** Breaks output as bc does: lines of `width` - 2 characters and a backslash (0 disables). */
export function wrap(text: string, width: number): string {
  if (width < 3 || text.length < width - 1) return text;
  const per = width - 2;
  const lines: string[] = [];
  let at = 0;
  while (text.length - at > per) {
    lines.push(`${text.slice(at, at + per)}\\`);
    at += per;
  }
  lines.push(text.slice(at));
  return lines.join('\n');
}
