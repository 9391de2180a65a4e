/**
 * The awk syntax tree: readonly plain objects with a `kind` literal. Every node
 * keeps `pos`, the offset of its first token in the program text, so runtime
 * errors can name the source line.
 */

/** Assignment operators. */
export type AssignOp = '=' | '+=' | '-=' | '*=' | '/=' | '%=' | '^=';
/** Arithmetic operators. */
export type ArithOp = '+' | '-' | '*' | '/' | '%' | '^';
/** Comparison operators. */
export type CompareOp = '<' | '<=' | '==' | '!=' | '>' | '>=';

/** Something that can be assigned to. */
export type LValue = VarExpr | FieldExpr | IndexExpr;

/** `x` */
export interface VarExpr {
  readonly kind: 'var';
  readonly pos: number;
  readonly name: string;
}
/** `$expr` */
export interface FieldExpr {
  readonly kind: 'field';
  readonly pos: number;
  readonly index: Expr;
}
/** `a[i, j]` */
export interface IndexExpr {
  readonly kind: 'index';
  readonly pos: number;
  readonly name: string;
  readonly subs: readonly Expr[];
}

/** Every expression node. */
export type Expr =
  | VarExpr
  | FieldExpr
  | IndexExpr
  | { readonly kind: 'num'; readonly pos: number; readonly value: number }
  | { readonly kind: 'str'; readonly pos: number; readonly value: string }
  /** `/re/`: matches $0, or is the regex itself where a function or `~` takes one. */
  | { readonly kind: 'regex'; readonly pos: number; readonly source: string }
  /** `(i, j) in a` */
  | { readonly kind: 'in'; readonly pos: number; readonly subs: readonly Expr[]; readonly array: string }
  | {
      readonly kind: 'assign';
      readonly pos: number;
      readonly op: AssignOp;
      readonly target: LValue;
      readonly value: Expr;
    }
  | { readonly kind: 'cond'; readonly pos: number; readonly test: Expr; readonly then: Expr; readonly else: Expr }
  | { readonly kind: 'arith'; readonly pos: number; readonly op: ArithOp; readonly left: Expr; readonly right: Expr }
  | {
      readonly kind: 'compare';
      readonly pos: number;
      readonly op: CompareOp;
      readonly left: Expr;
      readonly right: Expr;
    }
  | {
      readonly kind: 'logic';
      readonly pos: number;
      readonly op: '&&' | '||';
      readonly left: Expr;
      readonly right: Expr;
    }
  | { readonly kind: 'concat'; readonly pos: number; readonly parts: readonly Expr[] }
  /** `a ~ b`, `a !~ b` */
  | {
      readonly kind: 'match';
      readonly pos: number;
      readonly negate: boolean;
      readonly left: Expr;
      readonly right: Expr;
    }
  | { readonly kind: 'unary'; readonly pos: number; readonly op: '-' | '+' | '!'; readonly arg: Expr }
  | {
      readonly kind: 'incdec';
      readonly pos: number;
      readonly op: '++' | '--';
      readonly prefix: boolean;
      readonly target: LValue;
    }
  /** `(expr)`: kept so that `(/re/)` and print's `(a, b)` read as written. */
  | { readonly kind: 'group'; readonly pos: number; readonly expr: Expr }
  | { readonly kind: 'call'; readonly pos: number; readonly name: string; readonly args: readonly Expr[] }
  | { readonly kind: 'builtin'; readonly pos: number; readonly name: string; readonly args: readonly Expr[] }
  /** `getline [var]`, `getline [var] < file`, `cmd | getline [var]` */
  | {
      readonly kind: 'getline';
      readonly pos: number;
      readonly from: 'main' | 'file' | 'cmd';
      readonly target: LValue | null;
      readonly source: Expr | null;
    };

/** Where print output goes: `> f`, `>> f`, `| cmd`. */
export interface Redirect {
  readonly mode: '>' | '>>' | '|';
  readonly target: Expr;
}

/** Every statement node. */
export type Stmt =
  | { readonly kind: 'print'; readonly pos: number; readonly args: readonly Expr[]; readonly dest: Redirect | null }
  | { readonly kind: 'printf'; readonly pos: number; readonly args: readonly Expr[]; readonly dest: Redirect | null }
  | { readonly kind: 'expr'; readonly pos: number; readonly expr: Expr }
  | { readonly kind: 'if'; readonly pos: number; readonly test: Expr; readonly then: Stmt; readonly else: Stmt | null }
  | { readonly kind: 'while'; readonly pos: number; readonly test: Expr; readonly body: Stmt }
  | { readonly kind: 'do'; readonly pos: number; readonly body: Stmt; readonly test: Expr }
  | {
      readonly kind: 'for';
      readonly pos: number;
      readonly init: Expr | null;
      readonly test: Expr | null;
      readonly update: Expr | null;
      readonly body: Stmt;
    }
  /** `for (k in a)` */
  | { readonly kind: 'forIn'; readonly pos: number; readonly key: LValue; readonly array: string; readonly body: Stmt }
  | { readonly kind: 'block'; readonly pos: number; readonly body: readonly Stmt[] }
  | { readonly kind: 'next'; readonly pos: number }
  | { readonly kind: 'nextfile'; readonly pos: number }
  | { readonly kind: 'exit'; readonly pos: number; readonly status: Expr | null }
  | { readonly kind: 'return'; readonly pos: number; readonly value: Expr | null }
  | { readonly kind: 'break'; readonly pos: number }
  | { readonly kind: 'continue'; readonly pos: number }
  /** `delete a[i]` or `delete a` */
  | { readonly kind: 'delete'; readonly pos: number; readonly array: string; readonly subs: readonly Expr[] | null };

/** The pattern part of a rule. */
export type Pattern =
  | { readonly kind: 'begin' }
  | { readonly kind: 'end' }
  | { readonly kind: 'beginfile' }
  | { readonly kind: 'endfile' }
  | { readonly kind: 'all' }
  | { readonly kind: 'expr'; readonly expr: Expr }
  | { readonly kind: 'range'; readonly from: Expr; readonly to: Expr };

/** `pattern { action }`; a missing action prints the record. */
export interface Rule {
  readonly pos: number;
  readonly pattern: Pattern;
  readonly action: Stmt | null;
}

/** `function name(params) { body }` */
export interface FunctionDef {
  readonly pos: number;
  readonly name: string;
  readonly params: readonly string[];
  readonly body: Stmt;
}

/** A whole program. */
export interface Program {
  readonly rules: readonly Rule[];
  readonly functions: readonly FunctionDef[];
}
