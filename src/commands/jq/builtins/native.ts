/**
 * How native builtins are declared: a native receives its compiled argument
 * filters and returns the Code of the call. Helpers cover jq's two calling
 * conventions: plain functions of the input, and C-style functions whose
 * arguments are evaluated to values (every combination, the last argument
 * varying slowest, as jq's CALL_BUILTIN does).
 */
import { type Code, codeGen, codeOne } from '../eval/code.js';
import type { CompileContext } from '../eval/compile.js';
import type { Env } from '../eval/runtime.js';
import type { Value } from '../values/value.js';

/** A native builtin: compiled arguments in, the call's code out. */
export type Native = (args: readonly Code[], cx: CompileContext) => Code;

/** Natives keyed by `name/arity`. */
export type NativeTable = Record<string, Native>;

/** A builtin of the input alone. */
export function fn0(f: (input: Value, env: Env) => Value): Native {
  const code = codeOne(f);
  return () => code;
}

/** A builtin of the input and argument values, called for every combination of argument outputs. */
export function cfn(f: (input: Value, ...args: Value[]) => Value): Native {
  return (args) => {
    if (args.every((a) => a.one)) {
      const ones = args.map((a) => a.one!);
      if (ones.length === 1) {
        const a0 = ones[0];
        return codeOne((i, e) => f(i, a0(i, e)));
      }
      return codeOne((i, e) => {
        const values = new Array<Value>(ones.length);
        for (let n = ones.length - 1; n >= 0; n--) values[n] = ones[n](i, e);
        return f(i, ...values);
      });
    }
    return codeGen((i, e) => combos(args, i, e, (values) => f(i, ...values)));
  };
}

/** Every combination of argument values (last argument outermost), mapped by `f`. */
export function* combos(
  args: readonly Code[],
  input: Value,
  env: Env,
  f: (values: Value[]) => Value,
): Generator<Value> {
  const values = new Array<Value>(args.length);
  const step = function* (at: number): Generator<Value> {
    if (at < 0) {
      yield f(values.slice());
      return;
    }
    for (const v of args[at].run(input, env)) {
      values[at] = v;
      yield* step(at - 1);
    }
  };
  yield* step(args.length - 1);
}
