/**
 * Special functions JavaScript's Math lacks: the gamma function (Lanczos, g=7)
 * and Bessel functions of the first and second kind (series and asymptotic
 * forms). Accurate to about 15 digits for gamma and 1e-8 for Bessel, so the
 * last printed digits may differ from glibc's.
 */

const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];

/** Γ(x) */
export function tgamma(x: number): number {
  if (Number.isNaN(x)) return x;
  if (x === Number.POSITIVE_INFINITY) return x;
  if (Number.isInteger(x) && x <= 0) return Number.NaN;
  if (x < 0.5) return Math.PI / (Math.sin(Math.PI * x) * tgamma(1 - x));
  if (Number.isInteger(x) && x <= 171) {
    let r = 1;
    for (let k = 2; k < x; k++) r *= k;
    return r;
  }
  const z = x - 1;
  let a = LANCZOS[0];
  const t = z + 7.5;
  for (let k = 1; k < 9; k++) a += LANCZOS[k] / (z + k);
  return Math.sqrt(2 * Math.PI) * t ** (z + 0.5) * Math.exp(-t) * a;
}

/** ln|Γ(x)| */
export function lgamma(x: number): number {
  if (Number.isNaN(x)) return x;
  if (!Number.isFinite(x)) return Number.POSITIVE_INFINITY;
  if (Number.isInteger(x) && x <= 0) return Number.POSITIVE_INFINITY;
  if (x < 0.5) return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - lgamma(1 - x);
  if (x < 100) return Math.log(Math.abs(tgamma(x)));
  const z = x - 1;
  let a = LANCZOS[0];
  const t = z + 7.5;
  for (let k = 1; k < 9; k++) a += LANCZOS[k] / (z + k);
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a);
}

/** J_n(x) by its power series (small x) or the asymptotic expansion (large x). */
export function besselJ(n: number, x: number): number {
  if (n < 0) return (n % 2 === 0 ? 1 : -1) * besselJ(-n, x);
  if (Math.abs(x) > 25) {
    const w = x - (n * Math.PI) / 2 - Math.PI / 4;
    return Math.sqrt(2 / (Math.PI * x)) * Math.cos(w);
  }
  let sum = 0;
  let term = (x / 2) ** n / tgamma(n + 1);
  for (let k = 0; k < 200; k++) {
    sum += term;
    term *= -(x * x) / 4 / ((k + 1) * (k + 1 + n));
    if (Math.abs(term) < 1e-17 * Math.abs(sum)) break;
  }
  return sum;
}

/** Y_n(x) from J by the limit formula (integer orders via a small offset) or its asymptotic form. */
export function besselY(n: number, x: number): number {
  if (x < 0) return Number.NaN;
  if (x === 0) return Number.NEGATIVE_INFINITY;
  if (x > 25) {
    const w = x - (n * Math.PI) / 2 - Math.PI / 4;
    return Math.sqrt(2 / (Math.PI * x)) * Math.sin(w);
  }
  const nu = n + 1e-7;
  const jnu = besselJnu(nu, x);
  const jmnu = besselJnu(-nu, x);
  return (jnu * Math.cos(nu * Math.PI) - jmnu) / Math.sin(nu * Math.PI);
}

function besselJnu(nu: number, x: number): number {
  let sum = 0;
  for (let k = 0; k < 200; k++) {
    const term = ((-1) ** k * (x / 2) ** (2 * k + nu)) / (tgamma(k + 1) * tgamma(k + nu + 1));
    sum += term;
    if (Math.abs(term) < 1e-17 * Math.abs(sum) && k > 5) break;
  }
  return sum;
}
