/**
 * awk's printf/sprintf: every C conversion (c d i o x X u e E f F g G s %),
 * flags `- + space # 0`, widths and precisions (also `*` and `n$`), gawk's
 * handling of out-of-range values (`+inf`, 64-bit wrap for %u %o %x) and its
 * "ran out for this one" fatal error. Parsed formats are cached.
 */
import { AwkFatal } from './errors.js';
import { formatE, formatF, formatG, integerDigits, specialText } from './numfmt.js';
import type { Value } from './values.js';

/** What formatting needs from the interpreter. */
export interface FormatHost {
  num(v: Value): number;
  /** String conversion of a value (CONVFMT for numbers). */
  str(v: Value): string;
  /** Characters are Unicode code points (UTF-8 locale) rather than bytes. */
  readonly utf8: boolean;
}

type Piece =
  | string
  | {
      readonly conv: string;
      readonly flags: string;
      /** Fixed width, '*' for an argument, or null. */
      readonly width: number | '*' | null;
      readonly precision: number | '*' | null;
      /** `%n$`: the argument to use (1-based), or 0 for the next one. */
      readonly position: number;
      /** Offset of the conversion letter, for the "ran out" caret. */
      readonly at: number;
    };

const CACHE_LIMIT = 256;
const cache = new Map<string, readonly Piece[]>();

/** Formats `args` by `fmt`; throws AwkFatal when the arguments run out. */
export function formatPrintf(fmt: string, args: readonly Value[], host: FormatHost): string {
  let pieces = cache.get(fmt);
  if (!pieces) {
    pieces = parseFormat(fmt);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(fmt, pieces);
  }
  let out = '';
  let next = 0;
  const take = (at: number): Value => {
    if (next >= args.length) throw ranOut(fmt, at);
    return args[next++];
  };
  for (const p of pieces) {
    if (typeof p === 'string') {
      out += p;
      continue;
    }
    let flags = p.flags;
    let width = p.width === '*' ? Math.trunc(host.num(take(p.at))) : p.width;
    if (width !== null && width < 0) {
      flags += '-';
      width = -width;
    }
    let precision = p.precision === '*' ? Math.trunc(host.num(take(p.at))) : p.precision;
    if (precision !== null && precision < 0) precision = null;
    let arg: Value;
    if (p.position > 0) {
      if (p.position > args.length) throw ranOut(fmt, p.at);
      arg = args[p.position - 1];
    } else arg = take(p.at);
    out += convert(p.conv, flags, width ?? 0, precision, arg, host);
  }
  return out;
}

function ranOut(fmt: string, at: number): AwkFatal {
  return new AwkFatal(
    `not enough arguments to satisfy format string\n\t\`${fmt}'\n\t${' '.repeat(at)}^ ran out for this one`,
  );
}

const CONVERSIONS = 'cdiouxXeEfFgGs';

function parseFormat(fmt: string): Piece[] {
  const pieces: Piece[] = [];
  let lit = '';
  let i = 0;
  while (i < fmt.length) {
    const c = fmt[i];
    if (c !== '%') {
      lit += c;
      i++;
      continue;
    }
    const start = i;
    let j = i + 1;
    let position = 0;
    const pos = /^(\d+)\$/.exec(fmt.slice(j, j + 12));
    if (pos) {
      position = Number(pos[1]);
      j += pos[0].length;
    }
    let flags = '';
    while (j < fmt.length && "-+ #0'".includes(fmt[j])) flags += fmt[j++];
    let width: number | '*' | null = null;
    if (fmt[j] === '*') {
      width = '*';
      j++;
    } else {
      const w = /^\d+/.exec(fmt.slice(j, j + 12));
      if (w) {
        width = Number(w[0]);
        j += w[0].length;
      }
    }
    let precision: number | '*' | null = null;
    if (fmt[j] === '.') {
      j++;
      if (fmt[j] === '*') {
        precision = '*';
        j++;
      } else {
        const d = /^\d*/.exec(fmt.slice(j, j + 12)) as RegExpExecArray;
        precision = Number(d[0] || '0');
        j += d[0].length;
      }
    }
    // One length modifier is accepted and ignored; a second makes the spec literal text.
    let modifiers = 0;
    while (j < fmt.length && 'hlLqjzt'.includes(fmt[j])) {
      modifiers++;
      j++;
    }
    const conv = fmt[j];
    if (conv === '%') {
      lit += '%';
      i = j + 1;
      continue;
    }
    if (conv === undefined || !CONVERSIONS.includes(conv) || modifiers > 1) {
      lit += fmt.slice(start, conv === undefined ? j : j + 1);
      i = conv === undefined ? j : j + 1;
      continue;
    }
    if (lit) pieces.push(lit);
    lit = '';
    pieces.push({ conv, flags, width, precision, position, at: j });
    i = j + 1;
  }
  if (lit) pieces.push(lit);
  return pieces;
}

function pad(body: string, width: number, flags: string, zeroOk: boolean): string {
  if (body.length >= width) return body;
  if (flags.includes('-')) return body + ' '.repeat(width - body.length);
  if (zeroOk && flags.includes('0')) {
    const sign = /^[+ -]|^0[xX]/.exec(body)?.[0] ?? '';
    return sign + '0'.repeat(width - body.length) + body.slice(sign.length);
  }
  return ' '.repeat(width - body.length) + body;
}

function signed(text: string, negative: boolean, flags: string): string {
  if (negative) return `-${text}`;
  if (flags.includes('+')) return `+${text}`;
  if (flags.includes(' ')) return ` ${text}`;
  return text;
}

function convert(
  conv: string,
  flags: string,
  width: number,
  precision: number | null,
  arg: Value,
  host: FormatHost,
): string {
  switch (conv) {
    case 's': {
      let s = host.str(arg);
      if (precision !== null) s = host.utf8 ? Array.from(s).slice(0, precision).join('') : s.slice(0, precision);
      return padChars(s, width, flags, host);
    }
    case 'c':
      return padChars(charOf(arg, host), width, flags, host);
    case 'd':
    case 'i':
      return formatInteger(host.num(arg), flags, width, precision);
    case 'o':
    case 'u':
    case 'x':
    case 'X':
      return formatUnsigned(conv, host.num(arg), flags, width, precision);
    default:
      return formatFloat(conv, host.num(arg), flags, width, precision);
  }
}

/** Width counts characters, not UTF-16 units, in a UTF-8 locale. */
function padChars(s: string, width: number, flags: string, host: FormatHost): string {
  const len = host.utf8 ? charCount(s) : s.length;
  if (len >= width) return s;
  const fill = ' '.repeat(width - len);
  return flags.includes('-') ? s + fill : fill + s;
}

function charCount(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}

function charOf(arg: Value, host: FormatHost): string {
  if (typeof arg === 'number') {
    if (!host.utf8) return String.fromCharCode(Math.trunc(arg) & 0xff);
    const code = Math.trunc(arg);
    if (code < 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return String.fromCharCode(code & 0xff);
    return String.fromCodePoint(code);
  }
  const s = host.str(arg);
  if (s === '') return '';
  return host.utf8 ? String.fromCodePoint(s.codePointAt(0) as number) : s[0];
}

function formatInteger(n: number, flags: string, width: number, precision: number | null): string {
  if (!Number.isFinite(n)) return specialText(n);
  const t = Math.trunc(n);
  let digits = integerDigits(Math.abs(t));
  if (precision !== null) {
    if (precision === 0 && t === 0) digits = '';
    digits = digits.padStart(precision, '0');
  }
  return pad(signed(digits, t < 0, flags), width, flags, precision === null);
}

const TWO_64 = 2 ** 64;

function formatUnsigned(conv: string, n: number, flags: string, width: number, precision: number | null): string {
  if (!Number.isFinite(n)) return specialText(n);
  const t = Math.trunc(n);
  if (Math.abs(t) >= TWO_64) return formatFloat('g', n, flags, width, precision);
  const value = BigInt.asUintN(64, BigInt(t));
  let digits = conv === 'u' ? value.toString() : conv === 'o' ? value.toString(8) : value.toString(16);
  if (conv === 'X') digits = digits.toUpperCase();
  if (precision !== null) {
    if (precision === 0 && value === 0n) digits = '';
    digits = digits.padStart(precision, '0');
  }
  if (flags.includes('#')) {
    if (conv === 'o' && !digits.startsWith('0')) digits = `0${digits}`;
    else if ((conv === 'x' || conv === 'X') && value !== 0n) digits = `0${conv}${digits}`;
  }
  return pad(digits, width, flags, precision === null);
}

function formatFloat(conv: string, n: number, flags: string, width: number, precision: number | null): string {
  const upper = conv === 'E' || conv === 'F' || conv === 'G';
  if (!Number.isFinite(n)) return specialText(n, upper);
  const p = precision ?? 6;
  const alt = flags.includes('#');
  const abs = Math.abs(n);
  const negative = n < 0 || (n === 0 && 1 / n < 0);
  let body: string;
  switch (conv) {
    case 'e':
    case 'E':
      body = formatE(abs, p, alt, upper);
      break;
    case 'f':
    case 'F':
      body = formatF(abs, p, alt);
      break;
    default:
      body = formatG(abs, p, alt, upper);
  }
  return pad(signed(body, negative, flags), width, flags, true);
}
