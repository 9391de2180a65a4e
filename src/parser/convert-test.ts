/**
 * Converts `[[ … ]]` expressions. mvdan 0.10.1 parses `&&`, `||` and `!` right-
 * recursively without precedence: `[[ a && b || c ]]` comes back as
 * `a && (b || c)` and `[[ ! a && b ]]` as `!(a && b)`. Bash gives `&&` precedence
 * over `||` and lets `!` negate one term only, so the chain is flattened back into
 * source order and rebuilt with bash's grammar (left-associative):
 *
 *   or   := and ('||' and)*
 *   and  := term ('&&' term)*
 *   term := '!' term | operand
 *
 * Operands (primaries, `( … )` groups) keep their own structure.
 */
import type { BinaryTestOp, TestExpr, UnaryTestOp } from './ast.js';
import { type ConvertContext, frozen } from './convert-context.js';
import { word } from './convert-word.js';
import type { GoBinary, GoNode, GoUnary, GoWord, GoWrapX } from './mvdan.js';
import { nodeType } from './mvdan.js';
import { BINARY_TEST_OPS, UNARY_TEST_OPS } from './ops.js';

/** One token of a flattened logical chain. */
type Token = { readonly op: '&&' | '||' } | { readonly not: GoNode } | { readonly operand: TestExpr };

/** Converts a test expression, fixing the precedence of `&&`, `||` and `!`. */
export function test(ctx: ConvertContext, x: GoNode): TestExpr {
  ctx.enter(x);
  const tokens: Token[] = [];
  flatten(ctx, x, tokens);
  const parser = new ChainParser(ctx, tokens);
  const out = parser.or();
  ctx.leave();
  return out;
}

function flatten(ctx: ConvertContext, x: GoNode, out: Token[]): void {
  ctx.enter(x);
  flattenOne(ctx, x, out);
  ctx.leave();
}

function flattenOne(ctx: ConvertContext, x: GoNode, out: Token[]): void {
  const type = nodeType(x);
  if (type === 'BinaryTest') {
    const b = x as GoBinary;
    const op = ctx.op(BINARY_TEST_OPS, b.Op, x);
    if (op === '&&' || op === '||') {
      flatten(ctx, b.X, out);
      out.push({ op });
      flatten(ctx, b.Y, out);
      return;
    }
  } else if (type === 'UnaryTest' && ctx.op(UNARY_TEST_OPS, (x as GoUnary).Op, x) === '!') {
    out.push({ not: x });
    flatten(ctx, (x as GoUnary).X, out);
    return;
  }
  out.push({ operand: operand(ctx, x) });
}

function operand(ctx: ConvertContext, x: GoNode): TestExpr {
  const span = ctx.span(x);
  const type = nodeType(x);
  switch (type) {
    case 'Word':
      return word(ctx, x as GoWord);
    case 'BinaryTest': {
      const b = x as GoBinary;
      const op: BinaryTestOp = ctx.op(BINARY_TEST_OPS, b.Op, x);
      return frozen({ kind: 'BinaryTest', op, x: test(ctx, b.X), y: test(ctx, b.Y), span });
    }
    case 'UnaryTest': {
      const u = x as GoUnary;
      const op: UnaryTestOp = ctx.op(UNARY_TEST_OPS, u.Op, x);
      return frozen({ kind: 'UnaryTest', op, x: test(ctx, u.X), span });
    }
    case 'ParenTest':
      return frozen({ kind: 'ParenTest', x: test(ctx, (x as GoWrapX).X), span });
    default:
      throw ctx.error(x, `${type} is not supported in [[ ]]`);
  }
}

/** Rebuilds a flattened chain; the tokens come from a valid mvdan tree, so they alternate correctly. */
class ChainParser {
  private pos = 0;

  constructor(
    private readonly ctx: ConvertContext,
    private readonly tokens: readonly Token[],
  ) {}

  or(): TestExpr {
    let left = this.and();
    while (this.peekOp() === '||') {
      this.pos++;
      left = this.binary('||', left, this.and());
    }
    return left;
  }

  private and(): TestExpr {
    let left = this.term();
    while (this.peekOp() === '&&') {
      this.pos++;
      left = this.binary('&&', left, this.term());
    }
    return left;
  }

  private term(): TestExpr {
    const token = this.tokens[this.pos++];
    if (token !== undefined && 'not' in token) {
      const x = this.term();
      const start = this.ctx.span(token.not);
      return frozen({ kind: 'UnaryTest', op: '!', x, span: this.ctx.join(start, x.span) });
    }
    if (token === undefined || !('operand' in token)) throw new Error('malformed [[ ]] chain from mvdan');
    return token.operand;
  }

  private binary(op: '&&' | '||', x: TestExpr, y: TestExpr): TestExpr {
    return frozen({ kind: 'BinaryTest', op, x, y, span: this.ctx.join(x.span, y.span) });
  }

  private peekOp(): '&&' | '||' | null {
    const token = this.tokens[this.pos];
    return token !== undefined && 'op' in token ? token.op : null;
  }
}
