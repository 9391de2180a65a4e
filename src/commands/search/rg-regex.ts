/**
 * ripgrep's patterns (Rust regex syntax) on JavaScript's RegExp with the `u`
 * flag, and the matcher rg searches with. Matching is line by line: `.`,
 * negated classes and \s never match a newline, and ^ $ anchor at line ends.
 * Text is UTF-8; blocks that are pure ASCII are searched as one string.
 */
import { isAscii } from 'node:buffer';
import type { Block, Matcher } from './grep-matcher.js';

/** A pattern rg cannot compile; `message` follows regex-syntax's wording where it can. */
export class RustRegexError extends Error {
  constructor(
    readonly pattern: string,
    message: string,
  ) {
    super(message);
    this.name = 'RustRegexError';
  }
}

/** How the patterns are to be matched. */
export interface RustPatternOptions {
  readonly fixed: boolean;
  readonly icase: boolean;
  readonly word: boolean;
  readonly line: boolean;
}

const WORD = '\\p{Alphabetic}\\p{M}\\p{Nd}\\p{Pc}\\p{Join_Control}';
const NOT_NL = '(?!\\n)';

const ESCAPES: Record<string, string> = {
  w: `[${WORD}]`,
  W: `(?:${NOT_NL}[^${WORD}])`,
  d: '\\p{Nd}',
  D: `(?:${NOT_NL}\\P{Nd})`,
  s: `(?:${NOT_NL}\\s)`,
  S: '\\S',
  A: '(?<![\\s\\S])',
  z: '(?![\\s\\S])',
  b: `(?:(?<=[${WORD}])(?![${WORD}])|(?<![${WORD}])(?=[${WORD}]))`,
  B: `(?:(?<=[${WORD}])(?=[${WORD}])|(?<![${WORD}])(?![${WORD}]))`,
};

const CLASS_ESCAPES: Record<string, string> = { w: WORD, d: '\\p{Nd}', s: '\\s' };

const POSIX_CLASSES: Record<string, string> = {
  alnum: '0-9A-Za-z',
  alpha: 'A-Za-z',
  ascii: '\\x00-\\x7F',
  blank: '\\t ',
  cntrl: '\\x00-\\x1F\\x7F',
  digit: '0-9',
  graph: '!-~',
  lower: 'a-z',
  print: ' -~',
  punct: '!-\\/:-@\\[-`{-~',
  space: '\\t\\n\\v\\f\\r ',
  upper: 'A-Z',
  word: '0-9A-Za-z_',
  xdigit: '0-9A-Fa-f',
};

/** JavaScript source and flags matching any of `patterns` as rg would. */
export function translateRust(
  patterns: readonly string[],
  opts: RustPatternOptions,
): { source: string; flags: string } {
  let icase = opts.icase;
  const parts = patterns.map((p) => {
    if (opts.fixed) return escapeFixed(p);
    let body = p;
    const inline = /^\(\?([imsxU]+)\)/.exec(body);
    if (inline) {
      if (inline[1].includes('i')) icase = true;
      body = body.slice(inline[0].length);
    }
    const source = rewrite(body);
    try {
      new RegExp(source, 'u');
    } catch (e) {
      throw new RustRegexError(p, describe((e as Error).message));
    }
    return source;
  });
  let source = parts.map((s) => `(?:${s})`).join('|');
  if (opts.line) source = `(?<![^\\n])(?:${source})(?![^\\n])`;
  else if (opts.word) source = `(?<![${WORD}])(?:${source})(?![${WORD}])`;
  return { source, flags: icase ? 'iu' : 'u' };
}

function escapeFixed(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|/-]/g, (c) => (c === '-' ? '\\x2D' : `\\${c}`));
}

function describe(message: string): string {
  if (/Unterminated group/.test(message)) return 'unclosed group';
  if (/Unmatched '\)'/.test(message)) return 'unopened group';
  if (/Nothing to repeat/.test(message)) return 'repetition operator missing expression';
  if (/Unterminated character class/.test(message)) return 'unclosed character class';
  if (/\\ at end of pattern/.test(message)) return 'incomplete escape sequence, reached end of pattern prematurely';
  return message.replace(/^Invalid regular expression: \/.*\/\w*: /, '').toLowerCase();
}

/** Rewrites Rust syntax into `u`-mode JavaScript that never matches across a newline. */
function rewrite(p: string): string {
  let out = '';
  for (let i = 0; i < p.length; i++) {
    const c = p[i];
    if (c === '\\') {
      const d = p[++i] ?? '';
      out += ESCAPES[d] ?? escapeOther(d);
      continue;
    }
    if (c === '[') {
      const end = classEnd(p, i);
      if (end < 0) {
        out += '[';
        continue;
      }
      out += rewriteClass(p.slice(i, end + 1));
      i = end;
      continue;
    }
    if (c === '.') out += '[^\\n]';
    else if (c === '^') out += '(?<![^\\n])';
    else if (c === '$') out += '(?![^\\n])';
    else if (p.startsWith('(?P<', i)) {
      out += '(?<';
      i += 3;
    } else out += c;
  }
  return out;
}

/** An escape of a non-special character: u-mode accepts only syntax characters escaped. */
function escapeOther(d: string): string {
  if (/[\\^$.*+?()[\]{}|/]/.test(d)) return `\\${d}`;
  if (/[A-Za-z0-9]/.test(d)) return `\\${d}`;
  if (d === '') return '\\';
  return `\\u{${d.codePointAt(0)?.toString(16)}}`;
}

/** Index of the ']' closing the class opened at p[start], or -1. */
function classEnd(p: string, start: number): number {
  let i = start + 1;
  if (p[i] === '^') i++;
  if (p[i] === ']') i++;
  for (; i < p.length; i++) {
    if (p[i] === '\\') i++;
    else if (p[i] === '[' && p[i + 1] === ':') {
      const close = p.indexOf(':]', i + 2);
      if (close > 0) i = close + 1;
    } else if (p[i] === ']') return i;
  }
  return -1;
}

function rewriteClass(cls: string): string {
  const negated = cls[1] === '^';
  let body = '';
  for (let i = negated ? 2 : 1; i < cls.length - 1; i++) {
    const c = cls[i];
    if (c === '\\') {
      const d = cls[++i] ?? '';
      body += CLASS_ESCAPES[d] ?? (/[A-Za-z0-9]/.test(d) ? `\\${d}` : `\\u{${d.codePointAt(0)?.toString(16)}}`);
      continue;
    }
    if (c === '[' && cls[i + 1] === ':') {
      const close = cls.indexOf(':]', i + 2);
      const name = cls.slice(i + 2, close);
      if (close > 0 && POSIX_CLASSES[name] !== undefined) {
        body += POSIX_CLASSES[name];
        i = close + 1;
        continue;
      }
    }
    body += c === '[' || c === '/' ? `\\${c}` : c;
  }
  // A negated class must not reach into the next line either.
  return negated ? `[^${body}\\n]` : `[${body}]`;
}

/**
 * Matches the translated pattern against blocks of lines. Pure-ASCII blocks
 * are searched as one string; others line by line, decoded as UTF-8 (byte
 * offsets of -o matches are recomputed from the decoded text).
 */
export class RustMatcher implements Matcher {
  private readonly global: RegExp;

  constructor(source: string, flags: string) {
    this.global = new RegExp(source, `${flags}g`);
  }

  findRecord(block: Block, from: number): number {
    const bytes = block.bytes;
    if (isAscii(bytes)) {
      const text = block.text();
      this.global.lastIndex = from;
      const m = this.global.exec(text);
      return m && m.index < text.length ? block.recordStart(m.index) : -1;
    }
    for (let start = from; start < bytes.length; ) {
      const end = block.recordEnd(start);
      this.global.lastIndex = 0;
      if (this.global.test(bytes.toString('utf8', start, end))) return start;
      start = end + 1;
    }
    return -1;
  }

  matchesIn(block: Block, start: number, end: number): [number, number][] {
    const line = block.bytes.toString('utf8', start, end);
    const out: [number, number][] = [];
    this.global.lastIndex = 0;
    for (let m = this.global.exec(line); m; m = this.global.exec(line)) {
      if (m[0].length === 0) {
        this.global.lastIndex += 1;
        continue;
      }
      const s = start + Buffer.byteLength(line.slice(0, m.index));
      out.push([s, Math.min(end, s + Buffer.byteLength(m[0]))]);
    }
    return out;
  }
}
