/**
 * GNU's xstrtoumax with multiplier suffixes, as head, tail, split, truncate and
 * du -B parse their counts: "10", "2K" (1024), "2kB" (1000), "2KiB", "3b" (512).
 */

/** Why a count did not parse: bad text, or a value past 2^64 - 1. */
export type CountError = 'invalid' | 'overflow';

/** A parsed count; `value` is capped at Number.MAX_SAFE_INTEGER (practically unbounded). */
export type CountResult = { readonly value: number } | { readonly error: CountError };

const UINTMAX = (1n << 64n) - 1n;
const POWERS: Record<string, number> = { k: 1, K: 1, M: 2, m: 2, G: 3, g: 3, T: 4, t: 4, P: 5, E: 6, Z: 7, Y: 8 };

/**
 * Parses an unsigned decimal count followed by an optional suffix from
 * `suffixes` (GNU's valid_suffixes string; a '0' in it allows the second
 * letters 'B' (powers of 1000) and 'iB' (powers of 1024)).
 */
export function parseCount(text: string, suffixes = 'bkKmMGTPEZY0'): CountResult {
  let i = 0;
  while (i < text.length && /\s/.test(text[i])) i++;
  if (text[i] === '-') return { error: 'invalid' };
  const m = /^\+?(\d*)/.exec(text.slice(i)) as RegExpExecArray;
  let rest = text.slice(i + m[0].length);
  let n: bigint;
  if (m[1].length > 0) n = BigInt(m[1]);
  else if (rest.length > 0 && suffixes.includes(rest[0]) && m[0].length === 0) n = 1n;
  else return { error: 'invalid' };
  let overflow = n > UINTMAX;
  if (rest.length > 0) {
    const s = rest[0];
    if (!suffixes.includes(s)) return { error: 'invalid' };
    let base = 1024n;
    let used = 1;
    if (s in POWERS && suffixes.includes('0')) {
      if (rest[1] === 'i' && rest[2] === 'B') used = 3;
      else if (rest[1] === 'B' || rest[1] === 'D') {
        base = 1000n;
        used = 2;
      }
    }
    if (s === 'b') n *= 512n;
    else if (s === 'B') n *= 1024n;
    else if (s === 'w') n *= 2n;
    else if (s in POWERS) n *= base ** BigInt(POWERS[s]);
    else if (s !== 'c') return { error: 'invalid' };
    rest = rest.slice(used);
    if (rest.length > 0) return { error: 'invalid' };
    overflow ||= n > UINTMAX;
  }
  if (overflow) return { error: 'overflow' };
  return { value: n > BigInt(Number.MAX_SAFE_INTEGER) ? Number.MAX_SAFE_INTEGER : Number(n) };
}

/** The text GNU appends to a count error: nothing, or strerror(EOVERFLOW). */
export function countErrorSuffix(error: CountError): string {
  return error === 'overflow' ? ': Value too large for defined data type' : '';
}
