/**
 * The one door to the `mvdan-sh` package (a GopherJS build of mvdan/sh).
 *
 * The package's public wrappers convert every field access into fresh JS values
 * (deep copies, UTF-8 decoding, method wrappers); converting a 100-line script
 * through them took 20× longer than parsing it. So the converter reads the Go
 * values underneath (`__internal_object__`) in GopherJS's own representation:
 * pointers to structs are objects whose fields are plain properties and whose
 * `constructor.string` names the type ("*syntax.CallExpr"); a nil pointer is its
 * type's `constructor.nil`; a nil interface is an object without `$val`; slices
 * are {$array, $offset, $length}; strings hold UTF-8 bytes, one per UTF-16 unit;
 * Pos is {offs (byte offset), lineCol}. Node Pos()/End() are Go methods on the
 * same objects. mvdan-sh is pinned to 0.10.1; the parser tests fail if this shape changes.
 */
import { loadMvdanWithCache, rememberCache } from './mvdan-load.js';

/** A Go `syntax.Pos`: offs is the 0-based UTF-8 byte offset; lineCol is 0 when the position is unset. */
export interface GoPos {
  readonly offs: number;
  readonly lineCol: number;
}

/** A Go slice. */
export interface GoSlice<T> {
  readonly $array: readonly T[];
  readonly $offset: number;
  readonly $length: number;
}

/** A pointer to a syntax node: its type name, and the Pos()/End() methods every node has. */
export interface GoNode {
  readonly constructor: { readonly string: string; readonly nil: unknown };
  Pos(): GoPos;
  End(): GoPos;
}

/** A pointer or interface field that may be nil; test it with isNil before use. */
export type Maybe<T> = T | { readonly nil: true };

export interface GoFile extends GoNode {
  readonly Stmts: GoSlice<GoStmt>;
}

export interface GoStmt extends GoNode {
  readonly Cmd: Maybe<GoNode>;
  readonly Negated: boolean;
  readonly Background: boolean;
  readonly Coprocess: boolean;
  readonly Redirs: GoSlice<GoRedirect>;
}

export interface GoLit extends GoNode {
  readonly Value: string;
}

export interface GoWord extends GoNode {
  readonly Parts: GoSlice<GoNode>;
}

export interface GoRedirect extends GoNode {
  readonly Op: number;
  readonly N: Maybe<GoLit>;
  readonly Word: GoWord;
  readonly Hdoc: Maybe<GoWord>;
}

export interface GoCallExpr extends GoNode {
  readonly Assigns: GoSlice<GoAssign>;
  readonly Args: GoSlice<GoWord>;
}

export interface GoAssign extends GoNode {
  readonly Append: boolean;
  readonly Naked: boolean;
  readonly Name: Maybe<GoLit>;
  readonly Index: Maybe<GoNode>;
  readonly Value: Maybe<GoWord>;
  readonly Array: Maybe<GoArrayExpr>;
}

export interface GoArrayExpr extends GoNode {
  readonly Elems: GoSlice<GoArrayElem>;
}

export interface GoArrayElem extends GoNode {
  readonly Index: Maybe<GoNode>;
  readonly Value: Maybe<GoWord>;
}

/** BinaryCmd, BinaryArithm, BinaryTest. */
export interface GoBinary extends GoNode {
  readonly Op: number;
  readonly X: GoNode;
  readonly Y: GoNode;
}

/** UnaryArithm (with Post) and UnaryTest. */
export interface GoUnary extends GoNode {
  readonly Op: number;
  readonly Post: boolean;
  readonly X: GoNode;
}

/** Nodes that wrap one expression: ParenArithm, ParenTest, TestClause, ArithmCmd, ArithmExp. */
export interface GoWrapX extends GoNode {
  readonly X: GoNode;
  readonly Bracket: boolean;
}

export interface GoIfClause extends GoNode {
  readonly Cond: GoSlice<GoStmt>;
  readonly Then: GoSlice<GoStmt>;
  readonly Else: Maybe<GoIfClause>;
}

export interface GoWhileClause extends GoNode {
  readonly Until: boolean;
  readonly Cond: GoSlice<GoStmt>;
  readonly Do: GoSlice<GoStmt>;
}

export interface GoForClause extends GoNode {
  readonly Select: boolean;
  readonly Loop: GoNode;
  readonly Do: GoSlice<GoStmt>;
}

export interface GoWordIter extends GoNode {
  readonly Name: GoLit;
  readonly InPos: GoPos;
  readonly Items: GoSlice<GoWord>;
}

export interface GoCStyleLoop extends GoNode {
  readonly Init: Maybe<GoNode>;
  readonly Cond: Maybe<GoNode>;
  readonly Post: Maybe<GoNode>;
}

export interface GoCaseClause extends GoNode {
  readonly Word: GoWord;
  readonly Items: GoSlice<GoCaseItem>;
}

export interface GoCaseItem extends GoNode {
  readonly Op: number;
  readonly Patterns: GoSlice<GoWord>;
  readonly Stmts: GoSlice<GoStmt>;
}

/** Block, Subshell, CmdSubst (with Backquotes) and ProcSubst (with Op) hold a statement list. */
export interface GoStmtList extends GoNode {
  readonly Stmts: GoSlice<GoStmt>;
  readonly Backquotes: boolean;
  readonly Op: number;
}

export interface GoFuncDecl extends GoNode {
  readonly Name: GoLit;
  readonly Body: GoStmt;
}

export interface GoDeclClause extends GoNode {
  readonly Variant: GoLit;
  readonly Args: GoSlice<GoAssign>;
}

export interface GoLetClause extends GoNode {
  readonly Exprs: GoSlice<GoNode>;
}

export interface GoTimeClause extends GoNode {
  readonly PosixFormat: boolean;
  readonly Stmt: Maybe<GoStmt>;
}

/** SglQuoted (Value) and DblQuoted (Parts). */
export interface GoQuoted extends GoNode {
  readonly Dollar: boolean;
  readonly Value: string;
  readonly Parts: GoSlice<GoNode>;
}

export interface GoParamExp extends GoNode {
  readonly Short: boolean;
  readonly Excl: boolean;
  readonly Length: boolean;
  readonly Width: boolean;
  readonly Param: Maybe<GoLit>;
  readonly Index: Maybe<GoNode>;
  readonly Slice: Maybe<{ readonly Offset: Maybe<GoNode>; readonly Length: Maybe<GoNode> }>;
  readonly Repl: Maybe<{ readonly All: boolean; readonly Orig: Maybe<GoWord>; readonly With: Maybe<GoWord> }>;
  readonly Names: number;
  readonly Exp: Maybe<{ readonly Op: number; readonly Word: Maybe<GoWord> }>;
}

export interface GoExtGlob extends GoNode {
  readonly Op: number;
  readonly Pattern: GoLit;
}

/** A thrown parse failure, through the package's public wrapper: ParseError, or LangError (no Text/Incomplete). */
export interface MvError {
  Error(): string;
  readonly Pos: { Offset(): number };
  readonly Text?: string;
  readonly Incomplete?: boolean;
}

interface MvParser {
  Parse(src: string, name: string): { readonly __internal_object__: GoFile };
}

interface MvSyntax {
  NewParser(...options: unknown[]): MvParser;
  KeepComments(keep: boolean): unknown;
  Variant(lang: unknown): unknown;
  readonly LangBash: unknown;
}

let parser: MvParser | null = null;

/** Parses bash text with the shared, lazily created parser; throws whatever mvdan throws. */
export function mvdanParse(text: string): GoFile {
  if (parser === null) {
    const loaded = loadMvdanWithCache();
    const { syntax } = loaded.exports as { syntax: MvSyntax };
    parser = syntax.NewParser(syntax.KeepComments(false), syntax.Variant(syntax.LangBash));
    const file = parser.Parse(text, '').__internal_object__;
    rememberCache(loaded);
    return file;
  }
  return parser.Parse(text, '').__internal_object__;
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

/** True for a nil pointer or nil interface. */
export function isNil<T>(x: Maybe<T>): x is { readonly nil: true } {
  const v = x as { $val?: unknown; constructor?: { nil?: unknown } } | null | undefined;
  return v === null || v === undefined || v.$val === undefined || v === v.constructor?.nil;
}

/** The value of a possibly nil pointer, or null. */
export function orNull<T>(x: Maybe<T>): T | null {
  return isNil(x) ? null : (x as T);
}

/** The elements of a Go slice. */
export function goList<T>(s: GoSlice<T>): T[] {
  return s.$array.slice(s.$offset, s.$offset + s.$length);
}

const HIGH_BYTE = /[\x80-\xff]/;

/** A Go string (UTF-8 bytes, one per code unit) as a JS string. */
export function goString(s: string): string {
  return HIGH_BYTE.test(s) ? Buffer.from(s, 'latin1').toString('utf8') : s;
}

/** The node's type name without package: "CallExpr", "Lit", … */
export function nodeType(n: GoNode): string {
  return n.constructor.string.slice('*syntax.'.length);
}
