/**
 * Natives that steer evaluation: empty, error, select, recurse, path and the
 * path functions, limit/first/last/nth, range, loops, isempty, any/all. Those
 * that jq lets stand in path expressions (select, recurse, first, limit,
 * getpath, …) implement path mode too.
 */
import { type Code, codeGen, codeOne, codeOpt, EMPTY, NONE, type Path, type PathValue } from '../eval/code.js';
import { pathsOf } from '../eval/compile-assign.js';
import { fail } from '../eval/errors.js';
import { iterate, iterateKeys } from '../eval/ops.js';
import { deletePaths, getPath, setPath } from '../eval/paths.js';
import { type Env, JqError } from '../eval/runtime.js';
import { isNumber, isTruthy, numberOf, type Value } from '../values/value.js';
import { cfn, fn0, type NativeTable } from './native.js';

const none = codeGen(
  () => EMPTY,
  () => [],
);

function raise(v: Value): never {
  throw new JqError(v);
}

/** Depth-first `recurse(f)` / `recurse(f; cond)` over a generic step, without call-stack recursion. */
function* recurseWith<T>(start: T, step: (x: T) => Iterable<T>): Generator<T> {
  yield start;
  const stack: Iterator<T>[] = [step(start)[Symbol.iterator]()];
  while (stack.length > 0) {
    const r = stack[stack.length - 1].next();
    if (r.done) {
      stack.pop();
      continue;
    }
    yield r.value;
    stack.push(step(r.value)[Symbol.iterator]());
  }
}

function recurse(f: Code, cond: Code | null): Code {
  const keep = (v: Value, e: Env): boolean => {
    if (!cond) return true;
    for (const c of cond.run(v, e)) if (isTruthy(c)) return true;
    return false;
  };
  return codeGen(
    (i, e) =>
      recurseWith(i, function* (v) {
        for (const x of f.run(v, e)) if (keep(x, e)) yield x;
      }),
    (pv, e) =>
      recurseWith(pv, function* (x) {
        for (const y of f.paths(x, e)) if (keep(y.value, e)) yield y;
      }),
  );
}

/** Stops after `n` outputs of `gen` (jq's limit: 0 gives nothing, negative gives all). */
function* take<T>(n: number, gen: Iterable<T>): Generator<T> {
  if (n === 0) return;
  let left = n;
  for (const v of gen) {
    yield v;
    if (--left === 0) return;
  }
}

function limit(n: Code, f: Code): Code {
  const run = function* <T>(i: Value, e: Env, outputs: () => Iterable<T>): Generator<T> {
    for (const count of n.run(i, e)) yield* take(isNumber(count) ? numberOf(count) : 0, outputs());
  };
  return codeGen(
    (i, e) => run(i, e, () => f.run(i, e)),
    (pv, e) => run(pv.value, e, () => f.paths(pv, e)),
  );
}

function nth(n: Code, f: Code): Code {
  const run = function* <T>(i: Value, e: Env, outputs: () => Iterable<T>): Generator<T> {
    for (const idx of n.run(i, e)) {
      const k = isNumber(idx) ? numberOf(idx) : 0;
      if (k < 0) throw fail('Out of bounds negative array index');
      let at = 0;
      for (const v of outputs()) {
        if (at++ >= k) {
          yield v;
          break;
        }
      }
    }
  };
  return codeGen(
    (i, e) => run(i, e, () => f.run(i, e)),
    (pv, e) => run(pv.value, e, () => f.paths(pv, e)),
  );
}

function first(f: Code): Code {
  return codeOpt(
    (i, e) => {
      for (const v of f.run(i, e)) return v;
      return NONE;
    },
    function* (pv, e) {
      for (const x of f.paths(pv, e)) {
        yield x;
        return;
      }
    },
  );
}

/** Outputs of `range(from; upto; by)`. */
function* rangeOf(from: Value, upto: Value, by: Value): Generator<Value> {
  if (!isNumber(from) || !isNumber(upto) || !isNumber(by)) throw fail('Range bounds must be numeric');
  const f = numberOf(from);
  const u = numberOf(upto);
  const b = numberOf(by);
  if (b > 0) for (let x = f; x < u; x += b) yield x;
  else if (b < 0) for (let x = f; x > u; x += b) yield x;
}

/** `range(…)` with C-style arguments (the last varying slowest). */
function rangeCode(args: readonly Code[]): Code {
  return codeGen(function* (i, e) {
    if (args.length === 1) {
      for (const u of args[0].run(i, e)) yield* rangeOf(0, u, 1);
      return;
    }
    const by = args[2] ?? codeOne(() => 1);
    for (const f of args[0].run(i, e))
      for (const u of args[1].run(i, e)) for (const b of by.run(i, e)) yield* rangeOf(f, u, b);
  });
}

function loop(kind: 'while' | 'until', cond: Code, update: Code): Code {
  const holds = (v: Value, e: Env): boolean => {
    for (const c of cond.run(v, e)) return isTruthy(c);
    return false;
  };
  if (kind === 'until') {
    return codeGen(function* (i, e) {
      const stack: Value[] = [i];
      while (stack.length > 0) {
        const v = stack.pop() as Value;
        if (holds(v, e)) yield v;
        else {
          const next = Array.from(update.run(v, e));
          for (let n = next.length - 1; n >= 0; n--) stack.push(next[n]);
        }
      }
    });
  }
  return codeGen((i, e) => {
    if (!holds(i, e)) return EMPTY;
    return recurseWith(i, function* (v) {
      for (const x of update.run(v, e)) if (holds(x, e)) yield x;
    });
  });
}

function isEmpty(f: Code): Code {
  return codeOne((i, e) => {
    for (const _ of f.run(i, e)) return false;
    return true;
  });
}

/** `any(gen; cond)` / `all(gen; cond)`, stopping at the first decisive value. */
function anyAll(want: boolean, gen: Code, cond: Code): Code {
  return codeOne((i, e) => {
    for (const v of gen.run(i, e)) for (const c of cond.run(v, e)) if (isTruthy(c) === want) return want;
    return !want;
  });
}

const IDENT: Code = codeOne((i) => i);
/** `.[]` with jq's errors, for any/all. */
const EACH_OR_FAIL: Code = codeGen((i) => iterate(i));

function pathCode(f: Code): Code {
  return codeGen(function* (i, e) {
    for (const p of pathsOf(f, i, e)) yield p as Value[];
  });
}

function toPath(p: Value): Path {
  if (!Array.isArray(p)) throw fail('Path must be specified as an array');
  return p;
}

/** Control and path natives. */
export const CONTROL_NATIVES: NativeTable = {
  'empty/0': () => none,
  'not/0': fn0((i) => !isTruthy(i)),
  'error/0': () =>
    codeGen(
      (i) => raise(i),
      (pv) => raise(pv.value),
    ),
  'error/1': ([msg]) =>
    codeGen(
      (i, e) => {
        for (const m of msg.run(i, e)) raise(m);
        return EMPTY;
      },
      (pv, e) => {
        for (const m of msg.run(pv.value, e)) raise(m);
        return [];
      },
    ),
  'select/1': ([f]) => {
    const paths = function* (pv: PathValue, e: Env): Iterable<PathValue> {
      for (const c of f.run(pv.value, e)) if (isTruthy(c)) yield pv;
    };
    if (f.one) {
      const test = f.one;
      return codeOpt((i, e) => (isTruthy(test(i, e)) ? i : NONE), paths);
    }
    return codeGen(function* (i, e) {
      for (const c of f.run(i, e)) if (isTruthy(c)) yield i;
    }, paths);
  },
  'recurse/0': () => recurse(codeOptionalEach(), null),
  'recurse/1': ([f]) => recurse(f, null),
  'recurse/2': ([f, cond]) => recurse(f, cond),
  'path/1': ([f]) => pathCode(f),
  'getpath/1': ([p]) =>
    codeGen(
      function* (i, e) {
        for (const path of p.run(i, e)) yield path === null ? i : getPath(i, toPath(path));
      },
      function* (pv, e) {
        for (const path of p.run(pv.value, e)) {
          const base = pv.path;
          if (!base) throw fail('Invalid path expression');
          yield { value: getPath(pv.value, toPath(path)), path: [...base, ...toPath(path)] };
        }
      },
    ),
  'setpath/2': cfn((i, p, v) => setPath(i, toPath(p), v)),
  'delpaths/1': cfn((i, ps) => {
    if (!Array.isArray(ps)) throw fail('Paths must be specified as an array');
    return deletePaths(i, ps.map(toPath));
  }),
  'del/1': ([f]) => codeOne((i, e) => deletePaths(i, Array.from(pathsOf(f, i, e)))),
  'limit/2': ([n, f]) => limit(n, f),
  'first/1': ([f]) => first(f),
  'last/1': ([f]) =>
    codeOne((i, e) => {
      let last: Value = null;
      for (const v of f.run(i, e)) last = v;
      return last;
    }),
  'nth/2': ([n, f]) => nth(n, f),
  'range/1': (args) => rangeCode(args),
  'range/2': (args) => rangeCode(args),
  'range/3': (args) => rangeCode(args),
  'while/2': ([c, u]) => loop('while', c, u),
  'until/2': ([c, u]) => loop('until', c, u),
  'repeat/1': ([f]) =>
    codeGen(function* (i, e) {
      for (;;) yield* f.run(i, e);
    }),
  'isempty/1': ([f]) => isEmpty(f),
  'any/0': () => anyAll(true, EACH_OR_FAIL, IDENT),
  'all/0': () => anyAll(false, EACH_OR_FAIL, IDENT),
  'any/1': ([c]) => anyAll(true, EACH_OR_FAIL, c),
  'all/1': ([c]) => anyAll(false, EACH_OR_FAIL, c),
  'any/2': ([g, c]) => anyAll(true, g, c),
  'all/2': ([g, c]) => anyAll(false, g, c),
};

/** `.[]?` with paths, for recurse/0. */
function codeOptionalEach(): Code {
  return codeGen(
    (i) => (Array.isArray(i) || (i !== null && typeof i === 'object' && !isNumber(i)) ? iterate(i) : EMPTY),
    function* (pv) {
      const v = pv.value;
      if (!(Array.isArray(v) || (v !== null && typeof v === 'object' && !isNumber(v)))) return;
      const values = iterate(v);
      const keys = iterateKeys(v);
      for (let n = 0; n < keys.length; n++) yield { value: values[n], path: pv.path && [...pv.path, keys[n]] };
    },
  );
}
