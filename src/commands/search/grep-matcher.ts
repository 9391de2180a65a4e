/**
 * grep's matchers over blocks of whole records. A block is searched as one
 * piece (Buffer.indexOf for fixed strings, one global RegExp over its latin1
 * text for regexes), so records without a match cost no per-line work; record
 * boundaries are found only around hits.
 */
import { escapeLiteral, type PosixRegex, translatePosix, wordChar } from '../lib/posix-regex.js';
import { translatePerl } from './perl-regex.js';

/** Whole records (each ending in the terminator byte) and their latin1 text, made on demand. */
export class Block {
  private str: string | null = null;

  constructor(
    readonly bytes: Buffer,
    readonly eol: number,
  ) {}

  /** The bytes as a string, one char per byte, so string indices are byte offsets. */
  text(): string {
    if (this.str === null) this.str = this.bytes.toString('latin1');
    return this.str;
  }

  /** Start of the record holding byte `at`. */
  recordStart(at: number): number {
    return at === 0 ? 0 : this.bytes.lastIndexOf(this.eol, at - 1) + 1;
  }

  /** Index of the terminator of the record holding byte `at`. */
  recordEnd(at: number): number {
    return this.bytes.indexOf(this.eol, at);
  }
}

/** What every matcher answers. */
export interface Matcher {
  /** Start of the first record at or after `from` (a record start) holding a match; -1 when none. */
  findRecord(block: Block, from: number): number;
  /** The non-empty matches in record [start, end), leftmost-longest, in order (for -o). */
  matchesIn(block: Block, start: number, end: number): [number, number][];
}

/** How the patterns are read. */
export interface MatcherSpec {
  /** Patterns as byte strings (latin1), already split at newlines. */
  readonly patterns: readonly string[];
  readonly syntax: 'G' | 'E' | 'F' | 'P';
  readonly icase: boolean;
  /** -w: a match must be a whole word. */
  readonly word: boolean;
  /** -x: a match must be a whole record. */
  readonly line: boolean;
  /** The record terminator byte ('\n', or NUL for -z). */
  readonly eol: number;
  /** UTF-8 locale: characters are UTF-8 sequences (see PosixRegexOptions.utf8). */
  readonly utf8: boolean;
}

/** Shortest required literal worth finding with indexOf before running a RegExp. */
const MIN_PREFILTER = 3;

/** More fixed strings than this are joined into one RegExp instead of searched one by one. */
const MAX_FIXED_NEEDLES = 16;

const WORD_BYTE = /[A-Za-z0-9_]/;

/** Compiles the patterns; throws PosixRegexError (or PerlRegexError) for bad ones. */
export function buildMatcher(spec: MatcherSpec): { matcher: Matcher; warnings: string[] } {
  const eol = String.fromCharCode(spec.eol);
  if (spec.patterns.length === 0) return { matcher: NEVER, warnings: [] };
  if (spec.syntax === 'P')
    return { matcher: new PerlMatcher(translatePerl(spec.patterns, spec.icase), spec), warnings: [] };
  if (spec.syntax === 'F') {
    const needsRegex =
      spec.patterns.includes('') ||
      spec.patterns.length > MAX_FIXED_NEEDLES ||
      (spec.icase && spec.patterns.some((p) => /[A-Za-z]/.test(p)));
    if (!needsRegex) return { matcher: new FixedMatcher(spec.patterns, spec), warnings: [] };
    const ascii = spec.patterns.every((p) => !/[^\x00-\x7f]/.test(p));
    const sources = spec.patterns.map((p) =>
      spec.icase && !ascii ? foldedLiteral(p, spec.utf8, eol) : escapeLiteral(p),
    );
    const flags = spec.icase && ascii ? 'i' : '';
    return { matcher: new RegexMatcher(sources, [], flags, spec, ''), warnings: [] };
  }
  const handFold = spec.icase && spec.patterns.some((p) => /[^\x00-\x7f]/.test(p));
  const translated: PosixRegex[] = [];
  let groups = 0;
  for (const p of spec.patterns) {
    const t = translatePosix(p, {
      extended: spec.syntax === 'E',
      dialect: 'grep',
      icase: spec.icase,
      handFold,
      eol,
      groupOffset: groups,
      utf8: spec.utf8,
    });
    groups += t.groups;
    translated.push(t);
  }
  const warnings = translated.flatMap((t) => t.warnings);
  const literals = translated.map((t) => t.literal);
  if (literals.every((l) => l !== null) && !spec.icase && literals.length <= MAX_FIXED_NEEDLES) {
    return { matcher: new FixedMatcher(literals as string[], spec), warnings };
  }
  const sources = translated.map((t) => t.source);
  const branches = translated.map((t) => t.branches);
  const required = translated.length === 1 && !spec.icase ? translated[0].required : '';
  const flags = translated[0]?.flags ?? '';
  return { matcher: new RegexMatcher(sources, branches, flags, spec, required), warnings };
}

/** RegExp source matching `text` in any case: ASCII letters only in the C locale, all letters in UTF-8. */
function foldedLiteral(text: string, utf8: boolean, eol: string): string {
  if (utf8) {
    // Every byte escaped, so the BRE reading is the literal text.
    const bre = text.replace(/[\\.[*^$]/g, '\\$&');
    return translatePosix(bre, { extended: false, dialect: 'grep', icase: true, handFold: true, eol, utf8 }).source;
  }
  let out = '';
  for (const ch of text) {
    out += /[A-Za-z]/.test(ch) ? `[${ch.toLowerCase()}${ch.toUpperCase()}]` : escapeLiteral(ch);
  }
  return out;
}

/** No patterns at all (`-f /dev/null`): nothing matches. */
const NEVER: Matcher = { findRecord: () => -1, matchesIn: () => [] };

/** The source wrapped for -x / -w. */
function wrap(source: string, spec: MatcherSpec, eolClass: string): string {
  if (spec.line) return `(?<![^${eolClass}])(?:${source})(?![^${eolClass}])`;
  if (spec.word && spec.utf8) return `(?<!${wordChar()})(?:${source})(?!${wordChar()})`;
  if (spec.word) return `(?<![A-Za-z0-9_])(?:${source})(?![A-Za-z0-9_])`;
  return source;
}

function eolClassOf(eol: number): string {
  return eol === 0 ? '\\x00' : '\\n';
}

/** Fixed strings found with Buffer.indexOf; -w and -x are checked around each hit. */
class FixedMatcher implements Matcher {
  private readonly needles: Buffer[];
  private cacheBlock: Block | null = null;
  private readonly next: number[];

  constructor(
    patterns: readonly string[],
    private readonly spec: MatcherSpec,
  ) {
    this.needles = patterns.map((p) => Buffer.from(p, 'latin1'));
    this.next = this.needles.map(() => -2);
  }

  findRecord(block: Block, from: number): number {
    const hit = this.find(block, from, block.bytes.length);
    return hit < 0 ? -1 : block.recordStart(hit);
  }

  /** Earliest accepted occurrence in [from, limit) across needles. */
  private find(block: Block, from: number, limit: number): number {
    const bytes = block.bytes;
    if (this.needles.length === 1) {
      const needle = this.needles[0];
      for (let at = from; ; ) {
        const i = bytes.indexOf(needle, at);
        if (i < 0 || i >= limit) return -1;
        if (this.accepts(block, i, i + needle.length)) return i;
        at = i + 1;
      }
    }
    if (this.cacheBlock !== block) {
      this.cacheBlock = block;
      this.next.fill(-2);
    }
    for (;;) {
      let best = -1;
      let bestNeedle = -1;
      for (let k = 0; k < this.needles.length; k++) {
        let at = this.next[k];
        if (at !== -1 && at < from) at = this.next[k] = bytes.indexOf(this.needles[k], from);
        if (at >= 0 && (best < 0 || at < best)) {
          best = at;
          bestNeedle = k;
        }
      }
      if (best < 0 || best >= limit) return -1;
      if (this.needles.some((n, k) => this.next[k] === best && this.accepts(block, best, best + n.length))) return best;
      this.next[bestNeedle] = bytes.indexOf(this.needles[bestNeedle], best + 1);
    }
  }

  private accepts(block: Block, start: number, end: number): boolean {
    const bytes = block.bytes;
    if (this.spec.line) return (start === 0 || bytes[start - 1] === block.eol) && bytes[end] === block.eol;
    if (!this.spec.word) return true;
    if (this.spec.utf8) return !isWordCharBefore(bytes, start) && !isWordCharAt(bytes, end);
    return !isWordByte(bytes[start - 1]) && !isWordByte(bytes[end]);
  }

  matchesIn(block: Block, start: number, end: number): [number, number][] {
    const out: [number, number][] = [];
    const bytes = block.bytes;
    for (let pos = start; pos < end; ) {
      let best = -1;
      let bestLen = 0;
      for (const n of this.needles) {
        let i = bytes.indexOf(n, pos);
        while (i >= 0 && i + n.length <= end && (best < 0 || i <= best) && !this.accepts(block, i, i + n.length)) {
          i = bytes.indexOf(n, i + 1);
        }
        if (i < 0 || i + n.length > end || (best >= 0 && i > best)) continue;
        if (best < 0 || i < best || n.length > bestLen) {
          best = i;
          bestLen = n.length;
        }
      }
      if (best < 0) break;
      out.push([best, best + bestLen]);
      pos = best + bestLen;
    }
    return out;
  }
}

function isWordByte(b: number | undefined): boolean {
  return b !== undefined && WORD_BYTE.test(String.fromCharCode(b));
}

const WORD_CHAR = /^[\p{Alphabetic}\p{Nd}\p{Pc}]$/u;

/** In UTF-8: whether the character starting at byte `at` is a word character. */
function isWordCharAt(bytes: Buffer, at: number): boolean {
  const b = bytes[at];
  if (b === undefined || b < 0x80) return isWordByte(b);
  const ch = bytes.toString('utf8', at, Math.min(at + 4, bytes.length));
  return WORD_CHAR.test(String.fromCodePoint(ch.codePointAt(0) ?? 0xfffd));
}

/** In UTF-8: whether the character ending just before byte `end` is a word character. */
function isWordCharBefore(bytes: Buffer, end: number): boolean {
  let start = end - 1;
  while (start > 0 && end - start < 4 && (bytes[start] & 0xc0) === 0x80) start--;
  return start >= 0 && isWordCharAt(bytes, start);
}

/**
 * A RegExp run over a whole block. The translation never lets a match cross a
 * record terminator, and anchors ^ $ look at the terminator, so a hit anywhere
 * in the block names its record.
 */
class RegexMatcher implements Matcher {
  private readonly re: RegExp;
  /** Bytes every match contains: records without them are skipped unread. */
  private readonly required: Buffer | null;
  /** The RegExp for one record decoded alone (when prefiltering). */
  private readonly single: RegExp;
  /** One sticky RegExp per top-level alternative, to find the POSIX longest match for -o. */
  private readonly alternatives: RegExp[];

  constructor(
    sources: readonly string[],
    branches: readonly (readonly string[])[],
    flags: string,
    spec: MatcherSpec,
    required: string,
  ) {
    const eolClass = eolClassOf(spec.eol);
    const joined = sources.map((s) => `(?:${s})`).join('|');
    this.re = new RegExp(wrap(joined, spec, eolClass), `${flags}g`);
    this.single = new RegExp(this.re.source, flags);
    this.required = required.length >= MIN_PREFILTER ? Buffer.from(required, 'latin1') : null;
    const alternativeSources: string[] = [];
    sources.forEach((_, j) => {
      const own = branches[j]?.length ? branches[j] : [sources[j]];
      for (const b of own) {
        const all = sources.map((s, i) => (i === j ? `(?:${b})` : `(?!)(?:${s})`)).join('|');
        alternativeSources.push(wrap(all, spec, eolClass));
      }
    });
    this.alternatives = alternativeSources.length > 1 ? alternativeSources.map((s) => new RegExp(s, `${flags}y`)) : [];
  }

  findRecord(block: Block, from: number): number {
    if (this.required) return this.prefiltered(block, from);
    const text = block.text();
    this.re.lastIndex = from;
    const m = this.re.exec(text);
    if (!m || m.index >= text.length) return -1;
    return block.recordStart(m.index);
  }

  /** Finds the required bytes with indexOf and runs the RegExp only on records holding them. */
  private prefiltered(block: Block, from: number): number {
    const bytes = block.bytes;
    const needle = this.required as Buffer;
    for (let at = from; ; ) {
      const hit = bytes.indexOf(needle, at);
      if (hit < 0) return -1;
      const start = block.recordStart(hit);
      const end = block.recordEnd(hit);
      if (this.single.test(bytes.toString('latin1', start, end))) return start;
      at = end + 1;
    }
  }

  matchesIn(block: Block, start: number, end: number): [number, number][] {
    const text = block.text();
    const out: [number, number][] = [];
    for (let pos = start; pos < end; ) {
      this.re.lastIndex = pos;
      const m = this.re.exec(text);
      if (!m || m.index >= end) break;
      const stop = m.index + this.longest(text, m.index, m[0].length);
      if (stop === m.index) {
        pos = m.index + 1;
        continue;
      }
      out.push([m.index, stop]);
      pos = stop;
    }
    return out;
  }

  /** Length of the longest match at `at` over the alternatives (POSIX leftmost-longest). */
  private longest(text: string, at: number, found: number): number {
    let best = found;
    for (const alt of this.alternatives) {
      alt.lastIndex = at;
      const m = alt.exec(text);
      if (m && m[0].length > best) best = m[0].length;
    }
    return best;
  }
}

/** -P: a JavaScript RegExp tested record by record (PCRE's ^ $ . are record-relative). */
class PerlMatcher implements Matcher {
  private readonly re: RegExp;
  private readonly global: RegExp;

  constructor(perl: { source: string; flags: string }, spec: MatcherSpec) {
    const source = spec.line ? `^(?:${perl.source})$` : spec.word ? `(?<!\\w)(?:${perl.source})(?!\\w)` : perl.source;
    this.re = new RegExp(source, `${perl.flags}s`);
    this.global = new RegExp(source, `${perl.flags}sg`);
  }

  findRecord(block: Block, from: number): number {
    const text = block.text();
    for (let start = from; start < text.length; ) {
      const end = block.recordEnd(start);
      if (this.re.test(text.slice(start, end))) return start;
      start = end + 1;
    }
    return -1;
  }

  matchesIn(block: Block, start: number, end: number): [number, number][] {
    const record = block.text().slice(start, end);
    const out: [number, number][] = [];
    this.global.lastIndex = 0;
    for (let m = this.global.exec(record); m; m = this.global.exec(record)) {
      if (m[0].length === 0) this.global.lastIndex++;
      else out.push([start + m.index, start + m.index + m[0].length]);
    }
    return out;
  }
}
