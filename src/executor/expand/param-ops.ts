/**
 * The operators of ${…}: defaults and assignment (:- := :? :+), slices, pattern
 * removal (# ## % %%), replacement (/ // /# /%), case changes (^ ^^ , ,,) and
 * transformations (@Q @U @L @u @E @a).
 */

import { patternToRegExp } from '../../core/glob-pattern.js';
import type { ParamExp, Word } from '../../parser/ast.js';
import { EXIT_FATAL_EXPANSION, ShellError } from '../signals.js';
import type { ParamValue } from './param.js';
import { decodeAnsiC } from './quote.js';
import type { ExpandContext } from './word.js';

/** Either values to emit, or a word to expand in place (the `word` of :- and :+). */
export type OpResult =
  | { readonly kind: 'values'; readonly values: string[]; readonly multi: '@' | '*' | null; readonly isSet: boolean }
  | { readonly kind: 'word'; readonly word: Word };

/** The expander functions the operators need. */
export interface OperandExpander {
  operand(word: Word | null, quoted: boolean): Promise<string>;
  operandPattern(word: Word | null): Promise<string>;
}

/** Applies pe's slice, replacement or operator to the looked-up value. */
export async function applyParamOp(
  ex: OperandExpander,
  ctx: ExpandContext,
  pe: ParamExp,
  name: string,
  val: ParamValue,
  quoted: boolean,
): Promise<OpResult> {
  let values = val.values;
  const multi = val.multi;
  if (pe.slice) {
    const off = pe.slice.offset ? Number(await ctx.arith(pe.slice.offset)) : 0;
    const len = pe.slice.length ? Number(await ctx.arith(pe.slice.length)) : null;
    if (multi) {
      // ${@:o:l} counts $0 as position 0.
      const list = name === '@' || name === '*' ? [ctx.special('0') ?? '', ...values] : values;
      let start = off < 0 ? list.length + off : off;
      if (start < 0) start = list.length + 1;
      if (len !== null && len < 0) throw new ShellError(`${len}: substring expression < 0`);
      let sliced = list.slice(start, len === null ? undefined : start + len);
      if ((name === '@' || name === '*') && off === 0 && start === 0) sliced = sliced.slice();
      values = sliced;
    } else if (values.length > 0) {
      const chars = [...values[0]];
      let start = off < 0 ? chars.length + off : off;
      if (start < 0) start = 0;
      let end = chars.length;
      if (len !== null) {
        end = len < 0 ? chars.length + len : start + len;
        if (end < start) {
          if (len < 0) throw new ShellError(`${len}: substring expression < 0`);
          end = start;
        }
      }
      values = [chars.slice(start, end).join('')];
    }
  }
  if (pe.repl) {
    let pat = await ex.operandPattern(pe.repl.orig);
    let anchor: '' | '#' | '%' = '';
    if (pat.startsWith('#') || pat.startsWith('%')) {
      anchor = pat[0] as '#' | '%';
      pat = pat.slice(1);
    }
    const withText = await ex.operand(pe.repl.with, quoted);
    const nocase = ctx.state.options.nocasematch;
    values = values.map((v) => replace(v, pat, withText, pe.repl?.all ?? false, anchor, nocase));
  }
  const exp = pe.exp;
  if (!exp) return { kind: 'values', values, multi, isSet: val.isSet };
  const isNull = !val.isSet || (multi ? values.length === 0 : values.length === 0 || values[0] === '');
  const colon = exp.op.startsWith(':');
  const missing = colon ? isNull : !val.isSet;
  switch (exp.op) {
    case '-':
    case ':-':
      return missing && exp.word ? { kind: 'word', word: exp.word } : emptyOr(values, multi, val.isSet, missing);
    case '+':
    case ':+':
      return !missing && exp.word
        ? { kind: 'word', word: exp.word }
        : { kind: 'values', values: [], multi: null, isSet: true };
    case '=':
    case ':=': {
      if (!missing) return { kind: 'values', values, multi, isSet: true };
      if (multi || /^[0-9]/.test(name) || !/^[A-Za-z_]/.test(name)) {
        throw new ShellError(`$${name}: cannot assign in this way`);
      }
      const v = await ex.operand(exp.word, quoted);
      ctx.state.setScalar(name, v);
      return { kind: 'values', values: [v], multi: null, isSet: true };
    }
    case '?':
    case ':?': {
      if (!missing) return { kind: 'values', values, multi, isSet: true };
      const msg = exp.word
        ? await ex.operand(exp.word, quoted)
        : exp.op === '?'
          ? 'parameter not set'
          : 'parameter null or not set';
      throw new ShellError(`${name}: ${msg}`, EXIT_FATAL_EXPANSION, true);
    }
    case '#':
    case '##':
    case '%':
    case '%%': {
      const pat = await ex.operandPattern(exp.word);
      return { kind: 'values', values: values.map((v) => removePattern(v, pat, exp.op)), multi, isSet: val.isSet };
    }
    case '^':
    case '^^':
    case ',':
    case ',,': {
      const pat = exp.word ? await ex.operandPattern(exp.word) : '?';
      const re = patternToRegExp(pat || '?');
      const upper = exp.op.startsWith('^');
      const all = exp.op.length === 2;
      const mapped = values.map((v) => {
        const chars = [...v];
        for (let i = 0; i < chars.length; i++) {
          if (!all && i > 0) break;
          if (re.test(chars[i])) chars[i] = upper ? chars[i].toUpperCase() : chars[i].toLowerCase();
        }
        return chars.join('');
      });
      return { kind: 'values', values: mapped, multi, isSet: val.isSet };
    }
    case '@': {
      const op = await ex.operand(exp.word, quoted);
      return { kind: 'values', values: values.map((v) => transform(v, op, ctx, name)), multi, isSet: val.isSet };
    }
  }
}

function emptyOr(values: string[], multi: '@' | '*' | null, isSet: boolean, missing: boolean): OpResult {
  return missing ? { kind: 'values', values: [], multi: null, isSet: true } : { kind: 'values', values, multi, isSet };
}

/** ${v#p} ${v##p} ${v%p} ${v%%p}: shortest/longest prefix/suffix matching the pattern. */
function removePattern(v: string, pat: string, op: string): string {
  const re = patternToRegExp(pat);
  const n = v.length;
  if (op === '#') {
    for (let i = 0; i <= n; i++) if (re.test(v.slice(0, i))) return v.slice(i);
  } else if (op === '##') {
    for (let i = n; i >= 0; i--) if (re.test(v.slice(0, i))) return v.slice(i);
  } else if (op === '%') {
    for (let i = n; i >= 0; i--) if (re.test(v.slice(i))) return v.slice(0, i);
  } else {
    for (let i = 0; i <= n; i++) if (re.test(v.slice(i))) return v.slice(0, i);
  }
  return v;
}

/** ${v/p/r}: the longest match at the leftmost position; all of them with //. */
function replace(v: string, pat: string, rep: string, all: boolean, anchor: '' | '#' | '%', nocase: boolean): string {
  const re = patternToRegExp(pat, { nocase });
  if (anchor === '#') {
    for (let j = v.length; j >= 0; j--) if (re.test(v.slice(0, j))) return rep + v.slice(j);
    return v;
  }
  if (anchor === '%') {
    for (let i = 0; i <= v.length; i++) if (re.test(v.slice(i))) return v.slice(0, i) + rep;
    return v;
  }
  if (pat === '') return v;
  let out = '';
  let i = 0;
  while (i <= v.length) {
    let matched = -1;
    for (let j = v.length; j > i; j--) {
      if (re.test(v.slice(i, j))) {
        matched = j;
        break;
      }
    }
    if (matched < 0) {
      if (i < v.length) out += v[i];
      i++;
      continue;
    }
    out += rep;
    i = matched;
    if (!all) return out + v.slice(i);
  }
  return out;
}

function transform(v: string, op: string, ctx: ExpandContext, name: string): string {
  switch (op) {
    case 'Q':
      return `'${v.replace(/'/g, "'\\''")}'`;
    case 'U':
      return v.toUpperCase();
    case 'L':
      return v.toLowerCase();
    case 'u':
      return v.charAt(0).toUpperCase() + v.slice(1);
    case 'E':
      return decodeAnsiC(v);
    case 'a': {
      const variable = ctx.state.get(name);
      if (!variable) return '';
      let flags = '';
      if (Array.isArray(variable.value)) flags += 'a';
      if (variable.value instanceof Map) flags += 'A';
      if (variable.integer) flags += 'i';
      if (variable.lower) flags += 'l';
      if (variable.readonly) flags += 'r';
      if (variable.upper) flags += 'u';
      if (variable.exported) flags += 'x';
      return flags;
    }
    case 'P':
    case 'K':
    case 'A':
      return v;
    default:
      throw new ShellError(`${v}: bad substitution`);
  }
}
