/**
 * bc's language: tokens (numbers in any ibase, names, strings, comments,
 * backslash-newline joins) and a recursive-descent parser that groups
 * statements by input line, as bc runs them, and resynchronises after a
 * syntax error at the next newline.
 */

/** An expression. */
export type Expr =
  | { readonly kind: 'num'; readonly text: string }
  | { readonly kind: 'var'; readonly name: string }
  | { readonly kind: 'elem'; readonly name: string; readonly index: Expr }
  | { readonly kind: 'special'; readonly name: 'scale' | 'ibase' | 'obase' | 'last' }
  | { readonly kind: 'call'; readonly name: string; readonly args: readonly Arg[] }
  | { readonly kind: 'builtin'; readonly name: 'length' | 'sqrt' | 'scale' | 'read'; readonly arg: Expr | null }
  | { readonly kind: 'unary'; readonly op: '-' | '!'; readonly operand: Expr }
  | { readonly kind: 'step'; readonly op: '++' | '--'; readonly prefix: boolean; readonly target: Lvalue }
  | { readonly kind: 'binary'; readonly op: string; readonly left: Expr; readonly right: Expr }
  | { readonly kind: 'assign'; readonly op: string; readonly target: Lvalue; readonly value: Expr };

/** What can be assigned to. */
export type Lvalue = Extract<Expr, { kind: 'var' | 'elem' | 'special' }>;

/** A call argument: a value, or a whole array (name[]). */
export type Arg = { readonly kind: 'value'; readonly expr: Expr } | { readonly kind: 'array'; readonly name: string };

/** A statement. */
export type Stmt =
  | { readonly kind: 'expr'; readonly expr: Expr }
  | { readonly kind: 'string'; readonly text: string }
  | { readonly kind: 'print'; readonly items: readonly (Expr | { readonly kind: 'string'; readonly text: string })[] }
  | { readonly kind: 'block'; readonly body: readonly Stmt[] }
  | { readonly kind: 'if'; readonly cond: Expr; readonly then: Stmt; readonly else: Stmt | null }
  | { readonly kind: 'while'; readonly cond: Expr; readonly body: Stmt }
  | {
      readonly kind: 'for';
      readonly init: Expr | null;
      readonly cond: Expr | null;
      readonly step: Expr | null;
      readonly body: Stmt;
    }
  | { readonly kind: 'break' | 'continue' | 'halt' }
  | { readonly kind: 'return'; readonly value: Expr | null }
  | { readonly kind: 'define'; readonly fn: FunctionDef };

/** A user function. */
export interface FunctionDef {
  readonly name: string;
  readonly params: readonly { readonly name: string; readonly array: boolean }[];
  readonly autos: readonly { readonly name: string; readonly array: boolean }[];
  readonly body: readonly Stmt[];
}

/** What one input line turned into. */
export type Group =
  | { readonly kind: 'run'; readonly stmts: readonly Stmt[] }
  | { readonly kind: 'error'; readonly message: string }
  | { readonly kind: 'quit' };

interface Token {
  readonly type: 'num' | 'name' | 'str' | 'op' | 'nl' | 'eof';
  readonly text: string;
  readonly line: number;
}

class BcSyntaxError extends Error {
  readonly line: number;
  /** bc counts a newline's line as done once it reads it, so an error there names the next line. */
  constructor(at: Token) {
    super('syntax error');
    this.line = at.type === 'nl' ? at.line + 1 : at.line;
  }
}

const OPS = [
  '++',
  '--',
  '+=',
  '-=',
  '*=',
  '/=',
  '%=',
  '^=',
  '==',
  '!=',
  '<=',
  '>=',
  '&&',
  '||',
  '+',
  '-',
  '*',
  '/',
  '%',
  '^',
  '=',
  '<',
  '>',
  '!',
  '(',
  ')',
  '{',
  '}',
  '[',
  ']',
  ',',
  ';',
];

/** Splits a program into tokens; an unknown character is reported like bc does. */
function tokenize(src: string): (Token | { type: 'bad'; text: string; line: number })[] {
  const out: (Token | { type: 'bad'; text: string; line: number })[] = [];
  let line = 1;
  let i = 0;
  while (i < src.length) {
    const c = src[i];
    if (c === '\\' && src[i + 1] === '\n') {
      i += 2;
      line++;
      continue;
    }
    if (c === ' ' || c === '\t' || c === '\r') {
      i++;
      continue;
    }
    if (c === '\n') {
      out.push({ type: 'nl', text: '\n', line });
      line++;
      i++;
      continue;
    }
    if (c === '#') {
      while (i < src.length && src[i] !== '\n') i++;
      continue;
    }
    if (c === '/' && src[i + 1] === '*') {
      const end = src.indexOf('*/', i + 2);
      const stop = end < 0 ? src.length : end + 2;
      for (let k = i; k < stop; k++) if (src[k] === '\n') line++;
      i = stop;
      continue;
    }
    if (c === '"') {
      const end = src.indexOf('"', i + 1);
      const stop = end < 0 ? src.length : end;
      const text = src.slice(i + 1, stop);
      out.push({ type: 'str', text, line });
      for (const ch of text) if (ch === '\n') line++;
      i = stop + 1;
      continue;
    }
    const num = /^[0-9A-F]+(\.[0-9A-F]*)?|^\.[0-9A-F]+/.exec(src.slice(i, i + 4096));
    if (num && (c !== '.' || /[0-9A-F]/.test(src[i + 1] ?? ''))) {
      out.push({ type: 'num', text: num[0].replace(/\\\n/g, ''), line });
      i += num[0].length;
      continue;
    }
    if (c === '.') {
      out.push({ type: 'name', text: 'last', line });
      i++;
      continue;
    }
    const name = /^[a-z][a-z0-9_]*/.exec(src.slice(i, i + 256));
    if (name) {
      out.push({ type: 'name', text: name[0], line });
      i += name[0].length;
      continue;
    }
    const op = OPS.find((o) => src.startsWith(o, i));
    if (op) {
      out.push({ type: 'op', text: op, line });
      i += op.length;
      continue;
    }
    out.push({ type: 'bad', text: c, line });
    i++;
  }
  out.push({ type: 'eof', text: '', line });
  return out;
}

const SPECIALS = new Set(['scale', 'ibase', 'obase', 'last']);
const KEYWORDS = new Set([
  'if',
  'else',
  'while',
  'for',
  'break',
  'continue',
  'return',
  'define',
  'auto',
  'quit',
  'halt',
  'print',
  'length',
  'sqrt',
  'read',
  'limits',
  'warranty',
]);
const ASSIGN = new Set(['=', '+=', '-=', '*=', '/=', '%=', '^=']);
const RELATIONAL = new Set(['==', '!=', '<', '<=', '>', '>=']);

/** Parses a whole program into line groups. */
export function parseProgram(src: string): Group[] {
  const raw = tokenize(src);
  const groups: Group[] = [];
  // An illegal character is reported on its own and removed, as bc's scanner does.
  const tokens: Token[] = [];
  for (const t of raw) {
    if (t.type === 'bad')
      groups.push({ kind: 'error', message: `(standard_in) ${t.line}: illegal character: ${t.text}` });
    else tokens.push(t as Token);
  }
  // bc only runs complete lines: text after the last newline is a syntax error (reported as line 1,
  // the count having restarted for the next input by then).
  const lastNewline = src.lastIndexOf('\n');
  const unterminated =
    src
      .slice(lastNewline + 1)
      .replace(/\/\*[\s\S]*?\*\/|#.*/g, '')
      .trim() !== '';
  if (unterminated) {
    const cut = tokens.findIndex(
      (t) => t.type !== 'nl' && t.line > (src.slice(0, lastNewline + 1).match(/\n/g)?.length ?? 0),
    );
    if (cut >= 0) tokens.splice(cut, tokens.length - cut - 1);
  }
  const p = new Parser(tokens);
  for (;;) {
    const before = p.pos;
    try {
      const r = p.line();
      if (r === 'eof') break;
      groups.push(r);
      if (r.kind === 'quit') break;
    } catch (e) {
      if (!(e instanceof BcSyntaxError)) throw e;
      groups.push({ kind: 'error', message: `(standard_in) ${e.line}: syntax error` });
      p.skipLine();
      if (p.pos === before) break;
    }
  }
  if (unterminated && groups[groups.length - 1]?.kind !== 'quit')
    groups.push({ kind: 'error', message: '(standard_in) 1: syntax error' });
  return groups;
}

class Parser {
  pos = 0;

  constructor(private readonly tokens: readonly Token[]) {}

  private peek(k = 0): Token {
    return this.tokens[Math.min(this.pos + k, this.tokens.length - 1)];
  }

  private next(): Token {
    return this.tokens[Math.min(this.pos++, this.tokens.length - 1)];
  }

  private is(text: string, k = 0): boolean {
    const t = this.peek(k);
    return (t.type === 'op' || t.type === 'name') && t.text === text;
  }

  private expect(text: string): void {
    if (!this.is(text)) throw new BcSyntaxError(this.peek());
    this.pos++;
  }

  private fail(): never {
    throw new BcSyntaxError(this.peek());
  }

  /** Skips to just after the next newline (error recovery). */
  skipLine(): void {
    while (this.peek().type !== 'nl' && this.peek().type !== 'eof') this.pos++;
    if (this.peek().type === 'nl') this.pos++;
  }

  private skipNewlines(): void {
    while (this.peek().type === 'nl') this.pos++;
  }

  /** The statements of one input line (up to its newline), or a quit. */
  line(): Group | 'eof' {
    this.skipNewlines();
    if (this.peek().type === 'eof') return 'eof';
    const stmts: Stmt[] = [];
    for (;;) {
      if (this.is('quit')) return { kind: 'quit' };
      const t = this.peek();
      if (t.type === 'nl' || t.type === 'eof') {
        if (t.type === 'nl') this.pos++;
        return { kind: 'run', stmts };
      }
      if (this.is(';')) {
        this.pos++;
        continue;
      }
      const s = this.statement();
      if (s) stmts.push(s);
      if (!this.is(';') && this.peek().type !== 'nl' && this.peek().type !== 'eof') this.fail();
    }
  }

  private statement(): Stmt | null {
    const t = this.peek();
    if (t.type === 'str') {
      this.pos++;
      return { kind: 'string', text: t.text };
    }
    if (this.is('{')) {
      this.pos++;
      const body = this.statementList('}');
      this.expect('}');
      return { kind: 'block', body };
    }
    if (t.type === 'name') {
      switch (t.text) {
        case 'if': {
          this.pos++;
          this.expect('(');
          const cond = this.expression();
          this.expect(')');
          this.skipNewlines();
          const then = this.statementOrEmpty();
          let otherwise: Stmt | null = null;
          let k = 0;
          while (this.peek(k).type === 'nl') k++;
          if (this.is('else', k)) {
            this.pos += k + 1;
            this.skipNewlines();
            otherwise = this.statementOrEmpty();
          }
          return { kind: 'if', cond, then, else: otherwise };
        }
        case 'while': {
          this.pos++;
          this.expect('(');
          const cond = this.expression();
          this.expect(')');
          this.skipNewlines();
          return { kind: 'while', cond, body: this.statementOrEmpty() };
        }
        case 'for': {
          this.pos++;
          this.expect('(');
          const init = this.is(';') ? null : this.expression();
          this.expect(';');
          const cond = this.is(';') ? null : this.expression();
          this.expect(';');
          const step = this.is(')') ? null : this.expression();
          this.expect(')');
          this.skipNewlines();
          return { kind: 'for', init, cond, step, body: this.statementOrEmpty() };
        }
        case 'break':
        case 'continue':
        case 'halt':
          this.pos++;
          return { kind: t.text };
        case 'return': {
          this.pos++;
          if (this.is(';') || this.is('}') || this.peek().type === 'nl' || this.peek().type === 'eof')
            return { kind: 'return', value: null };
          return { kind: 'return', value: this.expression() };
        }
        case 'print':
          return this.print();
        case 'define':
          return { kind: 'define', fn: this.define() };
        case 'limits':
        case 'warranty':
          this.pos++;
          return null;
        default:
          break;
      }
    }
    return { kind: 'expr', expr: this.expression() };
  }

  private statementOrEmpty(): Stmt {
    if (this.is(';')) return { kind: 'block', body: [] };
    return this.statement() ?? { kind: 'block', body: [] };
  }

  private statementList(end: string): Stmt[] {
    const out: Stmt[] = [];
    for (;;) {
      while (this.peek().type === 'nl' || this.is(';')) this.pos++;
      if (this.is(end) || this.peek().type === 'eof') return out;
      if (this.is('quit')) this.fail();
      const s = this.statement();
      if (s) out.push(s);
      if (!this.is(';') && !this.is(end) && this.peek().type !== 'nl') this.fail();
    }
  }

  private print(): Stmt {
    this.pos++;
    const items: (Expr | { kind: 'string'; text: string })[] = [];
    do {
      const t = this.peek();
      if (t.type === 'str') {
        this.pos++;
        items.push({ kind: 'string', text: t.text });
      } else items.push(this.expression());
    } while (this.is(',') && this.pos++ >= 0);
    return { kind: 'print', items };
  }

  private define(): FunctionDef {
    this.pos++;
    const nameTok = this.next();
    if (nameTok.type !== 'name' || KEYWORDS.has(nameTok.text)) this.fail();
    this.expect('(');
    const params = this.is(')') ? [] : this.nameList();
    this.expect(')');
    this.skipNewlines();
    this.expect('{');
    this.skipNewlines();
    let autos: { name: string; array: boolean }[] = [];
    if (this.is('auto')) {
      this.pos++;
      autos = this.nameList();
      if (this.is(';')) this.pos++;
    }
    const body = this.statementList('}');
    this.expect('}');
    return { name: nameTok.text, params, autos, body };
  }

  private nameList(): { name: string; array: boolean }[] {
    const out: { name: string; array: boolean }[] = [];
    do {
      const t = this.next();
      if (t.type !== 'name' || KEYWORDS.has(t.text)) this.fail();
      const array = this.is('[');
      if (array) {
        this.pos++;
        this.expect(']');
      }
      out.push({ name: t.text, array });
    } while (this.is(',') && this.pos++ >= 0);
    return out;
  }

  /** The lowest level: || (bc binds ! below relations, and assignments above them). */
  expression(): Expr {
    let left = this.and();
    while (this.is('||')) {
      this.pos++;
      left = { kind: 'binary', op: '||', left, right: this.and() };
    }
    return left;
  }

  private and(): Expr {
    let left = this.not();
    while (this.is('&&')) {
      this.pos++;
      left = { kind: 'binary', op: '&&', left, right: this.not() };
    }
    return left;
  }

  private not(): Expr {
    if (this.is('!')) {
      this.pos++;
      return { kind: 'unary', op: '!', operand: this.not() };
    }
    return this.relational();
  }

  private relational(): Expr {
    let left = this.assignment();
    while (this.peek().type === 'op' && RELATIONAL.has(this.peek().text)) {
      const op = this.next().text;
      left = { kind: 'binary', op, left, right: this.assignment() };
    }
    return left;
  }

  private assignment(): Expr {
    const left = this.additive();
    if (this.peek().type === 'op' && ASSIGN.has(this.peek().text)) {
      if (left.kind !== 'var' && left.kind !== 'elem' && left.kind !== 'special') this.fail();
      const op = this.next().text;
      return { kind: 'assign', op, target: left, value: this.assignment() };
    }
    return left;
  }

  private additive(): Expr {
    let left = this.multiplicative();
    while (this.is('+') || this.is('-')) {
      const op = this.next().text;
      left = { kind: 'binary', op, left, right: this.multiplicative() };
    }
    return left;
  }

  private multiplicative(): Expr {
    let left = this.power();
    while (this.is('*') || this.is('/') || this.is('%')) {
      const op = this.next().text;
      left = { kind: 'binary', op, left, right: this.power() };
    }
    return left;
  }

  private power(): Expr {
    const base = this.unary();
    if (this.is('^')) {
      this.pos++;
      return { kind: 'binary', op: '^', left: base, right: this.power() };
    }
    return base;
  }

  private unary(): Expr {
    if (this.is('-')) {
      this.pos++;
      return { kind: 'unary', op: '-', operand: this.unary() };
    }
    if (this.is('++') || this.is('--')) {
      const op = this.next().text as '++' | '--';
      const target = this.primary();
      if (target.kind !== 'var' && target.kind !== 'elem' && target.kind !== 'special') this.fail();
      return { kind: 'step', op, prefix: true, target };
    }
    const e = this.primary();
    if ((this.is('++') || this.is('--')) && (e.kind === 'var' || e.kind === 'elem' || e.kind === 'special')) {
      const op = this.next().text as '++' | '--';
      return { kind: 'step', op, prefix: false, target: e };
    }
    return e;
  }

  private primary(): Expr {
    const t = this.peek();
    if (t.type === 'nl' || t.type === 'eof') throw new BcSyntaxError(t);
    this.pos++;
    if (t.type === 'num') return { kind: 'num', text: t.text };
    if (t.type === 'op' && t.text === '(') {
      const e = this.expression();
      this.expect(')');
      return e;
    }
    if (t.type !== 'name') throw new BcSyntaxError(t);
    if (SPECIALS.has(t.text) && !(t.text === 'scale' && this.is('('))) {
      return { kind: 'special', name: t.text as 'scale' | 'ibase' | 'obase' | 'last' };
    }
    if (t.text === 'length' || t.text === 'sqrt' || t.text === 'scale' || t.text === 'read') {
      this.expect('(');
      const arg = t.text === 'read' ? null : this.expression();
      this.expect(')');
      return { kind: 'builtin', name: t.text, arg };
    }
    if (KEYWORDS.has(t.text)) throw new BcSyntaxError(t);
    if (this.is('[')) {
      this.pos++;
      const index = this.expression();
      this.expect(']');
      return { kind: 'elem', name: t.text, index };
    }
    if (this.is('(')) {
      this.pos++;
      const args: Arg[] = [];
      if (!this.is(')')) {
        do {
          if (this.peek().type === 'name' && this.is('[', 1) && this.is(']', 2)) {
            args.push({ kind: 'array', name: this.next().text });
            this.pos += 2;
          } else args.push({ kind: 'value', expr: this.expression() });
        } while (this.is(',') && this.pos++ >= 0);
      }
      this.expect(')');
      return { kind: 'call', name: t.text, args };
    }
    return { kind: 'var', name: t.text };
  }
}
