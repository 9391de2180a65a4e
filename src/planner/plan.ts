/**
 * The logical plan: control-flow nodes whose leaves are simple commands with
 * symbolic words (expansion happens at run time, per pipeline). Nodes are
 * readonly plain objects with a `kind` literal, like the AST they come from.
 */
import type {
  ArithmExpr,
  Assign,
  CaseOp,
  DeclVariant,
  FuncDecl,
  Redirect,
  Span,
  TestExpr,
  Word,
} from '../parser/ast.js';

/** `a=1 cmd args >out`: one command with its assignments and redirections. */
export interface SimpleNode {
  readonly kind: 'Simple';
  readonly assigns: readonly Assign[];
  readonly words: readonly Word[];
  readonly redirs: readonly Redirect[];
  /** The argv when every word is a plain literal (no expansion can change it), else null. */
  readonly literalArgv: readonly string[] | null;
  readonly span: Span;
}

/** `a | b |& c`, optionally negated with `!`. stderrToo[i] marks `|&` after stage i. */
export interface PipelineNode {
  readonly kind: 'Pipeline';
  readonly stages: readonly PlanNode[];
  readonly stderrToo: readonly boolean[];
  readonly negated: boolean;
  readonly span: Span;
}

/** `first && a || b`: evaluated left to right. */
export interface AndOrNode {
  readonly kind: 'AndOr';
  readonly first: PlanNode;
  readonly rest: readonly { readonly op: '&&' | '||'; readonly node: PlanNode }[];
  readonly span: Span;
}

/** Statements run one after another. */
export interface SeqNode {
  readonly kind: 'Seq';
  readonly items: readonly PlanNode[];
  readonly span: Span;
}

/** `node &`: runs concurrently; `wait` or the end of the execute collects it. */
export interface BackgroundNode {
  readonly kind: 'Background';
  readonly node: PlanNode;
  readonly span: Span;
}

/** A compound command with redirections: `{ …; } >out`, `while …; done <in`. */
export interface RedirectedNode {
  readonly kind: 'Redirected';
  readonly node: PlanNode;
  readonly redirs: readonly Redirect[];
  readonly span: Span;
}

export interface IfNode {
  readonly kind: 'If';
  readonly arms: readonly { readonly cond: PlanNode; readonly body: PlanNode }[];
  readonly elseBody: PlanNode | null;
  readonly span: Span;
}

/** `while`/`until` loops. */
export interface LoopNode {
  readonly kind: 'Loop';
  readonly until: boolean;
  readonly cond: PlanNode;
  readonly body: PlanNode;
  readonly span: Span;
}

/** `for name in items` (items null: "$@"), or `select` when select is true. */
export interface ForInNode {
  readonly kind: 'ForIn';
  readonly name: string;
  readonly items: readonly Word[] | null;
  readonly select: boolean;
  readonly body: PlanNode;
  readonly span: Span;
}

/** `for ((init; cond; post))`. */
export interface ForCNode {
  readonly kind: 'ForC';
  readonly init: ArithmExpr | null;
  readonly cond: ArithmExpr | null;
  readonly post: ArithmExpr | null;
  readonly body: PlanNode;
  readonly span: Span;
}

export interface CaseNode {
  readonly kind: 'Case';
  readonly word: Word;
  readonly items: readonly { readonly patterns: readonly Word[]; readonly body: PlanNode; readonly op: CaseOp }[];
  readonly span: Span;
}

/** `{ body; }` in the current shell. */
export interface GroupNode {
  readonly kind: 'Group';
  readonly body: PlanNode;
  readonly span: Span;
}

/** `( body )` in a copy of the shell state. */
export interface SubshellNode {
  readonly kind: 'Subshell';
  readonly body: PlanNode;
  readonly span: Span;
}

/** `name() body`: defines a function when run. `decl` is kept for printing (`type f`). */
export interface FuncDefNode {
  readonly kind: 'FuncDef';
  readonly name: string;
  readonly body: PlanNode;
  readonly decl: FuncDecl;
  readonly span: Span;
}

/** `(( expr ))` */
export interface ArithNode {
  readonly kind: 'Arith';
  readonly expr: ArithmExpr;
  readonly span: Span;
}

/** `[[ expr ]]` */
export interface CondNode {
  readonly kind: 'Cond';
  readonly expr: TestExpr;
  readonly span: Span;
}

/** `declare/local/export/readonly/typeset …`. */
export interface DeclNode {
  readonly kind: 'Decl';
  readonly variant: DeclVariant;
  readonly args: readonly Assign[];
  readonly span: Span;
}

/** `let expr…` */
export interface LetNode {
  readonly kind: 'Let';
  readonly exprs: readonly ArithmExpr[];
  readonly span: Span;
}

/** `time [-p] node` */
export interface TimeNode {
  readonly kind: 'Time';
  readonly node: PlanNode | null;
  readonly posix: boolean;
  readonly span: Span;
}

export type PlanNode =
  | SimpleNode
  | PipelineNode
  | AndOrNode
  | SeqNode
  | BackgroundNode
  | RedirectedNode
  | IfNode
  | LoopNode
  | ForInNode
  | ForCNode
  | CaseNode
  | GroupNode
  | SubshellNode
  | FuncDefNode
  | ArithNode
  | CondNode
  | DeclNode
  | LetNode
  | TimeNode;

/** A whole lowered script and the text it came from (for EXPLAIN and error lines). */
export interface PlanScript {
  readonly body: SeqNode;
  readonly source: string;
}
