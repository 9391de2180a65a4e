/**
 * The parser's view of the token stream: one token of lookahead (plus `peek`
 * and lexer marks for the few places awk needs more), error raising at a
 * token, and the nesting counter that bounds recursion.
 */
import { AWK_MAX_NESTING } from '../../core/limits.js';
import { AwkSyntaxError } from './errors.js';
import type { Lexer, Token } from './lexer.js';

/** Token handling shared by the expression and statement grammars. */
export class TokenStream {
  protected tok: Token;
  /** Current nesting; grammar loops that deepen the tree add to it and restore it. */
  protected depth = 0;

  constructor(protected readonly lexer: Lexer) {
    this.tok = lexer.next();
  }

  protected advance(): Token {
    const t = this.tok;
    this.tok = this.lexer.next();
    return t;
  }

  protected is(text: string): boolean {
    return (this.tok.kind === 'op' || this.tok.kind === 'keyword') && this.tok.text === text;
  }

  protected expect(text: string): Token {
    if (!this.is(text)) this.fail();
    return this.advance();
  }

  protected fail(tok: Token = this.tok, message = 'syntax error'): never {
    throw new AwkSyntaxError(message, tok.pos);
  }

  /** The token after the current one, without consuming anything. */
  protected peek(): Token {
    const m = this.lexer.mark();
    const t = this.lexer.next();
    this.lexer.reset(m);
    return t;
  }

  protected skipNewlines(): void {
    while (this.tok.kind === 'newline') this.advance();
  }

  /** Counts one level of nesting; a program nested deeper than AWK_MAX_NESTING is refused. */
  protected enter(): void {
    if (++this.depth > AWK_MAX_NESTING) this.fail(this.tok, 'program nested too deeply');
  }

  protected leave(): void {
    this.depth--;
  }
}
