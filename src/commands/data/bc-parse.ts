/**
 * bc's grammar: a recursive-descent parser over bc-lex's tokens that
 * groups statements by input line, as bc runs them, and resynchronises
 * after a syntax error at the next newline.
 */
import type { Arg, Expr, FunctionDef, Group, Stmt } from './bc-ast.js';
import { BcSyntaxError, type Token, tokenize } from './bc-lex.js';

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
