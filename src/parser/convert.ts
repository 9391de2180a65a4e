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
  GoArrayElem,
  GoAssign,
  GoBinary,
  GoCallExpr,
  GoCaseClause,
  GoCaseItem,
  GoCStyleLoop,
  GoDeclClause,
  GoFile,
  GoForClause,
  GoFuncDecl,
  GoIfClause,
  GoLetClause,
  GoNode,
  GoRedirect,
  GoSlice,
  GoStmt,
  GoStmtList,
  GoTimeClause,
  GoWhileClause,
  GoWordIter,
  GoWrapX,
} from './mvdan.js';
import { goList, goString, nodeType, orNull } from './mvdan.js';
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
export function convertFile(file: GoFile, map: SourceMap): Script {
  const ctx = new ConvertContext(map, stmtList);
  const span = frozen({ offset: 0, end: map.text.length, line: 1, col: 1 });
  return frozen({ kind: 'Script', stmts: stmtList(ctx, file.Stmts), span });
}

function stmtList(ctx: ConvertContext, list: GoSlice<GoStmt>): readonly Stmt[] {
  return frozen(goList(list).map((s) => stmt(ctx, s)));
}

function stmt(ctx: ConvertContext, s: GoStmt): Stmt {
  ctx.enter(s);
  if (s.Coprocess) throw ctx.error(s, '|& coprocess is not supported');
  const cmd = orNull(s.Cmd);
  const out: Stmt = frozen({
    kind: 'Stmt',
    cmd: cmd ? command(ctx, cmd) : null,
    redirs: frozen(goList(s.Redirs).map((r) => redirect(ctx, r))),
    negated: s.Negated,
    background: s.Background,
    span: ctx.span(s),
  });
  ctx.leave();
  return out;
}

function command(ctx: ConvertContext, c: GoNode): Command {
  const span = ctx.span(c);
  const type = nodeType(c);
  switch (type) {
    case 'CallExpr': {
      const call = c as GoCallExpr;
      return frozen({
        kind: 'CallExpr',
        assigns: frozen(goList(call.Assigns).map((a) => assign(ctx, a))),
        args: frozen(goList(call.Args).map((w) => word(ctx, w))),
        span,
      });
    }
    case 'BinaryCmd': {
      const b = c as GoBinary;
      const op = ctx.op(BINARY_CMD_OPS, b.Op, c);
      return frozen({ kind: 'BinaryCmd', op, x: stmt(ctx, b.X as GoStmt), y: stmt(ctx, b.Y as GoStmt), span });
    }
    case 'IfClause':
      return ifClause(ctx, c as GoIfClause);
    case 'WhileClause': {
      const w = c as GoWhileClause;
      return frozen({
        kind: 'WhileClause',
        until: w.Until,
        cond: stmtList(ctx, w.Cond),
        body: stmtList(ctx, w.Do),
        span,
      });
    }
    case 'ForClause': {
      const f = c as GoForClause;
      return frozen({ kind: 'ForClause', select: f.Select, loop: loop(ctx, f.Loop), body: stmtList(ctx, f.Do), span });
    }
    case 'CaseClause': {
      const k = c as GoCaseClause;
      const items = frozen(goList(k.Items).map((i) => caseItem(ctx, i)));
      return frozen({ kind: 'CaseClause', word: word(ctx, k.Word), items, span });
    }
    case 'Block':
      return frozen({ kind: 'Block', stmts: stmtList(ctx, (c as GoStmtList).Stmts), span });
    case 'Subshell':
      return frozen({ kind: 'Subshell', stmts: stmtList(ctx, (c as GoStmtList).Stmts), span });
    case 'FuncDecl': {
      const f = c as GoFuncDecl;
      return frozen({ kind: 'FuncDecl', name: goString(f.Name.Value), body: stmt(ctx, f.Body), span });
    }
    case 'ArithmCmd':
      return frozen({ kind: 'ArithmCmd', expr: arithm(ctx, (c as GoWrapX).X), span });
    case 'TestClause':
      return frozen({ kind: 'TestClause', expr: test(ctx, (c as GoWrapX).X), span });
    case 'DeclClause':
      return declClause(ctx, c as GoDeclClause);
    case 'LetClause': {
      const exprs = frozen(goList((c as GoLetClause).Exprs).map((e) => arithm(ctx, e)));
      return frozen({ kind: 'LetClause', exprs, span });
    }
    case 'TimeClause': {
      const t = c as GoTimeClause;
      const timed = orNull(t.Stmt);
      return frozen({ kind: 'TimeClause', posix: t.PosixFormat, stmt: timed ? stmt(ctx, timed) : null, span });
    }
    default:
      throw ctx.error(c, `${UNSUPPORTED[type] ?? type} is not supported`);
  }
}

/** mvdan chains elif/else as nested IfClauses; an else is the one without a condition. */
function ifClause(ctx: ConvertContext, c: GoIfClause): Command {
  const span = ctx.span(c);
  const clauses: IfArm[] = [];
  let elseBody: readonly Stmt[] | null = null;
  for (let arm: GoIfClause | null = c; arm !== null; arm = orNull(arm.Else)) {
    if (arm !== c && arm.Cond.$length === 0) {
      elseBody = stmtList(ctx, arm.Then);
      break;
    }
    clauses.push(frozen({ cond: stmtList(ctx, arm.Cond), body: stmtList(ctx, arm.Then) }));
  }
  return frozen({ kind: 'IfClause', clauses: frozen(clauses), elseBody, span });
}

function loop(ctx: ConvertContext, l: GoNode): WordIter | CStyleLoop {
  const span = ctx.span(l);
  if (nodeType(l) === 'WordIter') {
    const w = l as GoWordIter;
    // `for x; do` has no `in` (an unset position); `for x in; do` has one and iterates nothing.
    const items = w.InPos.lineCol !== 0 ? frozen(goList(w.Items).map((i) => word(ctx, i))) : null;
    return frozen({ kind: 'WordIter', name: goString(w.Name.Value), items, span });
  }
  const c = l as GoCStyleLoop;
  const part = (x: GoNode | null) => (x ? arithm(ctx, x) : null);
  return frozen({
    kind: 'CStyleLoop',
    init: part(orNull(c.Init)),
    cond: part(orNull(c.Cond)),
    post: part(orNull(c.Post)),
    span,
  });
}

function caseItem(ctx: ConvertContext, i: GoCaseItem): CaseItem {
  return frozen({
    kind: 'CaseItem',
    op: ctx.op(CASE_OPS, i.Op, i),
    patterns: frozen(goList(i.Patterns).map((p) => word(ctx, p))),
    stmts: stmtList(ctx, i.Stmts),
    span: ctx.span(i),
  });
}

function declClause(ctx: ConvertContext, d: GoDeclClause): Command {
  const variant = goString(d.Variant.Value);
  if (!DECL_VARIANTS.has(variant)) throw ctx.error(d, `${variant} is not supported`);
  return frozen({
    kind: 'DeclClause',
    variant: variant as DeclVariant,
    args: frozen(goList(d.Args).map((a) => assign(ctx, a))),
    span: ctx.span(d),
  });
}

function assign(ctx: ConvertContext, a: GoAssign): Assign {
  const name = orNull(a.Name);
  const index = orNull(a.Index);
  const value = orNull(a.Value);
  const array = orNull(a.Array);
  return frozen({
    kind: 'Assign',
    name: name ? goString(name.Value) : null,
    append: a.Append,
    naked: a.Naked,
    index: index ? arithm(ctx, index) : null,
    value: value ? word(ctx, value) : null,
    array: array ? frozen(goList(array.Elems).map((e) => arrayElem(ctx, e))) : null,
    span: ctx.span(a),
  });
}

function arrayElem(ctx: ConvertContext, e: GoArrayElem): ArrayElem {
  const index = orNull(e.Index);
  const value = orNull(e.Value);
  return frozen({
    kind: 'ArrayElem',
    index: index ? arithm(ctx, index) : null,
    value: value ? word(ctx, value) : null,
    span: ctx.span(e),
  });
}

function redirect(ctx: ConvertContext, r: GoRedirect): Redirect {
  const op = ctx.op(REDIR_OPS, r.Op, r);
  const span = ctx.span(r);
  const fd = orNull(r.N);
  const hdoc = orNull(r.Hdoc);
  const isHdoc = op === '<<' || op === '<<-';
  return frozen({
    kind: 'Redirect',
    op,
    fd: fd ? goString(fd.Value) : null,
    word: word(ctx, r.Word),
    hdoc: hdoc ? word(ctx, hdoc) : isHdoc ? emptyWord(ctx.map.span(r.End().offs, r.End().offs)) : null,
    span,
  });
}
