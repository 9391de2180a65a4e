/** The shapes of parsed bc programs: expressions, statements, functions and line groups. */

/** An expression. */
export type Expr =
  | { readonly kind: 'num'; readonly text: string }
  | { readonly kind: 'var'; readonly name: string }
  | { readonly kind: 'elem'; readonly name: string; readonly index: Expr }
  | { readonly kind: 'special'; readonly name: 'scale' | 'ibase' | 'obase' | 'last' }
  | { readonly kind: 'call'; readonly name: string; readonly args: readonly Arg[] }
  | { readonly kind: 'builtin'; readonly name: 'length' | 'sqrt' | 'scale' | 'read'; readonly arg: Expr | null }
  | { readonly kind: 'unary'; readonly op: '-' | '!'; readonly operand: Expr }
  | { readonly kind: 'step'; readonly op: '++' | '--'; readonly prefix: boolean; readonly target: Lvalue }
  | { readonly kind: 'binary'; readonly op: string; readonly left: Expr; readonly right: Expr }
  | { readonly kind: 'assign'; readonly op: string; readonly target: Lvalue; readonly value: Expr };

/** What can be assigned to. */
export type Lvalue = Extract<Expr, { kind: 'var' | 'elem' | 'special' }>;

/** A call argument: a value, or a whole array (name[]). */
export type Arg = { readonly kind: 'value'; readonly expr: Expr } | { readonly kind: 'array'; readonly name: string };

/** A statement. */
export type Stmt =
  | { readonly kind: 'expr'; readonly expr: Expr }
  | { readonly kind: 'string'; readonly text: string }
  | { readonly kind: 'print'; readonly items: readonly (Expr | { readonly kind: 'string'; readonly text: string })[] }
  | { readonly kind: 'block'; readonly body: readonly Stmt[] }
  | { readonly kind: 'if'; readonly cond: Expr; readonly then: Stmt; readonly else: Stmt | null }
  | { readonly kind: 'while'; readonly cond: Expr; readonly body: Stmt }
  | {
      readonly kind: 'for';
      readonly init: Expr | null;
      readonly cond: Expr | null;
      readonly step: Expr | null;
      readonly body: Stmt;
    }
  | { readonly kind: 'break' | 'continue' | 'halt' }
  | { readonly kind: 'return'; readonly value: Expr | null }
  | { readonly kind: 'define'; readonly fn: FunctionDef };

/** A user function. */
export interface FunctionDef {
  readonly name: string;
  readonly params: readonly { readonly name: string; readonly array: boolean }[];
  readonly autos: readonly { readonly name: string; readonly array: boolean }[];
  readonly body: readonly Stmt[];
}

/** What one input line turned into. */
export type Group =
  | { readonly kind: 'run'; readonly stmts: readonly Stmt[] }
  | { readonly kind: 'error'; readonly message: string }
  | { readonly kind: 'quit' };
