/**
 * Static checks and facts the code generator needs: gawk's compile-time
 * errors (duplicate functions and parameters, `next` in BEGIN/END, calls to
 * undefined functions), whether each variable and parameter is a scalar or an
 * array (inferred across calls, since arrays pass by reference), and which
 * functions must be async (they do I/O, loop, or call such a function).
 */
import type { Expr, FunctionDef, Program, Stmt } from './ast.js';
import { AwkCompileError, AwkFatal } from './errors.js';

/** Whether a name holds a scalar or an array; 'unknown' when nothing says. */
export type Kind = 'scalar' | 'array' | 'unknown';

/** Scalar special variables, kept by the runtime. */
export const SPECIAL_SCALARS = new Set([
  'NF',
  'NR',
  'FNR',
  'FS',
  'OFS',
  'ORS',
  'RS',
  'SUBSEP',
  'CONVFMT',
  'OFMT',
  'RSTART',
  'RLENGTH',
  'FILENAME',
  'RT',
  'ARGC',
]);
/** Array special variables. */
export const SPECIAL_ARRAYS = new Set(['ENVIRON', 'ARGV', 'PROCINFO']);

/** What is known about one user function. */
export interface FunctionInfo {
  readonly def: FunctionDef;
  readonly kinds: Kind[];
  isAsync: boolean;
  /** The function (or one it calls) uses next or nextfile. */
  usesNext: boolean;
  /** The function can call itself; it checks for cancellation on entry, so it is async. */
  recursive: boolean;
}

/** The analysis result. */
export interface Analysis {
  readonly functions: ReadonlyMap<string, FunctionInfo>;
  /** Kinds of the program's global variables (specials excluded). */
  readonly globals: ReadonlyMap<string, Kind>;
  /** Warnings to print before running (too many arguments in a call). */
  readonly warnings: readonly { message: string; pos: number }[];
}

type Scope = Map<string, Kind>;

interface Link {
  readonly scope: Scope;
  readonly name: string;
  readonly callee: string;
  readonly index: number;
}

/** Builtins whose argument at an index is an array. */
const ARRAY_ARGS: Record<string, readonly number[]> = {
  split: [1, 3],
  match: [2],
  asort: [0, 1],
  asorti: [0, 1],
};
/** Builtins that need the event loop. */
const ASYNC_BUILTINS = new Set(['system', 'close', 'fflush']);

/** Runs the checks; throws AwkCompileError (exit 1) or AwkFatal (exit 2) as gawk would. */
export function analyze(program: Program): Analysis {
  return new Analyzer(program).run();
}

class Analyzer {
  private readonly functions = new Map<string, FunctionInfo>();
  private readonly globals: Scope = new Map();
  private readonly links: Link[] = [];
  /** Each function's parameter scope, kept so links resolved later update its kinds. */
  private readonly paramScopes = new Map<string, Scope>();
  private readonly calls: { caller: string | null; callee: string; pos: number; args: number }[] = [];
  private readonly warnings: { message: string; pos: number }[] = [];
  /** Per function: async for its own reasons, and the functions it calls. */
  private readonly direct = new Map<string, { async: boolean; next: boolean; callees: Set<string> }>();
  private current: { name: string; locals: Scope } | null = null;
  private rule: 'begin' | 'end' | 'beginfile' | 'endfile' | 'main' = 'main';

  constructor(private readonly program: Program) {}

  run(): Analysis {
    this.declareFunctions();
    for (const f of this.program.functions) this.visitFunction(f);
    this.current = null;
    for (const r of this.program.rules) {
      const p = r.pattern;
      this.rule =
        p.kind === 'begin' || p.kind === 'end' || p.kind === 'beginfile' || p.kind === 'endfile' ? p.kind : 'main';
      if (p.kind === 'expr') this.expr(p.expr);
      if (p.kind === 'range') {
        this.expr(p.from);
        this.expr(p.to);
      }
      if (r.action) this.stmt(r.action);
    }
    this.checkCalls();
    this.inferKinds();
    this.inferAsync();
    return { functions: this.functions, globals: this.globals, warnings: this.warnings };
  }

  private declareFunctions(): void {
    for (const f of this.program.functions) {
      if (this.functions.has(f.name) || SPECIAL_SCALARS.has(f.name) || SPECIAL_ARRAYS.has(f.name)) {
        throw new AwkCompileError(`function name \`${f.name}' previously defined`, f.pos);
      }
      f.params.forEach((p, i) => {
        if (p === f.name)
          throw new AwkCompileError(`function \`${f.name}': cannot use function name as parameter name`, f.pos);
        if (SPECIAL_SCALARS.has(p) || SPECIAL_ARRAYS.has(p)) {
          throw new AwkCompileError(
            `function \`${f.name}': cannot use special variable \`${p}' as a function parameter`,
            f.pos,
          );
        }
        const first = f.params.indexOf(p);
        if (first < i) {
          throw new AwkCompileError(
            `function \`${f.name}': parameter #${i + 1}, \`${p}', duplicates parameter #${first + 1}`,
            f.pos,
          );
        }
      });
      this.functions.set(f.name, {
        def: f,
        kinds: f.params.map(() => 'unknown'),
        isAsync: false,
        usesNext: false,
        recursive: false,
      });
      this.direct.set(f.name, { async: false, next: false, callees: new Set() });
    }
  }

  private visitFunction(f: FunctionDef): void {
    const locals: Scope = new Map(f.params.map((p) => [p, 'unknown']));
    this.current = { name: f.name, locals };
    this.rule = 'main';
    this.stmt(f.body);
    this.paramScopes.set(f.name, locals);
  }

  private scopeOf(name: string): Scope {
    if (this.current?.locals.has(name)) return this.current.locals;
    return this.globals;
  }

  /** Records a use of `name` as a scalar or array (the first use decides). */
  private use(name: string, kind: 'scalar' | 'array', pos: number): void {
    if (this.functions.has(name)) {
      throw new AwkCompileError(
        `function \`${name}' called with space between name and \`(',\nor used as a variable or an array`,
        pos,
      );
    }
    if (SPECIAL_SCALARS.has(name) || SPECIAL_ARRAYS.has(name)) return;
    const scope = this.scopeOf(name);
    if ((scope.get(name) ?? 'unknown') === 'unknown') scope.set(name, kind);
  }

  private markAsync(): void {
    if (this.current !== null) (this.direct.get(this.current.name) as { async: boolean }).async = true;
  }

  private stmt(s: Stmt): void {
    switch (s.kind) {
      case 'print':
      case 'printf':
        this.markAsync();
        for (const a of s.args) this.expr(a);
        if (s.dest) this.expr(s.dest.target);
        return;
      case 'expr':
        this.expr(s.expr);
        return;
      case 'if':
        this.expr(s.test);
        this.stmt(s.then);
        if (s.else) this.stmt(s.else);
        return;
      case 'while':
      case 'do':
        this.markAsync();
        this.expr(s.test);
        this.stmt(s.body);
        return;
      case 'for':
        this.markAsync();
        if (s.init) this.expr(s.init);
        if (s.test) this.expr(s.test);
        if (s.update) this.expr(s.update);
        this.stmt(s.body);
        return;
      case 'forIn':
        this.markAsync();
        this.use(s.array, 'array', s.pos);
        this.expr(s.key);
        this.stmt(s.body);
        return;
      case 'block':
        for (const b of s.body) this.stmt(b);
        return;
      case 'next':
      case 'nextfile':
        if (this.rule !== 'main') {
          throw new AwkCompileError(`\`${s.kind}' used in ${this.rule.toUpperCase()} action`, s.pos);
        }
        if (this.current !== null) (this.direct.get(this.current.name) as { next: boolean }).next = true;
        return;
      case 'exit':
        if (s.status) this.expr(s.status);
        return;
      case 'return':
        if (s.value) this.expr(s.value);
        return;
      case 'break':
      case 'continue':
        return;
      case 'delete':
        this.use(s.array, 'array', s.pos);
        for (const e of s.subs ?? []) this.expr(e);
        return;
    }
  }

  private expr(e: Expr): void {
    switch (e.kind) {
      case 'num':
      case 'str':
      case 'regex':
        return;
      case 'var':
        this.use(e.name, 'scalar', e.pos);
        return;
      case 'field':
        this.expr(e.index);
        return;
      case 'index':
        this.use(e.name, 'array', e.pos);
        for (const x of e.subs) this.expr(x);
        return;
      case 'in':
        this.use(e.array, 'array', e.pos);
        for (const x of e.subs) this.expr(x);
        return;
      case 'assign':
        this.expr(e.target);
        this.expr(e.value);
        return;
      case 'cond':
        this.expr(e.test);
        this.expr(e.then);
        this.expr(e.else);
        return;
      case 'arith':
        // gawk folds constant divisors and rejects a zero one before running.
        if ((e.op === '/' || e.op === '%') && e.right.kind === 'num' && e.right.value === 0) {
          throw new AwkCompileError(`division by zero attempted${e.op === '%' ? " in `%'" : ''}`, e.pos);
        }
        this.expr(e.left);
        this.expr(e.right);
        return;
      case 'compare':
      case 'logic':
      case 'match':
        this.expr(e.left);
        this.expr(e.right);
        return;
      case 'concat':
        for (const x of e.parts) this.expr(x);
        return;
      case 'unary':
        this.expr(e.arg);
        return;
      case 'incdec':
        this.expr(e.target);
        return;
      case 'group':
        this.expr(e.expr);
        return;
      case 'call':
        this.call(e.name, e.args, e.pos);
        return;
      case 'builtin':
        this.builtin(e.name, e.args);
        return;
      case 'getline':
        this.markAsync();
        if (e.target) this.expr(e.target);
        if (e.source) this.expr(e.source);
        return;
    }
  }

  private call(name: string, args: readonly Expr[], pos: number): void {
    this.calls.push({ caller: this.current?.name ?? null, callee: name, pos, args: args.length });
    if (this.current !== null) this.direct.get(this.current.name)?.callees.add(name);
    args.forEach((a, i) => {
      if (a.kind === 'var' && !SPECIAL_SCALARS.has(a.name) && !this.functions.has(a.name)) {
        if (SPECIAL_ARRAYS.has(a.name)) return;
        const scope = this.scopeOf(a.name);
        if (!scope.has(a.name)) scope.set(a.name, 'unknown');
        this.links.push({ scope, name: a.name, callee: name, index: i });
      } else this.expr(a);
    });
  }

  private builtin(name: string, args: readonly Expr[]): void {
    if (ASYNC_BUILTINS.has(name)) this.markAsync();
    const arrays = ARRAY_ARGS[name] ?? [];
    args.forEach((a, i) => {
      if (arrays.includes(i) && a.kind === 'var') this.use(a.name, 'array', a.pos);
      else if ((name === 'length' || name === 'isarray' || name === 'typeof') && a.kind === 'var') {
        const scope = this.scopeOf(a.name);
        if (!scope.has(a.name) && !SPECIAL_SCALARS.has(a.name) && !SPECIAL_ARRAYS.has(a.name)) {
          scope.set(a.name, 'unknown');
        }
      } else this.expr(a);
    });
  }

  private checkCalls(): void {
    for (const c of this.calls) {
      const f = this.functions.get(c.callee);
      if (!f) throw new AwkFatal(`function \`${c.callee}' not defined`, c.pos);
      if (c.args > f.def.params.length) {
        this.warnings.push({ message: `function \`${c.callee}' called with more arguments than declared`, pos: c.pos });
      }
    }
  }

  /** Propagates scalar/array between arguments and parameters until nothing changes. */
  private inferKinds(): void {
    for (let changed = true; changed; ) {
      changed = false;
      for (const l of this.links) {
        const params = this.paramScopes.get(l.callee);
        const f = this.functions.get(l.callee) as FunctionInfo;
        const pname = f.def.params[l.index];
        if (pname === undefined || !params) continue;
        const argKind = l.scope.get(l.name) ?? 'unknown';
        const paramKind = params.get(pname) ?? 'unknown';
        if (argKind === 'unknown' && paramKind !== 'unknown') {
          l.scope.set(l.name, paramKind);
          changed = true;
        } else if (paramKind === 'unknown' && argKind !== 'unknown') {
          params.set(pname, argKind);
          changed = true;
        }
      }
    }
    for (const [name, f] of this.functions) {
      const params = this.paramScopes.get(name);
      if (params) for (const [i, p] of f.def.params.entries()) f.kinds[i] = params.get(p) ?? 'unknown';
    }
  }

  /** Whether `from` can call `to` (directly or through others). */
  private reaches(from: string, to: string): boolean {
    const seen = new Set<string>();
    const stack = [...(this.direct.get(from)?.callees ?? [])];
    while (stack.length > 0) {
      const f = stack.pop() as string;
      if (f === to) return true;
      if (seen.has(f)) continue;
      seen.add(f);
      stack.push(...(this.direct.get(f)?.callees ?? []));
    }
    return false;
  }

  private inferAsync(): void {
    for (const [name, d] of this.direct) {
      const f = this.functions.get(name) as FunctionInfo;
      f.recursive = this.reaches(name, name);
      // A recursive function may run for long without I/O (fib(40)): it must be able to yield.
      f.isAsync = d.async || f.recursive;
      f.usesNext = d.next;
    }
    for (let changed = true; changed; ) {
      changed = false;
      for (const [name, d] of this.direct) {
        const f = this.functions.get(name) as FunctionInfo;
        for (const callee of d.callees) {
          const g = this.functions.get(callee);
          if (!g) continue;
          if (g.isAsync && !f.isAsync) {
            f.isAsync = true;
            changed = true;
          }
          if (g.usesNext && !f.usesNext) {
            f.usesNext = true;
            changed = true;
          }
        }
      }
    }
  }
}
