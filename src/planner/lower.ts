/**
 * Lowering: AST → plan. Flattens pipelines and and/or chains, attaches
 * redirections and negation, and precomputes the argv of all-literal commands
 * (the fast path for `echo hi`). Pure and cached per AST.
 */
import type { Command, Script, Span, Stmt, Word } from '../parser/ast.js';
import type { PlanNode, PlanScript, SeqNode, SimpleNode } from './plan.js';

const cache = new WeakMap<Script, PlanScript>();

/** Lowers a parsed script; the result is cached per AST object. */
export function lowerScript(script: Script, source: string): PlanScript {
  const hit = cache.get(script);
  if (hit && hit.source === source) return hit;
  const plan: PlanScript = { body: lowerStmts(script.stmts, script.span), source };
  cache.set(script, plan);
  return plan;
}

const nestedCache = new WeakMap<readonly Stmt[], SeqNode>();

/** Lowers statements nested in a word ($(…), <(…)) at run time; cached per AST list. */
export function lowerNested(stmts: readonly Stmt[], span: Span): SeqNode {
  let seq = nestedCache.get(stmts);
  if (!seq) {
    seq = lowerStmts(stmts, span);
    nestedCache.set(stmts, seq);
  }
  return seq;
}

function lowerStmts(stmts: readonly Stmt[], span: Span): SeqNode {
  return { kind: 'Seq', items: stmts.map(lowerStmt), span };
}

function lowerStmt(stmt: Stmt): PlanNode {
  let node: PlanNode;
  if (stmt.cmd === null) {
    node = { kind: 'Simple', assigns: [], words: [], redirs: stmt.redirs, literalArgv: [], span: stmt.span };
  } else {
    node = lowerCommand(stmt.cmd);
    if (stmt.redirs.length > 0) {
      node =
        node.kind === 'Simple'
          ? { ...node, redirs: [...node.redirs, ...stmt.redirs] }
          : { kind: 'Redirected', node, redirs: stmt.redirs, span: stmt.span };
    }
  }
  if (stmt.negated) {
    node =
      node.kind === 'Pipeline'
        ? { ...node, negated: !node.negated }
        : { kind: 'Pipeline', stages: [node], stderrToo: [], negated: true, span: stmt.span };
  }
  if (stmt.background) node = { kind: 'Background', node, span: stmt.span };
  return node;
}

function lowerCommand(cmd: Command): PlanNode {
  switch (cmd.kind) {
    case 'CallExpr':
      return {
        kind: 'Simple',
        assigns: cmd.assigns,
        words: cmd.args,
        redirs: [],
        literalArgv: literalArgv(cmd.args),
        span: cmd.span,
      } satisfies SimpleNode;
    case 'BinaryCmd': {
      if (cmd.op === '|' || cmd.op === '|&') {
        const stages: PlanNode[] = [];
        const stderrToo: boolean[] = [];
        flattenPipe(cmd.x, stages, stderrToo);
        stderrToo.push(cmd.op === '|&');
        stages.push(lowerStmt(cmd.y));
        return { kind: 'Pipeline', stages, stderrToo, negated: false, span: cmd.span };
      }
      const rest: { op: '&&' | '||'; node: PlanNode }[] = [];
      let first: PlanNode;
      const left = cmd.x.cmd;
      const leftNode = lowerStmt(cmd.x);
      if (
        left?.kind === 'BinaryCmd' &&
        (left.op === '&&' || left.op === '||') &&
        !cmd.x.negated &&
        !cmd.x.background &&
        cmd.x.redirs.length === 0 &&
        leftNode.kind === 'AndOr'
      ) {
        first = leftNode.first;
        rest.push(...leftNode.rest);
      } else {
        first = leftNode;
      }
      rest.push({ op: cmd.op, node: lowerStmt(cmd.y) });
      return { kind: 'AndOr', first, rest, span: cmd.span };
    }
    case 'IfClause':
      return {
        kind: 'If',
        arms: cmd.clauses.map((c) => ({ cond: lowerStmts(c.cond, cmd.span), body: lowerStmts(c.body, cmd.span) })),
        elseBody: cmd.elseBody ? lowerStmts(cmd.elseBody, cmd.span) : null,
        span: cmd.span,
      };
    case 'WhileClause':
      return {
        kind: 'Loop',
        until: cmd.until,
        cond: lowerStmts(cmd.cond, cmd.span),
        body: lowerStmts(cmd.body, cmd.span),
        span: cmd.span,
      };
    case 'ForClause':
      if (cmd.loop.kind === 'WordIter') {
        return {
          kind: 'ForIn',
          name: cmd.loop.name,
          items: cmd.loop.items,
          select: cmd.select,
          body: lowerStmts(cmd.body, cmd.span),
          span: cmd.span,
        };
      }
      return {
        kind: 'ForC',
        init: cmd.loop.init,
        cond: cmd.loop.cond,
        post: cmd.loop.post,
        body: lowerStmts(cmd.body, cmd.span),
        span: cmd.span,
      };
    case 'CaseClause':
      return {
        kind: 'Case',
        word: cmd.word,
        items: cmd.items.map((it) => ({ patterns: it.patterns, body: lowerStmts(it.stmts, it.span), op: it.op })),
        span: cmd.span,
      };
    case 'Block':
      return { kind: 'Group', body: lowerStmts(cmd.stmts, cmd.span), span: cmd.span };
    case 'Subshell':
      return { kind: 'Subshell', body: lowerStmts(cmd.stmts, cmd.span), span: cmd.span };
    case 'FuncDecl':
      return { kind: 'FuncDef', name: cmd.name, body: lowerStmt(cmd.body), decl: cmd, span: cmd.span };
    case 'ArithmCmd':
      return { kind: 'Arith', expr: cmd.expr, span: cmd.span };
    case 'TestClause':
      return { kind: 'Cond', expr: cmd.expr, span: cmd.span };
    case 'DeclClause':
      return { kind: 'Decl', variant: cmd.variant, args: cmd.args, span: cmd.span };
    case 'LetClause':
      return { kind: 'Let', exprs: cmd.exprs, span: cmd.span };
    case 'TimeClause':
      return { kind: 'Time', node: cmd.stmt ? lowerStmt(cmd.stmt) : null, posix: cmd.posix, span: cmd.span };
  }
}

function flattenPipe(stmt: Stmt, stages: PlanNode[], stderrToo: boolean[]): void {
  const c = stmt.cmd;
  if (
    c?.kind === 'BinaryCmd' &&
    (c.op === '|' || c.op === '|&') &&
    !stmt.negated &&
    !stmt.background &&
    stmt.redirs.length === 0
  ) {
    flattenPipe(c.x, stages, stderrToo);
    stderrToo.push(c.op === '|&');
    stages.push(lowerStmt(c.y));
    return;
  }
  stages.push(lowerStmt(stmt));
}

const PLAIN_LITERAL = /^[A-Za-z0-9_@%+=:,./-]+$/;

/** The argv of words that expansion cannot change: plain literals without glob, brace, tilde or escapes. */
function literalArgv(words: readonly Word[]): readonly string[] | null {
  const out: string[] = [];
  for (const w of words) {
    if (w.parts.length !== 1) return null;
    const p = w.parts[0];
    if (p.kind === 'Lit' && PLAIN_LITERAL.test(p.value)) out.push(p.value);
    else if (p.kind === 'SglQuoted' && !p.dollar) out.push(p.value);
    else return null;
  }
  return out;
}
