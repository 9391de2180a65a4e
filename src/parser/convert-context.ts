/** State shared by one conversion of an mvdan File: positions, nesting depth, errors. */
import { MAX_SYNTAX_DEPTH } from '../core/limits.js';
import type { Span, Stmt } from './ast.js';
import type { GoNode, GoSlice, GoStmt } from './mvdan.js';
import type { SourceMap } from './source-map.js';
import { ShellSyntaxError } from './syntax-error.js';

/** Carries the source map and the nesting depth through the converters. */
export class ConvertContext {
  readonly map: SourceMap;
  /** Converts a statement list; injected by convert.ts so that word conversion can recurse into `$(…)`. */
  readonly stmts: (list: GoSlice<GoStmt>) => readonly Stmt[];
  private depth = 0;

  constructor(map: SourceMap, stmts: (ctx: ConvertContext, list: GoSlice<GoStmt>) => readonly Stmt[]) {
    this.map = map;
    this.stmts = (list) => stmts(this, list);
  }

  /** The span mvdan reports for a node, in UTF-16 indices. */
  span(node: GoNode): Span {
    return this.map.span(node.Pos().offs, node.End().offs);
  }

  /** A span from the start of `from` to the end of `to` (both already converted). */
  join(from: Span, to: Span): Span {
    return Object.freeze({ offset: from.offset, end: Math.max(from.offset, to.end), line: from.line, col: from.col });
  }

  /** Counts one nesting level; throws past MAX_SYNTAX_DEPTH so later recursive stages stay within the stack. */
  enter(node: GoNode): void {
    this.depth++;
    if (this.depth > MAX_SYNTAX_DEPTH) throw this.error(node, `nesting deeper than ${MAX_SYNTAX_DEPTH} levels`);
  }

  /** Leaves a level counted by enter(). */
  leave(): void {
    this.depth--;
  }

  /** A ShellSyntaxError positioned at the start of `node`. */
  error(node: GoNode, reason: string): ShellSyntaxError {
    const { line, col } = this.map.lineCol(this.map.indexOf(node.Pos().offs));
    return new ShellSyntaxError(reason, line, col);
  }

  /** Looks an operator number up in an ops.ts table. */
  op<T extends string>(table: Readonly<Record<number, T>>, op: number, node: GoNode): T {
    const found = table[op];
    if (found === undefined) throw this.error(node, `unsupported operator (mvdan token ${op})`);
    return found;
  }
}

/** Freezes a freshly built node or list: the AST is shared through the parse cache. */
export function frozen<T extends object>(value: T): T {
  return Object.freeze(value);
}
