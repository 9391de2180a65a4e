/**
 * POSIX basic and extended regular expressions, GNU flavour, translated into
 * JavaScript RegExp source. Patterns are byte strings (one char per byte, as
 * latin1 decoding gives) so the C locale's byte semantics carry over exactly.
 * Syntax errors carry glibc's messages ("Unmatched ( or \\(" …); the `dialect`
 * picks between grep's lenient parser (dfa.c) and sed's strict one (regcomp).
 */
import { type ByteRange, PosixRegexError, parseBracket } from './posix-bracket.js';
import {
  anyUtf8,
  casePartners,
  decodeAt,
  encodeCodePoint,
  foldUnicode,
  sequencesSource,
  unicodeClass,
} from './posix-utf8.js';

export { PosixRegexError };

/** How a pattern is read and what its translation must respect. */
export interface PosixRegexOptions {
  /** ERE (grep -E, sed -E) instead of BRE. */
  readonly extended: boolean;
  /** grep tolerates what sed rejects (leading `*` in ERE, stray `)`, bad `{`). */
  readonly dialect: 'grep' | 'sed';
  /** ASCII case folding, as the C locale does. */
  readonly icase?: boolean;
  /** Fold case by rewriting letters even in pure-ASCII patterns (to join with patterns that need it). */
  readonly handFold?: boolean;
  /**
   * The record terminator when matching a whole buffer of records (grep): `.`,
   * negated sets and \W never match it, and ^ and $ anchor around it.
   */
  readonly eol?: string;
  /** sed's M flag: ^ and $ also match around newlines inside the pattern space. */
  readonly multiline?: boolean;
  /** Groups already used by patterns joined before this one (back-references shift). */
  readonly groupOffset?: number;
  /** sed's escapes \n \t \f \v \a \r \cX \dNNN \oNNN \xHH. */
  readonly sedEscapes?: boolean;
  /**
   * UTF-8 locale: the pattern and the text are UTF-8 (still matched as bytes),
   * `.` and bracket expressions match whole characters, classes and case
   * folding follow Unicode.
   */
  readonly utf8?: boolean;
}

/** A translated pattern. */
export interface PosixRegex {
  /** JavaScript RegExp source; use with `flags`. */
  readonly source: string;
  /** 'i' when case folding was left to the engine (pure-ASCII patterns), else ''. */
  readonly flags: string;
  /** Capture groups the pattern defines. */
  readonly groups: number;
  /**
   * For a top-level alternation, one source per branch that can match only
   * through that branch (group numbers kept), so a caller can pick the longest
   * match as POSIX requires. Empty when there is no top-level alternation.
   */
  readonly branches: readonly string[];
  /** The bytes to find when the pattern is a plain string (no operators), else null. */
  readonly literal: string | null;
  /** The longest run of bytes every match contains ('' when none is known), for prefiltering. */
  readonly required: string;
  /** Whether the pattern can match the empty string (callers must then step over empty matches). */
  readonly nullable: boolean;
  /** grep's warnings ("* at start of expression"). */
  readonly warnings: readonly string[];
}

type Assertion = 'bol' | 'eol' | 'bos' | 'eos' | 'word' | 'notword' | 'wordstart' | 'wordend';

/** The parsed pattern. */
type Node =
  /** A character: a byte, or a code point in UTF-8 mode. */
  | { readonly kind: 'char'; readonly code: number }
  /** A raw byte in UTF-8 mode (invalid UTF-8 in the pattern, or a sed \xHH escape). */
  | { readonly kind: 'byte'; readonly code: number }
  | { readonly kind: 'any' }
  | { readonly kind: 'set'; readonly ranges: readonly ByteRange[]; readonly negated: boolean }
  | { readonly kind: 'assert'; readonly what: Assertion }
  | { readonly kind: 'group'; readonly index: number; readonly body: Node }
  | { readonly kind: 'backref'; readonly index: number }
  | { readonly kind: 'repeat'; readonly body: Node; readonly min: number; readonly max: number }
  | { readonly kind: 'concat'; readonly items: readonly Node[] }
  | { readonly kind: 'alt'; readonly branches: readonly Node[] };

/** Largest repetition count glibc accepts (RE_DUP_MAX). */
const DUP_MAX = 0x7fff;

const WORD: readonly ByteRange[] = [
  [0x30, 0x39],
  [0x41, 0x5a],
  [0x5f, 0x5f],
  [0x61, 0x7a],
];
const SPACE: readonly ByteRange[] = [
  [0x09, 0x0d],
  [0x20, 0x20],
];

/** Translates a POSIX pattern; throws PosixRegexError for what GNU rejects. */
export function translatePosix(pattern: string, opts: PosixRegexOptions): PosixRegex {
  const parser = new Parser(pattern, opts);
  const root = parser.parse();
  // The engine's own folding is safe only on ASCII patterns matched as plain bytes.
  const engineFolds = opts.icase === true && !opts.handFold && !opts.utf8 && !/[^\x00-\x7f]/.test(pattern);
  const emitter = new Emitter(opts, opts.icase === true && !engineFolds);
  const branches = root.kind === 'alt' ? root.branches.map((_, k) => emitter.branch(root, k)) : [];
  return {
    source: emitter.emit(root),
    flags: engineFolds ? 'i' : '',
    groups: parser.groups,
    branches,
    literal: literalOf(root, opts.utf8 === true),
    required: requiredOf(root, opts.utf8 === true),
    nullable: nullable(root),
    warnings: parser.warnings,
  };
}

/** The JS source matching `text` literally (for -F patterns joined with regexes). */
export function escapeLiteral(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) out += escapeChar(text.charCodeAt(i));
  return out;
}

/** The bytes a char or byte node stands for. */
function bytesOf(node: Node & { kind: 'char' | 'byte' }, utf8: boolean): string {
  return node.kind === 'char' && utf8 && node.code > 0x7f ? encodeCodePoint(node.code) : String.fromCharCode(node.code);
}

function literalOf(node: Node, utf8: boolean): string | null {
  if (node.kind === 'char' || node.kind === 'byte') return bytesOf(node, utf8);
  if (node.kind !== 'concat' || node.items.length === 0) return null;
  let out = '';
  for (const item of node.items) {
    if (item.kind !== 'char' && item.kind !== 'byte') return null;
    out += bytesOf(item, utf8);
  }
  return out;
}

/** Whether `node` can match without consuming input. */
function nullable(node: Node): boolean {
  switch (node.kind) {
    case 'char':
    case 'byte':
    case 'any':
    case 'set':
      return false;
    case 'assert':
    case 'backref':
      return true;
    case 'group':
      return nullable(node.body);
    case 'repeat':
      return node.min === 0 || nullable(node.body);
    case 'concat':
      return node.items.every(nullable);
    case 'alt':
      return node.branches.some(nullable);
  }
}

/** The longest literal run of a top-level sequence (groups without alternation are looked into). */
function requiredOf(root: Node, utf8: boolean): string {
  let best = '';
  let run = '';
  const end = () => {
    if (run.length > best.length) best = run;
    run = '';
  };
  const visit = (node: Node): void => {
    if (node.kind === 'char' || node.kind === 'byte') run += bytesOf(node, utf8);
    else if (node.kind === 'concat') node.items.forEach(visit);
    else if (node.kind === 'group' && node.body.kind !== 'alt') visit(node.body);
    else if (node.kind === 'repeat' && node.min >= 1) {
      end();
      visit(node.body);
      end();
    } else if (node.kind !== 'assert') end();
  };
  visit(root);
  end();
  return best;
}

class Parser {
  private pos = 0;
  private depth = 0;
  groups = 0;
  private readonly closed = new Set<number>();
  readonly warnings: string[] = [];
  private readonly ere: boolean;
  private readonly grep: boolean;

  constructor(
    private readonly p: string,
    private readonly opts: PosixRegexOptions,
  ) {
    this.ere = opts.extended;
    this.grep = opts.dialect === 'grep';
  }

  parse(): Node {
    return this.alternation();
  }

  private alternation(): Node {
    const branches = [this.branch()];
    while (this.atAlternation()) {
      this.pos += this.ere ? 1 : 2;
      branches.push(this.branch());
    }
    return branches.length === 1 ? branches[0] : { kind: 'alt', branches };
  }

  private atAlternation(): boolean {
    return this.ere ? this.p[this.pos] === '|' : this.p.startsWith('\\|', this.pos);
  }

  private atGroupClose(): boolean {
    return this.ere ? this.p[this.pos] === ')' : this.p.startsWith('\\)', this.pos);
  }

  private branch(): Node {
    const items: Node[] = [];
    let start = true;
    while (this.pos < this.p.length && !this.atAlternation()) {
      if (this.atGroupClose()) {
        if (this.depth > 0) break;
        if (!this.ere || !this.grep) throw new PosixRegexError('Unmatched ) or \\)');
        items.push({ kind: 'char', code: 0x29 });
        this.pos++;
        start = false;
        this.repeats(items);
        continue;
      }
      if (start && this.leadingRepeat(items)) continue;
      const atom = this.atom(start);
      items.push(atom);
      // An operator right after a leading ^ sees the start of the expression;
      // grep's ERE applies it to the anchor, with a warning.
      start = atom.kind === 'assert' && atom.what === 'bol' && start;
      if (start && this.ere && this.grep) {
        const op = this.repeatOp();
        if (op) this.warnings.push(`${op === '{' ? '{...}' : op} at start of expression`);
        start = false;
      }
      if (!start) this.repeats(items);
    }
    return items.length === 1 ? items[0] : { kind: 'concat', items };
  }

  /** A repetition operator where nothing precedes it: literal (BRE), ignored (grep ERE) or an error. */
  private leadingRepeat(items: Node[]): boolean {
    const op = this.repeatOp();
    if (!op) return false;
    if (this.ere) {
      if (!this.grep) throw new PosixRegexError('Invalid preceding regular expression');
      const interval = op === '{' ? this.interval() : null;
      if (op === '{' && !interval) return false;
      this.warnings.push(`${op === '{' ? '{...}' : op} at start of expression`);
      if (op !== '{') this.pos++;
      return true;
    }
    if (op === '{' && !this.grep) throw new PosixRegexError('Invalid preceding regular expression');
    const text = op === '*' ? '*' : op === '{' ? '{' : op;
    this.pos += op === '*' ? 1 : 2;
    items.push({ kind: 'char', code: text.charCodeAt(0) });
    return true;
  }

  /** The repetition operator at pos ('*', '+', '?', '{'), or null. */
  private repeatOp(): string | null {
    const c = this.p[this.pos];
    if (c === '*') return '*';
    if (this.ere) return c === '+' || c === '?' || c === '{' ? c : null;
    if (c !== '\\') return null;
    const d = this.p[this.pos + 1];
    return d === '+' || d === '?' || d === '{' ? d : null;
  }

  /** Applies the repetition operators following the last item. */
  private repeats(items: Node[]): void {
    let repeated = false;
    for (;;) {
      const op = this.repeatOp();
      if (!op) return;
      if (repeated && !this.ere && !this.grep && (op === '*' || op === '{')) {
        throw new PosixRegexError('Invalid preceding regular expression');
      }
      let min: number;
      let max: number;
      if (op === '{') {
        const interval = this.interval();
        if (!interval) return;
        [min, max] = interval;
      } else {
        this.pos += op === '*' || this.ere ? 1 : 2;
        min = op === '+' ? 1 : 0;
        max = op === '?' ? 1 : Number.POSITIVE_INFINITY;
      }
      const body = items.pop() as Node;
      items.push({ kind: 'repeat', body, min, max });
      repeated = true;
    }
  }

  /**
   * Reads `{m,n}` (or `\{m,n\}`) at pos. Returns null when grep's ERE reads the
   * brace as a literal (it then stays at pos for the atom parser).
   */
  private interval(): [number, number] | null {
    const open = this.ere ? 1 : 2;
    const close = this.ere ? '}' : '\\}';
    const end = this.p.indexOf(close, this.pos + open);
    const body = end < 0 ? '' : this.p.slice(this.pos + open, end);
    const valid = end >= 0 && /^(\d+|\d*,\d*)$/.test(body);
    if (!valid) {
      // glibc rejects an empty `{}` even where it reads other bad braces literally.
      if (this.ere && this.grep && !(end >= 0 && body === '')) return null;
      throw new PosixRegexError(end < 0 ? 'Unmatched \\{' : 'Invalid content of \\{\\}');
    }
    const comma = body.indexOf(',');
    const min = comma < 0 ? Number(body) : comma === 0 ? 0 : Number(body.slice(0, comma));
    const max = comma < 0 ? min : comma === body.length - 1 ? Number.POSITIVE_INFINITY : Number(body.slice(comma + 1));
    if (min > max) throw new PosixRegexError('Invalid content of \\{\\}');
    if (min > DUP_MAX || (max !== Number.POSITIVE_INFINITY && max > DUP_MAX)) {
      throw new PosixRegexError('Regular expression too big');
    }
    this.pos = end + close.length;
    return [min, max];
  }

  private atom(start: boolean): Node {
    const c = this.p[this.pos];
    if (c === '[') {
      const br = parseBracket(this.p, this.pos, this.opts.sedEscapes === true, this.opts.utf8 === true);
      this.pos = br.end;
      return { kind: 'set', ranges: br.ranges, negated: br.negated };
    }
    if (c === '.') {
      this.pos++;
      return { kind: 'any' };
    }
    if (c === '^' && (this.ere || start)) {
      this.pos++;
      return { kind: 'assert', what: 'bol' };
    }
    if (c === '$' && (this.ere || this.atBranchEnd(this.pos + 1))) {
      this.pos++;
      return { kind: 'assert', what: 'eol' };
    }
    if (this.ere && c === '(') return this.group(1);
    if (c === '\\') return this.escape();
    return this.character();
  }

  /** One character at pos: a byte, or in UTF-8 mode a whole encoded character (or a stray byte). */
  private character(): Node {
    const code = this.p.charCodeAt(this.pos);
    if (this.opts.utf8 && code > 0x7f) {
      const decoded = decodeAt(this.p, this.pos);
      if (!decoded) {
        this.pos++;
        return { kind: 'byte', code };
      }
      this.pos += decoded.length;
      return { kind: 'char', code: decoded.cp };
    }
    this.pos++;
    return { kind: 'char', code };
  }

  /** BRE: `$` is an anchor only at the end of the pattern, a group or a branch. */
  private atBranchEnd(at: number): boolean {
    return at === this.p.length || this.p.startsWith('\\)', at) || this.p.startsWith('\\|', at);
  }

  private group(openLength: number): Node {
    this.pos += openLength;
    const index = ++this.groups;
    this.depth++;
    const body = this.alternation();
    this.depth--;
    if (!this.atGroupClose()) throw new PosixRegexError('Unmatched ( or \\(');
    this.pos += openLength;
    this.closed.add(index);
    return { kind: 'group', index, body };
  }

  private escape(): Node {
    const d = this.p[this.pos + 1];
    if (d === undefined) throw new PosixRegexError('Trailing backslash');
    if (!this.ere && d === '(') return this.group(2);
    this.pos += 2;
    if (d >= '1' && d <= '9') {
      const n = d.charCodeAt(0) - 0x30;
      if (!this.closed.has(n)) throw new PosixRegexError('Invalid back reference');
      return { kind: 'backref', index: n };
    }
    const assertion = ESCAPE_ASSERTIONS[d];
    if (assertion) return { kind: 'assert', what: assertion };
    const utf8 = this.opts.utf8 === true;
    if (d === 'w' || d === 'W')
      return { kind: 'set', ranges: utf8 ? [...WORD, ...unicodeClass('word')] : WORD, negated: d === 'W' };
    if (d === 's' || d === 'S')
      return { kind: 'set', ranges: utf8 ? [...SPACE, ...unicodeClass('space')] : SPACE, negated: d === 'S' };
    if (this.opts.sedEscapes) {
      const code = this.sedEscape(d);
      if (code !== null) return { kind: utf8 && code > 0x7f ? 'byte' : 'char', code };
    }
    this.pos--;
    return this.character();
  }

  /** sed's character escapes; pos is just after the letter. */
  private sedEscape(d: string): number | null {
    const simple = SED_ESCAPES[d];
    if (simple !== undefined) return simple;
    if (d === 'c') {
      const x = this.p[this.pos];
      if (x === undefined) return null;
      this.pos++;
      return x.toUpperCase().charCodeAt(0) ^ 0x40;
    }
    const spec = NUMERIC_ESCAPES[d];
    if (!spec) return null;
    const m = spec.re.exec(this.p.slice(this.pos));
    if (!m || m[0] === '') return null;
    this.pos += m[0].length;
    return Number.parseInt(m[0], spec.radix) & 0xff;
  }
}

const ESCAPE_ASSERTIONS: Record<string, Assertion> = {
  b: 'word',
  B: 'notword',
  '<': 'wordstart',
  '>': 'wordend',
  '`': 'bos',
  "'": 'eos',
};

const SED_ESCAPES: Record<string, number> = { a: 7, f: 12, n: 10, r: 13, t: 9, v: 11 };

const NUMERIC_ESCAPES: Record<string, { re: RegExp; radix: number }> = {
  d: { re: /^[0-9]{1,3}/, radix: 10 },
  o: { re: /^[0-7]{1,3}/, radix: 8 },
  x: { re: /^[0-9a-fA-F]{1,2}/, radix: 16 },
};

class Emitter {
  private readonly eol: string | null;
  private readonly eolCode: number;
  private readonly offset: number;

  constructor(
    private readonly opts: PosixRegexOptions,
    /** Fold case by rewriting letters (when the engine's own folding would touch non-ASCII bytes). */
    private readonly foldByHand: boolean,
  ) {
    this.eolCode = opts.eol === undefined ? -1 : opts.eol.charCodeAt(0);
    this.eol = this.eolCode < 0 ? null : escapeClassChar(this.eolCode);
    this.offset = opts.groupOffset ?? 0;
  }

  /** The source of `root` (an alternation) matching only through branch k. */
  branch(root: Node & { kind: 'alt' }, k: number): string {
    return root.branches.map((b, i) => (i === k ? this.emit(b) : `(?!)${this.emit(b)}`)).join('|');
  }

  emit(node: Node): string {
    switch (node.kind) {
      case 'char':
        return this.char(node.code);
      case 'byte':
        return escapeChar(node.code);
      case 'any':
        if (this.opts.utf8) return anyUtf8(this.eolCode < 0 ? [] : [this.eolCode]);
        return this.eol === null ? '[\\s\\S]' : `[^${this.eol}]`;
      case 'set':
        return this.set(node.ranges, node.negated);
      case 'assert':
        return this.assertion(node.what);
      case 'group':
        return `(${this.emit(node.body)})`;
      case 'backref':
        return `(?:\\${node.index + this.offset})`;
      case 'repeat':
        return this.repeat(node);
      case 'concat':
        return node.items.map((n) => (n.kind === 'alt' ? `(?:${this.emit(n)})` : this.emit(n))).join('');
      case 'alt':
        return node.branches.map((b) => this.emit(b)).join('|');
    }
  }

  private char(code: number): string {
    if (this.opts.utf8 && code > 0x7f) {
      const variants = this.foldByHand ? [code, ...casePartners(code)] : [code];
      return `(?:${variants.map((cp) => escapeLiteral(encodeCodePoint(cp))).join('|')})`;
    }
    if (this.foldByHand) {
      const other = otherCase(code);
      if (other !== code) return `[${escapeClassChar(code)}${escapeClassChar(other)}]`;
    }
    return escapeChar(code);
  }

  private set(ranges: readonly ByteRange[], negated: boolean): string {
    if (this.opts.utf8) return this.utf8Set(ranges, negated);
    let all = this.foldByHand ? foldRanges(ranges) : ranges;
    if (this.eolCode >= 0 && !negated) all = withoutCode(all, this.eolCode);
    let body = '';
    for (const [lo, hi] of all) {
      body += lo === hi ? escapeClassChar(lo) : `${escapeClassChar(lo)}-${escapeClassChar(hi)}`;
    }
    if (negated) return `[^${body}${this.eol ?? ''}]`;
    // A set holding only the record terminator can never match inside a record.
    return body === '' ? '(?!)' : `[${body}]`;
  }

  /** A set in UTF-8 mode: ASCII members as a class, others as byte sequences; negation spans whole characters. */
  private utf8Set(ranges: readonly ByteRange[], negated: boolean): string {
    let ascii = clip(ranges, 0, 0x7f);
    let high = clip(ranges, 0x80, 0x10ffff);
    if (this.foldByHand) {
      ascii = foldRanges(ascii);
      high = foldUnicode(high);
    }
    const members = (low: readonly ByteRange[]): string => {
      const parts: string[] = [];
      if (low.length > 0)
        parts.push(
          `[${low.map(([lo, hi]) => (lo === hi ? escapeClassChar(lo) : `${escapeClassChar(lo)}-${escapeClassChar(hi)}`)).join('')}]`,
        );
      if (high.length > 0) parts.push(sequencesSource(high));
      return parts.length === 0 ? '(?!)' : `(?:${parts.join('|')})`;
    };
    if (negated) return `(?:(?!${members(ascii)})${anyUtf8(this.eolCode < 0 ? [] : [this.eolCode])})`;
    return members(this.eolCode >= 0 ? withoutCode(ascii, this.eolCode) : ascii);
  }

  private assertion(what: Assertion): string {
    const nl = this.eol ?? (this.opts.multiline ? '\\n' : null);
    switch (what) {
      case 'bol':
        return nl === null ? '^' : `(?<![^${nl}])`;
      case 'eol':
        return nl === null ? '$' : `(?![^${nl}])`;
      case 'bos':
        return this.eol === null ? '(?<![\\s\\S])' : `(?<![^${this.eol}])`;
      case 'eos':
        return this.eol === null ? '(?![\\s\\S])' : `(?![^${this.eol}])`;
      case 'word':
        return this.opts.utf8 ? `(?:(?<=${wordChar()})(?!${wordChar()})|(?<!${wordChar()})(?=${wordChar()}))` : '\\b';
      case 'notword':
        return this.opts.utf8 ? `(?:(?<=${wordChar()})(?=${wordChar()})|(?<!${wordChar()})(?!${wordChar()}))` : '\\B';
      case 'wordstart':
        return this.opts.utf8 ? `(?<!${wordChar()})(?=${wordChar()})` : '\\b(?=\\w)';
      case 'wordend':
        return this.opts.utf8 ? `(?<=${wordChar()})(?!${wordChar()})` : '\\b(?<=\\w)';
    }
  }

  private repeat(node: Node & { kind: 'repeat' }): string {
    const b = node.body;
    const atomic = b.kind === 'char' || b.kind === 'byte' || b.kind === 'any' || b.kind === 'set' || b.kind === 'group';
    const body = atomic ? this.emit(b) : `(?:${this.emit(b)})`;
    const { min, max } = node;
    if (min === 0 && max === Number.POSITIVE_INFINITY) return `${body}*`;
    if (min === 1 && max === Number.POSITIVE_INFINITY) return `${body}+`;
    if (min === 0 && max === 1) return `${body}?`;
    if (max === Number.POSITIVE_INFINITY) return `${body}{${min},}`;
    return min === max ? `${body}{${min}}` : `${body}{${min},${max}}`;
  }
}

let wordCharSource: string | null = null;

/** RegExp source for one word character in UTF-8 mode (ASCII alnum, _ or a Unicode letter or digit). */
export function wordChar(): string {
  if (wordCharSource === null) wordCharSource = `(?:[0-9A-Z_a-z]|${sequencesSource(unicodeClass('word'))})`;
  return wordCharSource;
}

/** The parts of the ranges inside [lo, hi]. */
function clip(ranges: readonly ByteRange[], lo: number, hi: number): ByteRange[] {
  const out: ByteRange[] = [];
  for (const [a, b] of ranges) {
    const from = Math.max(a, lo);
    const to = Math.min(b, hi);
    if (from <= to) out.push([from, to]);
  }
  return out;
}

/** The other ASCII case of a letter, or the code itself. */
function otherCase(code: number): number {
  if (code >= 0x41 && code <= 0x5a) return code + 0x20;
  if (code >= 0x61 && code <= 0x7a) return code - 0x20;
  return code;
}

/** Adds the other ASCII case of every letter the ranges cover. */
function foldRanges(ranges: readonly ByteRange[]): ByteRange[] {
  const out: ByteRange[] = [...ranges];
  for (const [lo, hi] of ranges) {
    for (const [a, z, shift] of [
      [0x41, 0x5a, 0x20],
      [0x61, 0x7a, -0x20],
    ] as const) {
      const from = Math.max(lo, a);
      const to = Math.min(hi, z);
      if (from <= to) out.push([from + shift, to + shift]);
    }
  }
  return out;
}

/** The ranges minus one code. */
function withoutCode(ranges: readonly ByteRange[], code: number): ByteRange[] {
  const out: ByteRange[] = [];
  for (const [lo, hi] of ranges) {
    if (code < lo || code > hi) out.push([lo, hi]);
    else {
      if (lo < code) out.push([lo, code - 1]);
      if (code < hi) out.push([code + 1, hi]);
    }
  }
  return out;
}

function escapeChar(code: number): string {
  if (code < 0x20 || code >= 0x7f) return hexEscape(code);
  const ch = String.fromCharCode(code);
  return /[\\^$.*+?()[\]{}|/]/.test(ch) ? `\\${ch}` : ch;
}

function escapeClassChar(code: number): string {
  if (code < 0x20 || code >= 0x7f) return hexEscape(code);
  const ch = String.fromCharCode(code);
  return /[\\\]^[-]/.test(ch) ? `\\${ch}` : ch;
}

function hexEscape(code: number): string {
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}
