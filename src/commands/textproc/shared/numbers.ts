/**
 * Number operands the way coreutils' xstrtoumax/xdectoumax read them: optional
 * leading blanks and '+', decimal digits only, and the three distinct failures
 * GNU reports (invalid, out of range, too large for uintmax_t).
 */
import { UsageError } from '../../../core/errors.js';
import { localeQuote } from './locale-quote.js';

const UINTMAX = (1n << 64n) - 1n;
const DECIMAL = /^[ \t\n\v\f\r]*\+?([0-9]+)$/;

/** Outcome of parsing an unsigned decimal. */
export type DecimalResult =
  | { readonly ok: true; readonly value: bigint }
  | { readonly ok: false; readonly overflow: boolean };

/** Parses an unsigned decimal as strtoumax would, refusing trailing text. */
export function parseDecimal(text: string): DecimalResult {
  const m = DECIMAL.exec(text);
  if (!m) return { ok: false, overflow: false };
  const value = BigInt(m[1]);
  if (value > UINTMAX) return { ok: false, overflow: true };
  return { ok: true, value };
}

/**
 * xdectoumax: a decimal in [min, max] or a fatal `cmd: <what>: 'text'[: reason]`
 * error (exit 1, no usage hint). Values above 2^53 are clamped to the largest
 * safe integer, which is more than any count Mirage can act on.
 */
export function decimalInRange(cmd: string, text: string, min: bigint, max: bigint, what: string): number {
  const r = parseDecimal(text);
  let reason = '';
  if (!r.ok) reason = r.overflow ? ': Value too large for defined data type' : '';
  else if (r.value < min || r.value > max) reason = ': Numerical result out of range';
  else return Number(r.value > BigInt(Number.MAX_SAFE_INTEGER) ? BigInt(Number.MAX_SAFE_INTEGER) : r.value);
  throw new UsageError(`${cmd}: ${what}: ${localeQuote(text)}${reason}\n`, 1);
}
