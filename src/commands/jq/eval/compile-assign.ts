/**
 * Assignment operators, as jq 1.7 defines them in builtin.jq:
 * `lhs = rhs` sets every path of lhs to each value of rhs (computed on `.`);
 * `lhs |= f` replaces each path's value by the first output of f, deleting the
 * paths where f is empty; `lhs op= rhs` is `rhs as $x | lhs |= . op $x`.
 */
import type { AssignOp } from '../syntax/ast.js';
import { isTruthy, type Value } from '../values/value.js';
import { type Code, codeGen, invalidPathResult, type Path } from './code.js';
import { ARITHMETIC } from './ops.js';
import { deletePaths, getPath, setPath } from './paths.js';
import type { Env } from './runtime.js';

/** Every path `lhs` selects in `input`. */
export function* pathsOf(lhs: Code, input: Value, env: Env): Generator<Path> {
  for (const pv of lhs.paths({ value: input, path: [] }, env)) {
    if (pv.path === null) throw invalidPathResult(pv.value);
    yield pv.path;
  }
}

/** `input | lhs |= update` with update given as a function returning its first output, or undefined when empty. */
export function modify(input: Value, lhs: Code, env: Env, update: (v: Value) => Value | undefined): Value {
  let result = input;
  const deletions: Path[] = [];
  for (const p of pathsOf(lhs, input, env)) {
    const next = update(getPath(result, p));
    if (next === undefined) deletions.push(p);
    else result = setPath(result, p, next);
  }
  return deletions.length > 0 ? deletePaths(result, deletions) : result;
}

function firstOutput(code: Code, input: Value, env: Env): Value | undefined {
  if (code.one) return code.one(input, env);
  for (const v of code.run(input, env)) return v;
  return undefined;
}

/** Compiles an assignment. */
export function compileAssign(op: AssignOp, lhs: Code, rhs: Code): Code {
  if (op === '|=') {
    return codeGen((i, e) => [modify(i, lhs, e, (v) => firstOutput(rhs, v, e))]);
  }
  if (op === '=') {
    return codeGen(function* (i, e) {
      for (const value of rhs.run(i, e)) {
        let result = i;
        for (const p of pathsOf(lhs, i, e)) result = setPath(result, p, value);
        yield result;
      }
    });
  }
  const combine = op === '//=' ? (a: Value, b: Value) => (isTruthy(a) ? a : b) : ARITHMETIC[op.slice(0, -1)];
  return codeGen(function* (i, e) {
    for (const x of rhs.run(i, e)) yield modify(i, lhs, e, (v) => combine(v, x));
  });
}
