/**
 * awk rules, functions and statements by recursive descent over the lexer's
 * tokens. Simple statements end at `;`, a newline or before `}`; print's
 * argument list reads `>` as a redirection unless parenthesized.
 *
 * Hand-written rather than a chevrotain grammar: awk's lexing depends on the
 * parser (a `/` is a regex only where an operand may start), print and for-in
 * need context-dependent expression variants (no `>`, one-token-too-far
 * lookahead), and gawk's messages point at the exact token where its LALR
 * parser stops, which a direct parser reproduces; it also adds nothing to the
 * SDK's import time.
 */
import type { Expr, FunctionDef, LValue, Pattern, Program, Redirect, Rule, Stmt } from './ast.js';
import { AwkSyntaxError } from './errors.js';
import { Lexer } from './lexer.js';
import { ExprParser } from './parser-expr.js';

/** Parses a whole program; `warn` receives lexer warnings with their offsets. */
export function parseProgram(text: string, utf8: boolean, warn: (message: string, pos: number) => void): Program {
  return new Parser(new Lexer(text, utf8, warn)).program();
}

/** Parses one expression (for tests and tools). */
export function parseExpression(text: string): Expr {
  const p = new Parser(new Lexer(text, false, () => {}));
  return p.expr();
}

class Parser extends ExprParser {
  private loopDepth = 0;
  private inFunction = false;

  program(): Program {
    const rules: Rule[] = [];
    const functions: FunctionDef[] = [];
    this.skipTerminators();
    while (this.tok.kind !== 'eof') {
      if (this.is('function')) functions.push(this.functionDef());
      else rules.push(this.rule());
      this.skipTerminators();
    }
    return { rules, functions };
  }

  private skipTerminators(): void {
    while (this.tok.kind === 'newline' || this.is(';')) this.advance();
  }

  private functionDef(): FunctionDef {
    const start = this.advance();
    if (this.tok.kind !== 'name' && this.tok.kind !== 'funcName') this.fail();
    const name = this.advance().text;
    this.expect('(');
    const params: string[] = [];
    this.skipNewlines();
    while (!this.is(')')) {
      if (this.tok.kind !== 'name') this.fail();
      params.push(this.advance().text);
      this.skipNewlines();
      if (this.is(',')) {
        this.advance();
        this.skipNewlines();
      } else if (!this.is(')')) this.fail();
    }
    this.advance();
    this.skipNewlines();
    this.inFunction = true;
    const body = this.block();
    this.inFunction = false;
    return { pos: start.pos, name, params, body };
  }

  private rule(): Rule {
    const pos = this.tok.pos;
    const special = SPECIAL_PATTERNS[this.tok.text];
    if (this.tok.kind === 'keyword' && special) {
      this.advance();
      if (!this.is('{')) this.fail();
      return { pos, pattern: special, action: this.block() };
    }
    let pattern: Pattern = { kind: 'all' };
    if (!this.is('{')) {
      const from = this.expr();
      if (this.is(',')) {
        this.advance();
        this.skipNewlines();
        pattern = { kind: 'range', from, to: this.expr() };
      } else pattern = { kind: 'expr', expr: from };
    }
    if (!this.is('{')) {
      if (this.tok.kind !== 'newline' && this.tok.kind !== 'eof' && !this.is(';')) this.fail();
      return { pos, pattern, action: null };
    }
    return { pos, pattern, action: this.block() };
  }

  private block(): Stmt {
    const open = this.expect('{');
    const body: Stmt[] = [];
    this.skipTerminators();
    while (!this.is('}')) {
      if (this.tok.kind === 'eof') this.fail();
      body.push(this.statement());
      this.skipTerminators();
    }
    this.advance();
    return { kind: 'block', pos: open.pos, body };
  }

  /** One statement, consuming its terminator. */
  private statement(): Stmt {
    this.enter();
    const s = this.statementBody();
    this.leave();
    return s;
  }

  private statementBody(): Stmt {
    const t = this.tok;
    if (this.is('{')) return this.block();
    if (t.kind === 'keyword') {
      switch (t.text) {
        case 'if':
          return this.ifStmt();
        case 'while':
          return this.whileStmt();
        case 'do':
          return this.doStmt();
        case 'for':
          return this.forStmt();
      }
    }
    if (this.is(';')) {
      this.advance();
      return { kind: 'block', pos: t.pos, body: [] };
    }
    const s = this.simpleStatement();
    this.endSimple();
    return s;
  }

  /** A simple statement must be followed by `;`, a newline, `}` or the end. */
  private endSimple(): void {
    if (this.is(';') || this.tok.kind === 'newline') this.advance();
    else if (!this.is('}') && this.tok.kind !== 'eof') this.fail();
  }

  private atStatementEnd(): boolean {
    return this.is(';') || this.is('}') || this.tok.kind === 'newline' || this.tok.kind === 'eof';
  }

  private simpleStatement(): Stmt {
    const t = this.tok;
    if (t.kind === 'keyword') {
      switch (t.text) {
        case 'print':
        case 'printf':
          return this.printStmt();
        case 'next':
        case 'nextfile':
          this.advance();
          return { kind: t.text, pos: t.pos };
        case 'break':
        case 'continue':
          this.advance();
          if (this.loopDepth === 0) throw new AwkLoopError(t.text, t.pos);
          return { kind: t.text, pos: t.pos };
        case 'exit':
          this.advance();
          return { kind: 'exit', pos: t.pos, status: this.atStatementEnd() ? null : this.expr() };
        case 'return':
          if (!this.inFunction) this.fail(t, "`return' used outside function context");
          this.advance();
          return { kind: 'return', pos: t.pos, value: this.atStatementEnd() ? null : this.expr() };
        case 'delete':
          return this.deleteStmt();
      }
    }
    return { kind: 'expr', pos: t.pos, expr: this.expr() };
  }

  private printStmt(): Stmt {
    const t = this.advance();
    const kind = t.text as 'print' | 'printf';
    let args: Expr[] = [];
    if (!this.atStatementEnd() && !this.atRedirect()) args = this.printArgs();
    if (kind === 'printf' && args.length === 0) this.fail();
    let dest: Redirect | null = null;
    if (this.atRedirect()) {
      const mode = this.advance().text as '>' | '>>' | '|';
      dest = { mode, target: this.concat() };
    }
    return { kind, pos: t.pos, args, dest };
  }

  private atRedirect(): boolean {
    return this.is('>') || this.is('>>') || this.is('|');
  }

  /** print's arguments: `(a, b)` when the parenthesized list stands alone, else a list without `>`. */
  private printArgs(): Expr[] {
    if (this.is('(')) {
      const m = this.lexer.mark();
      const saved = this.tok;
      this.advance();
      const list = this.exprList(')');
      if (this.is(')')) {
        this.advance();
        if (list.length > 0 && (this.atStatementEnd() || this.atRedirect())) return list;
      }
      this.lexer.reset(m);
      this.tok = saved;
    }
    return this.exprList('', { noGt: true });
  }

  private deleteStmt(): Stmt {
    const t = this.advance();
    const paren = this.is('(');
    if (paren) this.advance();
    const name = this.arrayName();
    let subs: Expr[] | null = null;
    if (this.is('[')) {
      this.advance();
      subs = this.exprList(']');
      if (subs.length === 0) this.fail();
      this.expect(']');
    }
    if (paren) this.expect(')');
    return { kind: 'delete', pos: t.pos, array: name, subs };
  }

  private ifStmt(): Stmt {
    const t = this.advance();
    this.expect('(');
    const test = this.expr();
    this.expect(')');
    this.skipNewlines();
    const then = this.statement();
    const m = this.lexer.mark();
    const saved = this.tok;
    while (this.tok.kind === 'newline' || this.is(';')) this.advance();
    if (this.is('else')) {
      this.advance();
      this.skipNewlines();
      return { kind: 'if', pos: t.pos, test, then, else: this.statement() };
    }
    this.lexer.reset(m);
    this.tok = saved;
    return { kind: 'if', pos: t.pos, test, then, else: null };
  }

  private loopBody(): Stmt {
    this.skipNewlines();
    this.loopDepth++;
    try {
      return this.statement();
    } finally {
      this.loopDepth--;
    }
  }

  private whileStmt(): Stmt {
    const t = this.advance();
    this.expect('(');
    const test = this.expr();
    this.expect(')');
    if (this.is(';')) {
      this.advance();
      return { kind: 'while', pos: t.pos, test, body: { kind: 'block', pos: t.pos, body: [] } };
    }
    return { kind: 'while', pos: t.pos, test, body: this.loopBody() };
  }

  private doStmt(): Stmt {
    const t = this.advance();
    const body = this.loopBody();
    this.skipTerminators();
    this.expect('while');
    this.expect('(');
    const test = this.expr();
    this.expect(')');
    this.endSimple();
    return { kind: 'do', pos: t.pos, body, test };
  }

  private forStmt(): Stmt {
    const t = this.advance();
    this.expect('(');
    const forIn = this.tryForIn(t.pos);
    if (forIn) return forIn;
    const init = this.is(';') ? null : this.expr();
    this.expect(';');
    this.skipNewlines();
    const test = this.is(';') ? null : this.expr();
    this.expect(';');
    this.skipNewlines();
    const update = this.is(')') ? null : this.expr();
    this.expect(')');
    if (this.is(';')) {
      this.advance();
      return { kind: 'for', pos: t.pos, init, test, update, body: { kind: 'block', pos: t.pos, body: [] } };
    }
    return { kind: 'for', pos: t.pos, init, test, update, body: this.loopBody() };
  }

  /** `(k in a)` right after `for (`; null (with nothing consumed) when the head is a C-style one. */
  private tryForIn(pos: number): Stmt | null {
    if (this.tok.kind !== 'name') return null;
    const m = this.lexer.mark();
    const saved = this.tok;
    const key = this.advance();
    if (this.is('in')) {
      this.advance();
      if (this.tok.kind === 'name') {
        const array = this.advance().text;
        if (this.is(')')) {
          this.advance();
          const target: LValue = { kind: 'var', pos: key.pos, name: key.text };
          if (this.is(';')) {
            this.advance();
            return { kind: 'forIn', pos, key: target, array, body: { kind: 'block', pos, body: [] } };
          }
          return { kind: 'forIn', pos, key: target, array, body: this.loopBody() };
        }
      }
    }
    this.lexer.reset(m);
    this.tok = saved;
    return null;
  }
}

/** `break`/`continue` outside a loop: gawk reports it as an error, not a syntax error. */
export class AwkLoopError extends AwkSyntaxError {
  constructor(word: string, pos: number) {
    super(`\`${word}' is not allowed outside a loop or switch`, pos);
    this.name = 'AwkLoopError';
  }
}

const SPECIAL_PATTERNS: Record<string, Pattern> = {
  BEGIN: { kind: 'begin' },
  END: { kind: 'end' },
  BEGINFILE: { kind: 'beginfile' },
  ENDFILE: { kind: 'endfile' },
};
