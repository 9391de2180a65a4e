/**
 * Parameter lookup: positional and special parameters, scalars, indexed and
 * associative arrays, indirection — the values a ParamExp starts from.
 */
import type { ParamExp } from '../../parser/ast.js';
import type { ShellState, Variable } from '../state.js';

/** The values a parameter names. `multi` marks `@`/`*`-style lists (`$@`, `${a[*]}`). */
export interface ParamValue {
  readonly values: string[];
  /** True for `@`/`*` lists, with the separator kind. */
  readonly multi: '@' | '*' | null;
  /** False when the parameter (or element) is unset. */
  readonly isSet: boolean;
}

/** Element values of an array variable in index order (sparse holes skipped). */
export function arrayValues(v: Variable): string[] {
  if (v.value === null) return [];
  if (typeof v.value === 'string') return [v.value];
  if (v.value instanceof Map) return [...v.value.values()];
  const out: string[] = [];
  v.value.forEach((x) => {
    if (x !== undefined) out.push(x);
  });
  return out;
}

/** Keys of an array variable: indices of set elements, or associative keys. */
export function arrayKeys(v: Variable): string[] {
  if (v.value === null) return [];
  if (typeof v.value === 'string') return ['0'];
  if (v.value instanceof Map) return [...v.value.keys()];
  const out: string[] = [];
  v.value.forEach((x, i) => {
    if (x !== undefined) out.push(String(i));
  });
  return out;
}

/** What the expander needs to resolve special parameters and subscripts. */
export interface ParamEnv {
  readonly state: ShellState;
  special(name: string): string | undefined;
  /** Reports a non-fatal problem (`mirage: a: bad array subscript`). */
  warn(message: string): Promise<void>;
  /** Evaluates a subscript of an indexed array (arithmetic) or returns the key text of an associative one. */
  subscript(name: string, pe: ParamExp): Promise<string>;
}

const SPECIALS = new Set(['?', '$', '!', '#', '-', '0', '_']);

/** Looks up the parameter `name` (with the ParamExp's index, if any). */
export async function lookupParam(env: ParamEnv, name: string, pe: ParamExp | null): Promise<ParamValue> {
  const st = env.state;
  if (name === '@' || name === '*') return { values: st.positional.slice(), multi: name, isSet: true };
  if (/^[0-9]+$/.test(name)) {
    const n = Number(name);
    if (n === 0) return scalar(env.special('0'));
    return scalar(st.positional[n - 1]);
  }
  if (SPECIALS.has(name)) return scalar(env.special(name));
  const idx = pe?.index;
  if (idx && idx.kind === 'Word' && idx.parts.length === 1 && idx.parts[0].kind === 'Lit') {
    const lit = idx.parts[0].value;
    if (lit === '@' || lit === '*') {
      const v = st.get(name);
      if (!v) {
        const sp = env.special(name);
        return { values: sp === undefined ? [] : [sp], multi: lit, isSet: sp !== undefined };
      }
      return { values: arrayValues(v), multi: lit, isSet: true };
    }
  }
  const v = st.get(name);
  if (idx) {
    if (!v || v.value === null) return scalar(undefined);
    const key = await env.subscript(name, pe as ParamExp);
    if (typeof v.value === 'string') return scalar(key === '0' ? v.value : undefined);
    if (v.value instanceof Map) return scalar(v.value.get(key));
    let i = Number(key);
    if (i < 0) i += v.value.length;
    if (i < 0) {
      await env.warn(`${name}: bad array subscript`);
      return scalar(undefined);
    }
    return scalar(v.value[i]);
  }
  if (!v) return scalar(env.special(name));
  if (v.value === null) return scalar(undefined);
  if (typeof v.value === 'string') return scalar(v.value);
  if (v.value instanceof Map) return scalar(v.value.get('0'));
  return scalar(v.value[0]);
}

function scalar(s: string | undefined): ParamValue {
  return s === undefined ? { values: [], multi: null, isSet: false } : { values: [s], multi: null, isSet: true };
}
