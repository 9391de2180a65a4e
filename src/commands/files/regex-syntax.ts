/**
 * GNU regular expression dialects (emacs, POSIX basic, POSIX extended) turned
 * into JavaScript RegExp source, with glibc's error messages. Matching stays
 * JavaScript's: for whole-string tests (find -regex, expr's anchored match)
 * backtracking finds a match exactly when POSIX's leftmost-longest does.
 */

/** A dialect: which characters are operators bare and which need a backslash. */
export interface RegexDialect {
  /** `\(` `\)` `\|` group and alternate (BRE, emacs) instead of `(` `)` `|` (ERE). */
  readonly backslashGroups: boolean;
  /** How `{m,n}` is written: `\{m,n\}` (BRE), `{m,n}` (ERE) or not at all (emacs). */
  readonly intervals: 'backslash' | 'bare' | 'none';
  /** How `+` and `?` are written: bare (ERE, emacs), `\+` `\?` (GNU BRE) or not at all. */
  readonly plusQuestion: 'bare' | 'backslash' | 'none';
  /** `^` and `$` are anchors anywhere (ERE), not only at the ends of a branch. */
  readonly anchorsAnywhere: boolean;
  /** A repetition with nothing before it is an error (ERE) rather than a literal. */
  readonly strictRepeat: boolean;
  /** `[:alpha:]` classes inside brackets (not in emacs syntax). */
  readonly charClasses: boolean;
  /** `.` and negated lists match a newline. */
  readonly dotNewline: boolean;
}

const EMACS: RegexDialect = {
  backslashGroups: true,
  intervals: 'none',
  plusQuestion: 'bare',
  anchorsAnywhere: false,
  strictRepeat: false,
  charClasses: false,
  dotNewline: false,
};
const BASIC: RegexDialect = {
  backslashGroups: true,
  intervals: 'backslash',
  plusQuestion: 'backslash',
  anchorsAnywhere: false,
  strictRepeat: false,
  charClasses: true,
  dotNewline: true,
};
const EXTENDED: RegexDialect = {
  backslashGroups: false,
  intervals: 'bare',
  plusQuestion: 'bare',
  anchorsAnywhere: true,
  strictRepeat: true,
  charClasses: true,
  dotNewline: true,
};

/** The dialects find's -regextype accepts, by name, in the order GNU lists them. */
export const REGEX_TYPES: ReadonlyMap<string, RegexDialect> = new Map([
  ['findutils-default', EMACS],
  ['ed', BASIC],
  ['emacs', EMACS],
  ['gnu-awk', EXTENDED],
  ['grep', BASIC],
  ['posix-awk', EXTENDED],
  ['awk', EXTENDED],
  ['posix-basic', BASIC],
  ['posix-egrep', EXTENDED],
  ['egrep', EXTENDED],
  ['posix-extended', EXTENDED],
  ['posix-minimal-basic', { ...BASIC, plusQuestion: 'none' }],
  ['sed', BASIC],
]);

/** POSIX basic regular expressions as GNU grep, sed and expr read them. */
export const POSIX_BASIC: RegexDialect = BASIC;

/** A pattern glibc's regcomp would refuse; the message is regerror's text. */
export class RegexSyntaxError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RegexSyntaxError';
  }
}

/** glibc's regerror texts. */
const E = {
  paren: 'Unmatched ( or \\(',
  rparen: 'Unmatched ) or \\)',
  bracket: 'Unmatched [, [^, [:, [., or [=',
  badPattern: 'Invalid regular expression',
  repeat: 'Invalid preceding regular expression',
  escape: 'Trailing backslash',
  backref: 'Invalid back reference',
  brace: 'Unmatched \\{',
  braceContent: 'Invalid content of \\{\\}',
  range: 'Invalid range end',
  ctype: 'Invalid character class name',
  size: 'Regular expression too big',
} as const;

/** RE_DUP_MAX: the largest count an interval may give. */
const DUP_MAX = 0x7fff;

const CLASSES: Record<string, string> = {
  alnum: 'A-Za-z0-9',
  alpha: 'A-Za-z',
  blank: ' \\t',
  cntrl: '\\x00-\\x1f\\x7f',
  digit: '0-9',
  graph: '!-~',
  lower: 'a-z',
  print: ' -~',
  punct: '!-\\/:-@\\[-`{-~',
  space: ' \\t\\n\\r\\f\\v',
  upper: 'A-Z',
  xdigit: '0-9A-Fa-f',
};

function literal(ch: string): string {
  return /[\\^$.*+?()[\]{}|/]/.test(ch) ? `\\${ch}` : ch;
}

function classChar(ch: string): string {
  return /[\\\]^[-]/.test(ch) ? `\\${ch}` : ch;
}

/** GNU's backslash escapes that are classes or assertions. */
const ESCAPES: Record<string, [string, Item['kind']]> = {
  w: ['[A-Za-z0-9_]', 'atom'],
  W: ['[^A-Za-z0-9_]', 'atom'],
  s: ['\\s', 'atom'],
  S: ['\\S', 'atom'],
  b: ['\\b', 'assertion'],
  B: ['\\B', 'assertion'],
  '<': ['\\b(?=\\w)', 'assertion'],
  '>': ['\\b(?<=\\w)', 'assertion'],
  '`': ['^', 'assertion'],
  "'": ['$', 'assertion'],
};

interface Item {
  src: string;
  /** Anchors and assertions cannot be repeated; a repeated item is wrapped before repeating again. */
  kind: 'atom' | 'repeated' | 'assertion';
}

interface Frame {
  branches: string[];
  items: Item[];
  /** Capturing group number, or 0 for the top level. */
  group: number;
}

/** Translates `pattern` in `dialect` to JavaScript RegExp source (unanchored). Throws RegexSyntaxError. */
export function translateRegex(pattern: string, dialect: RegexDialect): string {
  return new Translator(pattern, dialect).run();
}

class Translator {
  private i = 0;
  private groups = 0;
  private readonly closed = new Set<number>();
  private readonly stack: Frame[] = [{ branches: [], items: [], group: 0 }];

  constructor(
    private readonly p: string,
    private readonly d: RegexDialect,
  ) {}

  private get top(): Frame {
    return this.stack[this.stack.length - 1];
  }

  run(): string {
    while (this.i < this.p.length) this.step();
    if (this.stack.length > 1) throw new RegexSyntaxError(E.paren);
    return this.finishBranches(this.top);
  }

  private finishBranches(f: Frame): string {
    f.branches.push(f.items.map((x) => x.src).join(''));
    return f.branches.join('|');
  }

  private push(src: string, kind: Item['kind'] = 'atom'): void {
    this.top.items.push({ src, kind });
  }

  private atBranchStart(): boolean {
    return this.top.items.length === 0;
  }

  /** Whether the text at `at` closes a group or a branch (where a BRE `$` is an anchor). */
  private endsBranch(at: number): boolean {
    if (at >= this.p.length) return true;
    if (this.d.backslashGroups) return this.p[at] === '\\' && (this.p[at + 1] === ')' || this.p[at + 1] === '|');
    return this.p[at] === ')' || this.p[at] === '|';
  }

  private step(): void {
    const c = this.p[this.i++];
    if (c === '\\') {
      if (this.i >= this.p.length) throw new RegexSyntaxError(E.escape);
      this.escaped(this.p[this.i++]);
      return;
    }
    if (!this.d.backslashGroups && this.groupOp(c)) return;
    if (c === '*') this.repeat('*', '*');
    else if ((c === '+' || c === '?') && this.d.plusQuestion === 'bare') this.repeat(c, c);
    else if (c === '{' && this.d.intervals === 'bare') this.interval('{');
    else if (c === '[') this.push(this.bracket());
    else if (c === '.') this.push(this.d.dotNewline ? '[\\s\\S]' : '.');
    else if (c === '^' && (this.d.anchorsAnywhere || this.atBranchStart())) this.push('^', 'assertion');
    else if (c === '$' && (this.d.anchorsAnywhere || this.endsBranch(this.i))) this.push('$', 'assertion');
    else this.push(literal(c));
  }

  /** ERE's bare ( ) |; returns false when `c` is none of them (or an unmatched ')', which is literal). */
  private groupOp(c: string): boolean {
    if (c === '(') this.open();
    else if (c === ')' && this.stack.length > 1) this.close();
    else if (c === '|') this.alternate();
    else return false;
    return true;
  }

  private escaped(c: string): void {
    const groups = this.d.backslashGroups;
    if (groups && c === '(') this.open();
    else if (groups && c === ')') {
      if (this.stack.length === 1) throw new RegexSyntaxError(E.rparen);
      this.close();
    } else if (groups && c === '|') this.alternate();
    else if (c === '{' && this.d.intervals === 'backslash') this.interval('\\{');
    else if ((c === '+' || c === '?') && this.d.plusQuestion === 'backslash') this.repeat(c, c);
    else if (c >= '1' && c <= '9') {
      if (!this.closed.has(Number(c))) throw new RegexSyntaxError(E.backref);
      this.push(`\\${c}`);
    } else {
      const s = ESCAPES[c];
      if (s) this.push(s[0], s[1]);
      else this.push(literal(c));
    }
  }

  private open(): void {
    const group = ++this.groups;
    this.stack.push({ branches: [], items: [], group });
  }

  private close(): void {
    const f = this.stack.pop() as Frame;
    this.closed.add(f.group);
    this.push(`(${this.finishBranches(f)})`);
  }

  private alternate(): void {
    const f = this.top;
    f.branches.push(f.items.map((x) => x.src).join(''));
    f.items = [];
  }

  /** Applies a repetition to the last item; at a branch start it is literal (BRE, emacs) or an error (ERE). */
  private repeat(op: string, text: string): void {
    const last = this.top.items[this.top.items.length - 1];
    if (!last || last.kind === 'assertion') {
      if (this.d.strictRepeat) throw new RegexSyntaxError(E.repeat);
      this.push(literal(text));
      return;
    }
    const base = last.kind === 'repeated' ? `(?:${last.src})` : last.src;
    this.top.items[this.top.items.length - 1] = { src: base + op, kind: 'repeated' };
  }

  /** Parses `m}`, `m,}`, `m,n}` or `,n}` after the opening brace. */
  private interval(open: string): void {
    const close = open === '{' ? '}' : '\\}';
    const rest = this.p.slice(this.i);
    const m = /^(\d*)(,(\d*))?/.exec(rest) as RegExpExecArray;
    const after = this.i + m[0].length;
    if (!this.p.startsWith(close, after)) {
      throw new RegexSyntaxError(after >= this.p.length ? E.brace : E.braceContent);
    }
    if (m[0].length === 0) throw new RegexSyntaxError(E.braceContent);
    const min = m[1] === '' ? 0 : Number(m[1]);
    const max = m[2] === undefined ? min : m[3] === '' ? Number.POSITIVE_INFINITY : Number(m[3]);
    if (min > max) throw new RegexSyntaxError(E.braceContent);
    if (min > DUP_MAX || (max !== Number.POSITIVE_INFINITY && max > DUP_MAX)) throw new RegexSyntaxError(E.size);
    this.i = after + close.length;
    const op = max === min ? `{${min}}` : max === Number.POSITIVE_INFINITY ? `{${min},}` : `{${min},${max}}`;
    this.repeat(op, open + m[0] + close);
  }

  /** Parses a bracket expression after its '['; returns a JS character class. */
  private bracket(): string {
    const p = this.p;
    let negate = false;
    if (p[this.i] === '^') {
      negate = true;
      this.i++;
    }
    if (this.i >= p.length) throw new RegexSyntaxError(E.badPattern);
    let body = '';
    let first = true;
    while (this.i < p.length) {
      const c = p[this.i];
      if (c === ']' && !first) {
        this.i++;
        if (negate && !this.d.dotNewline) body += '\\n';
        return `[${negate ? '^' : ''}${body}]`;
      }
      first = false;
      const element = this.bracketElement();
      if (element.cls !== undefined) {
        body += element.cls;
        continue;
      }
      const ch = element.ch as string;
      if (p[this.i] === '-' && p[this.i + 1] !== ']' && this.i + 1 < p.length) {
        this.i++;
        const end = this.bracketElement();
        if (end.cls !== undefined) throw new RegexSyntaxError(E.range);
        if ((end.ch as string).codePointAt(0)! < ch.codePointAt(0)!) throw new RegexSyntaxError(E.range);
        body += `${classChar(ch)}-${classChar(end.ch as string)}`;
        continue;
      }
      body += classChar(ch);
    }
    throw new RegexSyntaxError(E.bracket);
  }

  /** One element of a list: a character, `[:class:]`, `[=c=]` or `[.c.]`. */
  private bracketElement(): { ch?: string; cls?: string } {
    const p = this.p;
    const c = p[this.i];
    if (c === '[' && (p[this.i + 1] === ':' || p[this.i + 1] === '=' || p[this.i + 1] === '.')) {
      const kind = p[this.i + 1];
      if (kind !== ':' || this.d.charClasses) {
        const end = p.indexOf(`${kind}]`, this.i + 2);
        if (end < 0) throw new RegexSyntaxError(E.bracket);
        const name = p.slice(this.i + 2, end);
        this.i = end + 2;
        if (kind === ':') {
          const cls = CLASSES[name];
          if (cls === undefined) throw new RegexSyntaxError(E.ctype);
          return { cls };
        }
        if ([...name].length !== 1)
          throw new RegexSyntaxError(kind === '.' ? 'Invalid collation character' : E.bracket);
        return { ch: name };
      }
    }
    const cp = p.codePointAt(this.i) as number;
    const ch = String.fromCodePoint(cp);
    this.i += ch.length;
    return { ch };
  }
}
