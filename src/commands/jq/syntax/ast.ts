/**
 * The jq program as a tree. Every node is a readonly plain object with a `kind`
 * literal and the byte offset where it starts (`pos`), which error messages and
 * `$__loc__` turn into a line number.
 */
import type { Value } from '../values/value.js';

/** Any jq expression. */
export type Node =
  | Identity
  | RecurseAll
  | Literal
  | StringTemplate
  | FormatCall
  | Index
  | Slice
  | Iterate
  | ArrayCons
  | ObjectCons
  | Negate
  | Pipe
  | Comma
  | Binary
  | Logic
  | Alternative
  | Assign
  | If
  | Try
  | Reduce
  | Foreach
  | FuncDef
  | Call
  | VarRef
  | LocRef
  | Bind
  | Label
  | Break;

/** What every node carries. */
interface Base {
  /** Offset of the node's first character in the program text. */
  readonly pos: number;
}

/** `.` */
export interface Identity extends Base {
  readonly kind: 'identity';
}
/** `..` */
export interface RecurseAll extends Base {
  readonly kind: 'recurse';
}
/** `1`, `null`, `"plain"`, `[]` and other constants. */
export interface Literal extends Base {
  readonly kind: 'literal';
  readonly value: Value;
}
/** `"a\(.b)c"` or `@csv "a\(.b)"`: literal parts and interpolated expressions. */
export interface StringTemplate extends Base {
  readonly kind: 'template';
  readonly parts: readonly (string | Node)[];
  /** The format applied to interpolated values (`text` for plain strings). */
  readonly format: string;
}
/** `@base64` on its own: formats `.`. */
export interface FormatCall extends Base {
  readonly kind: 'format';
  readonly name: string;
}
/** `.a`, `.["a"]`, `.[0]`, `t[e]`, with `?` when optional. */
export interface Index extends Base {
  readonly kind: 'index';
  readonly target: Node;
  readonly key: Node;
  readonly optional: boolean;
}
/** `t[a:b]` (either bound may be missing). */
export interface Slice extends Base {
  readonly kind: 'slice';
  readonly target: Node;
  readonly from: Node | null;
  readonly to: Node | null;
  readonly optional: boolean;
}
/** `t[]` or `t[]?` */
export interface Iterate extends Base {
  readonly kind: 'iterate';
  readonly target: Node;
  readonly optional: boolean;
}
/** `[e]`; `[]` is a literal. */
export interface ArrayCons extends Base {
  readonly kind: 'array';
  readonly body: Node;
}
/** One `key: value` of an object constructor; `{a}` has value Index(., "a"). */
export interface ObjectEntry {
  readonly key: Node;
  readonly value: Node;
}
/** `{a: 1, (.k): .v, $x}` */
export interface ObjectCons extends Base {
  readonly kind: 'object';
  readonly entries: readonly ObjectEntry[];
}
/** `-e` */
export interface Negate extends Base {
  readonly kind: 'negate';
  readonly expr: Node;
}
/** `a | b` */
export interface Pipe extends Base {
  readonly kind: 'pipe';
  readonly left: Node;
  readonly right: Node;
}
/** `a, b` */
export interface Comma extends Base {
  readonly kind: 'comma';
  readonly left: Node;
  readonly right: Node;
}
/** Arithmetic and comparison operators. */
export type BinaryOp = '+' | '-' | '*' | '/' | '%' | '==' | '!=' | '<' | '<=' | '>' | '>=';
/** `a + b`, `a == b`, … */
export interface Binary extends Base {
  readonly kind: 'binary';
  readonly op: BinaryOp;
  readonly left: Node;
  readonly right: Node;
}
/** `a and b`, `a or b` (short-circuiting). */
export interface Logic extends Base {
  readonly kind: 'logic';
  readonly op: 'and' | 'or';
  readonly left: Node;
  readonly right: Node;
}
/** `a // b` */
export interface Alternative extends Base {
  readonly kind: 'alternative';
  readonly left: Node;
  readonly right: Node;
}
/** Update-assignment operators. */
export type AssignOp = '=' | '|=' | '+=' | '-=' | '*=' | '/=' | '%=' | '//=';
/** `path op rhs` */
export interface Assign extends Base {
  readonly kind: 'assign';
  readonly op: AssignOp;
  readonly lhs: Node;
  readonly rhs: Node;
}
/** `if c then a elif c2 then b else d end`; elif chains nest in `otherwise`. */
export interface If extends Base {
  readonly kind: 'if';
  readonly cond: Node;
  readonly then: Node;
  /** The else branch; null means `.` (jq 1.7 allows `if c then a end`). */
  readonly otherwise: Node | null;
}
/** `try body catch handler`; `body?` is a try without handler. */
export interface Try extends Base {
  readonly kind: 'try';
  readonly body: Node;
  readonly handler: Node | null;
}
/** `reduce source as $p (init; update)` */
export interface Reduce extends Base {
  readonly kind: 'reduce';
  readonly source: Node;
  readonly patterns: readonly Pattern[];
  readonly init: Node;
  readonly update: Node;
}
/** `foreach source as $p (init; update; extract)` */
export interface Foreach extends Base {
  readonly kind: 'foreach';
  readonly source: Node;
  readonly patterns: readonly Pattern[];
  readonly init: Node;
  readonly update: Node;
  readonly extract: Node | null;
}
/** One parameter of a `def`: `f` (a filter) or `$f` (a value). */
export interface Param {
  readonly name: string;
  readonly isValue: boolean;
}
/** `def name(params): body; rest` */
export interface FuncDef extends Base {
  readonly kind: 'def';
  readonly name: string;
  readonly params: readonly Param[];
  readonly body: Node;
  readonly rest: Node;
}
/** `name` or `name(a; b)`: a builtin, a def or a filter parameter. */
export interface Call extends Base {
  readonly kind: 'call';
  readonly name: string;
  readonly args: readonly Node[];
}
/** `$name` */
export interface VarRef extends Base {
  readonly kind: 'var';
  readonly name: string;
}
/** `$__loc__` */
export interface LocRef extends Base {
  readonly kind: 'loc';
  readonly line: number;
}
/** `source as $p ?// $q | body` */
export interface Bind extends Base {
  readonly kind: 'bind';
  readonly source: Node;
  /** Alternatives separated by `?//`; usually one. */
  readonly patterns: readonly Pattern[];
  readonly body: Node;
}
/** `label $name | body` */
export interface Label extends Base {
  readonly kind: 'label';
  readonly name: string;
  readonly body: Node;
}
/** `break $name` */
export interface Break extends Base {
  readonly kind: 'break';
  readonly name: string;
}

/** A destructuring pattern: `$x`, `[$a, $b]`, `{a: $x, $y, (e): [$z]}`. */
export type Pattern = VarPattern | ArrayPattern | ObjectPattern;
/** `$name` */
export interface VarPattern {
  readonly kind: 'var';
  readonly name: string;
}
/** `[p0, p1, …]` */
export interface ArrayPattern {
  readonly kind: 'array';
  readonly elements: readonly Pattern[];
}
/** One entry of an object pattern: `key: pattern`, `$name` or `$name: pattern`. */
export interface ObjectPatternEntry {
  readonly key: Node;
  /** Set for `$name` and `$name: pattern`: the variable bound to the whole value. */
  readonly bindAs: string | null;
  readonly pattern: Pattern | null;
}
/** `{…}` */
export interface ObjectPattern {
  readonly kind: 'object';
  readonly entries: readonly ObjectPatternEntry[];
}

/** Every variable name a pattern binds, in order. */
export function patternVars(p: Pattern, out: string[] = []): string[] {
  if (p.kind === 'var') out.push(p.name);
  else if (p.kind === 'array') for (const e of p.elements) patternVars(e, out);
  else
    for (const e of p.entries) {
      if (e.bindAs !== null) out.push(e.bindAs);
      if (e.pattern) patternVars(e.pattern, out);
    }
  return out;
}
