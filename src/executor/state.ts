/**
 * Shell state: variables (scalars, indexed and associative arrays, with
 * attributes), dynamic `local` scopes, functions, options, positional parameters
 * and cwd. A subshell works on a clone; a session keeps one across executes.
 */
import type { FuncDefNode } from '../planner/plan.js';
import { ShellError } from './signals.js';

/** A variable's value: a scalar, a sparse indexed array, an associative array, or null (declared, unset). */
export type VarValue = string | (string | undefined)[] | Map<string, string> | null;

/** A variable and its attributes. */
export interface Variable {
  value: VarValue;
  exported: boolean;
  readonly: boolean;
  integer: boolean;
  lower: boolean;
  upper: boolean;
}

/** `set -o` options and `shopt` options Mirage honours. */
export interface ShellOptions {
  errexit: boolean;
  nounset: boolean;
  pipefail: boolean;
  xtrace: boolean;
  noglob: boolean;
  noclobber: boolean;
  allexport: boolean;
  nullglob: boolean;
  dotglob: boolean;
  globstar: boolean;
  failglob: boolean;
  nocaseglob: boolean;
  nocasematch: boolean;
  extglob: boolean;
  lastpipe: boolean;
  expand_aliases: boolean;
}

/** The options of a fresh non-interactive bash. */
export function defaultOptions(): ShellOptions {
  return {
    errexit: false,
    nounset: false,
    pipefail: false,
    xtrace: false,
    noglob: false,
    noclobber: false,
    allexport: false,
    nullglob: false,
    dotglob: false,
    globstar: false,
    failglob: false,
    nocaseglob: false,
    nocasematch: false,
    extglob: true,
    lastpipe: false,
    expand_aliases: false,
  };
}

/** Names of `set -o` options, in `set -o` listing order. */
export const SET_O_NAMES = [
  'allexport',
  'errexit',
  'noclobber',
  'noglob',
  'nounset',
  'pipefail',
  'xtrace',
] as const satisfies readonly (keyof ShellOptions)[];

/** Names of `shopt` options. */
export const SHOPT_NAMES = [
  'dotglob',
  'expand_aliases',
  'extglob',
  'failglob',
  'globstar',
  'lastpipe',
  'nocaseglob',
  'nocasematch',
  'nullglob',
] as const satisfies readonly (keyof ShellOptions)[];

const VALID_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** True for a valid shell variable name. */
export function isValidName(name: string): boolean {
  return VALID_NAME.test(name);
}

/** A fresh indexed-array variable with no attributes. */
export function newArrayVar(): Variable {
  return newVar([]);
}

function newVar(value: VarValue): Variable {
  return { value, exported: false, readonly: false, integer: false, lower: false, upper: false };
}

function cloneValue(v: VarValue): VarValue {
  if (v === null || typeof v === 'string') return v;
  if (v instanceof Map) return new Map(v);
  return v.slice();
}

/** One shell's mutable state. */
export class ShellState {
  vars = new Map<string, Variable>();
  /** Saved outer bindings, one frame per active function call (dynamic scoping). */
  frames: Map<string, Variable | undefined>[] = [];
  functions = new Map<string, FuncDefNode>();
  options: ShellOptions = defaultOptions();
  positional: string[] = [];
  cwd = '/';
  lastStatus = 0;
  traps = new Map<string, string>();
  aliases = new Map<string, string>();
  /** Bumped whenever an exported variable changes, to cache the env record. */
  private envVersion = 0;
  private envCache: { version: number; env: Record<string, string> } | null = null;

  /** A deep copy for a subshell. */
  clone(): ShellState {
    const s = new ShellState();
    for (const [k, v] of this.vars) s.vars.set(k, { ...v, value: cloneValue(v.value) });
    s.frames = [];
    s.functions = new Map(this.functions);
    s.options = { ...this.options };
    s.positional = this.positional.slice();
    s.cwd = this.cwd;
    s.lastStatus = this.lastStatus;
    s.traps = new Map();
    s.aliases = new Map(this.aliases);
    return s;
  }

  get(name: string): Variable | undefined {
    return this.vars.get(name);
  }

  /** The scalar value of a variable (element 0 for an indexed array), or undefined when unset. */
  getScalar(name: string): string | undefined {
    const v = this.vars.get(name);
    if (!v || v.value === null) return undefined;
    if (typeof v.value === 'string') return v.value;
    if (v.value instanceof Map) return v.value.get('0');
    return v.value[0];
  }

  /** Sets a scalar, respecting readonly/integer/case attributes. `append` is `+=`. */
  setScalar(name: string, value: string, append = false, evalInt?: (s: string) => string): void {
    let v = this.vars.get(name);
    if (v?.readonly) throw new ShellError(`${name}: readonly variable`);
    if (!v) {
      v = newVar('');
      this.vars.set(name, v);
      if (this.options.allexport) v.exported = true;
    }
    let next = value;
    if (v.integer && evalInt) {
      next = append ? evalInt(`(${currentScalar(v) || '0'})+(${value || '0'})`) : evalInt(value || '0');
    } else if (append) {
      next = currentScalar(v) + value;
    }
    if (v.lower) next = next.toLowerCase();
    if (v.upper) next = next.toUpperCase();
    if (v.value === null || typeof v.value === 'string') v.value = next;
    else if (v.value instanceof Map) v.value.set('0', next);
    else v.value[0] = next;
    if (v.exported) this.envVersion++;
  }

  /** Sets one element of an indexed or associative array. */
  setElement(name: string, key: string | number, value: string, append = false): void {
    let v = this.vars.get(name);
    if (v?.readonly) throw new ShellError(`${name}: readonly variable`);
    if (!v) {
      v = newVar([]);
      this.vars.set(name, v);
    }
    if (v.value === null) v.value = [];
    else if (typeof v.value === 'string') v.value = [v.value];
    if (v.value instanceof Map) {
      const k = String(key);
      v.value.set(k, append ? (v.value.get(k) ?? '') + value : value);
    } else {
      const i = Number(key);
      v.value[i] = append ? (v.value[i] ?? '') + value : value;
    }
    if (v.exported) this.envVersion++;
  }

  /** Replaces a variable's whole value (array assignment `a=(…)`). */
  setArray(name: string, value: (string | undefined)[] | Map<string, string>): void {
    const v = this.vars.get(name);
    if (v?.readonly) throw new ShellError(`${name}: readonly variable`);
    if (v) v.value = value;
    else this.vars.set(name, newVar(value));
  }

  /** Declares a variable without a value change, returning it (creating a declared-but-unset one). */
  declare(name: string): Variable {
    let v = this.vars.get(name);
    if (!v) {
      v = newVar(null);
      this.vars.set(name, v);
    }
    return v;
  }

  /** `unset name`. Throws for readonly variables. */
  unset(name: string): void {
    const v = this.vars.get(name);
    if (v?.readonly) throw new ShellError(`${name}: cannot unset: readonly variable`);
    if (v?.exported) this.envVersion++;
    this.vars.delete(name);
  }

  /** Marks a variable exported (creating it empty when missing, as `export x` does). */
  export(name: string, on = true): void {
    const v = this.vars.get(name) ?? this.declare(name);
    v.exported = on;
    this.envVersion++;
  }

  /** Enters a function call: a new frame for `local`. */
  pushFrame(): void {
    this.frames.push(new Map());
  }

  /** Leaves a function call, restoring the bindings its `local`s shadowed. */
  popFrame(): void {
    const frame = this.frames.pop();
    if (!frame) return;
    for (const [name, saved] of frame) {
      const cur = this.vars.get(name);
      if (cur?.exported || saved?.exported) this.envVersion++;
      if (saved) this.vars.set(name, saved);
      else this.vars.delete(name);
    }
  }

  /** `local name`: shadows the current binding until the function returns. */
  makeLocal(name: string): Variable {
    const frame = this.frames[this.frames.length - 1];
    if (!frame) throw new ShellError('local: can only be used in a function');
    if (!frame.has(name)) {
      const outer = this.vars.get(name);
      frame.set(name, outer);
      const fresh = newVar(null);
      if (outer?.exported) fresh.exported = true;
      this.vars.set(name, fresh);
      this.envVersion++;
    }
    return this.vars.get(name) as Variable;
  }

  /** The exported variables as an environment record (cached until one changes). */
  env(): Record<string, string> {
    if (this.envCache && this.envCache.version === this.envVersion) return this.envCache.env;
    const env: Record<string, string> = {};
    for (const [k, v] of this.vars) {
      if (!v.exported) continue;
      const s = currentScalar(v);
      if (s !== undefined && typeof v.value === 'string') env[k] = s;
    }
    this.envCache = { version: this.envVersion, env };
    return env;
  }

  /** Forces the env record to be rebuilt (after direct Variable edits). */
  touchEnv(): void {
    this.envVersion++;
  }
}

function currentScalar(v: Variable): string {
  if (v.value === null) return '';
  if (typeof v.value === 'string') return v.value;
  if (v.value instanceof Map) return v.value.get('0') ?? '';
  return v.value[0] ?? '';
}
