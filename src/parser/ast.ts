/**
 * Mirage's own bash AST: readonly, JSON-serialisable plain objects with a `kind`
 * literal and a source span on every node. Converted once from the mvdan/sh AST
 * (see convert.ts); nothing downstream sees mvdan's objects.
 *
 * Field comments show the syntax a field holds, as mvdan/sh does.
 */

/**
 * Where a node sits in the source: JS string (UTF-16) indices [offset, end) into
 * the parsed text, and the 1-based line and UTF-16 column of its start.
 */
export interface Span {
  readonly offset: number;
  readonly end: number;
  readonly line: number;
  readonly col: number;
}

/** A whole script: a list of statements. */
export interface Script {
  readonly kind: 'Script';
  readonly stmts: readonly Stmt[];
  readonly span: Span;
}

/** One statement: `! cmd >a <b &`. `cmd` is null for a redirect-only statement such as `> f`. */
export interface Stmt {
  readonly kind: 'Stmt';
  readonly cmd: Command | null;
  readonly redirs: readonly Redirect[]; // stmt >a <b 2>&1
  readonly negated: boolean; // ! stmt
  readonly background: boolean; // stmt &
  readonly span: Span;
}

export type Command =
  | CallExpr
  | BinaryCmd
  | IfClause
  | WhileClause
  | ForClause
  | CaseClause
  | Block
  | Subshell
  | FuncDecl
  | ArithmCmd
  | TestClause
  | DeclClause
  | LetClause
  | TimeClause;

/** A simple command: `a=1 b=2 name arg1 arg2`. Both lists may be empty but not both. */
export interface CallExpr {
  readonly kind: 'CallExpr';
  readonly assigns: readonly Assign[]; // a=1 b=2
  readonly args: readonly Word[]; // name arg1 arg2
  readonly span: Span;
}

export type BinaryCmdOp = '&&' | '||' | '|' | '|&';

/** `x && y`, `x || y`, `x | y`, `x |& y`. Left-associative: `a | b | c` is `(a | b) | c`. */
export interface BinaryCmd {
  readonly kind: 'BinaryCmd';
  readonly op: BinaryCmdOp;
  readonly x: Stmt;
  readonly y: Stmt;
  readonly span: Span;
}

/** One `if`/`elif` arm: `if cond; then body`. */
export interface IfArm {
  readonly cond: readonly Stmt[];
  readonly body: readonly Stmt[];
}

/** `if c1; then b1; elif c2; then b2; else b3; fi`: clauses hold the if and each elif in order. */
export interface IfClause {
  readonly kind: 'IfClause';
  readonly clauses: readonly IfArm[];
  readonly elseBody: readonly Stmt[] | null; // else b3
  readonly span: Span;
}

/** `while cond; do body; done` or, with `until`, `until cond; do body; done`. */
export interface WhileClause {
  readonly kind: 'WhileClause';
  readonly until: boolean;
  readonly cond: readonly Stmt[];
  readonly body: readonly Stmt[];
  readonly span: Span;
}

/** `for name in items; do …; done`; items is null for `for name; do` (iterates "$@"). */
export interface WordIter {
  readonly kind: 'WordIter';
  readonly name: string;
  readonly items: readonly Word[] | null;
  readonly span: Span;
}

/** `for ((init; cond; post)); do …; done`; each part may be empty. */
export interface CStyleLoop {
  readonly kind: 'CStyleLoop';
  readonly init: ArithmExpr | null;
  readonly cond: ArithmExpr | null;
  readonly post: ArithmExpr | null;
  readonly span: Span;
}

/** `for …; do body; done` (also `select` when select is true). */
export interface ForClause {
  readonly kind: 'ForClause';
  readonly select: boolean;
  readonly loop: WordIter | CStyleLoop;
  readonly body: readonly Stmt[];
  readonly span: Span;
}

export type CaseOp = ';;' | ';&' | ';;&';

/** One case arm: `pat1 | pat2) stmts ;;`. */
export interface CaseItem {
  readonly kind: 'CaseItem';
  readonly op: CaseOp;
  readonly patterns: readonly Word[];
  readonly stmts: readonly Stmt[];
  readonly span: Span;
}

/** `case word in items esac`. */
export interface CaseClause {
  readonly kind: 'CaseClause';
  readonly word: Word;
  readonly items: readonly CaseItem[];
  readonly span: Span;
}

/** `{ stmts; }` */
export interface Block {
  readonly kind: 'Block';
  readonly stmts: readonly Stmt[];
  readonly span: Span;
}

/** `( stmts )` */
export interface Subshell {
  readonly kind: 'Subshell';
  readonly stmts: readonly Stmt[];
  readonly span: Span;
}

/** `name() body` or `function name body`. */
export interface FuncDecl {
  readonly kind: 'FuncDecl';
  readonly name: string;
  readonly body: Stmt;
  readonly span: Span;
}

/** `(( expr ))` */
export interface ArithmCmd {
  readonly kind: 'ArithmCmd';
  readonly expr: ArithmExpr;
  readonly span: Span;
}

/** `[[ expr ]]` */
export interface TestClause {
  readonly kind: 'TestClause';
  readonly expr: TestExpr;
  readonly span: Span;
}

export type DeclVariant = 'declare' | 'local' | 'export' | 'readonly' | 'typeset' | 'nameref';

/**
 * `declare -a x=(1 2) y`. Option words such as `-a` arrive as naked Assigns with a
 * null name and the option in `value`; plain names (`y`) are naked Assigns with a name.
 */
export interface DeclClause {
  readonly kind: 'DeclClause';
  readonly variant: DeclVariant;
  readonly args: readonly Assign[];
  readonly span: Span;
}

/** `let a=1 b+=2` */
export interface LetClause {
  readonly kind: 'LetClause';
  readonly exprs: readonly ArithmExpr[];
  readonly span: Span;
}

/** `time [-p] stmt` */
export interface TimeClause {
  readonly kind: 'TimeClause';
  readonly posix: boolean;
  readonly stmt: Stmt | null;
  readonly span: Span;
}

/** An element of an array literal: `[index]=value` or just `value`. */
export interface ArrayElem {
  readonly kind: 'ArrayElem';
  readonly index: ArithmExpr | null;
  readonly value: Word | null;
  readonly span: Span;
}

/**
 * An assignment: `name=value`, `name+=value`, `name[i]=value`, `name=(a b)`.
 * `naked` marks a bare word in a declaration (`declare x`, `declare -a`): then
 * name holds the variable or, for an option word, name is null and value holds it.
 */
export interface Assign {
  readonly kind: 'Assign';
  readonly name: string | null;
  readonly append: boolean; // name+=value
  readonly naked: boolean;
  readonly index: ArithmExpr | null; // name[index]=value
  readonly value: Word | null; // name=value
  readonly array: readonly ArrayElem[] | null; // name=(a b [k]=c)
  readonly span: Span;
}

export type RedirOp = '>' | '>>' | '<' | '<>' | '<&' | '>&' | '>|' | '<<' | '<<-' | '<<<' | '&>' | '&>>';

/**
 * A redirection: `2>file`, `>&2`, `<<EOF`. `fd` is the explicit descriptor before
 * the operator ("2" in `2>f`, "{name}" with its braces in `{name}>f`), or null.
 * `3<&-` closes: its word is the Lit "-".
 *
 * For here-documents (`<<`, `<<-`) `word` is the delimiter as written and `hdoc`
 * the body, never null (an empty body is a Word without parts); for every other
 * operator `hdoc` is null. What mvdan does with the body, verified on mvdan-sh 0.10.1:
 * - Quoted delimiter (`<<'EOF'`, `<<"EOF"`, `<<E\OF`): the body is one Lit holding
 *   the text verbatim: no expansions, backslashes literal. The executor must not
 *   expand it. It recognises this case by a quote part or a backslash in `word`.
 * - Unquoted delimiter: the body has ParamExp/CmdSubst/ArithmExp parts; its Lits
 *   keep backslashes raw (`\$`, `\\`, `` \` `` still escaped) except that
 *   backslash-newline is already removed. The executor applies heredoc escape rules.
 * - `<<-`: tabs are NOT stripped. Every body line keeps its leading tabs and the
 *   body even ends with the leading tabs of the closing delimiter line
 *   (`"\tfoo\n\t"`). The executor strips leading tabs from each line of the Lit
 *   text (at the start of the body and after each newline), before expansion.
 * The hdoc span runs from the body start to the end of the closing delimiter.
 */
export interface Redirect {
  readonly kind: 'Redirect';
  readonly op: RedirOp;
  readonly fd: string | null;
  readonly word: Word;
  readonly hdoc: Word | null;
  readonly span: Span;
}

/** A shell word: the concatenation of its parts, expanded at run time. */
export interface Word {
  readonly kind: 'Word';
  readonly parts: readonly WordPart[];
  readonly span: Span;
}

export type WordPart = Lit | SglQuoted | DblQuoted | ParamExp | CmdSubst | ArithmExp | ProcSubst | ExtGlob;

/**
 * Unquoted literal text, backslash escapes kept as written (`a\ b`), except that
 * line continuations (backslash-newline) are removed. Adjacent literals are merged
 * into one Lit, so two Lits never follow each other in a part list.
 */
export interface Lit {
  readonly kind: 'Lit';
  readonly value: string;
  readonly span: Span;
}

/** `'text'`, or `$'text'` when dollar is true (value holds the raw escapes, undecoded). */
export interface SglQuoted {
  readonly kind: 'SglQuoted';
  readonly dollar: boolean;
  readonly value: string;
  readonly span: Span;
}

/** `"parts"`, or `$"parts"` when dollar is true. */
export interface DblQuoted {
  readonly kind: 'DblQuoted';
  readonly dollar: boolean;
  readonly parts: readonly WordPart[];
  readonly span: Span;
}

export type ParamExpOp =
  | '+'
  | ':+'
  | '-'
  | ':-'
  | '?'
  | ':?'
  | '='
  | ':='
  | '%'
  | '%%'
  | '#'
  | '##'
  | '^'
  | '^^'
  | ','
  | ',,'
  | '@';

/**
 * A parameter expansion: `$x`, `${x}`, `${#x}`, `${!x}`, `${x[i]}`, `${x:o:l}`,
 * `${x/a/b}`, `${x:-w}` and friends.
 */
export interface ParamExp {
  readonly kind: 'ParamExp';
  readonly short: boolean; // $x (no braces)
  readonly excl: boolean; // ${!x}
  readonly length: boolean; // ${#x}
  readonly param: string; // x, 1, @, *, #, ?, …
  readonly index: ArithmExpr | null; // ${x[index]}; `@` and `*` arrive as a Word
  // ${x:o:l}; offset is null when empty (`${x::2}`, which bash reads as offset 0)
  readonly slice: { readonly offset: ArithmExpr | null; readonly length: ArithmExpr | null } | null;
  // ${x/orig/with}; `${x/#a/b}` and `${x/%a/b}` keep the anchor as the first character of orig's text;
  // `${x/a/}` and `${x/a}` both give with = null.
  readonly repl: { readonly all: boolean; readonly orig: Word; readonly with: Word | null } | null;
  readonly names: '*' | '@' | null; // ${!prefix*}
  readonly exp: { readonly op: ParamExpOp; readonly word: Word | null } | null; // ${x:-word}
  readonly span: Span;
}

/** `$(stmts)` or, with backquotes, `` `stmts` ``. */
export interface CmdSubst {
  readonly kind: 'CmdSubst';
  readonly stmts: readonly Stmt[];
  readonly backquotes: boolean;
  readonly span: Span;
}

/** `$(( expr ))` (or the deprecated `$[ expr ]` when bracket is true). */
export interface ArithmExp {
  readonly kind: 'ArithmExp';
  readonly bracket: boolean;
  readonly expr: ArithmExpr;
  readonly span: Span;
}

/** `<(stmts)` or `>(stmts)`. */
export interface ProcSubst {
  readonly kind: 'ProcSubst';
  readonly op: '<(' | '>(';
  readonly stmts: readonly Stmt[];
  readonly span: Span;
}

/** Extended glob `@(a|b)`, `!(x)`, `?(x)`, `*(x)`, `+(x)`. */
export interface ExtGlob {
  readonly kind: 'ExtGlob';
  readonly op: '@(' | '!(' | '?(' | '*(' | '+(';
  readonly pattern: string;
  readonly span: Span;
}

export type ArithmExpr = BinaryArithm | UnaryArithm | ParenArithm | Word;

export type BinaryArithmOp =
  | '+'
  | '-'
  | '*'
  | '/'
  | '%'
  | '**'
  | '=='
  | '!='
  | '<'
  | '<='
  | '>'
  | '>='
  | '&'
  | '|'
  | '^'
  | '<<'
  | '>>'
  | '&&'
  | '||'
  | ','
  | '?'
  | ':'
  | '='
  | '+='
  | '-='
  | '*='
  | '/='
  | '%='
  | '&='
  | '|='
  | '^='
  | '<<='
  | '>>=';

/** `x op y`. The ternary `c ? a : b` is `?` with y = `:`(a, b), as in mvdan/sh. */
export interface BinaryArithm {
  readonly kind: 'BinaryArithm';
  readonly op: BinaryArithmOp;
  readonly x: ArithmExpr;
  readonly y: ArithmExpr;
  readonly span: Span;
}

export type UnaryArithmOp = '!' | '~' | '+' | '-' | '++' | '--';

/** `op x`, or `x op` when post is true (`x++`). */
export interface UnaryArithm {
  readonly kind: 'UnaryArithm';
  readonly op: UnaryArithmOp;
  readonly post: boolean;
  readonly x: ArithmExpr;
  readonly span: Span;
}

/** `( x )` inside arithmetic. */
export interface ParenArithm {
  readonly kind: 'ParenArithm';
  readonly x: ArithmExpr;
  readonly span: Span;
}

export type TestExpr = BinaryTest | UnaryTest | ParenTest | Word;

export type BinaryTestOp =
  | '=~'
  | '-nt'
  | '-ot'
  | '-ef'
  | '-eq'
  | '-ne'
  | '-le'
  | '-ge'
  | '-lt'
  | '-gt'
  | '&&'
  | '||'
  | '=='
  | '='
  | '!='
  | '<'
  | '>';

/**
 * `[[ x op y ]]`. `&&` binds tighter than `||` and both are left-associative, as in
 * bash (convert-test.ts rebuilds mvdan's precedence-free tree).
 */
export interface BinaryTest {
  readonly kind: 'BinaryTest';
  readonly op: BinaryTestOp;
  readonly x: TestExpr;
  readonly y: TestExpr;
  readonly span: Span;
}

export type UnaryTestOp =
  | '-e'
  | '-f'
  | '-d'
  | '-c'
  | '-b'
  | '-p'
  | '-S'
  | '-L'
  | '-k'
  | '-g'
  | '-u'
  | '-G'
  | '-O'
  | '-N'
  | '-r'
  | '-w'
  | '-x'
  | '-s'
  | '-t'
  | '-z'
  | '-n'
  | '-o'
  | '-v'
  | '-R'
  | '!';

/** `[[ op x ]]`; `!` negates one term. mvdan folds `-a` into `-e` and `-h` into `-L`. */
export interface UnaryTest {
  readonly kind: 'UnaryTest';
  readonly op: UnaryTestOp;
  readonly x: TestExpr;
  readonly span: Span;
}

/** `[[ ( x ) ]]` */
export interface ParenTest {
  readonly kind: 'ParenTest';
  readonly x: TestExpr;
  readonly span: Span;
}

/** Every node kind, for exhaustive dispatch tables. */
export type Node =
  | Script
  | Stmt
  | Command
  | WordIter
  | CStyleLoop
  | CaseItem
  | ArrayElem
  | Assign
  | Redirect
  | Word
  | WordPart
  | ArithmExpr
  | TestExpr;
