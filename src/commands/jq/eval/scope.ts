/**
 * Compile-time scopes. Each scope link matches one runtime Env link, so a name
 * resolves at compile time to a hop count: variables, labels, user functions
 * (whose Env link is also their closure) and filter parameters.
 */
import type { Param } from '../syntax/ast.js';
import type { Code } from './code.js';
import type { Env } from './runtime.js';

/** A `def` after compilation (its body is filled once compiled, so recursion works). */
export interface UserFunc {
  readonly name: string;
  readonly params: readonly Param[];
  body: Code | null;
}

/** A filter argument as seen inside the function: its code and the caller's environment. */
export interface Closure {
  readonly code: Code;
  readonly env: Env;
}

/** What a scope link binds. */
export type ScopeEntry =
  | { readonly kind: 'var'; readonly name: string }
  | { readonly kind: 'label'; readonly name: string }
  | { readonly kind: 'func'; readonly fn: UserFunc }
  | { readonly kind: 'closure'; readonly name: string };

/** A link of the compile-time scope chain. */
export interface Scope {
  readonly entry: ScopeEntry;
  readonly parent: Scope | null;
}

/** Adds a link. */
export function extend(scope: Scope | null, entry: ScopeEntry): Scope {
  return { entry, parent: scope };
}

/** Hops to the nearest variable `name`, or -1. */
export function findVar(scope: Scope | null, name: string): number {
  let hops = 0;
  for (let s = scope; s; s = s.parent, hops++) if (s.entry.kind === 'var' && s.entry.name === name) return hops;
  return -1;
}

/** Hops to the nearest label `name`, or -1. */
export function findLabel(scope: Scope | null, name: string): number {
  let hops = 0;
  for (let s = scope; s; s = s.parent, hops++) if (s.entry.kind === 'label' && s.entry.name === name) return hops;
  return -1;
}

/** The nearest function or filter parameter callable as `name/arity`. */
export function findCallable(
  scope: Scope | null,
  name: string,
  arity: number,
): { hops: number; entry: ScopeEntry } | null {
  let hops = 0;
  for (let s = scope; s; s = s.parent, hops++) {
    const e = s.entry;
    if (e.kind === 'func' && e.fn.name === name && e.fn.params.length === arity) return { hops, entry: e };
    if (e.kind === 'closure' && e.name === name && arity === 0) return { hops, entry: e };
  }
  return null;
}
