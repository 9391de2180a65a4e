/**
 * Function definitions and calls. A call resolves at compile time, innermost
 * first: a `def` or filter parameter in scope, then a native builtin, then a
 * builtin written in jq (the prelude). Filter arguments become closures over the
 * caller's environment; `$name` parameters bind each of their argument's
 * values, the first parameter varying slowest.
 */

import { preludeFunction } from '../builtins/prelude.js';
import { nativeBuiltin } from '../builtins/registry.js';
import type { Call, FuncDef, Param } from '../syntax/ast.js';
import type { Value } from '../values/value.js';
import { type Code, codeGen, codeOne, type PathValue } from './code.js';
import type { CompileContext } from './compile.js';
import { compile } from './compile.js';
import { Env } from './runtime.js';
import { type Closure, extend, findCallable, type Scope, type UserFunc } from './scope.js';

/** The scope a function body sees: the function itself, then each parameter (a value parameter adds its variable). */
export function paramScope(scope: Scope | null, params: readonly Param[]): Scope | null {
  let s = scope;
  for (const p of params) {
    s = extend(s, { kind: 'closure', name: p.name });
    if (p.isValue) s = extend(s, { kind: 'var', name: p.name });
  }
  return s;
}

/** `def name(params): body; rest` */
export function compileDef(node: FuncDef, scope: Scope | null, cx: CompileContext): Code {
  const fn: UserFunc = { name: node.name, params: node.params, body: null };
  const inner = extend(scope, { kind: 'func', fn });
  fn.body = compile(node.body, paramScope(inner, node.params), cx);
  const rest = compile(node.rest, inner, cx);
  const paths = (pv: PathValue, e: Env) => rest.paths(pv, new Env(fn, e));
  if (rest.one) {
    const one = rest.one;
    return codeOne((i, e) => one(i, new Env(fn, e)), paths);
  }
  return codeGen((i, e) => rest.run(i, new Env(fn, e)), paths);
}

/** Environments for a call's body: one per combination of value-parameter values. */
function* bodyEnvs(fn: UserFunc, args: readonly Code[], defEnv: Env, input: Value, caller: Env): Generator<Env> {
  const params = fn.params;
  const step = function* (at: number, env: Env): Generator<Env> {
    if (at === params.length) {
      yield env;
      return;
    }
    const closure: Closure = { code: args[at], env: caller };
    const withClosure = new Env(closure, env);
    if (!params[at].isValue) {
      yield* step(at + 1, withClosure);
      return;
    }
    for (const v of args[at].run(input, caller)) yield* step(at + 1, new Env(v, withClosure));
  };
  yield* step(0, defEnv);
}

function simpleEnv(args: readonly Code[], defEnv: Env, caller: Env): Env {
  let env = defEnv;
  for (let n = 0; n < args.length; n++) env = new Env({ code: args[n], env: caller } satisfies Closure, env);
  return env;
}

/** A call of a user or prelude function; `defEnvOf` finds the environment it was defined in. */
function callFunction(fn: UserFunc, args: readonly Code[], defEnvOf: (caller: Env) => Env): Code {
  const hasValueParams = fn.params.some((p) => p.isValue);
  if (!hasValueParams) {
    const paths = (pv: PathValue, e: Env) => (fn.body as Code).paths(pv, simpleEnv(args, defEnvOf(e), e));
    return codeGen((i, e) => (fn.body as Code).run(i, simpleEnv(args, defEnvOf(e), e)), paths);
  }
  return codeGen(
    function* (i, e) {
      for (const env of bodyEnvs(fn, args, defEnvOf(e), i, e)) yield* (fn.body as Code).run(i, env);
    },
    function* (pv, e) {
      for (const env of bodyEnvs(fn, args, defEnvOf(e), pv.value, e)) yield* (fn.body as Code).paths(pv, env);
    },
  );
}

/** `name(args)` */
export function compileCall(node: Call, scope: Scope | null, cx: CompileContext): Code {
  const arity = node.args.length;
  const found = findCallable(scope, node.name, arity);
  if (found) {
    const hops = found.hops;
    const entry = found.entry;
    if (entry.kind === 'closure') {
      return codeGen(
        (i, e) => {
          const c = e.lookup(hops) as Closure;
          return c.code.run(i, c.env);
        },
        (pv, e) => {
          const c = e.lookup(hops) as Closure;
          return c.code.paths(pv, c.env);
        },
      );
    }
    if (entry.kind === 'func') {
      const args = node.args.map((a) => compile(a, scope, cx));
      return callFunction(entry.fn, args, (e) => e.nodeAt(hops));
    }
  }
  const native = nativeBuiltin(node.name, arity);
  if (native)
    return native(
      node.args.map((a) => compile(a, scope, cx)),
      cx,
    );
  const prelude = preludeFunction(node.name, arity, cx);
  if (prelude)
    return callFunction(
      prelude,
      node.args.map((a) => compile(a, scope, cx)),
      (e) => e.root(),
    );
  cx.problems.push({ message: `${node.name}/${arity} is not defined`, pos: node.pos });
  return codeOne((i) => i);
}
