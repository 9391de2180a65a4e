/**
 * awk's lexer. Newlines are tokens (they end statements) except after the
 * tokens that continue a line (`{ && || , do else`); a `/` is division unless
 * the parser, expecting an operand, asks for a regex there (`rescanRegex`), as
 * gawk's want_regexp does; a name written right before `(` is a call.
 */
import { UTF8 } from './codec.js';
import { AwkSyntaxError } from './errors.js';

/** What a token is. */
export type TokenKind =
  | 'newline'
  | 'eof'
  | 'number'
  | 'string'
  | 'regex'
  | 'name'
  | 'funcName'
  | 'builtin'
  | 'keyword'
  | 'op';

/** One token with its source offset. */
export interface Token {
  readonly kind: TokenKind;
  /** Operator or keyword spelling, the name, or the raw text of a literal. */
  readonly text: string;
  /** Offset of the first character in the program text. */
  readonly pos: number;
  /** Number value, decoded string, or regex source (with `\/` unescaped). */
  readonly value?: number | string;
}

const KEYWORDS = new Set([
  'BEGIN',
  'END',
  'BEGINFILE',
  'ENDFILE',
  'function',
  'func',
  'if',
  'else',
  'while',
  'for',
  'do',
  'break',
  'continue',
  'next',
  'nextfile',
  'exit',
  'return',
  'delete',
  'getline',
  'print',
  'printf',
  'in',
]);

const ANY = Number.POSITIVE_INFINITY;

/** Built-in functions (POSIX plus the gawk extensions Mirage supports) and the argument counts each takes. */
export const BUILTINS: Readonly<Record<string, readonly [min: number, max: number]>> = {
  length: [0, 1],
  substr: [2, 3],
  index: [2, 2],
  split: [2, 4],
  sub: [2, 3],
  gsub: [2, 3],
  gensub: [3, 4],
  match: [2, 3],
  sprintf: [1, ANY],
  sin: [1, 1],
  cos: [1, 1],
  atan2: [2, 2],
  exp: [1, 1],
  log: [1, 1],
  sqrt: [1, 1],
  int: [1, 1],
  rand: [0, 0],
  srand: [0, 1],
  tolower: [1, 1],
  toupper: [1, 1],
  system: [1, 1],
  close: [1, 2],
  fflush: [0, 1],
  strftime: [0, 3],
  systime: [0, 0],
  mktime: [1, 2],
  strtonum: [1, 1],
  and: [2, ANY],
  or: [2, ANY],
  xor: [2, ANY],
  lshift: [2, 2],
  rshift: [2, 2],
  compl: [1, 1],
  asort: [1, 3],
  asorti: [1, 3],
  isarray: [1, 1],
  typeof: [1, 2],
};

/** Operators, longest first so that `**=` wins over `**` and `*`. */
const OPERATORS = [
  '**=',
  '&&',
  '||',
  '==',
  '<=',
  '>=',
  '!=',
  '++',
  '--',
  '+=',
  '-=',
  '*=',
  '/=',
  '%=',
  '^=',
  '**',
  '>>',
  '!~',
  '|&',
  '{',
  '}',
  '(',
  ')',
  '[',
  ']',
  ';',
  ',',
  '+',
  '-',
  '*',
  '/',
  '%',
  '^',
  '!',
  '>',
  '<',
  '|',
  '?',
  ':',
  '~',
  '$',
  '=',
];

/** Tokens after which newlines are not statement ends. */
const CONTINUES_LINE = new Set(['{', '&&', '||', ',', 'do', 'else']);

const SIMPLE_ESCAPES: Record<string, string> = {
  '"': '"',
  '\\': '\\',
  '/': '/',
  a: '\x07',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
};

/**
 * Decodes awk string escapes; unknown ones keep the letter and are reported
 * through `warn`. In UTF-8, escaped bytes (`\303\251`) form characters as the
 * bytes would in input.
 */
export function decodeEscapes(raw: string, utf8: boolean, warn?: (message: string) => void): string {
  let out = '';
  let escapedHigh = false;
  const byte = (b: number) => {
    if (utf8 && b >= 0x80) {
      escapedHigh = true;
      return String.fromCharCode(0xdc00 + b);
    }
    return String.fromCharCode(b);
  };
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    if (c !== '\\' || i + 1 >= raw.length) {
      out += c;
      continue;
    }
    const d = raw[++i];
    const simple = SIMPLE_ESCAPES[d];
    if (simple !== undefined) out += simple;
    else if (d >= '0' && d <= '7') {
      let j = i;
      while (j < raw.length && j < i + 3 && raw[j] >= '0' && raw[j] <= '7') j++;
      out += byte(Number.parseInt(raw.slice(i, j), 8) & 0xff);
      i = j - 1;
    } else if (d === 'x' && /[0-9a-fA-F]/.test(raw[i + 1] ?? '')) {
      let j = i + 1;
      while (j < raw.length && j < i + 3 && /[0-9a-fA-F]/.test(raw[j])) j++;
      out += byte(Number.parseInt(raw.slice(i + 1, j), 16));
      i = j - 1;
    } else if (d === '\n') {
      // A backslash-newline inside a string continues it.
    } else {
      warn?.(`escape sequence \`\\${d}' treated as plain \`${d}'`);
      out += d;
    }
  }
  return escapedHigh ? joinEscapedBytes(out) : out;
}

/** Turns runs of escaped bytes (U+DC80..U+DCFF) into the UTF-8 characters they spell. */
export function joinEscapedBytes(text: string): string {
  return UTF8.decode(UTF8.encode(text));
}

/** Splits program text into tokens on demand. */
export class Lexer {
  private at = 0;
  private last: Token | null = null;

  constructor(
    private readonly src: string,
    private readonly utf8: boolean,
    private readonly warn: (message: string, pos: number) => void,
  ) {}

  /** The current offset, to come back to with `reset`. */
  mark(): { at: number; last: Token | null } {
    return { at: this.at, last: this.last };
  }

  reset(m: { at: number; last: Token | null }): void {
    this.at = m.at;
    this.last = m.last;
  }

  /** The next token. */
  next(): Token {
    const tok = this.scan();
    this.last = tok;
    return tok;
  }

  /** Re-reads the `/` or `/=` token at `pos` as the start of a regex literal. */
  rescanRegex(pos: number): Token {
    const s = this.src;
    let i = pos + 1;
    let raw = '';
    let inBracket = false;
    for (;;) {
      if (i >= s.length || s[i] === '\n') throw new AwkSyntaxError('unterminated regexp', pos + 1);
      const c = s[i];
      if (c === '\\' && i + 1 < s.length) {
        if (s[i + 1] === '/') raw += '/';
        else if (s[i + 1] === '\n') raw += '';
        else raw += c + s[i + 1];
        i += 2;
        continue;
      }
      if (inBracket) {
        const cls = c === '[' ? /^\[([:.=])/.exec(s.slice(i, i + 2)) : null;
        if (cls) {
          const close = s.indexOf(`${cls[1]}]`, i + 2);
          if (close > 0 && !s.slice(i, close).includes('\n')) {
            raw += s.slice(i, close + 2);
            i = close + 2;
            continue;
          }
        }
        if (c === ']' && !bracketJustOpened(s, i)) inBracket = false;
      } else if (c === '[') inBracket = true;
      else if (c === '/') break;
      raw += c;
      i++;
    }
    this.at = i + 1;
    const tok: Token = { kind: 'regex', text: s.slice(pos, i + 1), pos, value: raw };
    this.last = tok;
    return tok;
  }

  private scan(): Token {
    const s = this.src;
    const skipNewlines = this.last !== null && CONTINUES_LINE.has(this.last.text) && this.last.kind !== 'string';
    for (;;) {
      const c = s[this.at];
      if (c === ' ' || c === '\t' || c === '\r') this.at++;
      else if (c === '\\' && (s[this.at + 1] === '\n' || (s[this.at + 1] === '\r' && s[this.at + 2] === '\n'))) {
        this.at += s[this.at + 1] === '\n' ? 2 : 3;
      } else if (c === '#') {
        while (this.at < s.length && s[this.at] !== '\n') this.at++;
      } else if (c === '\n' && skipNewlines) this.at++;
      else break;
    }
    const pos = this.at;
    if (pos >= s.length) return { kind: 'eof', text: '', pos };
    const c = s[pos];
    if (c === '\n') {
      this.at++;
      return { kind: 'newline', text: '\n', pos };
    }
    if (c === '"') return this.string(pos);
    if (isDigit(c) || (c === '.' && isDigit(s[pos + 1] ?? ''))) return this.number(pos);
    if (isNameStart(c)) {
      let j = pos + 1;
      while (j < s.length && isNameChar(s[j])) j++;
      const name = s.slice(pos, j);
      this.at = j;
      if (KEYWORDS.has(name)) return { kind: 'keyword', text: name === 'func' ? 'function' : name, pos };
      if (Object.hasOwn(BUILTINS, name)) return { kind: 'builtin', text: name, pos };
      return { kind: s[j] === '(' ? 'funcName' : 'name', text: name, pos };
    }
    for (const op of OPERATORS) {
      if (s.startsWith(op, pos)) {
        this.at = pos + op.length;
        return { kind: 'op', text: op, pos };
      }
    }
    this.at = pos + 1;
    throw new AwkSyntaxError('syntax error', pos);
  }

  private string(pos: number): Token {
    const s = this.src;
    let i = pos + 1;
    while (i < s.length && s[i] !== '"') {
      if (s[i] === '\n') break;
      i += s[i] === '\\' ? 2 : 1;
    }
    if (i >= s.length || s[i] !== '"') throw new AwkSyntaxError('unterminated string', pos);
    this.at = i + 1;
    const raw = s.slice(pos + 1, i);
    const value = decodeEscapes(raw, this.utf8, (m) => this.warn(m, pos));
    return { kind: 'string', text: s.slice(pos, i + 1), pos, value };
  }

  private number(pos: number): Token {
    const s = this.src;
    const hex = /^0[xX][0-9a-fA-F]+/.exec(s.slice(pos, pos + 40));
    if (hex) {
      this.at = pos + hex[0].length;
      return { kind: 'number', text: hex[0], pos, value: Number.parseInt(hex[0].slice(2), 16) };
    }
    const m = /^(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/.exec(s.slice(pos, pos + 400)) as RegExpExecArray;
    const text = m[0];
    this.at = pos + text.length;
    // gawk reads a leading-zero integer as octal unless it holds an 8 or 9.
    if (/^0[0-7]+$/.test(text)) return { kind: 'number', text, pos, value: Number.parseInt(text, 8) };
    return { kind: 'number', text, pos, value: Number(text) };
  }
}

/** True when the `]` at i is the first member of its bracket expression (`[]` or `[^]`). */
function bracketJustOpened(s: string, i: number): boolean {
  return s[i - 1] === '[' || (s[i - 1] === '^' && s[i - 2] === '[');
}

function isDigit(c: string): boolean {
  return c >= '0' && c <= '9';
}

function isNameStart(c: string): boolean {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c === '_';
}

function isNameChar(c: string): boolean {
  return isNameStart(c) || isDigit(c);
}
