/**
 * Converts mvdan's File into our Script, once: statements, commands, assignments
 * and redirections here; words and expressions in convert-word.ts and
 * convert-test.ts. Every node is frozen as it is built. Constructs bash has but
 * Mirage does not run (coproc) become a ShellSyntaxError at their position.
 */
import type {
  ArrayElem,
  Assign,
  CaseItem,
  Command,
  CStyleLoop,
  DeclVariant,
  IfArm,
  Redirect,
  Script,
  Stmt,
  WordIter,
} from './ast.js';
import { ConvertContext, frozen } from './convert-context.js';
import { test } from './convert-test.js';
import { arithm, emptyWord, word } from './convert-word.js';
import type {
  MvArrayElem,
  MvAssign,
  MvBinary,
  MvCallExpr,
  MvCaseClause,
  MvCaseItem,
  MvCStyleLoop,
  MvDeclClause,
  MvFile,
  MvForClause,
  MvFuncDecl,
  MvIfClause,
  MvLetClause,
  MvNode,
  MvRedirect,
  MvStmt,
  MvStmtList,
  MvTimeClause,
  MvWhileClause,
  MvWordIter,
  MvWrapX,
} from './mvdan.js';
import { nodeType } from './mvdan.js';
import { BINARY_CMD_OPS, CASE_OPS, REDIR_OPS } from './ops.js';
import type { SourceMap } from './source-map.js';

const DECL_VARIANTS: ReadonlySet<string> = new Set<DeclVariant>([
  'declare',
  'local',
  'export',
  'readonly',
  'typeset',
  'nameref',
]);

/** Names users know for the mvdan nodes we refuse. */
const UNSUPPORTED: Readonly<Record<string, string>> = {
  CoprocClause: 'coproc',
  TestDecl: '@test',
  BraceExp: 'brace expansion node',
};

/** Converts a parsed file; `map` describes the text it was parsed from. */
export function convertFile(file: MvFile, map: SourceMap): Script {
  const ctx = new ConvertContext(map, stmtList);
  const span = frozen({ offset: 0, end: map.text.length, line: 1, col: 1 });
  return frozen({ kind: 'Script', stmts: stmtList(ctx, file.Stmts), span });
}

function stmtList(ctx: ConvertContext, list: readonly MvStmt[]): readonly Stmt[] {
  return frozen(list.map((s) => stmt(ctx, s)));
}

function stmt(ctx: ConvertContext, s: MvStmt): Stmt {
  ctx.enter(s);
  if (s.Coprocess) throw ctx.error(s, '|& coprocess is not supported');
  const out: Stmt = frozen({
    kind: 'Stmt',
    cmd: s.Cmd ? command(ctx, s.Cmd) : null,
    redirs: frozen(s.Redirs.map((r) => redirect(ctx, r))),
    negated: s.Negated,
    background: s.Background,
    span: ctx.span(s),
  });
  ctx.leave();
  return out;
}

function command(ctx: ConvertContext, c: MvNode): Command {
  const span = ctx.span(c);
  const type = nodeType(c);
  switch (type) {
    case 'CallExpr': {
      const call = c as MvCallExpr;
      return frozen({
        kind: 'CallExpr',
        assigns: frozen(call.Assigns.map((a) => assign(ctx, a))),
        args: frozen(call.Args.map((w) => word(ctx, w))),
        span,
      });
    }
    case 'BinaryCmd': {
      const b = c as MvBinary;
      const op = ctx.op(BINARY_CMD_OPS, b.Op, c);
      return frozen({ kind: 'BinaryCmd', op, x: stmt(ctx, b.X as MvStmt), y: stmt(ctx, b.Y as MvStmt), span });
    }
    case 'IfClause':
      return ifClause(ctx, c as MvIfClause);
    case 'WhileClause': {
      const w = c as MvWhileClause;
      return frozen({
        kind: 'WhileClause',
        until: w.Until,
        cond: stmtList(ctx, w.Cond),
        body: stmtList(ctx, w.Do),
        span,
      });
    }
    case 'ForClause': {
      const f = c as MvForClause;
      return frozen({ kind: 'ForClause', select: f.Select, loop: loop(ctx, f.Loop), body: stmtList(ctx, f.Do), span });
    }
    case 'CaseClause': {
      const k = c as MvCaseClause;
      const items = frozen(k.Items.map((i) => caseItem(ctx, i)));
      return frozen({ kind: 'CaseClause', word: word(ctx, k.Word), items, span });
    }
    case 'Block':
      return frozen({ kind: 'Block', stmts: stmtList(ctx, (c as MvStmtList).Stmts), span });
    case 'Subshell':
      return frozen({ kind: 'Subshell', stmts: stmtList(ctx, (c as MvStmtList).Stmts), span });
    case 'FuncDecl': {
      const f = c as MvFuncDecl;
      return frozen({ kind: 'FuncDecl', name: f.Name.Value, body: stmt(ctx, f.Body), span });
    }
    case 'ArithmCmd':
      return frozen({ kind: 'ArithmCmd', expr: arithm(ctx, (c as MvWrapX).X), span });
    case 'TestClause':
      return frozen({ kind: 'TestClause', expr: test(ctx, (c as MvWrapX).X), span });
    case 'DeclClause':
      return declClause(ctx, c as MvDeclClause);
    case 'LetClause':
      return frozen({ kind: 'LetClause', exprs: frozen((c as MvLetClause).Exprs.map((e) => arithm(ctx, e))), span });
    case 'TimeClause': {
      const t = c as MvTimeClause;
      return frozen({ kind: 'TimeClause', posix: t.PosixFormat, stmt: t.Stmt ? stmt(ctx, t.Stmt) : null, span });
    }
    default:
      throw ctx.error(c, `${UNSUPPORTED[type] ?? type} is not supported`);
  }
}

/** mvdan chains elif/else as nested IfClauses; an else is the one without a condition. */
function ifClause(ctx: ConvertContext, c: MvIfClause): Command {
  const span = ctx.span(c);
  const clauses: IfArm[] = [];
  let elseBody: readonly Stmt[] | null = null;
  for (let arm: MvIfClause | null = c; arm !== null; arm = arm.Else) {
    if (arm !== c && arm.Cond.length === 0) {
      elseBody = stmtList(ctx, arm.Then);
      break;
    }
    clauses.push(frozen({ cond: stmtList(ctx, arm.Cond), body: stmtList(ctx, arm.Then) }));
  }
  return frozen({ kind: 'IfClause', clauses: frozen(clauses), elseBody, span });
}

function loop(ctx: ConvertContext, l: MvNode): WordIter | CStyleLoop {
  const span = ctx.span(l);
  if (nodeType(l) === 'WordIter') {
    const w = l as MvWordIter;
    // `for x; do` has no `in`; `for x in; do` has one and iterates nothing.
    const items = w.InPos.IsValid() ? frozen(w.Items.map((i) => word(ctx, i))) : null;
    return frozen({ kind: 'WordIter', name: w.Name.Value, items, span });
  }
  const c = l as MvCStyleLoop;
  return frozen({
    kind: 'CStyleLoop',
    init: c.Init ? arithm(ctx, c.Init) : null,
    cond: c.Cond ? arithm(ctx, c.Cond) : null,
    post: c.Post ? arithm(ctx, c.Post) : null,
    span,
  });
}

function caseItem(ctx: ConvertContext, i: MvCaseItem): CaseItem {
  return frozen({
    kind: 'CaseItem',
    op: ctx.op(CASE_OPS, i.Op, i),
    patterns: frozen(i.Patterns.map((p) => word(ctx, p))),
    stmts: stmtList(ctx, i.Stmts),
    span: ctx.span(i),
  });
}

function declClause(ctx: ConvertContext, d: MvDeclClause): Command {
  const variant = d.Variant.Value;
  if (!DECL_VARIANTS.has(variant)) throw ctx.error(d, `${variant} is not supported`);
  return frozen({
    kind: 'DeclClause',
    variant: variant as DeclVariant,
    args: frozen(d.Args.map((a) => assign(ctx, a))),
    span: ctx.span(d),
  });
}

function assign(ctx: ConvertContext, a: MvAssign): Assign {
  return frozen({
    kind: 'Assign',
    name: a.Name ? a.Name.Value : null,
    append: a.Append,
    naked: a.Naked,
    index: a.Index ? arithm(ctx, a.Index) : null,
    value: a.Value ? word(ctx, a.Value) : null,
    array: a.Array ? frozen(a.Array.Elems.map((e) => arrayElem(ctx, e))) : null,
    span: ctx.span(a),
  });
}

function arrayElem(ctx: ConvertContext, e: MvArrayElem): ArrayElem {
  return frozen({
    kind: 'ArrayElem',
    index: e.Index ? arithm(ctx, e.Index) : null,
    value: e.Value ? word(ctx, e.Value) : null,
    span: ctx.span(e),
  });
}

function redirect(ctx: ConvertContext, r: MvRedirect): Redirect {
  const op = ctx.op(REDIR_OPS, r.Op, r);
  const span = ctx.span(r);
  const isHdoc = op === '<<' || op === '<<-';
  return frozen({
    kind: 'Redirect',
    op,
    fd: r.N ? r.N.Value : null,
    word: word(ctx, r.Word),
    hdoc: r.Hdoc ? word(ctx, r.Hdoc) : isHdoc ? emptyWord(ctx.map.span(r.End().Offset(), r.End().Offset())) : null,
    span,
  });
}
