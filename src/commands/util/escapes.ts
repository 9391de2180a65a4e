/**
 * Backslash escapes in bash's three dialects: `echo -e`, printf's `%b`, and the
 * printf format string. They differ only at the edges (octal forms, \c, \" \' \?).
 */
import type { ByteOut } from './byte-out.js';

/** Which escape rules apply. */
export type EscapeDialect = 'echo' | 'percent-b' | 'format';

/** How to decode: the dialect, the character set, and where warnings go. */
export interface EscapeOptions {
  readonly dialect: EscapeDialect;
  /** UTF-8 locale: \u escapes become UTF-8; otherwise only ASCII ones are decoded. */
  readonly utf8: boolean;
  /** Receives "missing hex digit for \x"-style warnings (printf only; echo is silent). */
  readonly warn?: (message: string) => void;
}

const SIMPLE: Record<string, number> = { a: 7, b: 8, e: 27, E: 27, f: 12, n: 10, r: 13, t: 9, v: 11, '\\': 92 };
const FORMAT_ONLY: Record<string, number> = { '"': 34, "'": 39, '?': 63 };

function isOctal(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '7';
}

function isHex(c: string | undefined): boolean {
  return c !== undefined && /^[0-9a-fA-F]$/.test(c);
}

/**
 * Decodes the escape at `s[i]` (a backslash) into `out`. Returns the index after
 * it, or -1 when it was `\c` in a dialect where that stops all output.
 */
export function decodeEscape(s: string, i: number, out: ByteOut, o: EscapeOptions): number {
  const c = s[i + 1];
  if (c === undefined) {
    out.byte(0x5c);
    return i + 1;
  }
  if (c in SIMPLE) {
    out.byte(SIMPLE[c]);
    return i + 2;
  }
  if (o.dialect === 'format' && c in FORMAT_ONLY) {
    out.byte(FORMAT_ONLY[c]);
    return i + 2;
  }
  if (c === 'c' && o.dialect !== 'format') return -1;
  if (isOctal(c) && (o.dialect === 'format' || o.dialect === 'percent-b' || c === '0')) {
    // echo and %b read "\0" plus up to three digits; the format reads up to three digits in all.
    let j = c === '0' && o.dialect !== 'format' ? i + 2 : i + 1;
    let value = 0;
    for (let n = 0; n < 3 && isOctal(s[j]); n++, j++) value = value * 8 + (s.charCodeAt(j) - 48);
    out.byte(value & 0xff);
    return j;
  }
  if (c === 'x') {
    let j = i + 2;
    let value = 0;
    for (let n = 0; n < 2 && isHex(s[j]); n++, j++) value = value * 16 + Number.parseInt(s[j], 16);
    if (j === i + 2) {
      o.warn?.('missing hex digit for \\x');
      out.byte(0x5c);
      out.byte(0x78);
      return i + 2;
    }
    out.byte(value);
    return j;
  }
  if (c === 'u' || c === 'U') {
    const max = c === 'u' ? 4 : 8;
    let j = i + 2;
    let value = 0;
    for (let n = 0; n < max && isHex(s[j]); n++, j++) value = value * 16 + Number.parseInt(s[j], 16);
    if (j === i + 2) {
      o.warn?.(`missing unicode digit for \\${c}`);
      out.byte(0x5c);
      out.byte(c.charCodeAt(0));
      return i + 2;
    }
    if (o.utf8 || value < 0x80) out.codePoint(value);
    // In the C locale bash cannot convert the character and prints the escape back, normalised.
    else out.text(c === 'u' ? `\\u${hex(value, 4)}` : `\\U${hex(value, 8)}`);
    return j;
  }
  out.byte(0x5c);
  return i + 1;
}

function hex(value: number, width: number): string {
  return value.toString(16).toUpperCase().padStart(width, '0');
}

/** Decodes every escape in `s` into `out`; returns false when `\c` stopped the output. */
export function expandEscapes(s: string, out: ByteOut, o: EscapeOptions): boolean {
  let i = 0;
  while (i < s.length) {
    const j = s.indexOf('\\', i);
    if (j < 0) {
      out.text(s.slice(i));
      return true;
    }
    out.text(s.slice(i, j));
    const next = decodeEscape(s, j, out, o);
    if (next < 0) return false;
    i = next;
  }
  return true;
}
