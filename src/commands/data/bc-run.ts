/**
 * Running bc programs: variables and arrays with bc's dynamic scoping for
 * function parameters and autos, the special variables, printing with
 * obase and line breaks, and bc's runtime errors and warnings.
 */
import type { CommandContext } from '../../core/command.js';
import { writeText } from '../../core/io.js';
import { BC_MAX_CALL_DEPTH, LOOP_YIELD_EVERY } from '../../core/limits.js';
import type { Expr, FunctionDef, Lvalue, Stmt } from './bc-ast.js';
import { MATHLIB_ARITY, mathlib } from './bc-mathlib.js';
import * as N from './bc-num.js';
import { type BcNum, BcRuntimeError } from './bc-num.js';

class Break extends Error {}
class Continue extends Error {}
class Return extends Error {
  constructor(readonly value: BcNum) {
    super('return');
  }
}
/** halt: stop the whole program. */
export class Halt extends Error {}

type BcArray = Map<bigint, BcNum>;

const ESCAPES: Record<string, string> = { n: '\n', t: '\t', a: '\x07', b: '\b', f: '\f', r: '\r', q: '"', '\\': '\\' };

/** One bc session's state. */
export class BcMachine {
  scale = 0;
  ibase = 10;
  obase = 10;
  last: BcNum = N.ZERO;
  private readonly vars = new Map<string, BcNum>();
  private readonly arrays = new Map<string, BcArray>();
  private readonly functions = new Map<string, FunctionDef>();
  private depth = 0;
  private steps = 0;
  private func = '(main)';

  constructor(
    private readonly ctx: CommandContext,
    private readonly lineLength: number,
    private readonly mathLibrary: boolean,
    private readonly out: (text: string) => Promise<void>,
  ) {
    if (mathLibrary) this.scale = 20;
  }

  /** Runs one line's statements; a runtime error ends the line (the message goes to stderr). */
  async runLine(stmts: readonly Stmt[]): Promise<void> {
    try {
      for (const s of stmts) await this.exec(s);
    } catch (e) {
      if (e instanceof BcRuntimeError) {
        await writeText(
          this.ctx.stderr,
          `Runtime error (func=${e.func ?? this.func}, adr=${stmts.length}): ${e.message}\n`,
        );
        this.func = '(main)';
        this.depth = 0;
        return;
      }
      if (e instanceof Break || e instanceof Continue || e instanceof Return) return;
      throw e;
    }
  }

  private async warn(message: string): Promise<void> {
    await writeText(this.ctx.stderr, `Runtime warning (func=${this.func}, adr=0): ${message}\n`);
  }

  private async tick(): Promise<void> {
    if (++this.steps % LOOP_YIELD_EVERY === 0) {
      this.ctx.signal.throwIfAborted();
      await new Promise((resolve) => setImmediate(resolve));
    }
  }

  private async exec(s: Stmt): Promise<void> {
    switch (s.kind) {
      case 'expr': {
        const v = await this.eval(s.expr);
        if (s.expr.kind !== 'assign') {
          this.last = v;
          await this.out(`${N.wrap(N.format(v, this.obase), this.lineLength)}\n`);
        }
        return;
      }
      case 'string':
        await this.out(s.text);
        return;
      case 'print':
        for (const item of s.items) {
          if (item.kind === 'string') await this.out(item.text.replace(/\\(.)/g, (_m, c: string) => ESCAPES[c] ?? c));
          else {
            const v = await this.eval(item);
            this.last = v;
            await this.out(N.wrap(N.format(v, this.obase), this.lineLength));
          }
        }
        return;
      case 'block':
        for (const b of s.body) await this.exec(b);
        return;
      case 'if':
        if (!N.isZero(await this.eval(s.cond))) await this.exec(s.then);
        else if (s.else) await this.exec(s.else);
        return;
      case 'while':
        while (!N.isZero(await this.eval(s.cond))) {
          await this.tick();
          if (await this.loopBody(s.body)) break;
        }
        return;
      case 'for':
        if (s.init) await this.eval(s.init);
        while (s.cond === null || !N.isZero(await this.eval(s.cond))) {
          await this.tick();
          if (await this.loopBody(s.body)) break;
          if (s.step) await this.eval(s.step);
        }
        return;
      case 'break':
        throw new Break();
      case 'continue':
        throw new Continue();
      case 'halt':
        throw new Halt();
      case 'return':
        throw new Return(s.value ? await this.eval(s.value) : N.ZERO);
      case 'define':
        this.functions.set(s.fn.name, s.fn);
        return;
    }
  }

  /** Runs a loop body; true when it broke out. */
  private async loopBody(body: Stmt): Promise<boolean> {
    try {
      await this.exec(body);
    } catch (e) {
      if (e instanceof Break) return true;
      if (!(e instanceof Continue)) throw e;
    }
    return false;
  }

  private array(name: string): BcArray {
    let a = this.arrays.get(name);
    if (!a) {
      a = new Map();
      this.arrays.set(name, a);
    }
    return a;
  }

  private async index(e: Expr): Promise<bigint> {
    const v = N.rescale(await this.eval(e), 0).value;
    if (v < 0n || v > 16777215n) throw new BcRuntimeError('Array index out of range');
    return v;
  }

  private async load(t: Lvalue): Promise<BcNum> {
    if (t.kind === 'var') return this.vars.get(t.name) ?? N.ZERO;
    if (t.kind === 'elem') return this.array(t.name).get(await this.index(t.index)) ?? N.ZERO;
    if (t.name === 'scale') return N.int(this.scale);
    if (t.name === 'ibase') return N.int(this.ibase);
    if (t.name === 'obase') return N.int(this.obase);
    return this.last;
  }

  private async store(t: Lvalue, v: BcNum): Promise<void> {
    if (t.kind === 'var') this.vars.set(t.name, v);
    else if (t.kind === 'elem') this.array(t.name).set(await this.index(t.index), v);
    else if (t.name === 'last') this.last = v;
    else {
      let n = Number(N.rescale(v, 0).value);
      if (t.name === 'scale') {
        if (n < 0) {
          await this.warn('negative scale, set to 0');
          n = 0;
        }
        this.scale = n;
      } else if (t.name === 'ibase') {
        if (n < 2 || n > 16) await this.warn(n < 2 ? 'ibase too small, set to 2' : 'ibase too large, set to 16');
        this.ibase = Math.min(16, Math.max(2, n));
      } else {
        if (n < 2) await this.warn('obase too small, set to 2');
        this.obase = Math.max(2, n);
      }
    }
  }

  private async eval(e: Expr): Promise<BcNum> {
    switch (e.kind) {
      case 'num':
        return N.parseLiteral(e.text, e.text.length === 1 ? 16 : this.ibase);
      case 'var':
      case 'elem':
      case 'special':
        return this.load(e);
      case 'unary': {
        const v = await this.eval(e.operand);
        return e.op === '-' ? N.neg(v) : N.int(N.isZero(v) ? 1 : 0);
      }
      case 'step': {
        const old = await this.load(e.target);
        const next = (e.op === '++' ? N.add : N.sub)(old, N.ONE);
        await this.store(e.target, next);
        return e.prefix ? next : old;
      }
      case 'assign': {
        const right = await this.eval(e.value);
        const value = e.op === '=' ? right : await this.binary(e.op.slice(0, -1), await this.load(e.target), right);
        await this.store(e.target, value);
        return value;
      }
      case 'binary': {
        if (e.op === '&&')
          return N.int(!N.isZero(await this.eval(e.left)) && !N.isZero(await this.eval(e.right)) ? 1 : 0);
        if (e.op === '||')
          return N.int(!N.isZero(await this.eval(e.left)) || !N.isZero(await this.eval(e.right)) ? 1 : 0);
        return this.binary(e.op, await this.eval(e.left), await this.eval(e.right));
      }
      case 'builtin':
        return this.builtin(e);
      case 'call':
        return this.call(e);
    }
  }

  private async binary(op: string, a: BcNum, b: BcNum): Promise<BcNum> {
    switch (op) {
      case '+':
        return N.add(a, b);
      case '-':
        return N.sub(a, b);
      case '*':
        return N.mul(a, b, this.scale);
      case '/':
        return N.div(a, b, this.scale);
      case '%':
        return N.mod(a, b, this.scale);
      case '^': {
        if (b.scale > 0 && N.rescale(b, 0).value * N.pow10(b.scale) !== b.value)
          await this.warn('non-zero scale in exponent');
        return N.power(a, N.rescale(b, 0).value, this.scale);
      }
      default: {
        const c = N.compare(a, b);
        const ok = { '==': c === 0, '!=': c !== 0, '<': c < 0, '<=': c <= 0, '>': c > 0, '>=': c >= 0 }[op];
        return N.int(ok ? 1 : 0);
      }
    }
  }

  private async builtin(e: Extract<Expr, { kind: 'builtin' }>): Promise<BcNum> {
    if (e.name === 'read') throw new BcRuntimeError('read() is not supported here');
    const v = await this.eval(e.arg as Expr);
    if (e.name === 'length') return N.int(N.length(v));
    if (e.name === 'scale') return N.int(v.scale);
    return N.sqrt(v, this.scale);
  }

  private async call(e: Extract<Expr, { kind: 'call' }>): Promise<BcNum> {
    const fn = this.functions.get(e.name);
    if (!fn) {
      if (this.mathLibrary && e.name in MATHLIB_ARITY && e.args.length === MATHLIB_ARITY[e.name]) {
        const values: BcNum[] = [];
        for (const a of e.args) values.push(a.kind === 'value' ? await this.eval(a.expr) : N.ZERO);
        return mathlib(e.name, values, this.scale) ?? N.ZERO;
      }
      throw new BcRuntimeError(`Function ${e.name} not defined.`);
    }
    if (fn.params.length !== e.args.length) throw new BcRuntimeError(`Parameter number mismatch`);
    if (this.depth >= BC_MAX_CALL_DEPTH) throw new BcRuntimeError('Function call nesting too deep');
    // Arguments are evaluated in the caller's scope, then bound (bc scopes dynamically).
    const bound: [string, boolean, BcNum | BcArray][] = [];
    for (let k = 0; k < fn.params.length; k++) {
      const param = fn.params[k];
      const arg = e.args[k];
      if (param.array !== (arg.kind === 'array')) throw new BcRuntimeError('Parameter type mismatch');
      bound.push([
        param.name,
        param.array,
        arg.kind === 'array' ? new Map(this.array(arg.name)) : await this.eval(arg.expr),
      ]);
    }
    const saved: [string, boolean, BcNum | BcArray | undefined][] = [];
    const bind = (name: string, isArray: boolean, value: BcNum | BcArray) => {
      saved.push([name, isArray, isArray ? this.arrays.get(name) : this.vars.get(name)]);
      if (isArray) this.arrays.set(name, value as BcArray);
      else this.vars.set(name, value as BcNum);
    };
    for (const [name, isArray, value] of bound) bind(name, isArray, value);
    for (const a of fn.autos) bind(a.name, a.array, a.array ? new Map() : N.ZERO);
    const outer = this.func;
    this.func = fn.name;
    this.depth++;
    try {
      for (const s of fn.body) await this.exec(s);
      return N.ZERO;
    } catch (err) {
      if (err instanceof Return) return err.value;
      if (err instanceof BcRuntimeError) err.func ??= fn.name;
      throw err;
    } finally {
      this.depth--;
      this.func = outer;
      for (const [name, isArray, old] of saved.reverse()) {
        if (isArray) {
          if (old === undefined) this.arrays.delete(name);
          else this.arrays.set(name, old as BcArray);
        } else if (old === undefined) this.vars.delete(name);
        else this.vars.set(name, old as BcNum);
      }
    }
  }
}
