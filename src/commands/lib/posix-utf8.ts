/**
 * UTF-8 on byte strings: the POSIX translator keeps matching bytes (one char
 * per byte, so offsets stay byte offsets) and expresses characters as byte
 * sequences. This file turns code point ranges into such sequences and gives
 * the Unicode sets behind [:alpha:] and friends in a UTF-8 locale.
 */
import type { ByteRange } from './posix-bracket.js';

/** One UTF-8 sequence as a byte range per position. */
type Sequence = readonly ByteRange[];

const MAX_CODE_POINT = 0x10ffff;
/** Enough for case-folding a bracket range; bigger ranges are matched as written. */
const MAX_FOLDED_RANGE = 0x3000;

/** Regex source matching one valid UTF-8 encoded character (any code point but surrogates). */
export function anyUtf8(excludeAscii: readonly number[] = []): string {
  const ascii = excludeAscii.length === 0 ? '[\\x00-\\x7f]' : asciiClassWithout(excludeAscii);
  return `(?:${ascii}|${sequencesSource([[0x80, MAX_CODE_POINT]])})`;
}

function asciiClassWithout(codes: readonly number[]): string {
  const parts: string[] = [];
  let lo = 0;
  for (const c of [...codes].sort((a, b) => a - b)) {
    if (c > lo) parts.push(range(lo, c - 1));
    lo = c + 1;
  }
  if (lo <= 0x7f) parts.push(range(lo, 0x7f));
  return `[${parts.join('')}]`;
}

/** Regex source matching the UTF-8 encoding of any code point in the ranges (all above 0x7f). */
export function sequencesSource(ranges: readonly ByteRange[]): string {
  const seqs: Sequence[] = [];
  for (const [lo, hi] of ranges) {
    for (const [a, b] of withoutSurrogates(lo, hi)) splitByLength(a, b, seqs);
  }
  if (seqs.length === 0) return '(?!)';
  return trie(seqs);
}

/** Emits sequences sharing a leading byte range once, so big classes stay compact. */
function trie(seqs: readonly Sequence[]): string {
  const groups = new Map<string, { head: ByteRange; tails: Sequence[] }>();
  for (const s of seqs) {
    const key = `${s[0][0]}-${s[0][1]}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { head: s[0], tails: [] }));
    g.tails.push(s.slice(1));
  }
  const alts: string[] = [];
  for (const { head, tails } of groups.values()) {
    const h = head[0] === head[1] ? byte(head[0]) : `[${range(head[0], head[1])}]`;
    const rest = tails.filter((t) => t.length > 0);
    if (rest.length === 0) alts.push(h);
    else if (rest.length === 1) alts.push(h + trie(rest));
    else alts.push(`${h}(?:${trie(rest)})`);
  }
  return alts.join('|');
}

/** The UTF-8 bytes of a code point, as a latin1 string. */
export function encodeCodePoint(cp: number): string {
  return Buffer.from(String.fromCodePoint(cp), 'utf8').toString('latin1');
}

/** Decodes the UTF-8 character at text[i] (latin1 bytes); null when the bytes there are not valid UTF-8. */
export function decodeAt(text: string, i: number): { cp: number; length: number } | null {
  const b0 = text.charCodeAt(i);
  const length = b0 >= 0xf0 && b0 <= 0xf4 ? 4 : b0 >= 0xe0 ? 3 : b0 >= 0xc2 && b0 <= 0xdf ? 2 : 0;
  if (length === 0 || i + length > text.length) return null;
  const bytes = text.slice(i, i + length);
  const decoded = Buffer.from(bytes, 'latin1').toString('utf8');
  // Overlong forms, surrogates and bad continuation bytes do not survive the round trip.
  if (Buffer.from(decoded, 'utf8').toString('latin1') !== bytes) return null;
  return { cp: decoded.codePointAt(0) as number, length };
}

/** Adds the simple upper/lower case partners of every code point in the ranges. */
export function foldUnicode(ranges: readonly ByteRange[]): ByteRange[] {
  const out: ByteRange[] = [...ranges];
  for (const [lo, hi] of ranges) {
    if (hi - lo > MAX_FOLDED_RANGE) continue;
    for (let cp = lo; cp <= hi; cp++) {
      for (const other of casePartners(cp)) out.push([other, other]);
    }
  }
  return out;
}

/** Code points that are the same letter in another case (single code points only). */
export function casePartners(cp: number): number[] {
  const ch = String.fromCodePoint(cp);
  const out: number[] = [];
  for (const v of [ch.toLowerCase(), ch.toUpperCase()]) {
    const c = v.codePointAt(0) as number;
    if (String.fromCodePoint(c) === v && c !== cp && !out.includes(c)) out.push(c);
  }
  return out;
}

const PROPERTY: Record<string, RegExp> = {
  alpha: /\p{Alphabetic}/u,
  alnum: /[\p{Alphabetic}\p{Nd}]/u,
  upper: /\p{Uppercase}/u,
  lower: /\p{Lowercase}/u,
  space: /\p{White_Space}/u,
  blank: /[\p{Zs}]/u,
  punct: /[\p{P}\p{S}]/u,
  cntrl: /\p{Cc}/u,
  graph: /[^\p{White_Space}\p{Cc}\p{Cs}\p{Cn}]/u,
  print: /[^\p{Cc}\p{Cs}\p{Cn}\p{Zl}\p{Zp}]/u,
  word: /[\p{Alphabetic}\p{Nd}\p{Pc}]/u,
};

const classCache = new Map<string, ByteRange[]>();
const UTF16 = new TextDecoder('utf-16le');

/** Code point ranges above 0x7f in a class, per Unicode (glibc's C.UTF-8 classes, near enough). */
export function unicodeClass(name: string): readonly ByteRange[] {
  const cached = classCache.get(name);
  if (cached) return cached;
  const re = PROPERTY[name];
  const ranges: ByteRange[] = [];
  if (re) {
    // One string per plane, built from UTF-16 units, lets the engine find the runs natively.
    const runs = new RegExp(`${re.source}+`, 'gu');
    for (const [lo, hi] of SCANNED_PLANES) {
      const width = lo > 0xffff ? 2 : 1;
      const units = new Uint16Array((hi - lo + 1) * width);
      for (let cp = lo, i = 0; cp <= hi; cp++) {
        if (width === 1) units[i++] = cp >= 0xd800 && cp <= 0xdfff ? 0 : cp;
        else {
          units[i++] = 0xd800 + ((cp - 0x10000) >> 10);
          units[i++] = 0xdc00 + ((cp - 0x10000) & 0x3ff);
        }
      }
      const text = UTF16.decode(units);
      for (const m of text.matchAll(runs)) {
        const first = lo + (m.index as number) / width;
        ranges.push([first, first + m[0].length / width - 1]);
      }
    }
  }
  classCache.set(name, ranges);
  return ranges;
}

/** The planes holding characters of the classes (planes 4-13 and 15-16 have none). */
const SCANNED_PLANES: readonly ByteRange[] = [
  [0x80, 0xffff],
  [0x10000, 0x3ffff],
  [0xe0000, 0xe01ef],
];

function withoutSurrogates(lo: number, hi: number): ByteRange[] {
  if (hi < 0xd800 || lo > 0xdfff) return [[lo, hi]];
  const out: ByteRange[] = [];
  if (lo < 0xd800) out.push([lo, 0xd7ff]);
  if (hi > 0xdfff) out.push([0xe000, hi]);
  return out;
}

const LENGTH_LIMITS = [0x7f, 0x7ff, 0xffff, MAX_CODE_POINT];

function splitByLength(lo: number, hi: number, out: Sequence[]): void {
  for (const limit of LENGTH_LIMITS) {
    if (lo > limit) continue;
    if (hi > limit) {
      splitByLength(lo, limit, out);
      splitByLength(limit + 1, hi, out);
      return;
    }
    break;
  }
  splitByPrefix(lo, hi, out);
}

/** Splits a same-length range until each position is a plain byte range (the classic utf8-ranges walk). */
function splitByPrefix(lo: number, hi: number, out: Sequence[]): void {
  const n = encodeCodePoint(lo).length;
  for (let i = 1; i < n; i++) {
    const m = (1 << (6 * i)) - 1;
    if ((lo & ~m) !== (hi & ~m)) {
      if ((lo & m) !== 0) {
        splitByPrefix(lo, lo | m, out);
        splitByPrefix((lo | m) + 1, hi, out);
        return;
      }
      if ((hi & m) !== m) {
        splitByPrefix(lo, (hi & ~m) - 1, out);
        splitByPrefix(hi & ~m, hi, out);
        return;
      }
    }
  }
  const a = encodeCodePoint(lo);
  const b = encodeCodePoint(hi);
  const seq: ByteRange[] = [];
  for (let i = 0; i < a.length; i++) seq.push([a.charCodeAt(i), b.charCodeAt(i)]);
  out.push(seq);
}

function range(a: number, b: number): string {
  return a === b ? byte(a) : `${byte(a)}-${byte(b)}`;
}

function byte(b: number): string {
  return `\\x${b.toString(16).padStart(2, '0')}`;
}
