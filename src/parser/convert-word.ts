/**
 * Converts mvdan words, word parts and arithmetic expressions into our AST.
 * Adjacent literal parts are merged into one Lit: mvdan splits literals at removed
 * line continuations (`"a\<newline>b"` gives Lits "a" and "b"), which carries no
 * meaning and would make printed-then-reparsed scripts differ.
 */
import type { ArithmExpr, Lit, ParamExp, Span, Word, WordPart } from './ast.js';
import { type ConvertContext, frozen } from './convert-context.js';
import type {
  GoBinary,
  GoExtGlob,
  GoLit,
  GoNode,
  GoParamExp,
  GoQuoted,
  GoSlice,
  GoStmtList,
  GoUnary,
  GoWord,
  GoWrapX,
} from './mvdan.js';
import { goList, goString, isNil, nodeType, orNull } from './mvdan.js';
import {
  BINARY_ARITHM_OPS,
  EXT_GLOB_OPS,
  PARAM_EXP_OPS,
  PARAM_NAMES_OPS,
  PROC_SUBST_OPS,
  UNARY_ARITHM_OPS,
} from './ops.js';

/** Converts a Word. */
export function word(ctx: ConvertContext, w: GoWord): Word {
  return frozen({ kind: 'Word', parts: parts(ctx, w.Parts), span: ctx.span(w) });
}

/** A Word without parts (the body of an empty here-document). */
export function emptyWord(span: Span): Word {
  return frozen({ kind: 'Word', parts: frozen([]), span });
}

/** Converts word parts, merging adjacent literals. */
export function parts(ctx: ConvertContext, list: GoSlice<GoNode>): readonly WordPart[] {
  const out: WordPart[] = [];
  for (const p of goList(list)) {
    const part = wordPart(ctx, p);
    const prev = out[out.length - 1];
    if (part.kind === 'Lit' && prev?.kind === 'Lit') {
      out[out.length - 1] = lit(prev.value + part.value, ctx.join(prev.span, part.span));
    } else {
      out.push(part);
    }
  }
  return frozen(out);
}

function lit(value: string, span: Span): Lit {
  return frozen({ kind: 'Lit', value, span });
}

function wordPart(ctx: ConvertContext, p: GoNode): WordPart {
  ctx.enter(p);
  const part = wordPartOf(ctx, p);
  ctx.leave();
  return part;
}

function wordPartOf(ctx: ConvertContext, p: GoNode): WordPart {
  const span = ctx.span(p);
  const type = nodeType(p);
  switch (type) {
    case 'Lit':
      return lit(goString((p as GoLit).Value), span);
    case 'SglQuoted': {
      const q = p as GoQuoted;
      return frozen({ kind: 'SglQuoted', dollar: q.Dollar, value: goString(q.Value), span });
    }
    case 'DblQuoted': {
      const q = p as GoQuoted;
      return frozen({ kind: 'DblQuoted', dollar: q.Dollar, parts: parts(ctx, q.Parts), span });
    }
    case 'ParamExp':
      return paramExp(ctx, p as GoParamExp, span);
    case 'CmdSubst': {
      const c = p as GoStmtList;
      return frozen({ kind: 'CmdSubst', stmts: ctx.stmts(c.Stmts), backquotes: c.Backquotes, span });
    }
    case 'ArithmExp': {
      const a = p as GoWrapX;
      return frozen({ kind: 'ArithmExp', bracket: a.Bracket, expr: arithm(ctx, a.X), span });
    }
    case 'ProcSubst': {
      const s = p as GoStmtList;
      return frozen({ kind: 'ProcSubst', op: ctx.op(PROC_SUBST_OPS, s.Op, p), stmts: ctx.stmts(s.Stmts), span });
    }
    case 'ExtGlob': {
      const g = p as GoExtGlob;
      return frozen({ kind: 'ExtGlob', op: ctx.op(EXT_GLOB_OPS, g.Op, p), pattern: goString(g.Pattern.Value), span });
    }
    default:
      throw ctx.error(p, `${type} is not supported`);
  }
}

function paramExp(ctx: ConvertContext, p: GoParamExp, span: Span): ParamExp {
  if (p.Width) throw ctx.error(p, '${%name} is not supported');
  const param = orNull(p.Param);
  const index = orNull(p.Index);
  const slice = orNull(p.Slice);
  const repl = orNull(p.Repl);
  const exp = orNull(p.Exp);
  return frozen({
    kind: 'ParamExp',
    short: p.Short,
    excl: p.Excl,
    length: p.Length,
    param: param ? goString(param.Value) : '',
    index: index ? arithm(ctx, index) : null,
    slice: slice
      ? frozen({
          offset: isNil(slice.Offset) ? null : arithm(ctx, slice.Offset),
          length: isNil(slice.Length) ? null : arithm(ctx, slice.Length),
        })
      : null,
    repl: repl
      ? frozen({
          all: repl.All,
          // `${x/}` has no pattern at all; an empty Word means the same to the executor.
          orig: isNil(repl.Orig) ? emptyWord(ctx.map.span(p.End().offs - 1, p.End().offs - 1)) : word(ctx, repl.Orig),
          with: isNil(repl.With) ? null : word(ctx, repl.With),
        })
      : null,
    names: p.Names === 0 ? null : ctx.op(PARAM_NAMES_OPS, p.Names, p),
    exp: exp
      ? frozen({ op: ctx.op(PARAM_EXP_OPS, exp.Op, p), word: isNil(exp.Word) ? null : word(ctx, exp.Word) })
      : null,
    span,
  });
}

/** Converts an arithmetic expression. */
export function arithm(ctx: ConvertContext, x: GoNode): ArithmExpr {
  ctx.enter(x);
  const out = arithmOf(ctx, x);
  ctx.leave();
  return out;
}

function arithmOf(ctx: ConvertContext, x: GoNode): ArithmExpr {
  const span = ctx.span(x);
  const type = nodeType(x);
  switch (type) {
    case 'Word':
      return word(ctx, x as GoWord);
    case 'BinaryArithm': {
      const b = x as GoBinary;
      const op = ctx.op(BINARY_ARITHM_OPS, b.Op, x);
      return frozen({ kind: 'BinaryArithm', op, x: arithm(ctx, b.X), y: arithm(ctx, b.Y), span });
    }
    case 'UnaryArithm': {
      const u = x as GoUnary;
      const op = ctx.op(UNARY_ARITHM_OPS, u.Op, x);
      return frozen({ kind: 'UnaryArithm', op, post: u.Post, x: arithm(ctx, u.X), span });
    }
    case 'ParenArithm':
      return frozen({ kind: 'ParenArithm', x: arithm(ctx, (x as GoWrapX).X), span });
    default:
      throw ctx.error(x, `${type} is not supported in arithmetic`);
  }
}
