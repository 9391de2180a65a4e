/**
 * How bash's printf reads a numeric argument: strtoimax/strtoumax/strtold on the
 * whole word ('A and "A give a character's code), with its exact complaints.
 */
import { type CFloat, parseCFloat } from './c-float.js';

const INT64_MAX = (1n << 63n) - 1n;
const INT64_MIN = -(1n << 63n);
const UINT64_MAX = (1n << 64n) - 1n;

/** Where printf reports problems; `invalid` marks the run as failed. */
export interface ArgReporter {
  invalid(message: string): void;
  warn(message: string): void;
}

/** The code of the character after a leading quote (first byte in the C locale). */
function charCode(word: string, utf8: boolean): number {
  if (word.length < 2) return 0;
  const cp = word.codePointAt(1) as number;
  if (utf8 || cp < 0x80) return cp;
  return Buffer.from(String.fromCodePoint(cp))[0];
}

/** bash's sh_invalidnum wording. */
function invalidMessage(word: string): string {
  if (/^0\d/.test(word)) return `${word}: invalid octal number`;
  if (/^0x/i.test(word)) return `${word}: invalid hex number`;
  return `${word}: invalid number`;
}

const INT_SYNTAX = /^[ \t\n\v\f\r]*([+-]?)(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9]\d*)/;

/** strtoimax(word, base 0) for %d/%i and widths, or strtoumax for %o %u %x %X (negatives wrap). */
export function intArg(word: string | undefined, unsigned: boolean, utf8: boolean, report: ArgReporter): bigint {
  if (word === undefined || word === '') return 0n;
  if (word[0] === "'" || word[0] === '"') return BigInt(charCode(word, utf8));
  const m = INT_SYNTAX.exec(word);
  let value = 0n;
  if (m) {
    const digits = m[2];
    value =
      digits.length > 1 && digits[0] === '0' && /[xX]/.test(digits[1])
        ? BigInt(digits)
        : digits.length > 1 && digits[0] === '0'
          ? BigInt(`0o${digits.slice(1)}`)
          : BigInt(digits);
    if (m[1] === '-') value = -value;
  }
  if (!m || m[0].length < word.length) {
    report.invalid(invalidMessage(word));
    return unsigned ? BigInt.asUintN(64, value) : BigInt.asIntN(64, value);
  }
  const magnitude = value < 0n ? -value : value;
  if (unsigned) {
    if (magnitude > UINT64_MAX) {
      report.warn(`warning: ${word}: Numerical result out of range`);
      return UINT64_MAX;
    }
    return BigInt.asUintN(64, value);
  }
  if (value > INT64_MAX || value < INT64_MIN) {
    report.warn(`warning: ${word}: Numerical result out of range`);
    return value > 0n ? INT64_MAX : INT64_MIN;
  }
  return value;
}

/** strtold(word) for %f %e %g. */
export function floatArg(word: string | undefined, utf8: boolean, report: ArgReporter): CFloat {
  if (word === undefined || word === '') return { kind: 'finite', neg: false, digits: 0n, scale: 0 };
  if (word[0] === "'" || word[0] === '"')
    return { kind: 'finite', neg: false, digits: BigInt(charCode(word, utf8)), scale: 0 };
  const { value, length } = parseCFloat(word);
  if (length < word.length) report.invalid(invalidMessage(word));
  return value;
}
