/**
 * The one door to the `mvdan-sh` package (a GopherJS build of mvdan/sh): typed
 * views of the node shapes we read, and a lazily created parser. Go structs arrive
 * as wrapper objects whose fields are non-enumerable getters and whose positions
 * are method calls; operators are bare numbers (see ops.ts).
 */
import { createRequire } from 'node:module';

/** A position: UTF-8 byte offset plus mvdan's 1-based line and byte column. */
export interface MvPos {
  Offset(): number;
  Line(): number;
  Col(): number;
  IsValid(): boolean;
}

/** What every node offers. */
export interface MvNode {
  Pos(): MvPos;
  End(): MvPos;
}

export interface MvFile extends MvNode {
  readonly Stmts: MvStmt[];
}

export interface MvStmt extends MvNode {
  readonly Cmd: MvNode | null;
  readonly Negated: boolean;
  readonly Background: boolean;
  readonly Coprocess: boolean;
  readonly Redirs: MvRedirect[];
}

export interface MvLit extends MvNode {
  readonly Value: string;
}

export interface MvWord extends MvNode {
  readonly Parts: MvNode[];
}

export interface MvRedirect extends MvNode {
  readonly Op: number;
  readonly N: MvLit | null;
  readonly Word: MvWord;
  readonly Hdoc: MvWord | null;
}

export interface MvCallExpr extends MvNode {
  readonly Assigns: MvAssign[];
  readonly Args: MvWord[];
}

export interface MvAssign extends MvNode {
  readonly Append: boolean;
  readonly Naked: boolean;
  readonly Name: MvLit | null;
  readonly Index: MvNode | null;
  readonly Value: MvWord | null;
  readonly Array: MvArrayExpr | null;
}

export interface MvArrayExpr extends MvNode {
  readonly Elems: MvArrayElem[];
}

export interface MvArrayElem extends MvNode {
  readonly Index: MvNode | null;
  readonly Value: MvWord | null;
}

export interface MvBinary extends MvNode {
  readonly Op: number;
  readonly X: MvNode;
  readonly Y: MvNode;
}

export interface MvUnary extends MvNode {
  readonly Op: number;
  readonly X: MvNode;
}

export interface MvUnaryArithm extends MvUnary {
  readonly Post: boolean;
}

/** Nodes that wrap one expression: ParenArithm, ParenTest, TestClause, ArithmCmd. */
export interface MvWrapX extends MvNode {
  readonly X: MvNode;
}

export interface MvArithmExp extends MvWrapX {
  readonly Bracket: boolean;
}

export interface MvIfClause extends MvNode {
  readonly Cond: MvStmt[];
  readonly Then: MvStmt[];
  readonly Else: MvIfClause | null;
}

export interface MvWhileClause extends MvNode {
  readonly Until: boolean;
  readonly Cond: MvStmt[];
  readonly Do: MvStmt[];
}

export interface MvForClause extends MvNode {
  readonly Select: boolean;
  readonly Loop: MvNode;
  readonly Do: MvStmt[];
}

export interface MvWordIter extends MvNode {
  readonly Name: MvLit;
  readonly InPos: MvPos;
  readonly Items: MvWord[];
}

export interface MvCStyleLoop extends MvNode {
  readonly Init: MvNode | null;
  readonly Cond: MvNode | null;
  readonly Post: MvNode | null;
}

export interface MvCaseClause extends MvNode {
  readonly Word: MvWord;
  readonly Items: MvCaseItem[];
}

export interface MvCaseItem extends MvNode {
  readonly Op: number;
  readonly Patterns: MvWord[];
  readonly Stmts: MvStmt[];
}

/** Block, Subshell, CmdSubst and ProcSubst all hold a statement list. */
export interface MvStmtList extends MvNode {
  readonly Stmts: MvStmt[];
}

export interface MvCmdSubst extends MvStmtList {
  readonly Backquotes: boolean;
}

export interface MvProcSubst extends MvStmtList {
  readonly Op: number;
}

export interface MvFuncDecl extends MvNode {
  readonly Name: MvLit;
  readonly Body: MvStmt;
}

export interface MvDeclClause extends MvNode {
  readonly Variant: MvLit;
  readonly Args: MvAssign[];
}

export interface MvLetClause extends MvNode {
  readonly Exprs: MvNode[];
}

export interface MvTimeClause extends MvNode {
  readonly PosixFormat: boolean;
  readonly Stmt: MvStmt | null;
}

export interface MvSglQuoted extends MvNode {
  readonly Dollar: boolean;
  readonly Value: string;
}

export interface MvDblQuoted extends MvNode {
  readonly Dollar: boolean;
  readonly Parts: MvNode[];
}

export interface MvParamExp extends MvNode {
  readonly Short: boolean;
  readonly Excl: boolean;
  readonly Length: boolean;
  readonly Width: boolean;
  readonly Param: MvLit;
  readonly Index: MvNode | null;
  readonly Slice: { readonly Offset: MvNode | null; readonly Length: MvNode | null } | null;
  readonly Repl: { readonly All: boolean; readonly Orig: MvWord | null; readonly With: MvWord | null } | null;
  readonly Names: number;
  readonly Exp: { readonly Op: number; readonly Word: MvWord | null } | null;
}

export interface MvExtGlob extends MvNode {
  readonly Op: number;
  readonly Pattern: MvLit;
}

/** The thrown value of a failed parse: a ParseError, or a LangError without Text/Incomplete. */
export interface MvError {
  Error(): string;
  readonly Pos: MvPos;
  readonly Text?: string;
  readonly Incomplete?: boolean;
}

interface MvParser {
  Parse(src: string, name: string): MvFile;
}

interface MvSyntax {
  NewParser(...options: unknown[]): MvParser;
  KeepComments(keep: boolean): unknown;
  Variant(lang: unknown): unknown;
  readonly LangBash: unknown;
  NodeType(node: MvNode): string;
}

let syntax: MvSyntax | null = null;
let parser: MvParser | null = null;

function loadSyntax(): MvSyntax {
  if (syntax === null) {
    const require = createRequire(import.meta.url);
    syntax = (require('mvdan-sh') as { syntax: MvSyntax }).syntax;
  }
  return syntax;
}

/** mvdan's type name of a node ("CallExpr", "Lit", …). */
export function nodeType(node: MvNode): string {
  return loadSyntax().NodeType(node);
}

/** Parses bash text with the shared parser; throws whatever mvdan throws. */
export function mvdanParse(text: string): MvFile {
  if (parser === null) {
    const s = loadSyntax();
    parser = s.NewParser(s.KeepComments(false), s.Variant(s.LangBash));
  }
  return parser.Parse(text, '');
}

/** Drops the shared parser, so that a parse that died mid-way (stack overflow) cannot leave state behind. */
export function resetParser(): void {
  parser = null;
}

/** True when `e` is an error value thrown by mvdan (ParseError or LangError). */
export function isMvError(e: unknown): e is MvError {
  if (typeof e !== 'object' || e === null) return false;
  const err = e as { Error?: unknown; Pos?: { Offset?: unknown } };
  return typeof err.Error === 'function' && typeof err.Pos?.Offset === 'function';
}
