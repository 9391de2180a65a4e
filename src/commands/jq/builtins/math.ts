/** jq's libm builtins: one-, two- and three-argument math functions on numbers. */
import { describe, fail } from '../eval/errors.js';
import { isNumber, numberOf, type Value } from '../values/value.js';
import { cfn, fn0, type Native, type NativeTable } from './native.js';
import { besselJ, besselY, lgamma, tgamma } from './special.js';

function num(v: Value): number {
  if (!isNumber(v)) throw fail(`${describe(v)} number required`);
  return numberOf(v);
}

/** Rounds half to even (C's rint/nearbyint in the default mode). */
function rint(x: number): number {
  if (!Number.isFinite(x)) return x;
  const r = Math.round(x);
  return Math.abs(x - Math.trunc(x)) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

function frexp(x: number): Value {
  if (x === 0 || !Number.isFinite(x)) return [x, 0];
  let e = Math.max(-1073, Math.floor(Math.log2(Math.abs(x))) + 1);
  let m = x * 2 ** -e;
  while (Math.abs(m) < 0.5) {
    m *= 2;
    e--;
  }
  while (Math.abs(m) >= 1) {
    m /= 2;
    e++;
  }
  return [m, e];
}

function logb(x: number): number {
  if (x === 0) return Number.NEGATIVE_INFINITY;
  if (!Number.isFinite(x)) return Math.abs(x);
  return (frexp(x) as number[])[1] - 1;
}

/** C's remainder(): x - n*y with n the nearest integer to x/y, ties to even. */
function remainder(x: number, y: number): number {
  if (y === 0 || !Number.isFinite(x)) return Number.NaN;
  return x - rint(x / y) * y;
}

function nextafter(x: number, y: number): number {
  if (Number.isNaN(x) || Number.isNaN(y)) return Number.NaN;
  if (x === y) return y;
  if (x === 0) return y > 0 ? Number.MIN_VALUE : -Number.MIN_VALUE;
  const buf = new DataView(new ArrayBuffer(8));
  buf.setFloat64(0, x);
  let bits = buf.getBigInt64(0);
  bits += y > x === x > 0 ? 1n : -1n;
  buf.setBigInt64(0, bits);
  return buf.getFloat64(0);
}

const UNARY: Record<string, (x: number) => Value> = {
  floor: Math.floor,
  ceil: Math.ceil,
  round: (x) => (x < 0 ? -Math.round(-x) : Math.round(x)),
  trunc: Math.trunc,
  rint,
  nearbyint: rint,
  fabs: Math.abs,
  sqrt: Math.sqrt,
  cbrt: Math.cbrt,
  exp: Math.exp,
  exp2: (x) => 2 ** x,
  exp10: (x) => 10 ** x,
  pow10: (x) => 10 ** x,
  expm1: Math.expm1,
  log: Math.log,
  log2: Math.log2,
  log10: Math.log10,
  log1p: Math.log1p,
  logb,
  significand: (x) => (x === 0 || !Number.isFinite(x) ? x : x / 2 ** logb(x)),
  sin: Math.sin,
  cos: Math.cos,
  tan: Math.tan,
  asin: Math.asin,
  acos: Math.acos,
  atan: Math.atan,
  sinh: Math.sinh,
  cosh: Math.cosh,
  tanh: Math.tanh,
  asinh: Math.asinh,
  acosh: Math.acosh,
  atanh: Math.atanh,
  gamma: lgamma,
  lgamma,
  tgamma,
  lgamma_r: (x) => [lgamma(x), tgamma(x) < 0 ? -1 : 1],
  frexp,
  modf: (x) => {
    const i = Number.isFinite(x) ? Math.trunc(x) : x;
    return [Number.isFinite(x) ? x - i : 0 * Math.sign(x), i];
  },
  j0: (x) => besselJ(0, x),
  j1: (x) => besselJ(1, x),
  y0: (x) => besselY(0, x),
  y1: (x) => besselY(1, x),
};

const BINARY: Record<string, (x: number, y: number) => number> = {
  pow: (x, y) => x ** y,
  atan2: Math.atan2,
  fmod: (x, y) => x % y,
  hypot: Math.hypot,
  fmin: (x, y) => (Number.isNaN(x) ? y : Number.isNaN(y) ? x : Math.min(x, y)),
  fmax: (x, y) => (Number.isNaN(x) ? y : Number.isNaN(y) ? x : Math.max(x, y)),
  fdim: (x, y) => (x > y ? x - y : 0),
  copysign: (x, y) => Math.abs(x) * (y < 0 || Object.is(y, -0) ? -1 : 1),
  drem: remainder,
  remainder,
  nextafter,
  nexttoward: nextafter,
  ldexp: (x, e) => x * 2 ** Math.trunc(e),
  scalb: (x, e) => x * 2 ** e,
  scalbln: (x, e) => x * 2 ** Math.trunc(e),
  jn: (n, x) => besselJ(Math.trunc(n), x),
  yn: (n, x) => besselY(Math.trunc(n), x),
};

function unary(f: (x: number) => Value): Native {
  return fn0((i) => f(num(i)));
}

/** Math natives. */
export const MATH_NATIVES: NativeTable = {
  ...Object.fromEntries(Object.entries(UNARY).map(([name, f]) => [`${name}/0`, unary(f)])),
  ...Object.fromEntries(Object.entries(BINARY).map(([name, f]) => [`${name}/2`, cfn((_i, a, b) => f(num(a), num(b)))])),
  'fma/3': cfn((_i, a, b, c) => num(a) * num(b) + num(c)),
};
