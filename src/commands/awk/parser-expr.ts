/**
 * awk expressions by recursive descent, one method per precedence level
 * (lowest first): assignment, ?:, ||, &&, in, ~ !~, comparison (non-assoc),
 * `cmd | getline`, concatenation, + -, * / %, unary ! - +, ^ (right), ++ --, $.
 * Inside an unparenthesized print list `>` is a redirection, not a comparison.
 */
import type { AssignOp, CompareOp, Expr, LValue } from './ast.js';
import { BUILTINS, type Token } from './lexer.js';
import { TokenStream } from './tokens.js';

const ASSIGN_OPS = new Set(['=', '+=', '-=', '*=', '/=', '%=', '^=', '**=']);
const RELOPS = new Set(['<', '<=', '==', '!=', '>', '>=']);

/** Parsing state shared by expression and statement parsing. */
export interface ExprContext {
  /** `>` ends the expression (unparenthesized print list). */
  readonly noGt?: boolean;
  /** `in` is not an operator here (the head of a `for (k in a)` is checked first). */
  readonly noIn?: boolean;
}

/** The expression grammar; the statement grammar extends it. */
export class ExprParser extends TokenStream {
  /** A full expression (assignment level). */
  expr(ctx: ExprContext = {}): Expr {
    this.enter();
    const e = this.assignment(ctx);
    this.leave();
    return e;
  }

  /** Comma-separated expressions up to (not including) `close`. */
  protected exprList(close: string, ctx: ExprContext = {}): Expr[] {
    const list: Expr[] = [];
    if (this.is(close)) return list;
    list.push(this.expr(ctx));
    while (this.is(',')) {
      this.advance();
      this.skipNewlines();
      list.push(this.expr(ctx));
    }
    return list;
  }

  private assignment(ctx: ExprContext): Expr {
    this.enter();
    const e = this.assignmentBody(ctx);
    this.leave();
    return e;
  }

  private assignmentBody(ctx: ExprContext): Expr {
    const left = this.ternary(ctx);
    if ((this.tok.kind === 'op' && ASSIGN_OPS.has(this.tok.text)) || (this.is('/=') && isLValue(left))) {
      if (!isLValue(left)) this.fail();
      const opTok = this.advance();
      this.skipNewlines();
      const value = this.assignment(ctx);
      const op = (opTok.text === '**=' ? '^=' : opTok.text) as AssignOp;
      return { kind: 'assign', pos: left.pos, op, target: left, value };
    }
    return left;
  }

  private ternary(ctx: ExprContext): Expr {
    const test = this.or(ctx);
    if (!this.is('?')) return test;
    this.advance();
    this.skipNewlines();
    const then = this.assignment(ctx);
    this.skipNewlines();
    this.expect(':');
    this.skipNewlines();
    const otherwise = this.assignment(ctx);
    return { kind: 'cond', pos: test.pos, test, then, else: otherwise };
  }

  private or(ctx: ExprContext): Expr {
    let left = this.and(ctx);
    const base = this.depth;
    while (this.is('||')) {
      this.enter();
      this.advance();
      const right = this.and(ctx);
      left = { kind: 'logic', pos: left.pos, op: '||', left, right };
    }
    this.depth = base;
    return left;
  }

  private and(ctx: ExprContext): Expr {
    let left = this.inOp(ctx);
    const base = this.depth;
    while (this.is('&&')) {
      this.enter();
      this.advance();
      const right = this.inOp(ctx);
      left = { kind: 'logic', pos: left.pos, op: '&&', left, right };
    }
    this.depth = base;
    return left;
  }

  private inOp(ctx: ExprContext): Expr {
    let left = this.matchOp(ctx);
    const base = this.depth;
    while (!ctx.noIn && this.is('in')) {
      this.enter();
      this.advance();
      const array = this.arrayName();
      left = { kind: 'in', pos: left.pos, subs: [left], array };
    }
    this.depth = base;
    return left;
  }

  protected arrayName(): string {
    if (this.tok.kind !== 'name') this.fail();
    return this.advance().text;
  }

  private matchOp(ctx: ExprContext): Expr {
    let left = this.compare(ctx);
    const base = this.depth;
    while (this.is('~') || this.is('!~')) {
      this.enter();
      const negate = this.advance().text === '!~';
      const right = this.compare(ctx);
      left = { kind: 'match', pos: left.pos, negate, left, right };
    }
    this.depth = base;
    return left;
  }

  private compare(ctx: ExprContext): Expr {
    const left = this.pipeGetline();
    if (!this.isRelop(ctx)) return left;
    const op = this.advance().text as CompareOp;
    const right = this.pipeGetline();
    if (this.isRelop(ctx)) this.fail();
    return { kind: 'compare', pos: left.pos, op, left, right };
  }

  private isRelop(ctx: ExprContext): boolean {
    return this.tok.kind === 'op' && RELOPS.has(this.tok.text) && !(ctx.noGt && this.tok.text === '>');
  }

  /** `cmd | getline [var]`, binding looser than concatenation. */
  private pipeGetline(): Expr {
    let left = this.concat();
    const base = this.depth;
    while (this.is('|') && this.peek().kind === 'keyword' && this.peek().text === 'getline') {
      this.enter();
      this.advance();
      this.advance();
      const target = this.optionalLValue();
      left = { kind: 'getline', pos: left.pos, from: 'cmd', target, source: left };
    }
    this.depth = base;
    return left;
  }

  protected concat(): Expr {
    const first = this.additive();
    if (!this.startsConcatOperand()) return first;
    const parts = [first];
    while (this.startsConcatOperand()) parts.push(this.additive());
    return { kind: 'concat', pos: first.pos, parts };
  }

  /** Whether the current token can begin another operand of a concatenation (`-` and `+` are binary). */
  private startsConcatOperand(): boolean {
    const t = this.tok;
    switch (t.kind) {
      case 'number':
      case 'string':
      case 'name':
      case 'funcName':
      case 'builtin':
        return true;
      case 'op':
        return t.text === '$' || t.text === '!' || t.text === '(' || t.text === '++' || t.text === '--';
      default:
        return false;
    }
  }

  private additive(): Expr {
    let left = this.multiplicative();
    const base = this.depth;
    while (this.is('+') || this.is('-')) {
      this.enter();
      const op = this.advance().text as '+' | '-';
      const right = this.multiplicative();
      left = { kind: 'arith', pos: left.pos, op, left, right };
    }
    this.depth = base;
    return left;
  }

  private multiplicative(): Expr {
    let left = this.unary();
    const base = this.depth;
    while (this.is('*') || this.is('/') || this.is('%')) {
      this.enter();
      const op = this.advance().text as '*' | '/' | '%';
      const right = this.unary();
      left = { kind: 'arith', pos: left.pos, op, left, right };
    }
    this.depth = base;
    return left;
  }

  private unary(): Expr {
    if (this.is('!') || this.is('-') || this.is('+')) {
      const t = this.advance();
      this.enter();
      const arg = this.unary();
      this.leave();
      return { kind: 'unary', pos: t.pos, op: t.text as '!' | '-' | '+', arg };
    }
    return this.power();
  }

  private power(): Expr {
    const base = this.postfix();
    if (!this.is('^') && !this.is('**')) return base;
    this.advance();
    this.enter();
    const exponent = this.powerOperand();
    this.leave();
    return { kind: 'arith', pos: base.pos, op: '^', left: base, right: exponent };
  }

  /** The right side of `^`: right-associative, and may carry its own sign. */
  private powerOperand(): Expr {
    if (this.is('-') || this.is('+') || this.is('!')) {
      const t = this.advance();
      this.enter();
      const arg = this.powerOperand();
      this.leave();
      return { kind: 'unary', pos: t.pos, op: t.text as '-' | '+' | '!', arg };
    }
    return this.power();
  }

  private postfix(): Expr {
    const e = this.primary();
    if ((this.is('++') || this.is('--')) && isLValue(e)) {
      const op = this.advance().text as '++' | '--';
      return { kind: 'incdec', pos: e.pos, op, prefix: false, target: e };
    }
    return e;
  }

  private primary(): Expr {
    this.enter();
    const e = this.primaryBody();
    this.leave();
    return e;
  }

  private primaryBody(): Expr {
    const t = this.tok;
    switch (t.kind) {
      case 'number':
        this.advance();
        return { kind: 'num', pos: t.pos, value: t.value as number };
      case 'string':
        this.advance();
        return { kind: 'str', pos: t.pos, value: t.value as string };
      case 'name':
        return this.variable();
      case 'funcName':
        return this.call();
      case 'builtin':
        return this.builtin();
      case 'keyword':
        if (t.text === 'getline') return this.simpleGetline();
        return this.fail();
      case 'op':
        return this.operatorPrimary(t);
      default:
        return this.fail();
    }
  }

  private operatorPrimary(t: Token): Expr {
    switch (t.text) {
      case '/':
      case '/=': {
        const re = this.lexer.rescanRegex(t.pos);
        this.tok = this.lexer.next();
        return { kind: 'regex', pos: t.pos, source: re.value as string };
      }
      case '$':
        this.advance();
        return { kind: 'field', pos: t.pos, index: this.fieldOperand() };
      case '++':
      case '--': {
        this.advance();
        const target = this.lvalue();
        return { kind: 'incdec', pos: t.pos, op: t.text, prefix: true, target };
      }
      case '-':
      case '+':
      case '!':
        return this.unary();
      case '(':
        return this.group();
      default:
        return this.fail();
    }
  }

  /** What follows `$`: a primary (so `$i++` is `($i)++`), or a signed or incremented one. */
  private fieldOperand(): Expr {
    const t = this.tok;
    if (this.is('-') || this.is('+') || this.is('!')) {
      this.advance();
      this.enter();
      const arg = this.fieldOperand();
      this.leave();
      return { kind: 'unary', pos: t.pos, op: t.text as '-' | '+' | '!', arg };
    }
    if (this.is('++') || this.is('--')) {
      this.advance();
      const target = this.lvalue();
      return { kind: 'incdec', pos: t.pos, op: t.text as '++' | '--', prefix: true, target };
    }
    return this.primary();
  }

  private group(): Expr {
    const open = this.advance();
    const list = this.exprList(')');
    if (list.length === 0) this.fail();
    this.expect(')');
    if (list.length > 1) {
      if (!this.is('in')) this.fail();
      this.advance();
      return { kind: 'in', pos: open.pos, subs: list, array: this.arrayName() };
    }
    return { kind: 'group', pos: open.pos, expr: list[0] };
  }

  private variable(): Expr {
    const t = this.advance();
    if (!this.is('[')) return { kind: 'var', pos: t.pos, name: t.text };
    this.advance();
    const subs = this.exprList(']');
    if (subs.length === 0) this.fail();
    this.expect(']');
    return { kind: 'index', pos: t.pos, name: t.text, subs };
  }

  protected lvalue(): LValue {
    if (this.is('$')) {
      const t = this.advance();
      return { kind: 'field', pos: t.pos, index: this.fieldOperand() };
    }
    if (this.tok.kind !== 'name') this.fail();
    return this.variable() as LValue;
  }

  /** The variable after `getline`, when one is written. */
  private optionalLValue(): LValue | null {
    return this.tok.kind === 'name' || this.is('$') ? this.lvalue() : null;
  }

  private call(): Expr {
    const t = this.advance();
    this.expect('(');
    this.skipNewlines();
    const args = this.exprList(')');
    this.skipNewlines();
    this.expect(')');
    return { kind: 'call', pos: t.pos, name: t.text, args };
  }

  private builtin(): Expr {
    const t = this.advance();
    let args: Expr[] = [];
    if (this.is('(')) {
      this.advance();
      this.skipNewlines();
      args = this.exprList(')');
      this.skipNewlines();
      const close = this.expect(')');
      const [min, max] = BUILTINS[t.text];
      if (args.length < min || args.length > max) {
        this.fail(close, `${args.length} is invalid as number of arguments for ${t.text}`);
      }
    } else if (t.text !== 'length') this.fail();
    return { kind: 'builtin', pos: t.pos, name: t.text, args };
  }

  /** `getline [var] [< file]`; the file is a non-concatenated expression. */
  private simpleGetline(): Expr {
    const t = this.advance();
    const target = this.optionalLValue();
    if (this.is('<')) {
      this.advance();
      const source = this.additive();
      return { kind: 'getline', pos: t.pos, from: 'file', target, source };
    }
    return { kind: 'getline', pos: t.pos, from: 'main', target, source: null };
  }
}

/** True for the nodes an assignment may target. */
export function isLValue(e: Expr): e is LValue {
  return e.kind === 'var' || e.kind === 'field' || e.kind === 'index';
}
