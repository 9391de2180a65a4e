/**
 * The interpreter: runs plan nodes against a shell state with a descriptor
 * table. Control flow is here; simple commands, pipelines and builtins live in
 * their own files. Errors become bash's messages on fd 2 and exit statuses.
 */
import { BrokenPipeError, FsError, isAbortError } from '../core/errors.js';
import { type ByteSink, CollectSink, decodeText, encodeText, Pipe } from '../core/io.js';
import { MAX_CALL_DEPTH, MAX_SUBST_BYTES } from '../core/limits.js';
import { resolvePath } from '../core/path.js';
import type { ArithmExpr, ParamExp, ProcSubst, Span, Stmt, Word } from '../parser/ast.js';
import { lowerNested } from '../planner/lower.js';
import type { FuncDefNode, PlanNode, PlanScript } from '../planner/plan.js';
import { type ArithEnv, elementRef, evalArith } from './arith.js';
import { runDecl } from './builtins/declare.js';
import { evalCond } from './cond.js';
import { runAndOr, runBackground, runCase, runForC, runForIn, runLoop } from './control-flow.js';
import type { Execution } from './execution.js';
import { type ExpandContext, Expander } from './expand/word.js';
import { type Fd, type FdTable, SharedSource } from './fds.js';
import type { SyntaxProblem } from './host.js';
import { runPipeline } from './pipeline.js';
import { applyRedirects } from './redirect.js';
import { DiscardSignal, ExitSignal, LoopSignal, ReturnSignal, ShellError } from './signals.js';
import { runSimple } from './simple.js';
import { newArrayVar, type ShellState } from './state.js';

/** A defined function and the source text its spans point into. */
export interface FunctionDef {
  readonly node: FuncDefNode;
  readonly source: string;
}

/** A shell: state + execution + the current descriptors. Subshells are new Shells on cloned state. */
export class Shell implements ExpandContext {
  /** >0 while running a condition (if/while/&&/||/!): set -e does not fire there. */
  noErrexit = 0;
  loopDepth = 0;
  callDepth = 0;
  funcNames: string[] = [];
  lineno = 0;
  fds: FdTable;
  readonly expander: Expander;
  /** Cleanups of process substitutions started by the current command. */
  procCleanups: (() => Promise<void>)[] = [];
  private arithCache = new Map<string, ArithmExpr>();
  /** Command substitutions run so far (an assignment-only command takes the last one's status). */
  substCount = 0;
  /** $0: the script name (`bash -c … name`), else the execution's. */
  scriptName: string | null = null;

  constructor(
    readonly state: ShellState,
    readonly x: Execution,
    public source: string,
    public signal: AbortSignal,
    fds: FdTable,
  ) {
    this.fds = fds;
    this.expander = new Expander(this);
  }

  get fs() {
    return this.x.host.fs;
  }

  /** A child shell on a copy of the state (subshells, pipeline stages, substitutions). */
  subshell(fds: FdTable = this.fds, signal: AbortSignal = this.signal): Shell {
    const s = new Shell(this.state.clone(), this.x, this.source, signal, fds);
    s.scriptName = this.scriptName;
    s.noErrexit = this.noErrexit;
    s.funcNames = this.funcNames.slice();
    s.callDepth = this.callDepth;
    s.lineno = this.lineno;
    return s;
  }

  // ---- output helpers ----

  /** Writes to fd 2 (ignoring a closed stderr). */
  async errText(text: string): Promise<void> {
    const sink = this.fds.get(2)?.sink;
    if (!sink) return;
    try {
      await sink.write(encodeText(text));
    } catch (e) {
      if (!(e instanceof BrokenPipeError)) throw e;
    }
  }

  /** Reports a syntax error in bash's two-line form, each line starting `mirage: <where>`. */
  async syntaxError(where: string, error: SyntaxProblem): Promise<void> {
    await this.error(`${where}${error.message}`);
    if (error.quoted !== null) await this.error(`${where}\`${error.quoted}'`);
  }

  /** Reports `mirage: message` on stderr. */
  error(message: string): Promise<void> {
    return this.errText(`mirage: ${message}\n`);
  }

  /**
   * Turns an error thrown while running a command into its status, reporting it
   * like bash. `contained` keeps an arithmetic error from discarding the rest of
   * the line (as in `(( ))`, which just fails).
   */
  async fail(e: unknown, contained = false): Promise<number> {
    if (e instanceof ExitSignal || e instanceof ReturnSignal || e instanceof LoopSignal || e instanceof DiscardSignal) {
      throw e;
    }
    if (e instanceof ShellError) {
      await this.error(e.message);
      if (e.fatal) throw new ExitSignal(e.status, true);
      if (e.discard && !contained) throw new DiscardSignal(e.status);
      return e.status;
    }
    if (e instanceof BrokenPipeError) return 141;
    if (isAbortError(e) || this.signal.aborted) throw e;
    if (e instanceof FsError) {
      await this.error(`${e.path}: ${e.reason}`);
      return 1;
    }
    await this.error(`internal error: ${e instanceof Error ? e.message : String(e)}`);
    return 1;
  }

  // ---- ExpandContext ----

  special(name: string): string | undefined {
    const st = this.state;
    switch (name) {
      case '?':
        return String(st.lastStatus);
      case '$':
        return String(this.x.shellPid);
      case '!':
        return this.x.lastBgPid === undefined ? undefined : String(this.x.lastBgPid);
      case '#':
        return String(st.positional.length);
      case '-':
        return optionLetters(this);
      case '0':
        return this.scriptName ?? this.x.opts.scriptName ?? 'mirage';
      case 'RANDOM':
        return String(Math.floor(Math.random() * 32768));
      case 'LINENO':
        return String(this.lineno);
      case 'SECONDS':
        return String(Math.floor((Date.now() - this.x.startedAt) / 1000));
      case 'EPOCHSECONDS':
        return String(Math.floor(Date.now() / 1000));
      case 'EPOCHREALTIME':
        return (Date.now() / 1000).toFixed(6);
      case 'BASHPID':
        return String(this.x.shellPid);
      default:
        return undefined;
    }
  }

  warn(message: string): Promise<void> {
    return this.error(message);
  }

  async subscript(name: string, pe: ParamExp): Promise<string> {
    const idx = pe.index as ArithmExpr;
    const v = this.state.get(name);
    if (v && v.value instanceof Map) {
      return idx.kind === 'Word' ? this.expander.string(idx) : this.text(idx.span);
    }
    return String(await this.arith(idx));
  }

  text(span: Span): string {
    return this.source.slice(span.offset, span.end);
  }

  async commandSubst(stmts: readonly Stmt[]): Promise<string> {
    const only = stmts.length === 1 ? stmts[0] : null;
    if (only && only.cmd === null && only.redirs.length === 1 && only.redirs[0].op === '<') {
      return this.readRedirectFile(only.redirs[0].word);
    }
    const sink = new CollectSink(MAX_SUBST_BYTES);
    const fds = new Map(this.fds);
    fds.set(1, { sink });
    const sub = this.subshell(fds);
    const status = await sub.runNode(lowerNested(stmts, stmtsSpan(stmts)), fds, true);
    this.state.lastStatus = status;
    this.substCount++;
    return sink.text();
  }

  /** `$(< file)`: the file's contents, without running a command. */
  private async readRedirectFile(word: Word): Promise<string> {
    const name = await this.expander.string(word);
    try {
      const bytes = await this.fs.readFile(resolvePath(this.state.cwd, name), { signal: this.signal });
      this.state.lastStatus = 0;
      this.substCount++;
      return decodeText(bytes);
    } catch (e) {
      if (!(e instanceof FsError)) throw e;
      await this.error(`${name}: ${e.reason}`);
      this.state.lastStatus = 1;
      this.substCount++;
      return '';
    }
  }

  async processSubst(p: ProcSubst): Promise<string> {
    const pipe = new Pipe();
    const fds = new Map(this.fds);
    const body = lowerNested(p.stmts, p.span);
    let done: Promise<number>;
    if (p.op === '<(') {
      fds.set(1, { sink: pipe });
      const sub = this.subshell(fds);
      done = sub.runNode(body, fds, true).finally(() => pipe.end());
      const n = this.x.allocProcFd({ source: new SharedSource(pipe) });
      this.procCleanups.push(async () => {
        pipe.close();
        await done.catch(() => 1);
        this.x.procFds.delete(n);
      });
      return `/dev/fd/${n}`;
    }
    const source = new SharedSource(pipe);
    fds.set(0, { source });
    const sub = this.subshell(fds);
    done = sub.runNode(body, fds, true);
    const n = this.x.allocProcFd({ sink: pipe });
    this.procCleanups.push(async () => {
      pipe.end();
      await done.catch(() => 1);
      this.x.procFds.delete(n);
    });
    return `/dev/fd/${n}`;
  }

  async arith(expr: ArithmExpr): Promise<bigint> {
    const expanded = new Map<Word, string>();
    await this.preExpand(expr, expanded);
    return evalArith(expr, this.arithEnv(expanded));
  }

  /** Expands, ahead of evaluation, every word of an arithmetic expression that holds $-expansions. */
  private async preExpand(e: ArithmExpr, out: Map<Word, string>): Promise<void> {
    switch (e.kind) {
      case 'Word': {
        const elem = elementRef(e);
        if (elem) return this.preExpand(elem.index, out);
        if (e.parts.some((p) => p.kind !== 'Lit')) out.set(e, await this.expander.string(e));
        return;
      }
      case 'ParenArithm':
      case 'UnaryArithm':
        return this.preExpand(e.x, out);
      case 'BinaryArithm':
        await this.preExpand(e.x, out);
        return this.preExpand(e.y, out);
    }
  }

  arithEnv(expanded: ReadonlyMap<Word, string>): ArithEnv {
    const st = this.state;
    return {
      get: (name) => st.getScalar(name) ?? this.special(name),
      getElement: (name, index) => {
        const v = st.get(name);
        if (!v || v.value === null) return undefined;
        if (typeof v.value === 'string') return index === '0' ? v.value : undefined;
        if (v.value instanceof Map) return v.value.get(index);
        return v.value[Number(index)];
      },
      set: (name, value) => st.setScalar(name, value),
      setElement: (name, index, value) => st.setElement(name, index, value),
      isAssoc: (name) => st.get(name)?.value instanceof Map,
      parse: (text) => this.parseArith(text),
      text: (node) => this.text(node.span).trim(),
      nounset: st.options.nounset,
      expanded,
    };
  }

  parseArith(text: string): ArithmExpr {
    let e = this.arithCache.get(text);
    if (!e) {
      e = this.x.host.parseArith(text);
      this.arithCache.set(text, e);
    }
    return e;
  }

  /** Evaluates a string as arithmetic (declare -i, let with computed text). */
  evalArithText(text: string): string {
    if (text.trim() === '') return '0';
    return evalArith(this.parseArith(text), this.arithEnv(new Map())).toString();
  }

  // ---- running ----

  /** Runs a whole plan (script, eval text, sourced file) with its own source text. */
  async runPlan(plan: PlanScript, fds: FdTable): Promise<number> {
    const saved = this.source;
    this.source = plan.source;
    try {
      return await this.run(plan.body, fds);
    } finally {
      this.source = saved;
    }
  }

  /** Runs a node as a subshell body: exit ends only this shell and gives its status. */
  async runNode(node: PlanNode, fds: FdTable, isolated: boolean): Promise<number> {
    try {
      return await this.run(node, fds);
    } catch (e) {
      if (isolated && e instanceof ExitSignal) return e.fatal ? 1 : e.code;
      if (isolated && e instanceof DiscardSignal) return e.status;
      if (isolated && e instanceof ReturnSignal) return e.code;
      if (isolated && e instanceof LoopSignal) return 0;
      throw e;
    } finally {
      if (isolated) await this.runExitTrap(fds);
    }
  }

  /** Runs the EXIT trap once, if set. */
  async runExitTrap(fds: FdTable): Promise<void> {
    const trap = this.state.traps.get('EXIT');
    if (trap === undefined) return;
    this.state.traps.delete('EXIT');
    const saved = this.state.lastStatus;
    const { plan, error } = this.x.host.compile(trap);
    try {
      if (error) await this.syntaxError(`trap: line ${error.line}: `, error);
      else await this.runPlan(plan, fds);
    } catch (e) {
      if (!(e instanceof ExitSignal)) throw e;
    }
    this.state.lastStatus = saved;
  }

  /**
   * Runs a script's top-level statements. An arithmetic error discards the rest
   * of the statements on its line (bash reads and runs a script line by line).
   */
  async runTopLevel(plan: PlanScript, fds: FdTable): Promise<number> {
    const saved = this.source;
    this.source = plan.source;
    try {
      let status = 0;
      let skipUntilLine = 0;
      for (const item of plan.body.items) {
        if (item.span.line <= skipUntilLine) continue;
        try {
          status = await this.run(item, fds);
        } catch (e) {
          if (!(e instanceof DiscardSignal)) throw e;
          status = e.status;
          this.state.lastStatus = status;
          skipUntilLine = lineOf(plan.source, item.span.end);
        }
      }
      return status;
    } finally {
      this.source = saved;
    }
  }

  /** Runs one node and records its status in $?. */
  async run(node: PlanNode, fds: FdTable): Promise<number> {
    if (this.signal.aborted) throw this.signal.reason;
    const prevFds = this.fds;
    this.fds = fds;
    try {
      const status = await this.dispatch(node, fds);
      this.state.lastStatus = status;
      return status;
    } finally {
      this.fds = prevFds;
    }
  }

  /** set -e: exits when a command that may trigger it failed outside a condition. */
  checkErrexit(status: number): void {
    if (status !== 0 && this.state.options.errexit && this.noErrexit === 0) throw new ExitSignal(status);
  }

  private async dispatch(node: PlanNode, fds: FdTable): Promise<number> {
    switch (node.kind) {
      case 'Simple': {
        const s = await runSimple(this, node, fds);
        this.state.lastStatus = s;
        this.state.setArray('PIPESTATUS', [String(s)]);
        this.checkErrexit(s);
        return s;
      }
      case 'Pipeline': {
        const s = await runPipeline(this, node, fds);
        if (!node.negated) this.checkErrexit(s);
        return s;
      }
      case 'Seq': {
        let status = 0;
        for (const item of node.items) status = await this.run(item, fds);
        return status;
      }
      case 'AndOr':
        return runAndOr(this, node, fds);
      case 'Background':
        return runBackground(this, node.node, fds);
      case 'Redirected':
        return this.runRedirected(node.node, node.redirs, fds);
      case 'If': {
        for (const arm of node.arms) {
          if ((await this.condition(arm.cond, fds)) === 0) return this.run(arm.body, fds);
        }
        return node.elseBody ? this.run(node.elseBody, fds) : 0;
      }
      case 'Loop':
        return runLoop(this, node.until, node.cond, node.body, fds);
      case 'ForIn':
        return runForIn(this, node, fds);
      case 'ForC':
        return runForC(this, node, fds);
      case 'Case':
        return runCase(this, node, fds);
      case 'Group':
        return this.run(node.body, fds);
      case 'Subshell': {
        const sub = this.subshell(fds);
        const s = await sub.runNode(node.body, fds, true);
        this.state.setArray('PIPESTATUS', [String(s)]);
        this.checkErrexit(s);
        return s;
      }
      case 'FuncDef':
        if (/^\d/.test(node.name) || /[$`"'\s]/.test(node.name)) {
          await this.error(`\`${node.name}': not a valid identifier`);
          return 1;
        }
        this.state.functions.set(node.name, node);
        functionSources.set(node, this.source);
        return 0;
      case 'Arith': {
        let s: number;
        try {
          this.lineno = node.span.line;
          s = (await this.arith(node.expr)) !== 0n ? 0 : 1;
        } catch (e) {
          s = await this.fail(e, true);
        }
        this.checkErrexit(s);
        return s;
      }
      case 'Cond': {
        let s: number;
        try {
          this.lineno = node.span.line;
          s = (await evalCond(this, node.expr)) ? 0 : 1;
        } catch (e) {
          s = await this.fail(e);
          if (s === 1) s = 2;
        }
        this.checkErrexit(s);
        return s;
      }
      case 'Decl': {
        this.lineno = node.span.line;
        try {
          return await runDecl(this, node.variant, node.args, fds);
        } catch (e) {
          return this.fail(e);
        }
      }
      case 'Let': {
        let last = 0n;
        try {
          for (const e of node.exprs) last = await this.arith(e);
        } catch (e) {
          return this.fail(e, true);
        }
        return last !== 0n ? 0 : 1;
      }
      case 'Time': {
        const t0 = process.hrtime.bigint();
        const cpu0 = process.cpuUsage();
        const s = node.node ? await this.run(node.node, fds) : 0;
        const real = Number(process.hrtime.bigint() - t0) / 1e9;
        const cpu = process.cpuUsage(cpu0);
        await this.errText(formatTime(real, cpu.user / 1e6, cpu.system / 1e6, node.posix));
        return s;
      }
    }
  }

  /** Runs a condition: set -e is off inside it. */
  async condition(node: PlanNode, fds: FdTable): Promise<number> {
    this.noErrexit++;
    try {
      return await this.run(node, fds);
    } finally {
      this.noErrexit--;
    }
  }

  async runRedirected(node: PlanNode, redirs: Parameters<typeof applyRedirects>[0], fds: FdTable): Promise<number> {
    let r: Awaited<ReturnType<typeof applyRedirects>>;
    try {
      r = await applyRedirects(redirs, this.redirectHost(fds));
    } catch (e) {
      return this.fail(e);
    }
    try {
      return await this.run(node, r.fds);
    } finally {
      await r.cleanup();
    }
  }

  /** What redirection needs, bound to this shell. */
  redirectHost(fds: FdTable) {
    return {
      cwd: this.state.cwd,
      noclobber: this.state.options.noclobber,
      fds,
      procFds: this.x.procFds as ReadonlyMap<number, Fd>,
      fs: this.fs,
      expandString: (w: Word) => this.expander.string(w),
      expandHeredoc: (w: Word) => this.expander.heredoc(w),
    };
  }

  /** Calls a shell function with arguments. */
  async callFunction(fn: FuncDefNode, args: string[], fds: FdTable): Promise<number> {
    if (this.callDepth >= MAX_CALL_DEPTH) {
      throw new ShellError(`${fn.name}: maximum function nesting level exceeded (${MAX_CALL_DEPTH})`);
    }
    const st = this.state;
    const savedPos = st.positional;
    const savedSource = this.source;
    st.positional = args;
    st.pushFrame();
    this.callDepth++;
    this.funcNames.push(fn.name);
    const savedFuncName = st.get('FUNCNAME');
    st.vars.set('FUNCNAME', { ...newArrayVar(), value: this.funcNames.slice().reverse() });
    this.source = functionSources.get(fn) ?? this.source;
    try {
      return await this.run(fn.body, fds);
    } catch (e) {
      if (e instanceof ReturnSignal) return e.code;
      throw e;
    } finally {
      this.source = savedSource;
      this.funcNames.pop();
      if (savedFuncName) st.vars.set('FUNCNAME', savedFuncName);
      else st.vars.delete('FUNCNAME');
      this.callDepth--;
      st.popFrame();
      st.positional = savedPos;
    }
  }

  /** Runs the cleanups of process substitutions the last command started. */
  async finishProcSubsts(): Promise<void> {
    if (this.procCleanups.length === 0) return;
    const list = this.procCleanups.splice(0);
    for (const c of list) await c();
  }

  /** Waits for background jobs (all, or the given pids); returns the last status. */
  async waitJobs(pids?: number[]): Promise<number> {
    const jobs = pids ? pids.map((p) => this.x.jobs.get(p)) : [...this.x.jobs.values()];
    let status = 0;
    for (const job of jobs) {
      if (!job) {
        status = 127;
        continue;
      }
      status = await job.done;
      this.x.jobs.delete(job.pid);
    }
    return status;
  }

  /** Writes bytes to a sink, for builtins. */
  async write(sink: ByteSink | undefined, text: string): Promise<void> {
    if (sink) await sink.write(encodeText(text));
  }
}

/** Where each function's spans point: the text it was defined in. */
const functionSources = new WeakMap<FuncDefNode, string>();

/** The 1-based line of a string offset. */
function lineOf(source: string, offset: number): number {
  let line = 1;
  for (let i = source.indexOf('\n'); i >= 0 && i < offset; i = source.indexOf('\n', i + 1)) line++;
  return line;
}

function stmtsSpan(stmts: readonly Stmt[]): Span {
  if (stmts.length === 0) return { offset: 0, end: 0, line: 1, col: 1 };
  return { ...stmts[0].span, end: stmts[stmts.length - 1].span.end };
}

function optionLetters(sh: Shell): string {
  const o = sh.state.options;
  let s = '';
  if (o.allexport) s += 'a';
  if (o.errexit) s += 'e';
  if (o.noglob) s += 'f';
  s += 'h';
  if (o.noclobber) s += 'C';
  if (o.nounset) s += 'u';
  if (o.xtrace) s += 'x';
  return `${s}B`;
}

function formatTime(real: number, user: number, sys: number, posix: boolean): string {
  if (posix) return `real ${real.toFixed(2)}\nuser ${user.toFixed(2)}\nsys ${sys.toFixed(2)}\n`;
  const f = (t: number) => `${Math.floor(t / 60)}m${(t % 60).toFixed(3)}s`;
  return `\nreal\t${f(real)}\nuser\t${f(user)}\nsys\t${f(sys)}\n`;
}
