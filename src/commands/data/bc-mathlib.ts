/**
 * bc -l's library: s(x), c(x), a(x), l(x), e(x) and j(n,x). Each is summed
 * with guard digits on exact scaled integers and truncated to the current
 * scale, which gives the digits GNU's library prints.
 */
import { type BcNum, int, pow10, rescale } from './bc-num.js';

const GUARD = 10;

/** x as an integer scaled by 10^p. */
function fixed(x: BcNum, p: number): bigint {
  return rescale(x, p).value;
}

function result(v: bigint, p: number, scale: number): BcNum {
  return rescale({ value: v, scale: p }, scale);
}

/** e^x at precision p (x scaled by 10^p). */
function expFixed(x: bigint, p: number): bigint {
  const one = pow10(p);
  // Halve x until it is small, sum the series, square back up.
  let halvings = 0;
  let y = x;
  while ((y < 0n ? -y : y) > one) {
    y /= 2n;
    halvings++;
  }
  let sum = one;
  let term = one;
  for (let n = 1n; term !== 0n; n++) {
    term = (term * y) / one / n;
    sum += term;
  }
  for (let k = 0; k < halvings; k++) sum = (sum * sum) / one;
  return sum;
}

/** ln(x) at precision p, x > 0. */
function lnFixed(x: bigint, p: number): bigint {
  const one = pow10(p);
  // Bring x near 1 with square roots, then atanh series: ln x = 2 atanh((x-1)/(x+1)).
  let roots = 0;
  let y = x;
  while (y > one + one / 10n || y < one - one / 10n) {
    y = sqrtFixed(y, p);
    roots++;
  }
  const z = ((y - one) * one) / (y + one);
  const z2 = (z * z) / one;
  let sum = 0n;
  let term = z;
  for (let n = 1n; term !== 0n; n += 2n) {
    sum += term / n;
    term = (term * z2) / one;
  }
  return 2n * sum * 2n ** BigInt(roots);
}

function sqrtFixed(x: bigint, p: number): bigint {
  const n = x * pow10(p);
  let r = BigInt(Math.floor(Math.sqrt(Number(n)))) || 1n;
  for (let i = 0; i < 200; i++) {
    const next = (r + n / r) / 2n;
    if (next === r || next === r + 1n || next === r - 1n) return next * next <= n ? next : next - 1n;
    r = next;
  }
  return r;
}

/** atan(x) at precision p. */
function atanFixed(x: bigint, p: number): bigint {
  const one = pow10(p);
  if (x < 0n) return -atanFixed(-x, p);
  if (x > one) return piFixed(p) / 2n - atanFixed((one * one) / x, p);
  // Halve the angle twice: atan(x) = 2 atan(x / (1 + sqrt(1 + x^2))).
  let y = x;
  let doublings = 0;
  while (y > one / 5n) {
    y = (y * one) / (one + sqrtFixed(one + (y * y) / one, p));
    doublings++;
  }
  const y2 = (y * y) / one;
  let sum = 0n;
  let term = y;
  for (let n = 1n, sign = 1n; term !== 0n; n += 2n, sign = -sign) {
    sum += (sign * term) / n;
    term = (term * y2) / one;
  }
  return sum * 2n ** BigInt(doublings);
}

function piFixed(p: number): bigint {
  const one = pow10(p + 5);
  // Machin: pi = 16 atan(1/5) - 4 atan(1/239).
  const arctanInv = (k: bigint) => {
    let sum = 0n;
    let term = one / k;
    const k2 = k * k;
    for (let n = 1n, sign = 1n; term !== 0n; n += 2n, sign = -sign) {
      sum += (sign * term) / n;
      term /= k2;
    }
    return sum;
  };
  return (16n * arctanInv(5n) - 4n * arctanInv(239n)) / 100000n;
}

/** sin(x) at precision p. */
function sinFixed(x: bigint, p: number): bigint {
  const one = pow10(p);
  const twoPi = 2n * piFixed(p);
  let y = x % twoPi;
  const x2 = (y * y) / one;
  let sum = 0n;
  let term = y;
  for (let n = 1n; term !== 0n; n += 2n) {
    sum += term;
    term = (-term * x2) / one / ((n + 1n) * (n + 2n));
  }
  y = sum;
  return y;
}

/** Bessel J_n(x) at precision p. */
function besselFixed(n: number, x: bigint, p: number): bigint {
  const one = pow10(p);
  const half = x / 2n;
  let term = one;
  for (let k = 1; k <= n; k++) term = (term * half) / one / BigInt(k);
  const q = (-half * half) / one;
  let sum = 0n;
  for (let k = 1n; term !== 0n; k++) {
    sum += term;
    term = (term * q) / one / (k * (k + BigInt(n)));
  }
  return sum;
}

/** Runs a library function by name; null when the name is not one of them. */
export function mathlib(name: string, args: readonly BcNum[], scale: number): BcNum | null {
  const p = scale + GUARD;
  const x = args[0] ?? int(0);
  switch (name) {
    case 's':
      return result(sinFixed(fixed(x, p), p), p, scale);
    case 'c':
      return result(sinFixed(fixed(x, p) + piFixed(p) / 2n, p), p, scale);
    case 'a':
      return result(atanFixed(fixed(x, p), p), p, scale);
    case 'e': {
      // A big result needs as many more working digits as it has integer digits.
      const magnitude = Math.abs(Number(rescale(x, 0).value));
      const q = p + Math.ceil(magnitude * Math.LOG10E) + 1;
      return result(expFixed(fixed(x, q), q), q, scale);
    }
    case 'l': {
      // GNU's library answers a non-positive argument with -(10^scale - 1).
      if (x.value <= 0n) return { value: -(pow10(scale) - 1n) * pow10(scale), scale };
      return result(lnFixed(fixed(x, p), p), p, scale);
    }
    case 'j': {
      const n = Number(rescale(x, 0).value);
      const order = Math.abs(n);
      const v = besselFixed(order, fixed(args[1] ?? int(0), p), p);
      return result(n < 0 && order % 2 === 1 ? -v : v, p, scale);
    }
    default:
      return null;
  }
}

/** The number of arguments each library function takes. */
export const MATHLIB_ARITY: Readonly<Record<string, number>> = { s: 1, c: 1, a: 1, l: 1, e: 1, j: 2 };
