/**
 * Shell arithmetic with bash's 64-bit signed integer semantics (BigInt, wrapped
 * with asIntN). Evaluation is synchronous: words that need expansion ($x,
 * $(cmd)) are expanded beforehand by the caller and passed in `expanded`.
 */
import type { ArithmExpr, Word } from '../parser/ast.js';
import { arithError, EXIT_FATAL_EXPANSION, ShellError } from './signals.js';

/** What arithmetic needs from the shell. */
export interface ArithEnv {
  /** Value of a scalar variable or undefined when unset. */
  get(name: string): string | undefined;
  /** Value of an array element. */
  getElement(name: string, index: string): string | undefined;
  set(name: string, value: string): void;
  setElement(name: string, index: string, value: string): void;
  /** True when `name` is an associative array (its subscripts are strings, not expressions). */
  isAssoc(name: string): boolean;
  /** Parses a string as an arithmetic expression (for variables holding expressions). */
  parse(text: string): ArithmExpr;
  /** Source text of a node, for error messages. */
  text(node: ArithmExpr): string;
  readonly nounset: boolean;
  /** Words already expanded by the caller (those with $-expansions). */
  readonly expanded: ReadonlyMap<Word, string>;
}

const MAX_DEPTH = 1024;

/**
 * A word that is a bare `name[index]` (mvdan parses it as a short ParamExp with an
 * index); `${name[index]}` and `${name[*]}` are ordinary expansions, expanded first.
 */
export function elementRef(w: Word): { param: string; index: ArithmExpr } | null {
  if (w.parts.length !== 1) return null;
  const p = w.parts[0];
  if (p.kind !== 'ParamExp' || !p.short || !p.index) return null;
  if (p.exp || p.slice || p.repl || p.length || p.excl || p.names) return null;
  return { param: p.param, index: p.index };
}

/** Wraps to a signed 64-bit integer. */
function wrap(n: bigint): bigint {
  return BigInt.asIntN(64, n);
}

const DIGITS = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ@_';

/** Parses an integer literal: decimal, 0x hex, 0 octal, base#digits. Null when not a literal. */
export function parseIntLiteral(text: string): bigint | null {
  const t = text.trim();
  if (t === '') return null;
  const c = t.charCodeAt(0);
  // Literals start with a digit; names (the common case in loops) need no regex.
  if (c < 0x30 || c > 0x39) return null;
  let m = /^0[xX]([0-9a-fA-F]+)$/.exec(t);
  if (m) return wrap(BigInt(`0x${m[1]}`));
  if (/^0[0-7]+$/.test(t)) return wrap(BigInt(`0o${t.slice(1)}`));
  if (/^[0-9]+$/.test(t)) {
    if (/^0[0-9]+$/.test(t)) throw arithError(`${t}: value too great for base (error token is "${t}")`);
    return wrap(BigInt(t));
  }
  m = /^([0-9]+)#([0-9a-zA-Z@_]+)$/.exec(t);
  if (m) {
    const base = Number(m[1]);
    if (base < 2 || base > 64) throw arithError(`${t}: invalid arithmetic base (error token is "${t}")`);
    let n = 0n;
    for (const ch of m[2]) {
      let d = DIGITS.indexOf(base <= 36 ? ch.toLowerCase() : ch);
      if (base <= 36 && d >= 36) d = -1;
      if (d < 0 || d >= base) throw arithError(`${t}: value too great for base (error token is "${t}")`);
      n = n * BigInt(base) + BigInt(d);
    }
    return wrap(n);
  }
  return null;
}

const NAME_RE = /^[A-Za-z_][A-Za-z0-9_]*$/;
const ELEM_RE = /^([A-Za-z_][A-Za-z0-9_]*)\[(.*)\]$/s;

/** Evaluates an arithmetic expression. Throws ShellError on errors (division by 0, bad tokens). */
export function evalArith(expr: ArithmExpr, env: ArithEnv): bigint {
  return new Evaluator(env).eval(expr, 0);
}

class Evaluator {
  constructor(private readonly env: ArithEnv) {}

  eval(e: ArithmExpr, depth: number): bigint {
    if (depth > MAX_DEPTH) throw arithError('expression recursion level exceeded');
    switch (e.kind) {
      case 'Word':
        return this.word(e, depth);
      case 'ParenArithm':
        return this.eval(e.x, depth + 1);
      case 'UnaryArithm':
        return this.unary(e.op, e.post, e.x, depth);
      case 'BinaryArithm':
        return this.binary(e, depth);
    }
  }

  private wordText(w: Word): string {
    const pre = this.env.expanded.get(w);
    if (pre !== undefined) return pre;
    let s = '';
    for (const p of w.parts) {
      if (p.kind === 'Lit' || p.kind === 'SglQuoted') s += p.value;
      else if (p.kind === 'DblQuoted') s += p.parts.map((q) => (q.kind === 'Lit' ? q.value : '')).join('');
    }
    return s;
  }

  private word(w: Word, depth: number): bigint {
    const elem = elementRef(w);
    if (elem) return this.variable(elem.param, this.indexKey(elem.param, elem.index, depth), depth);
    const text = this.wordText(w).trim();
    return this.valueOf(text, depth);
  }

  private indexKey(name: string, index: ArithmExpr, depth: number): string {
    if (this.env.isAssoc(name)) {
      const pre = index.kind === 'Word' ? this.env.expanded.get(index) : undefined;
      return pre ?? this.env.text(index);
    }
    return String(this.eval(index, depth + 1));
  }

  /** Evaluates a token: a literal, a variable (recursively), or an expression string. */
  private valueOf(text: string, depth: number): bigint {
    if (text === '') return 0n;
    const lit = parseIntLiteral(text);
    if (lit !== null) return lit;
    if (NAME_RE.test(text)) return this.variable(text, undefined, depth);
    const m = ELEM_RE.exec(text);
    if (m) return this.variable(m[1], this.subscript(m[1], m[2], depth), depth);
    return this.eval(this.env.parse(text), depth + 1);
  }

  private subscript(name: string, raw: string, depth: number): string {
    if (this.env.isAssoc(name)) return raw;
    return String(this.valueOf(raw, depth + 1));
  }

  private variable(name: string, index: string | undefined, depth: number): bigint {
    const v = index === undefined ? this.env.get(name) : this.env.getElement(name, index);
    if (v === undefined) {
      if (this.env.nounset) throw new ShellError(`${name}: unbound variable`, EXIT_FATAL_EXPANSION, true);
      return 0n;
    }
    if (v.trim() === '') return 0n;
    return this.valueOf(v.trim(), depth + 1);
  }

  /** The variable an assignment targets: its name and optional subscript. */
  private lvalue(e: ArithmExpr, depth: number): { name: string; index?: string } {
    if (e.kind === 'Word') {
      const elem = elementRef(e);
      if (elem) return { name: elem.param, index: this.indexKey(elem.param, elem.index, depth) };
      const text = this.wordText(e).trim();
      if (NAME_RE.test(text)) return { name: text };
      const m = ELEM_RE.exec(text);
      if (m) return { name: m[1], index: this.subscript(m[1], m[2], depth) };
    }
    const t = this.env.text(e);
    throw arithError(`${t}: attempted assignment to non-variable (error token is "${t}")`);
  }

  private load(lv: { name: string; index?: string }, depth: number): bigint {
    return this.variable(lv.name, lv.index, depth);
  }

  private store(lv: { name: string; index?: string }, value: bigint): bigint {
    if (lv.index === undefined) this.env.set(lv.name, value.toString());
    else this.env.setElement(lv.name, lv.index, value.toString());
    return value;
  }

  private unary(op: string, post: boolean, x: ArithmExpr, depth: number): bigint {
    switch (op) {
      case '!':
        return this.eval(x, depth + 1) === 0n ? 1n : 0n;
      case '~':
        return wrap(~this.eval(x, depth + 1));
      case '+':
        return this.eval(x, depth + 1);
      case '-':
        return wrap(-this.eval(x, depth + 1));
      case '++':
      case '--': {
        const lv = this.lvalue(x, depth);
        const old = this.load(lv, depth);
        const next = wrap(op === '++' ? old + 1n : old - 1n);
        this.store(lv, next);
        return post ? old : next;
      }
      default:
        throw arithError(`${op}: syntax error: operand expected`);
    }
  }

  private binary(e: Extract<ArithmExpr, { kind: 'BinaryArithm' }>, depth: number): bigint {
    const d = depth + 1;
    switch (e.op) {
      case '&&':
        return this.eval(e.x, d) !== 0n && this.eval(e.y, d) !== 0n ? 1n : 0n;
      case '||':
        return this.eval(e.x, d) !== 0n || this.eval(e.y, d) !== 0n ? 1n : 0n;
      case '?': {
        const c = this.eval(e.x, d);
        if (e.y.kind !== 'BinaryArithm' || e.y.op !== ':')
          throw new ShellError("`:' expected for conditional expression");
        return c !== 0n ? this.eval(e.y.x, d) : this.eval(e.y.y, d);
      }
      case ',':
        this.eval(e.x, d);
        return this.eval(e.y, d);
      case '=': {
        const lv = this.lvalue(e.x, depth);
        return this.store(lv, this.eval(e.y, d));
      }
      case '+=':
      case '-=':
      case '*=':
      case '/=':
      case '%=':
      case '&=':
      case '|=':
      case '^=':
      case '<<=':
      case '>>=': {
        const lv = this.lvalue(e.x, depth);
        const cur = this.load(lv, depth);
        const rhs = this.eval(e.y, d);
        return this.store(lv, this.apply(e.op.slice(0, -1), cur, rhs, e));
      }
      default:
        return this.apply(e.op, this.eval(e.x, d), this.eval(e.y, d), e);
    }
  }

  private apply(op: string, a: bigint, b: bigint, e: Extract<ArithmExpr, { kind: 'BinaryArithm' }>): bigint {
    switch (op) {
      case '+':
        return wrap(a + b);
      case '-':
        return wrap(a - b);
      case '*':
        return wrap(a * b);
      case '/':
      case '%':
        if (b === 0n) {
          throw arithError(`${this.env.text(e)}: division by 0 (error token is "${this.env.text(e.y)}")`);
        }
        // -2^63 / -1 overflows in C; bash traps it as the same value.
        if (a === -(2n ** 63n) && b === -1n) return op === '/' ? a : 0n;
        return wrap(op === '/' ? a / b : a % b);
      case '**':
        if (b < 0n)
          throw arithError(`${this.env.text(e)}: exponent less than 0 (error token is "${this.env.text(e.y)}")`);
        return powWrap(a, b);
      case '<<':
        return wrap(a << (b & 63n));
      case '>>':
        return a >> (b & 63n);
      case '&':
        return a & b;
      case '|':
        return a | b;
      case '^':
        return a ^ b;
      case '==':
        return a === b ? 1n : 0n;
      case '!=':
        return a !== b ? 1n : 0n;
      case '<':
        return a < b ? 1n : 0n;
      case '<=':
        return a <= b ? 1n : 0n;
      case '>':
        return a > b ? 1n : 0n;
      case '>=':
        return a >= b ? 1n : 0n;
      default:
        throw arithError(`${this.env.text(e)}: syntax error in expression`);
    }
  }
}

/** a ** b modulo 2^64, by squaring (b may be huge). */
function powWrap(a: bigint, b: bigint): bigint {
  let result = 1n;
  let base = wrap(a);
  let exp = b;
  while (exp > 0n) {
    if (exp & 1n) result = wrap(result * base);
    base = wrap(base * base);
    exp >>= 1n;
  }
  return result;
}
