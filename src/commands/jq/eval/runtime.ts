/**
 * What running filters share: the environment chain (variables, function
 * closures), the per-run Runtime (inputs, named arguments, stderr), and the
 * two non-local exits, JqError (jq's `error`) and BreakSignal (`break $label`).
 */
import type { Value } from '../values/value.js';

/** A jq error carrying its value (a message string or any value given to `error`). */
export class JqError {
  constructor(readonly value: Value) {}
}

/** Raised by `break $name`; caught by the `label` whose identity it carries. */
export class BreakSignal {
  constructor(readonly label: object) {}
}

/** Raised by `halt` and `halt_error`: stop the program with this status. */
export class HaltSignal {
  constructor(
    readonly status: number,
    /** Text for stderr (halt_error), or null. */
    readonly message: string | null,
  ) {}
}

/** Where `input`/`inputs` read from and what else a run provides. */
export interface Runtime {
  /** Next input value, or undefined at the end. */
  nextInput(): Value | undefined;
  /** `input_filename`. */
  inputFilename(): Value;
  /** `input_line_number`. */
  inputLineNumber(): number;
  /** `$ENV`. */
  readonly env: Value;
  /** Global variables: named arguments, `$ENV`, `$__prog_args`, `$ARGS`. */
  readonly globals: ReadonlyMap<string, Value>;
  /** `debug` and `stderr` output. */
  stderr(text: string): void;
  /** Wall clock in seconds, for `now`. */
  now(): number;
  /** The TZ variable, for localtime and strflocaltime. */
  readonly timeZone: string | undefined;
}

/** One link of the environment chain: a variable's value or a function/closure. */
export class Env {
  readonly rt: Runtime;
  constructor(
    readonly slot: unknown,
    readonly parent: Env | null,
    rt?: Runtime,
  ) {
    this.rt = rt ?? (parent as Env).rt;
  }

  /** The slot `hops` links up the chain. */
  lookup(hops: number): unknown {
    let e: Env = this;
    for (let i = 0; i < hops; i++) e = e.parent as Env;
    return e.slot;
  }

  /** The link `hops` links up the chain. */
  nodeAt(hops: number): Env {
    let e: Env = this;
    for (let i = 0; i < hops; i++) e = e.parent as Env;
    return e;
  }

  /** The root of the chain (where builtins defined in jq are closed over). */
  root(): Env {
    let e: Env = this;
    while (e.parent) e = e.parent;
    return e;
  }
}
