/**
 * awk regular expressions (gawk's dialect of POSIX ERE) compiled to
 * JavaScript RegExps through the shared POSIX translator. awk's own layer is
 * translated first: escape sequences (\n \t \/ \ddd \xhh), backslash escapes
 * inside brackets, \y for a word boundary, and a leading `*`, `+` or `?`
 * taken literally. Matching for match/sub/gsub/split is leftmost-longest
 * across top-level alternatives, as POSIX requires.
 */
import { PosixRegexError, translatePosix } from '../lib/posix-regex.js';
import { joinEscapedBytes } from './lexer.js';

/** A compiled awk regex. */
export interface AwkRegex {
  /** The awk source, for messages. */
  readonly text: string;
  /** Unanchored, flagless: for `~` tests. */
  readonly test: RegExp;
  /** Global, for scanning with lastIndex. */
  readonly scan: RegExp;
  /** Sticky regexes matching only through one top-level alternative, or null. */
  readonly branches: readonly RegExp[] | null;
}

/** A match: where it starts and ends, and the JS match for capture groups. */
export interface RegexMatch {
  readonly start: number;
  readonly end: number;
  readonly groups: RegExpExecArray;
}

/** An invalid regex, with gawk's text (`Unmatched ( or \(: /(/`). */
export class AwkRegexError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AwkRegexError';
  }
}

const ERE_SPECIAL = '.[]()*+?{}|^$\\';
const CONTROL_ESCAPES: Record<string, string> = {
  n: '\n',
  r: '\r',
  t: '\t',
  f: '\f',
  v: '\v',
  a: '\x07',
  b: '\b',
  '/': '/',
  '"': '"',
};
/** Escapes GNU regex understands itself. */
const GNU_OPERATORS = "BsSwW<>`'";

/** Compiles awk regex text (`utf8`: escaped bytes spell characters); throws AwkRegexError. */
export function compileRegex(text: string, utf8: boolean): AwkRegex {
  let t: ReturnType<typeof translatePosix>;
  try {
    t = translatePosix(awkToPosix(text, utf8), { extended: true, dialect: 'grep' });
  } catch (e) {
    if (e instanceof PosixRegexError) throw new AwkRegexError(`${e.message}: /${text}/`);
    throw e;
  }
  const flags = t.flags;
  return {
    text,
    test: new RegExp(t.source, flags),
    scan: new RegExp(t.source, `${flags}g`),
    branches: t.branches.length > 1 ? t.branches.map((b) => new RegExp(b, `${flags}y`)) : null,
  };
}

/**
 * One global regex finding, in a buffer of newline-terminated records, any
 * record that one of the awk regexes matches (`^`, `$`, `.` and negated sets
 * respect the newlines). Null when that cannot help: a regex that can match the
 * empty string matches every record.
 */
export function compileLineScanner(texts: readonly string[], utf8: boolean): RegExp | null {
  try {
    const sources = texts.map((t) =>
      translatePosix(awkToPosix(t, utf8), { extended: true, dialect: 'grep', eol: '\n' }),
    );
    const re = new RegExp(sources.map((t) => `(?:${t.source})`).join('|'), 'g');
    if (sources.some((t) => t.flags !== '') || re.test('') || re.test('\n')) return null;
    return re;
  } catch (e) {
    if (e instanceof PosixRegexError) return null;
    throw e;
  }
}

/** The leftmost-longest match of `re` in `s` at or after `from`, or null. */
export function execRegex(re: AwkRegex, s: string, from: number): RegexMatch | null {
  const scan = re.scan;
  scan.lastIndex = from;
  const m = scan.exec(s);
  if (m === null) return null;
  let best: RegExpExecArray = m;
  let end = m.index + m[0].length;
  if (re.branches) {
    for (const b of re.branches) {
      b.lastIndex = m.index;
      const bm = b.exec(s);
      if (bm !== null && m.index + bm[0].length > end) {
        best = bm;
        best.index = m.index;
        end = m.index + bm[0].length;
      }
    }
  }
  return { start: m.index, end, groups: best };
}

/** Rewrites awk's regex layer into a POSIX ERE for the shared translator. */
export function awkToPosix(text: string, utf8: boolean): string {
  let out = '';
  let escapedHigh = false;
  let i = 0;
  // Where a repetition operator has nothing to repeat, gawk reads it literally.
  let atStart = true;
  while (i < text.length) {
    const c = text[i];
    if (c === '[') {
      const b = bracket(text, i, utf8);
      if (b.escapedHigh) escapedHigh = true;
      out += b.text;
      i = b.end;
      atStart = false;
      continue;
    }
    if (c === '\\') {
      const e = escapeAt(text, i, utf8);
      if (e.escapedHigh) escapedHigh = true;
      out += e.text;
      i = e.end;
      atStart = false;
      continue;
    }
    if (atStart && (c === '*' || c === '+' || c === '?' || c === '{')) {
      out += `\\${c}`;
      i++;
      atStart = false;
      continue;
    }
    out += c;
    atStart = c === '(' || c === '|' || (c === '^' && atStart);
    i++;
  }
  return escapedHigh ? joinEscapedBytes(out) : out;
}

function literal(ch: string): string {
  return ERE_SPECIAL.includes(ch) ? `\\${ch}` : ch;
}

/** A byte written as an escape: in UTF-8, high bytes are kept as U+DC80..U+DCFF until joined. */
function byteChar(b: number, utf8: boolean): string {
  return String.fromCharCode(utf8 && b >= 0x80 ? 0xdc00 + b : b);
}

/** The char an escape stands for, or null when it is a regex operator. */
function escapedChar(text: string, i: number, utf8: boolean): { ch: string | null; op: string; end: number } {
  const d = text[i + 1];
  if (d === undefined) return { ch: '\\', op: '', end: i + 1 };
  const simple = CONTROL_ESCAPES[d];
  if (simple !== undefined) return { ch: simple, op: '', end: i + 2 };
  if (d >= '0' && d <= '7') {
    let j = i + 1;
    while (j < text.length && j < i + 4 && text[j] >= '0' && text[j] <= '7') j++;
    return { ch: byteChar(Number.parseInt(text.slice(i + 1, j), 8) & 0xff, utf8), op: '', end: j };
  }
  if (d === 'x' && /[0-9a-fA-F]/.test(text[i + 2] ?? '')) {
    let j = i + 2;
    while (j < text.length && j < i + 4 && /[0-9a-fA-F]/.test(text[j])) j++;
    return { ch: byteChar(Number.parseInt(text.slice(i + 2, j), 16), utf8), op: '', end: j };
  }
  if (d === 'y') return { ch: null, op: '\\b', end: i + 2 };
  if (GNU_OPERATORS.includes(d)) return { ch: null, op: `\\${d}`, end: i + 2 };
  return { ch: d, op: '', end: i + 2 };
}

function escapeAt(text: string, i: number, utf8: boolean): { text: string; end: number; escapedHigh: boolean } {
  const e = escapedChar(text, i, utf8);
  return { text: e.ch === null ? e.op : literal(e.ch), end: e.end, escapedHigh: isEscapedByte(e.ch) };
}

function isEscapedByte(ch: string | null): boolean {
  return ch !== null && ch.charCodeAt(0) >= 0xdc80 && ch.charCodeAt(0) <= 0xdcff;
}

/**
 * An awk bracket expression (where backslash escapes) rewritten as a POSIX one
 * (where it does not): `]` first, `^` not first, `-` last.
 */
function bracket(text: string, start: number, utf8: boolean): { text: string; end: number; escapedHigh: boolean } {
  let i = start + 1;
  let escapedHigh = false;
  const negated = text[i] === '^';
  if (negated) i++;
  const members: string[] = [];
  const specials = new Set<string>();
  let first = true;
  let closed = false;
  const readOne = (): { ch: string | null; raw: string } => {
    const c = text[i];
    if (c === '[' && /[:.=]/.test(text[i + 1] ?? '')) {
      const close = text.indexOf(`${text[i + 1]}]`, i + 2);
      if (close >= 0) {
        const raw = text.slice(i, close + 2);
        i = close + 2;
        return { ch: null, raw };
      }
    }
    if (c === '\\' && i + 1 < text.length) {
      const e = escapedChar(text, i, utf8);
      if (isEscapedByte(e.ch)) escapedHigh = true;
      i = e.end;
      if (e.ch === null) return { ch: e.op[1], raw: e.op[1] };
      return { ch: e.ch, raw: e.ch };
    }
    i++;
    return { ch: c, raw: c };
  };
  while (i < text.length) {
    if (text[i] === ']' && !first) {
      closed = true;
      i++;
      break;
    }
    first = false;
    const lo = readOne();
    if (text[i] === '-' && i + 1 < text.length && text[i + 1] !== ']' && lo.ch !== null) {
      i++;
      const hi = readOne();
      members.push(`${lo.raw}-${hi.raw}`);
      continue;
    }
    if (lo.ch === ']' || lo.ch === '^' || lo.ch === '-') specials.add(lo.ch);
    else members.push(lo.raw);
  }
  // An unclosed bracket goes through as written, so the translator reports it.
  if (!closed) return { text: text.slice(start), end: text.length, escapedHigh };
  let body = members.join('');
  if (specials.has(']')) body = `]${body}`;
  if (specials.has('^')) body = body === '' ? (specials.has('-') ? '-^' : '') : `${body}^`;
  if (specials.has('-') && !body.endsWith('-^') && !body.startsWith('-')) body = `${body}-`;
  if (body === '' && specials.has('^')) return { text: negated ? '[^^]' : '\\^', end: i, escapedHigh };
  return { text: `[${negated ? '^' : ''}${body}]`, end: i, escapedHigh };
}
