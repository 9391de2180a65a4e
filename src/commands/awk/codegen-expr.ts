/**
 * Expressions to JavaScript source, typed by what the context wants: a
 * number, a string (CONVFMT), print's string (OFMT), a boolean, or an awk
 * value. Fields, variables and array elements are read straight in the wanted
 * type, so `s[$2] += $3` builds no intermediate values.
 */
import type { Analysis, FunctionInfo, Kind } from './analyze.js';
import { SPECIAL_ARRAYS } from './analyze.js';
import type { Expr, LValue } from './ast.js';
import { genBuiltin } from './codegen-builtins.js';
import { AwkCompileError } from './errors.js';
import { type AwkRegex, AwkRegexError, compileRegex } from './regex.js';

/** The type of generated code: an awk value, a JS number, string or boolean. */
export type Ty = 'val' | 'num' | 'str' | 'bool';
/** What a context asks for; 'out' is a string for print (OFMT). */
export type Want = Ty | 'out';

/** Generated code and its type. */
export interface Code {
  readonly js: string;
  readonly ty: Ty;
}

/** An assignable place: setup code (temps), then typed reads and a write returning the value. */
interface Place {
  readonly setup: string;
  get(want: Want): string;
  set(value: string): string;
}

const STRING_SPECIALS = new Set(['FS', 'OFS', 'ORS', 'RS', 'SUBSEP', 'CONVFMT', 'OFMT', 'FILENAME', 'RT']);
const NUMBER_SPECIALS = new Set(['NR', 'FNR', 'RSTART', 'RLENGTH']);

/** Program-wide state shared by all code units: static regexes and the analysis. */
export class GenShared {
  readonly regexes: AwkRegex[] = [];
  private readonly regexIndex = new Map<string, number>();

  constructor(
    readonly analysis: Analysis,
    private readonly utf8: boolean,
  ) {}

  /** The index of a static regex in R, compiled now so errors are compile errors. */
  regex(source: string, pos: number): number {
    let i = this.regexIndex.get(source);
    if (i === undefined) {
      try {
        this.regexes.push(compileRegex(source, this.utf8));
      } catch (e) {
        if (e instanceof AwkRegexError) throw new AwkCompileError(e.message, pos);
        throw e;
      }
      i = this.regexes.length - 1;
      this.regexIndex.set(source, i);
    }
    return i;
  }
}

/** Generates expressions for one code unit (a function body, or the rules). */
export class ExprGen {
  private temps = 0;

  constructor(
    readonly shared: GenShared,
    /** Kinds of the current function's parameters, or null in rules. */
    readonly locals: ReadonlyMap<string, Kind> | null,
  ) {}

  /** A fresh temporary variable name. */
  tmp(): string {
    return `t${this.temps++}`;
  }

  /** `let t0, t1;` for the temporaries used, or ''. */
  declareTemps(): string {
    if (this.temps === 0) return '';
    return `let ${Array.from({ length: this.temps }, (_, i) => `t${i}`).join(', ')};`;
  }

  /** Code for `e` as the wanted type. */
  gen(e: Expr, want: Want): string {
    switch (e.kind) {
      case 'field':
        return this.field(e, want);
      case 'group':
        return this.gen(e.expr, want);
      case 'num':
        // An integer constant reads the same through CONVFMT and OFMT.
        if ((want === 'str' || want === 'out') && Number.isSafeInteger(e.value)) return JSON.stringify(String(e.value));
        break;
    }
    return convert(this.natural(e), want);
  }

  /** Code for `e` in its own type. */
  natural(e: Expr): Code {
    switch (e.kind) {
      case 'num':
        return { js: numLiteral(e.value), ty: 'num' };
      case 'str':
        return { js: JSON.stringify(e.value), ty: 'str' };
      case 'regex':
        return { js: `R[${this.shared.regex(e.source, e.pos)}].test.test(rt.getRecord())`, ty: 'bool' };
      case 'var':
        return this.variable(e.name, e.pos);
      case 'field':
        return { js: this.field(e, 'val'), ty: 'val' };
      case 'index':
        return { js: `H.aget(${this.arrayRef(e.name, e.pos)}, ${this.key(e.subs)})`, ty: 'val' };
      case 'in':
        return { js: `${this.arrayRef(e.array, e.pos)}.has(${this.key(e.subs)})`, ty: 'bool' };
      case 'assign':
        return this.assign(e);
      case 'cond': {
        const a = this.natural(e.then);
        const b = this.natural(e.else);
        const ty: Ty = a.ty === b.ty && a.ty !== 'bool' ? a.ty : 'val';
        return { js: `(${this.gen(e.test, 'bool')} ? ${convert(a, ty)} : ${convert(b, ty)})`, ty };
      }
      case 'arith':
        return { js: this.arith(e.op, this.gen(e.left, 'num'), this.gen(e.right, 'num'), e.pos), ty: 'num' };
      case 'compare':
        return { js: this.compare(e.op, e.left, e.right), ty: 'bool' };
      case 'logic':
        return { js: `(${this.gen(e.left, 'bool')} ${e.op} ${this.gen(e.right, 'bool')})`, ty: 'bool' };
      case 'concat':
        return { js: `(${e.parts.map((p) => this.gen(p, 'str')).join(' + ')})`, ty: 'str' };
      case 'match': {
        const test = `${this.regexOf(e.right)}.test.test(${this.gen(e.left, 'str')})`;
        return { js: e.negate ? `!${test}` : test, ty: 'bool' };
      }
      case 'unary':
        if (e.op === '!') return { js: `!${this.gen(e.arg, 'bool')}`, ty: 'bool' };
        if (e.op === '-') return { js: `(-${this.gen(e.arg, 'num')})`, ty: 'num' };
        return { js: this.gen(e.arg, 'num'), ty: 'num' };
      case 'incdec':
        return this.incdec(e.target, e.op, e.prefix);
      case 'group':
        return this.natural(e.expr);
      case 'call':
        return { js: this.call(e.name, e.args, e.pos), ty: 'val' };
      case 'builtin':
        return genBuiltin(this, e.name, e.args, e.pos);
      case 'getline':
        return { js: this.getline(e), ty: 'num' };
    }
  }

  /** The JS RegExp holder for a regex operand: a static one for `/re/`, else compiled from the string. */
  regexOf(e: Expr): string {
    const inner = e.kind === 'group' ? e.expr : e;
    if (inner.kind === 'regex') return `R[${this.shared.regex(inner.source, inner.pos)}]`;
    return `rt.re(${this.gen(e, 'str')}, ${e.pos})`;
  }

  // ---- names ----

  kindOf(name: string): Kind {
    if (SPECIAL_ARRAYS.has(name)) return 'array';
    if (this.locals?.has(name)) return this.locals.get(name) as Kind;
    return this.shared.analysis.globals.get(name) ?? 'unknown';
  }

  /** A scalar special variable (function parameters cannot shadow these). */
  isSpecial(name: string): boolean {
    return STRING_SPECIALS.has(name) || NUMBER_SPECIALS.has(name) || name === 'NF' || name === 'ARGC';
  }

  private isLocal(name: string): boolean {
    return this.locals?.has(name) ?? false;
  }

  /** The JS variable of a scalar. */
  varRef(name: string): string {
    return this.isLocal(name) ? `l_${name}` : `g_${name}`;
  }

  /** The Map of an array (fatal code when the name is a scalar). */
  arrayRef(name: string, pos: number): string {
    if (SPECIAL_ARRAYS.has(name) && !this.isLocal(name)) return `rt.${name}`;
    if (this.kindOf(name) === 'scalar' || this.isSpecial(name)) {
      const what = this.isLocal(name) ? `scalar parameter \`${name}'` : `scalar \`${name}'`;
      return `rt.fatal(${JSON.stringify(`attempt to use ${what} as an array`)}, ${pos})`;
    }
    return this.varRef(name);
  }

  private variable(name: string, pos: number): Code {
    if (this.isSpecial(name)) {
      if (name === 'NF') return { js: 'rt.getNF()', ty: 'num' };
      if (NUMBER_SPECIALS.has(name)) return { js: `rt.${name}`, ty: 'num' };
      if (STRING_SPECIALS.has(name)) return { js: `rt.${name}`, ty: 'str' };
      return { js: 'rt.ARGC', ty: 'val' };
    }
    if (this.kindOf(name) === 'array') {
      return {
        js: `rt.fatal(${JSON.stringify(`attempt to use array \`${name}' in a scalar context`)}, ${pos})`,
        ty: 'val',
      };
    }
    return { js: this.varRef(name), ty: 'val' };
  }

  /** An array subscript: one key, or several joined by SUBSEP. */
  key(subs: readonly Expr[]): string {
    if (subs.length === 1) return this.gen(subs[0], 'str');
    return `(${subs.map((s) => this.gen(s, 'str')).join(' + rt.SUBSEP + ')})`;
  }

  // ---- fields ----

  private fieldIndex(e: Expr): string {
    return e.kind === 'num' ? numLiteral(e.value) : this.gen(e, 'num');
  }

  private field(e: Expr & { kind: 'field' }, want: Want): string {
    const i = this.fieldIndex(e.index);
    switch (want) {
      case 'num':
        return `rt.fieldNum(${i}, ${e.pos})`;
      case 'str':
        return `rt.fieldStr(${i}, ${e.pos})`;
      case 'out':
        return `rt.fieldOut(${i}, ${e.pos})`;
      case 'bool':
        return `H.truthy(rt.field(${i}, ${e.pos}))`;
      default:
        return `rt.field(${i}, ${e.pos})`;
    }
  }

  // ---- assignment ----

  /** The place an lvalue names. */
  place(target: LValue): Place {
    if (target.kind === 'var') {
      const name = target.name;
      if (this.isSpecial(name)) return this.specialPlace(name, target.pos);
      const ref = this.kindOf(name) === 'array' ? null : this.varRef(name);
      if (ref === null) {
        const fail = `rt.fatal(${JSON.stringify(`attempt to use array \`${name}' in a scalar context`)}, ${target.pos})`;
        return { setup: '', get: () => fail, set: () => fail };
      }
      return { setup: '', get: (want) => convert({ js: ref, ty: 'val' }, want), set: (v) => `(${ref} = ${v})` };
    }
    if (target.kind === 'field') {
      const idx = target.index.kind === 'num' ? null : this.tmp();
      const i = idx ?? numLiteral((target.index as { value: number }).value);
      const setup = idx === null ? '' : `${idx} = ${this.gen(target.index, 'num')}`;
      const pos = target.pos;
      return {
        setup,
        get: (want) => {
          if (want === 'num') return `rt.fieldNum(${i}, ${pos})`;
          if (want === 'str') return `rt.fieldStr(${i}, ${pos})`;
          return convert({ js: `rt.field(${i}, ${pos})`, ty: 'val' }, want);
        },
        set: (v) => `rt.setField(${i}, ${v}, ${pos})`,
      };
    }
    const map = this.arrayRef(target.name, target.pos);
    const constKey = target.subs.length === 1 && (target.subs[0].kind === 'str' || target.subs[0].kind === 'num');
    const k = constKey ? this.key(target.subs) : this.tmp();
    return {
      setup: constKey ? '' : `${k} = ${this.key(target.subs)}`,
      get: (want) => convert({ js: `${map}.get(${k})`, ty: 'val' }, want),
      set: (v) => `H.aset(${map}, ${k}, ${v})`,
    };
  }

  private specialPlace(name: string, pos: number): Place {
    const get = (want: Want) => convert(this.variable(name, pos), want);
    if (name === 'NF') return { setup: '', get, set: (v) => `rt.setNF(H.num(${v}), ${pos})` };
    if (NUMBER_SPECIALS.has(name)) return { setup: '', get, set: (v) => `(rt.${name} = H.num(${v}))` };
    if (STRING_SPECIALS.has(name)) return { setup: '', get, set: (v) => `(rt.${name} = rt.str(${v}))` };
    return { setup: '', get, set: (v) => `(rt.ARGC = ${v})` };
  }

  private assign(e: Expr & { kind: 'assign' }): Code {
    const p = this.place(e.target);
    const pre = p.setup ? `${p.setup}, ` : '';
    if (e.op === '=') {
      const v = this.natural(e.value);
      const value = v.ty === 'bool' ? { js: `(${v.js} ? 1 : 0)`, ty: 'num' as Ty } : v;
      return { js: `(${pre}${p.set(value.js)})`, ty: value.ty };
    }
    const op = e.op.slice(0, -1) as '+' | '-' | '*' | '/' | '%' | '^';
    const computed = this.arith(op, p.get('num'), this.gen(e.value, 'num'), e.pos);
    return { js: `(${pre}${p.set(computed)})`, ty: 'num' };
  }

  private incdec(target: LValue, op: '++' | '--', prefix: boolean): Code {
    const p = this.place(target);
    const pre = p.setup ? `${p.setup}, ` : '';
    const sign = op === '++' ? '+' : '-';
    if (prefix) return { js: `(${pre}${p.set(`${p.get('num')} ${sign} 1`)})`, ty: 'num' };
    const t = this.tmp();
    return { js: `(${pre}${t} = ${p.get('num')}, ${p.set(`${t} ${sign} 1`)}, ${t})`, ty: 'num' };
  }

  /** Assigns a getline result (in rt.io.line, a strnum candidate) to a place. */
  assignLine(target: LValue): string {
    const p = this.place(target);
    return `${p.setup ? `${p.setup}, ` : ''}${p.set('H.iv(rt.io.line)')}`;
  }

  // ---- operators ----

  arith(op: string, a: string, b: string, pos: number): string {
    switch (op) {
      case '/':
        return `rt.div(${a}, ${b}, ${pos})`;
      case '%':
        return `rt.mod(${a}, ${b}, ${pos})`;
      case '^':
        return `H.pow(${a}, ${b})`;
      default:
        return `(${a} ${op} ${b})`;
    }
  }

  private compare(op: string, left: Expr, right: Expr): string {
    const a = this.natural(left);
    const b = this.natural(right);
    const jsOp = op === '==' ? '===' : op === '!=' ? '!==' : op;
    const numeric = (c: Code) => c.ty === 'num' || c.ty === 'bool';
    if (numeric(a) && numeric(b)) return `(${convert(a, 'num')} ${jsOp} ${convert(b, 'num')})`;
    if (a.ty === 'str' || b.ty === 'str') return `(${convert(a, 'str')} ${jsOp} ${convert(b, 'str')})`;
    return `(rt.cmp(${convert(a, 'val')}, ${convert(b, 'val')}) ${jsOp} 0)`;
  }

  // ---- calls ----

  private call(name: string, args: readonly Expr[], pos: number): string {
    const f = this.shared.analysis.functions.get(name) as FunctionInfo;
    const list = args.map((a, i) => this.argument(a, f.kinds[i] ?? 'unknown', f.def.params[i], pos));
    const call = `f_${name}(${list.join(', ')})`;
    return f.isAsync ? `(await ${call})` : call;
  }

  private argument(a: Expr, kind: Kind, param: string | undefined, pos: number): string {
    const bare = a.kind === 'var' && !this.isSpecial(a.name) ? a.name : null;
    if (kind === 'array') {
      if (bare !== null && this.kindOf(bare) === 'scalar') {
        return `rt.fatal(${JSON.stringify(`attempt to use scalar parameter \`${param}' as an array`)}, ${pos})`;
      }
      if (bare !== null) return this.arrayRef(bare, a.pos);
      return `rt.fatal(${JSON.stringify('attempt to use a scalar value as array')}, ${pos})`;
    }
    if (bare !== null && this.kindOf(bare) === 'array') {
      if (kind === 'unknown') return this.arrayRef(bare, a.pos);
      return `rt.fatal(${JSON.stringify(`attempt to use array \`${bare}' in a scalar context`)}, ${a.pos})`;
    }
    return this.gen(a, 'val');
  }

  private getline(e: Expr & { kind: 'getline' }): string {
    const t = this.tmp();
    let read: string;
    if (e.from === 'main') read = e.target ? 'await rt.getlineVar()' : 'await rt.getline()';
    else if (e.from === 'file') read = `await rt.io.readFile(${this.gen(e.source as Expr, 'str')})`;
    else read = `await rt.io.readCommand(${this.gen(e.source as Expr, 'str')})`;
    if (e.from === 'main' && !e.target) return `(${read})`;
    const store = e.target ? this.assignLine(e.target) : 'rt.setRecord(rt.io.line)';
    return `((${t} = ${read}) > 0 ? (${store}, ${t}) : ${t})`;
  }
}

/** A number as a JS literal. */
export function numLiteral(n: number): string {
  if (Number.isNaN(n)) return 'NaN';
  if (n === Number.POSITIVE_INFINITY) return '(1 / 0)';
  return String(n);
}

/** Converts code of one type to what is wanted. */
export function convert(c: Code, want: Want): string {
  const { js, ty } = c;
  if (ty === want) return js;
  switch (want) {
    case 'val':
      return ty === 'bool' ? `(${js} ? 1 : 0)` : js;
    case 'num':
      if (ty === 'bool') return `(${js} ? 1 : 0)`;
      return ty === 'str' ? `H.s2n(${js})` : `H.num(${js})`;
    case 'str':
      if (ty === 'bool') return `(${js} ? "1" : "0")`;
      return ty === 'num' ? `rt.n2s(${js})` : `rt.str(${js})`;
    case 'out':
      if (ty === 'bool') return `(${js} ? "1" : "0")`;
      if (ty === 'str') return js;
      return ty === 'num' ? `rt.n2o(${js})` : `rt.out(${js})`;
    case 'bool':
      if (ty === 'num') return `(${js} !== 0)`;
      return ty === 'str' ? `(${js} !== "")` : `H.truthy(${js})`;
  }
}
