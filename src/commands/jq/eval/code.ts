/**
 * Compiled filters. Every filter can enumerate its outputs (`run`); filters
 * known to give exactly one output (`one`) or at most one (`opt`) also expose a
 * direct call, so chains like `select(.level == "error") | .msg` run without
 * generators. `paths` is the path-tracking mode used by `path(f)`, assignments
 * and `del`: it maps a value with its path to outputs with theirs.
 */

import type { Value } from '../values/value.js';
import { dumpTruncated } from './errors.js';
import { type Env, JqError } from './runtime.js';

/** A path into a value: keys, indices and slice objects. */
export type Path = readonly Value[];

/** A value with the path it was reached by; null when it was computed (not a path expression). */
export interface PathValue {
  readonly value: Value;
  readonly path: Path | null;
}

/** Marks "no output" for `opt` calls. */
export const NONE: unique symbol = Symbol('no output');
/** The result of an `opt` call. */
export type Opt = Value | typeof NONE;

/** A compiled filter. */
export interface Code {
  /** Every output for `input`, in order. */
  run(input: Value, env: Env): Iterable<Value>;
  /** Set when the filter always yields exactly one output (or throws). */
  readonly one: ((input: Value, env: Env) => Value) | null;
  /** Set when the filter yields at most one output. */
  readonly opt: ((input: Value, env: Env) => Opt) | null;
  /** Path-tracking evaluation. */
  paths(input: PathValue, env: Env): Iterable<PathValue>;
}

/** No outputs. */
export const EMPTY: readonly Value[] = Object.freeze([]) as readonly Value[];

/** Path mode for filters that compute new values: their outputs carry no path. */
export function computedPaths(run: Code['run']): Code['paths'] {
  return function* (input, env) {
    for (const value of run(input.value, env)) yield { value, path: null };
  };
}

/** A filter from a single-output function. */
export function codeOne(one: (input: Value, env: Env) => Value, paths?: Code['paths']): Code {
  const run = (input: Value, env: Env): Iterable<Value> => [one(input, env)];
  return { run, one, opt: one, paths: paths ?? computedPaths(run) };
}

/** A filter from an at-most-one-output function. */
export function codeOpt(opt: (input: Value, env: Env) => Opt, paths?: Code['paths']): Code {
  const run = (input: Value, env: Env): Iterable<Value> => {
    const v = opt(input, env);
    return v === NONE ? EMPTY : [v];
  };
  return { run, one: null, opt, paths: paths ?? computedPaths(run) };
}

/** A filter from a generator. */
export function codeGen(run: Code['run'], paths?: Code['paths']): Code {
  return { run, one: null, opt: null, paths: paths ?? computedPaths(run) };
}

/** The error for using a computed value where a path is needed. */
export function invalidPathResult(v: Value): JqError {
  return new JqError(`Invalid path expression with result ${dumpTruncated(v, 30)}`);
}

/** The path of a path-mode value, or jq's error for indexing a computed value. */
export function requirePath(pv: PathValue, key: Value): Path {
  if (pv.path) return pv.path;
  throw new JqError(
    `Invalid path expression near attempt to access element ${dumpTruncated(key, 15)} of ${dumpTruncated(pv.value, 30)}`,
  );
}
