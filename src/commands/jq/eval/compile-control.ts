/**
 * Binding and control constructs: `as` with destructuring and `?//`
 * alternatives, reduce, foreach, try/catch, label/break.
 */
import { type Bind, type Foreach, type Label, type Pattern, patternVars, type Reduce } from '../syntax/ast.js';
import type { Value } from '../values/value.js';
import { type Code, codeGen, type PathValue } from './code.js';
import { type CompileContext, compile } from './compile.js';
import { index } from './ops.js';
import { BreakSignal, Env, JqError } from './runtime.js';
import { extend, type Scope } from './scope.js';

/** A pattern compiled: binds values to the variable slots (positions in `vars`). */
type Matcher = (value: Value, env: Env, slots: Value[]) => Generator<void>;

function compilePattern(p: Pattern, vars: string[], scope: Scope | null, cx: CompileContext): Matcher {
  if (p.kind === 'var') {
    const slot = vars.lastIndexOf(p.name);
    return function* (v, _e, slots) {
      slots[slot] = v;
      yield;
    };
  }
  if (p.kind === 'array') {
    const elements = p.elements.map((el) => compilePattern(el, vars, scope, cx));
    const step = function* (v: Value, e: Env, slots: Value[], at: number): Generator<void> {
      if (at === elements.length) {
        yield;
        return;
      }
      yield* elements[at](index(v, at), e, slots);
      // Later elements are matched inside each binding of earlier ones.
    };
    return function* (v, e, slots) {
      const nest = function* (at: number): Generator<void> {
        if (at === elements.length) {
          yield;
          return;
        }
        for (const _ of elements[at](index(v, at), e, slots)) yield* nest(at + 1);
      };
      if (elements.length === 0) yield* step(v, e, slots, 0);
      else yield* nest(0);
    };
  }
  const entries = p.entries.map((en) => ({
    key: compile(en.key, scope, cx),
    bindSlot: en.bindAs === null ? -1 : vars.lastIndexOf(en.bindAs),
    pattern: en.pattern ? compilePattern(en.pattern, vars, scope, cx) : null,
  }));
  return function* (v, e, slots) {
    const nest = function* (at: number): Generator<void> {
      if (at === entries.length) {
        yield;
        return;
      }
      const en = entries[at];
      for (const k of en.key.run(v, e)) {
        if (typeof k !== 'string') throw new JqError(`Cannot index ${kindName(v)} with ${kindName(k)}`);
        const sub = index(v, k);
        if (en.bindSlot >= 0) slots[en.bindSlot] = sub;
        if (en.pattern) for (const _ of en.pattern(sub, e, slots)) yield* nest(at + 1);
        else yield* nest(at + 1);
      }
    };
    yield* nest(0);
  };
}

function kindName(v: Value): string {
  return v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v === 'object' ? 'object' : typeof v;
}

/** The variables of `?//` alternatives (all bound in each, null where absent) and their matchers. */
function compilePatterns(patterns: readonly Pattern[], scope: Scope | null, cx: CompileContext) {
  const vars: string[] = [];
  for (const p of patterns) for (const name of patternVars(p)) if (!vars.includes(name)) vars.push(name);
  let inner = scope;
  for (const name of vars) inner = extend(inner, { kind: 'var', name });
  const matchers = patterns.map((p) => compilePattern(p, vars, scope, cx));
  return { vars, inner, matchers };
}

function pushSlots(env: Env, slots: Value[]): Env {
  let e = env;
  for (const v of slots) e = new Env(v, e);
  return e;
}

/** Every environment binding of `value` by one pattern. */
function* bindings(matcher: Matcher, value: Value, env: Env, count: number): Generator<Env> {
  const slots: Value[] = new Array(count).fill(null);
  for (const _ of matcher(value, env, slots)) yield pushSlots(env, slots);
}

/** `source as $p ?// $q | body` */
export function compileBind(node: Bind, scope: Scope | null, cx: CompileContext): Code {
  const source = compile(node.source, scope, cx);
  const { vars, inner, matchers } = compilePatterns(node.patterns, scope, cx);
  const body = compile(node.body, inner, cx);
  const n = vars.length;
  const each = function* <T>(input: Value, e: Env, run: (env: Env) => Iterable<T>): Generator<T> {
    for (const v of source.run(input, e)) {
      for (let alt = 0; alt < matchers.length; alt++) {
        if (alt === matchers.length - 1) {
          for (const env of bindings(matchers[alt], v, e, n)) yield* run(env);
          break;
        }
        try {
          for (const env of bindings(matchers[alt], v, e, n)) yield* run(env);
          break;
        } catch (err) {
          if (!(err instanceof JqError)) throw err;
        }
      }
    }
  };
  return codeGen(
    (i, e) => each(i, e, (env) => body.run(i, env)),
    (pv, e) => each(pv.value, e, (env) => body.paths(pv, env)),
  );
}

/** `reduce source as $p (init; update)` */
export function compileReduce(node: Reduce, scope: Scope | null, cx: CompileContext): Code {
  const source = compile(node.source, scope, cx);
  const init = compile(node.init, scope, cx);
  const { vars, inner, matchers } = compilePatterns(node.patterns, scope, cx);
  const update = compile(node.update, inner, cx);
  const n = vars.length;
  return codeGen(function* (i, e) {
    for (const start of init.run(i, e)) {
      let state: Value = start;
      for (const v of source.run(i, e)) {
        for (const env of bindings(matchers[0], v, e, n)) {
          let last: Value = null;
          if (update.one) last = update.one(state, env);
          else for (const out of update.run(state, env)) last = out;
          state = last;
        }
      }
      yield state;
    }
  });
}

/** `foreach source as $p (init; update; extract)` */
export function compileForeach(node: Foreach, scope: Scope | null, cx: CompileContext): Code {
  const source = compile(node.source, scope, cx);
  const init = compile(node.init, scope, cx);
  const { vars, inner, matchers } = compilePatterns(node.patterns, scope, cx);
  const update = compile(node.update, inner, cx);
  const extract = node.extract ? compile(node.extract, inner, cx) : null;
  const n = vars.length;
  return codeGen(function* (i, e) {
    for (const start of init.run(i, e)) {
      let state: Value = start;
      for (const v of source.run(i, e)) {
        for (const env of bindings(matchers[0], v, e, n)) {
          let any = false;
          for (const out of update.run(state, env)) {
            any = true;
            state = out;
            if (extract) yield* extract.run(out, env);
            else yield out;
          }
          if (!any) state = null;
        }
      }
    }
  });
}

/** `try body catch handler` and `body?` */
export function compileTry(body: Code, handler: Code | null): Code {
  const guard = function* <T>(outputs: () => Iterable<T>, onError: (v: Value) => Iterable<T>): Generator<T> {
    try {
      yield* outputs();
    } catch (err) {
      if (!(err instanceof JqError)) throw err;
      yield* onError(err.value);
    }
  };
  return codeGen(
    (i, e) =>
      guard(
        () => body.run(i, e),
        (v) => (handler ? handler.run(v, e) : []),
      ),
    (pv, e) =>
      guard(
        () => body.paths(pv, e),
        (v): Iterable<PathValue> => (handler ? handler.paths({ value: v, path: null }, e) : []),
      ),
  );
}

/** `label $name | body` */
export function compileLabel(node: Label, scope: Scope | null, cx: CompileContext): Code {
  const body = compile(node.body, extend(scope, { kind: 'label', name: node.name }), cx);
  const guard = function* <T>(e: Env, run: (env: Env) => Iterable<T>): Generator<T> {
    const token = {};
    try {
      yield* run(new Env(token, e));
    } catch (err) {
      if (!(err instanceof BreakSignal) || err.label !== token) throw err;
    }
  };
  return codeGen(
    (i, e) => guard(e, (env) => body.run(i, env)),
    (pv, e) => guard(e, (env) => body.paths(pv, env)),
  );
}
