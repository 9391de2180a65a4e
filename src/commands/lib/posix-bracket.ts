/**
 * POSIX bracket expressions (`[a-z[:digit:]]`) in the C locale, parsed into
 * byte ranges with glibc's error messages. Shared by the regex translator and
 * sed's command splitter, which must skip brackets when looking for delimiters.
 */

import { decodeAt, unicodeClass } from './posix-utf8.js';

/** A pattern GNU would reject; the message is glibc's text. */
export class PosixRegexError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PosixRegexError';
  }
}

/** An inclusive range of char codes. */
export type ByteRange = readonly [number, number];

/** A parsed bracket expression. */
export interface Bracket {
  readonly ranges: readonly ByteRange[];
  readonly negated: boolean;
  /** Index just after the closing ']'. */
  readonly end: number;
}

/** The C locale's character classes. */
const CLASSES: Record<string, readonly ByteRange[]> = {
  alpha: [
    [0x41, 0x5a],
    [0x61, 0x7a],
  ],
  upper: [[0x41, 0x5a]],
  lower: [[0x61, 0x7a]],
  digit: [[0x30, 0x39]],
  xdigit: [
    [0x30, 0x39],
    [0x41, 0x46],
    [0x61, 0x66],
  ],
  alnum: [
    [0x30, 0x39],
    [0x41, 0x5a],
    [0x61, 0x7a],
  ],
  punct: [
    [0x21, 0x2f],
    [0x3a, 0x40],
    [0x5b, 0x60],
    [0x7b, 0x7e],
  ],
  space: [
    [0x09, 0x0d],
    [0x20, 0x20],
  ],
  blank: [
    [0x09, 0x09],
    [0x20, 0x20],
  ],
  cntrl: [
    [0x00, 0x1f],
    [0x7f, 0x7f],
  ],
  graph: [[0x21, 0x7e]],
  print: [[0x20, 0x7e]],
};

const UNMATCHED = 'Unmatched [, [^, [:, [., or [=';

const SED_BRACKET_ESCAPES: Record<string, number> = { n: 10, t: 9, r: 13, f: 12, v: 11, a: 7 };

/** One element read inside the brackets. */
type Element = { readonly kind: 'char'; readonly code: number; readonly ranged: boolean } | { readonly kind: 'class' };

/**
 * Parses the bracket expression opening at p[start] === '['. With `sedEscapes`,
 * \n \t \r \f \v \a inside the brackets are the control characters (GNU sed).
 */
export function parseBracket(p: string, start: number, sedEscapes: boolean, utf8 = false): Bracket {
  let i = start + 1;
  const negated = p[i] === '^';
  if (negated) i++;
  if (i >= p.length) throw new PosixRegexError('Invalid regular expression');
  const contentStart = i;
  const ranges: ByteRange[] = [];
  let first = true;
  while (i < p.length) {
    if (p[i] === ']' && !first) {
      checkColonMisuse(p.slice(contentStart, i));
      return { ranges, negated, end: i + 1 };
    }
    first = false;
    const lo = readElement(p, i, sedEscapes, utf8, ranges);
    i = lo.next;
    // A '-' makes a range unless it is the last thing before ']'.
    if (p[i] === '-' && i + 1 < p.length && p[i + 1] !== ']') {
      const hi = readElement(p, i + 1, sedEscapes, utf8, ranges);
      if (lo.element.kind !== 'char' || !lo.element.ranged || hi.element.kind !== 'char' || !hi.element.ranged) {
        throw new PosixRegexError('Invalid range end');
      }
      if (lo.element.code > hi.element.code) throw new PosixRegexError('Invalid range end');
      ranges.push([lo.element.code, hi.element.code]);
      i = hi.next;
      if (p[i] === '-' && i + 1 < p.length && p[i + 1] !== ']') throw new PosixRegexError('Invalid range end');
      continue;
    }
    if (lo.element.kind === 'char') ranges.push([lo.element.code, lo.element.code]);
  }
  throw new PosixRegexError(UNMATCHED);
}

/**
 * Index just after the bracket expression opening at p[start], without
 * validating it; -1 when it never closes. sed uses this to find delimiters.
 */
export function skipBracket(p: string, start: number): number {
  let i = start + 1;
  if (p[i] === '^') i++;
  if (p[i] === ']') i++;
  while (i < p.length) {
    const c = p[i];
    if (c === ']') return i + 1;
    if (c === '[' && (p[i + 1] === ':' || p[i + 1] === '=' || p[i + 1] === '.')) {
      const close = p.indexOf(`${p[i + 1]}]`, i + 2);
      if (close < 0) return -1;
      i = close + 2;
      continue;
    }
    i++;
  }
  return -1;
}

/** Reads one element at p[i]; classes go straight into `ranges`. */
function readElement(
  p: string,
  i: number,
  sedEscapes: boolean,
  utf8: boolean,
  ranges: ByteRange[],
): { element: Element; next: number } {
  const c = p[i];
  if (c === '[' && (p[i + 1] === ':' || p[i + 1] === '=' || p[i + 1] === '.')) {
    const kind = p[i + 1];
    const close = p.indexOf(`${kind}]`, i + 2);
    if (close < 0) throw new PosixRegexError(UNMATCHED);
    const name = p.slice(i + 2, close);
    const next = close + 2;
    if (kind === ':') {
      const cls = CLASSES[name];
      if (!cls) throw new PosixRegexError('Invalid character class name');
      ranges.push(...cls);
      if (utf8) ranges.push(...unicodeClass(name));
      return { element: { kind: 'class' }, next };
    }
    const decoded = utf8 && name.length > 1 ? decodeAt(name, 0) : null;
    if (name.length !== 1 && decoded?.length !== name.length) throw new PosixRegexError('Invalid collation character');
    // An equivalence class is a set (it cannot bound a range); a collating symbol is a char.
    return { element: { kind: 'char', code: decoded ? decoded.cp : name.charCodeAt(0), ranged: kind === '.' }, next };
  }
  if (sedEscapes && c === '\\' && SED_BRACKET_ESCAPES[p[i + 1]] !== undefined) {
    return { element: { kind: 'char', code: SED_BRACKET_ESCAPES[p[i + 1]], ranged: true }, next: i + 2 };
  }
  const decoded = utf8 && c.charCodeAt(0) > 0x7f ? decodeAt(p, i) : null;
  if (decoded) return { element: { kind: 'char', code: decoded.cp, ranged: true }, next: i + decoded.length };
  return { element: { kind: 'char', code: c.charCodeAt(0), ranged: true }, next: i + 1 };
}

/** GNU rejects `[:space:]` written without the outer brackets. */
function checkColonMisuse(content: string): void {
  if (/^:[^-]+:$/.test(content) && content.length > 2) {
    throw new PosixRegexError('character class syntax is [[:space:]], not [:space:]');
  }
}
