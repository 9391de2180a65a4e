/**
 * Number operands the way coreutils' xstrtoumax/xdectoimax read them: optional
 * leading blanks and sign, decimal digits only, and the three distinct
 * failures GNU reports (invalid, out of range, too large).
 */
import { UsageError } from '../../../core/errors.js';
import { localeQuote } from './locale-quote.js';

const UINTMAX = (1n << 64n) - 1n;
const INTMAX = (1n << 63n) - 1n;
const INT_MAX = 2147483647n;
const UNSIGNED = /^[ \t\n\v\f\r]*\+?([0-9]+)$/;
const SIGNED = /^[ \t\n\v\f\r]*([+-]?[0-9]+)$/;

/** Outcome of parsing a decimal. */
export type DecimalResult =
  | { readonly ok: true; readonly value: bigint }
  | { readonly ok: false; readonly overflow: boolean };

/** Parses a decimal as strtoumax (or strtoimax when `signed`) would, refusing trailing text. */
export function parseDecimal(text: string, signed = false): DecimalResult {
  const m = (signed ? SIGNED : UNSIGNED).exec(text);
  if (!m) return { ok: false, overflow: false };
  const value = BigInt(m[1]);
  if (signed ? value > INTMAX || value < -INTMAX - 1n : value > UINTMAX) return { ok: false, overflow: true };
  return { ok: true, value };
}

/**
 * xdectoumax / xdectoimax: a decimal in [min, max] or a fatal
 * `cmd: <what>: 'text'[: reason]` error (exit 1, no usage hint). gnulib calls
 * a value out of range "too large" (EOVERFLOW) beyond ±INT_MAX/2 and
 * "out of range" (ERANGE) otherwise.
 */
export function decimalInRange(
  cmd: string,
  text: string,
  min: bigint,
  max: bigint,
  what: string,
  signed = false,
): number {
  const r = parseDecimal(text, signed);
  if (!r.ok) throw numberError(cmd, what, text, r.overflow ? 'overflow' : 'invalid');
  return checkRange(cmd, what, text, r.value, min, max);
}

/** A parsed value in [min, max] as a number (clamped to the safe integers), or the gnulib range error. */
export function checkRange(cmd: string, what: string, text: string, value: bigint, min: bigint, max: bigint): number {
  if (value < min || value > max) {
    const huge = value > INT_MAX / 2n || value < -INT_MAX / 2n;
    throw numberError(cmd, what, text, huge ? 'overflow' : 'range');
  }
  const limit = BigInt(Number.MAX_SAFE_INTEGER);
  return Number(value > limit ? limit : value < -limit ? -limit : value);
}

const REASONS = {
  invalid: '',
  range: ': Numerical result out of range',
  overflow: ': Value too large for defined data type',
} as const;

/** `cmd: <what>: 'text'[: reason]`, exit 1. */
export function numberError(cmd: string, what: string, text: string, kind: keyof typeof REASONS): UsageError {
  return new UsageError(`${cmd}: ${what}: ${localeQuote(text)}${REASONS[kind]}\n`, 1);
}
