/**
 * AST → Code. Each node kind compiles to a value-mode evaluator (with the
 * single-output fast paths where the node allows them) and a path-mode one.
 * Output order follows jq: for binary operators the right operand is the outer
 * loop, object constructors vary their first entry slowest, templates their
 * last interpolation slowest.
 */
import type { Node } from '../syntax/ast.js';
import { isTruthy, type JqObject, objectSet, type Value } from '../values/value.js';
import { type Code, codeGen, codeOne, codeOpt, EMPTY, NONE, type Opt, type PathValue, requirePath } from './code.js';
import { compileAssign } from './compile-assign.js';
import { compileCall, compileDef } from './compile-call.js';
import { compileBind, compileForeach, compileLabel, compileReduce, compileTry } from './compile-control.js';
import { describe, fail } from './errors.js';
import { formatValue } from './formats.js';
import { ARITHMETIC, compareOp, index, iterate, iterateKeys, negate, slice } from './ops.js';
import { recurseAll, recurseAllPaths } from './recurse.js';
import { BreakSignal, type Env, JqError } from './runtime.js';
import { findLabel, findVar, type Scope } from './scope.js';

/** A problem found while compiling (an undefined name), located by program offset. */
export interface CompileProblem {
  readonly message: string;
  readonly pos: number;
}

/** State shared by one program's compilation. */
export interface CompileContext {
  readonly problems: CompileProblem[];
  /** Names of global variables (`$ENV`, `--arg` names, …). */
  readonly globals: ReadonlySet<string>;
}

const IDENTITY: Code = codeOne(
  (i) => i,
  (pv) => [pv],
);

/** Compiles a node in a scope. */
export function compile(node: Node, scope: Scope | null, cx: CompileContext): Code {
  switch (node.kind) {
    case 'identity':
      return IDENTITY;
    case 'recurse':
      return codeGen(recurseAll, recurseAllPaths);
    case 'literal': {
      const v = node.value;
      return codeOne(() => v);
    }
    case 'template':
      return compileTemplate(
        node.parts.map((p) => (typeof p === 'string' ? p : compile(p, scope, cx))),
        node.format,
      );
    case 'format': {
      const name = node.name;
      return codeOne((i) => formatValue(name, i));
    }
    case 'index':
      return compileIndex(compile(node.target, scope, cx), compile(node.key, scope, cx), node.optional);
    case 'slice':
      return compileSlice(
        compile(node.target, scope, cx),
        node.from ? compile(node.from, scope, cx) : codeOne(() => null),
        node.to ? compile(node.to, scope, cx) : codeOne(() => null),
        node.optional,
      );
    case 'iterate':
      return compileIterate(compile(node.target, scope, cx), node.optional);
    case 'array': {
      const body = compile(node.body, scope, cx);
      return codeOne((i, e) => Array.from(body.run(i, e)));
    }
    case 'object':
      return compileObject(
        node.entries.map((en) => ({ key: compile(en.key, scope, cx), value: compile(en.value, scope, cx) })),
      );
    case 'negate':
      return map1(compile(node.expr, scope, cx), negate);
    case 'pipe':
      return compilePipe(compile(node.left, scope, cx), compile(node.right, scope, cx));
    case 'comma':
      return compileComma(compile(node.left, scope, cx), compile(node.right, scope, cx));
    case 'binary': {
      const op = node.op;
      const fn = ARITHMETIC[op] ?? ((a: Value, b: Value) => compareOp(op, a, b));
      return compileBinary(compile(node.left, scope, cx), compile(node.right, scope, cx), fn);
    }
    case 'logic':
      return compileLogic(node.op, compile(node.left, scope, cx), compile(node.right, scope, cx));
    case 'alternative':
      return compileAlternative(compile(node.left, scope, cx), compile(node.right, scope, cx));
    case 'assign':
      return compileAssign(node.op, compile(node.lhs, scope, cx), compile(node.rhs, scope, cx));
    case 'if':
      return compileIf(
        compile(node.cond, scope, cx),
        compile(node.then, scope, cx),
        node.otherwise ? compile(node.otherwise, scope, cx) : IDENTITY,
      );
    case 'try':
      return compileTry(compile(node.body, scope, cx), node.handler ? compile(node.handler, scope, cx) : null);
    case 'reduce':
      return compileReduce(node, scope, cx);
    case 'foreach':
      return compileForeach(node, scope, cx);
    case 'def':
      return compileDef(node, scope, cx);
    case 'call':
      return compileCall(node, scope, cx);
    case 'var':
      return compileVar(node.name, node.pos, scope, cx);
    case 'loc': {
      const loc: JqObject = { file: '<top-level>', line: node.line };
      return codeOne(() => loc);
    }
    case 'bind':
      return compileBind(node, scope, cx);
    case 'label':
      return compileLabel(node, scope, cx);
    case 'break': {
      const hops = findLabel(scope, node.name);
      if (hops < 0) cx.problems.push({ message: `$*label-${node.name} is not defined`, pos: node.pos });
      return codeGen((_i, e) => {
        throw new BreakSignal(e.lookup(hops) as object);
      });
    }
  }
}

function compileVar(name: string, pos: number, scope: Scope | null, cx: CompileContext): Code {
  const hops = findVar(scope, name);
  if (hops >= 0) return codeOne((_i, e) => e.lookup(hops) as Value);
  if (name === 'ENV') return codeOne((_i, e) => e.rt.env);
  if (!cx.globals.has(name)) {
    cx.problems.push({ message: `$${name} is not defined`, pos });
    return IDENTITY;
  }
  return codeOne((_i, e) => e.rt.globals.get(name) ?? null);
}

/** `f` applied to each output of `a`. */
function map1(a: Code, f: (v: Value) => Value): Code {
  if (a.one) {
    const one = a.one;
    return codeOne((i, e) => f(one(i, e)));
  }
  return codeGen(function* (i, e) {
    for (const v of a.run(i, e)) yield f(v);
  });
}

/** `a | b` */
export function compilePipe(a: Code, b: Code): Code {
  const paths = function* (pv: PathValue, e: Env): Iterable<PathValue> {
    for (const x of a.paths(pv, e)) yield* b.paths(x, e);
  };
  if (a.one && b.one) {
    const f = a.one;
    const g = b.one;
    return codeOne((i, e) => g(f(i, e), e), paths);
  }
  if (a.opt && b.opt) {
    const f = a.opt;
    const g = b.opt;
    return codeOpt((i, e) => {
      const v = f(i, e);
      return v === NONE ? NONE : g(v, e);
    }, paths);
  }
  if (b.one) {
    const g = b.one;
    return codeGen(function* (i, e) {
      for (const v of a.run(i, e)) yield g(v, e);
    }, paths);
  }
  return codeGen(function* (i, e) {
    for (const v of a.run(i, e)) yield* b.run(v, e);
  }, paths);
}

function compileComma(a: Code, b: Code): Code {
  return codeGen(
    function* (i, e) {
      yield* a.run(i, e);
      yield* b.run(i, e);
    },
    function* (pv, e) {
      yield* a.paths(pv, e);
      yield* b.paths(pv, e);
    },
  );
}

function compileBinary(a: Code, b: Code, fn: (x: Value, y: Value) => Value): Code {
  if (a.one && b.one) {
    const f = a.one;
    const g = b.one;
    return codeOne((i, e) => {
      const r = g(i, e);
      return fn(f(i, e), r);
    });
  }
  return codeGen(function* (i, e) {
    for (const r of b.run(i, e)) for (const l of a.run(i, e)) yield fn(l, r);
  });
}

function compileLogic(op: 'and' | 'or', a: Code, b: Code): Code {
  const short = op === 'or';
  if (a.one && b.one) {
    const f = a.one;
    const g = b.one;
    return codeOne((i, e) => (isTruthy(f(i, e)) === short ? short : isTruthy(g(i, e))));
  }
  return codeGen(function* (i, e) {
    for (const l of a.run(i, e)) {
      if (isTruthy(l) === short) yield short;
      else for (const r of b.run(i, e)) yield isTruthy(r);
    }
  });
}

function compileAlternative(a: Code, b: Code): Code {
  return codeGen(
    function* (i, e) {
      let any = false;
      for (const v of a.run(i, e)) {
        if (isTruthy(v)) {
          any = true;
          yield v;
        }
      }
      if (!any) yield* b.run(i, e);
    },
    function* (pv, e) {
      let any = false;
      for (const x of a.paths(pv, e)) {
        if (isTruthy(x.value)) {
          any = true;
          yield x;
        }
      }
      if (!any) yield* b.paths(pv, e);
    },
  );
}

function compileIf(cond: Code, then: Code, otherwise: Code): Code {
  const paths = function* (pv: PathValue, e: Env): Iterable<PathValue> {
    for (const c of cond.run(pv.value, e)) yield* (isTruthy(c) ? then : otherwise).paths(pv, e);
  };
  if (cond.one && then.one && otherwise.one) {
    const c = cond.one;
    const t = then.one;
    const o = otherwise.one;
    return codeOne((i, e) => (isTruthy(c(i, e)) ? t(i, e) : o(i, e)), paths);
  }
  if (cond.one && then.opt && otherwise.opt) {
    const c = cond.one;
    const t = then.opt;
    const o = otherwise.opt;
    return codeOpt((i, e) => (isTruthy(c(i, e)) ? t(i, e) : o(i, e)), paths);
  }
  return codeGen(function* (i, e) {
    for (const c of cond.run(i, e)) yield* (isTruthy(c) ? then : otherwise).run(i, e);
  }, paths);
}

function compileIndex(target: Code, key: Code, optional: boolean): Code {
  const get = optional ? tryIndex : index;
  const paths = function* (pv: PathValue, e: Env): Iterable<PathValue> {
    for (const k of key.run(pv.value, e)) {
      for (const t of target.paths(pv, e)) {
        let v: Value;
        if (optional) {
          const r = tryIndex(t.value, k);
          if (r === NONE) continue;
          v = r;
        } else v = index(t.value, k);
        const path = requirePath(t, k);
        yield { value: v, path: [...path, k] };
      }
    }
  };
  if (target.one && key.one) {
    const t = target.one;
    const k = key.one;
    if (!optional) return codeOne((i, e) => index(t(i, e), k(i, e)), paths);
    return codeOpt((i, e) => tryIndex(t(i, e), k(i, e)), paths);
  }
  return codeGen(function* (i, e) {
    for (const k of key.run(i, e)) {
      for (const t of target.run(i, e)) {
        const v = get(t, k);
        if (v !== NONE) yield v;
      }
    }
  }, paths);
}

function tryIndex(t: Value, k: Value): Opt {
  try {
    return index(t, k);
  } catch (err) {
    if (err instanceof JqError) return NONE;
    throw err;
  }
}

function compileSlice(target: Code, from: Code, to: Code, optional: boolean): Code {
  const cut = (t: Value, f: Value, u: Value): Opt => {
    try {
      return slice(t, f, u);
    } catch (err) {
      if (optional && err instanceof JqError) return NONE;
      throw err;
    }
  };
  return codeGen(
    function* (i, e) {
      for (const f of from.run(i, e))
        for (const u of to.run(i, e))
          for (const t of target.run(i, e)) {
            const v = cut(t, f, u);
            if (v !== NONE) yield v;
          }
    },
    function* (pv, e) {
      for (const f of from.run(pv.value, e))
        for (const u of to.run(pv.value, e))
          for (const t of target.paths(pv, e)) {
            const v = cut(t.value, f, u);
            if (v === NONE) continue;
            const key: JqObject = { start: f, end: u };
            yield { value: v, path: [...requirePath(t, key), key] };
          }
    },
  );
}

function compileIterate(target: Code, optional: boolean): Code {
  const each = (t: Value): readonly Value[] => {
    if (!optional) return iterate(t);
    try {
      return iterate(t);
    } catch (err) {
      if (err instanceof JqError) return EMPTY;
      throw err;
    }
  };
  return codeGen(
    function* (i, e) {
      for (const t of target.run(i, e)) yield* each(t);
    },
    function* (pv, e) {
      for (const t of target.paths(pv, e)) {
        const values = each(t.value);
        if (values.length === 0) continue;
        if (!t.path) throw fail(`Invalid path expression near attempt to iterate through ${describeShort(t.value)}`);
        const keys = iterateKeys(t.value);
        for (let n = 0; n < keys.length; n++) yield { value: values[n], path: [...t.path, keys[n]] };
      }
    },
  );
}

function describeShort(v: Value): string {
  return describe(v).replace(/^[a-z]+ \((.*)\)$/s, '$1');
}

function compileObject(entries: { key: Code; value: Code }[]): Code {
  const finish = (pairs: [string, Value][]): JqObject => {
    const obj: JqObject = {};
    for (const [k, v] of pairs) objectSet(obj, k, v);
    return obj;
  };
  const build = function* (i: Value, e: Env, at: number, pairs: [string, Value][]): Generator<Value> {
    if (at === entries.length) {
      yield finish(pairs);
      return;
    }
    const { key, value } = entries[at];
    for (const k of key.run(i, e)) {
      if (typeof k !== 'string') throw objectKeyError(k);
      for (const v of value.run(i, e)) {
        pairs[at] = [k, v];
        yield* build(i, e, at + 1, pairs);
      }
    }
  };
  if (entries.every((en) => en.key.one && en.value.one)) {
    const ones = entries.map((en) => [en.key.one, en.value.one] as const);
    return codeOne((i, e) => {
      const obj: JqObject = {};
      for (const [k, v] of ones) {
        const key = k!(i, e);
        if (typeof key !== 'string') throw objectKeyError(key);
        objectSet(obj, key, v!(i, e));
      }
      return obj;
    });
  }
  return codeGen((i, e) => build(i, e, 0, []));
}

function objectKeyError(k: Value): JqError {
  return fail(`Cannot use ${describe(k)} as object key`);
}

function compileTemplate(parts: (string | Code)[], format: string): Code {
  const codes = parts.filter((p): p is Code => typeof p !== 'string');
  const join = (values: Value[]): string => {
    let s = '';
    let n = 0;
    for (const p of parts) s += typeof p === 'string' ? p : (formatValue(format, values[n++]) as string);
    return s;
  };
  if (codes.every((c) => c.one)) {
    const ones = codes.map((c) => c.one!);
    return codeOne((i, e) => join(ones.map((f) => f(i, e))));
  }
  // The last interpolation is the outermost loop, as in jq's chain of `+`.
  const gen = function* (i: Value, e: Env, at: number, acc: Value[]): Generator<Value> {
    if (at < 0) {
      yield join(acc);
      return;
    }
    for (const v of codes[at].run(i, e)) {
      acc[at] = v;
      yield* gen(i, e, at - 1, acc);
    }
  };
  return codeGen((i, e) => gen(i, e, codes.length - 1, new Array(codes.length)));
}
