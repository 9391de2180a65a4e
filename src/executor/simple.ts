/**
 * Simple commands: expansion, assignments, redirections, then lookup in bash's
 * order (function, builtin, registered command, /usr/bin/NAME path) and the
 * call with a CommandContext. Also the nested exec that xargs/timeout/env use.
 */
import type { Command, CommandContext, ExecOptions, NameKind } from '../core/command.js';
import { BrokenPipeError, FsError, isAbortError } from '../core/errors.js';
import { type ByteSink, EMPTY_SOURCE, encodeText } from '../core/io.js';
import { baseName, resolvePath } from '../core/path.js';
import type { Assign } from '../parser/ast.js';
import type { BoundStage, RuleEnv } from '../planner/operators.js';
import type { SimpleNode } from '../planner/plan.js';
import { optimizeStages } from '../planner/rules/driver.js';
import { BUILTIN_COMMANDS, BUILTINS, KEYWORDS } from './builtins/index.js';
import { DevFs } from './dev-fs.js';
import { shellQuote } from './expand/quote.js';
import { type Fd, type FdTable, SharedSource } from './fds.js';
import type { Shell } from './interp.js';
import { LinePrefixSink } from './prefix-sink.js';
import { applyRedirects } from './redirect.js';
import { guardOutput } from './safeguard.js';
import { ShellError } from './signals.js';

const CLOSED_SINK: ByteSink = {
  write: () => Promise.reject(new FsError('EBADF', '/dev/fd')),
};
const EMPTY_STDIN = new SharedSource(EMPTY_SOURCE);

/** Runs a simple command node. */
export async function runSimple(sh: Shell, node: SimpleNode, fds: FdTable): Promise<number> {
  sh.lineno = node.span.line;
  try {
    const argv = node.literalArgv ? (node.literalArgv as string[]) : await sh.expander.words(node.words);
    return await runArgv(sh, node, argv, fds);
  } catch (e) {
    return sh.fail(e);
  } finally {
    await sh.finishProcSubsts();
  }
}

/** Runs a simple command whose words are already expanded (pipelines bind them up front). */
export async function runArgv(sh: Shell, node: SimpleNode, argv: string[], fds: FdTable): Promise<number> {
  if (argv.length === 0) return assignOnly(sh, node, fds);
  if (argv.length === 1 && argv[0] === 'exec' && node.redirs.length > 0) return execRedirectOnly(sh, node, fds);
  if (sh.state.options.expand_aliases && sh.state.aliases.has(argv[0]) && isPlainWord(node, argv[0])) {
    return runAlias(sh, node, argv, fds);
  }
  const assigns = node.assigns.length > 0 ? await evalAssigns(sh, node.assigns) : [];
  if (sh.state.options.xtrace) await trace(sh, assigns, argv);
  if (node.redirs.length === 0) return runGuarded(sh, argv, fds, assigns);
  const r = await applyRedirects(node.redirs, sh.redirectHost(fds));
  try {
    return await runGuarded(sh, argv, r.fds, assigns);
  } finally {
    await r.cleanup();
  }
}

/** Runs a command under the safeguard that applies when its output goes to the caller. */
async function runGuarded(sh: Shell, argv: string[], fds: FdTable, assigns: Evaluated[]): Promise<number> {
  const guard = guardOutput(sh, argv, fds);
  if (!guard) return runBound(sh, argv, fds, assigns);
  const saved = sh.signal;
  sh.signal = guard.signal;
  let status: number;
  try {
    status = await runBound(sh, argv, guard.fds, assigns);
  } catch (e) {
    if (!(isAbortError(e) && guard.signal.aborted && !saved.aborted)) throw e;
    status = 124;
  } finally {
    sh.signal = saved;
  }
  return guard.finish(status);
}

/** Applies pushdown rules to a lone command, then runs it. */
async function runBound(sh: Shell, argv: string[], fds: FdTable, assigns: Evaluated[]): Promise<number> {
  if (argv[0] === 'head' && assigns.length === 0) {
    const { stages } = optimizeStages(
      [{ op: 'exec', argv, node: null as never }],
      ruleEnv(sh),
      sh.x.host.disabledRules,
    );
    if (stages[0].op === 'read') return runStage(sh, stages[0], fds);
  }
  return invoke(sh, argv, fds, assigns);
}

/** Runs one bound stage (an exec or a pushed-down read). */
export async function runStage(sh: Shell, stage: BoundStage, fds: FdTable): Promise<number> {
  if (stage.op === 'exec') return invoke(sh, stage.argv as string[], fds, []);
  const sink = fds.get(1)?.sink ?? CLOSED_SINK;
  const iter = sh.fs.read(stage.path, { start: stage.start, end: stage.end ?? undefined, signal: sh.signal });
  const it = iter[Symbol.asyncIterator]();
  let first: IteratorResult<Uint8Array>;
  try {
    first = await it.next();
  } catch (e) {
    if (e instanceof FsError) return invoke(sh, stage.fallback.argv as string[], fds, []);
    throw e;
  }
  try {
    if (!first.done) await sink.write(first.value);
    for (;;) {
      const r = await it.next();
      if (r.done) break;
      await sink.write(r.value);
    }
  } catch (e) {
    if (e instanceof BrokenPipeError) return 141;
    throw e;
  } finally {
    await it.return?.();
  }
  return 0;
}

/** The rule environment of a shell: its cwd, mounts and what names mean. */
export function ruleEnv(sh: Shell): RuleEnv {
  return {
    cwd: sh.state.cwd,
    mountOf: (path) => {
      const r = sh.fs.resolve(path);
      return r
        ? { mountPath: r.mount.path, kind: r.mount.resource.kind, capabilities: r.mount.resource.capabilities }
        : null;
    },
    isBuiltinCommand: (name) => !sh.state.functions.has(name) && !BUILTINS.has(name) && sh.x.host.commands.has(name),
  };
}

/** An assignment after expansion. */
interface Evaluated {
  readonly name: string;
  readonly value: string | string[] | [string, string][] | null;
  readonly append: boolean;
  readonly key: string | null;
}

/** Expands the values of assignments (`a=1`, `a+=x`, `a[k]=v`, `a=(x y)`). */
export async function evalAssigns(sh: Shell, assigns: readonly Assign[]): Promise<Evaluated[]> {
  const out: Evaluated[] = [];
  for (const a of assigns) {
    if (!a.name) continue;
    let key: string | null = null;
    if (a.index) {
      const isAssoc = sh.state.get(a.name)?.value instanceof Map;
      key = isAssoc
        ? a.index.kind === 'Word'
          ? await sh.expander.string(a.index)
          : sh.text(a.index.span)
        : String(await sh.arith(a.index));
    }
    if (a.array) {
      const isAssoc = sh.state.get(a.name)?.value instanceof Map;
      if (isAssoc || a.array.some((e) => e.index)) {
        const pairs: [string, string][] = [];
        let next = 0;
        for (const el of a.array) {
          const v = el.value ? await sh.expander.string(el.value) : '';
          if (el.index) {
            const k = isAssoc
              ? el.index.kind === 'Word'
                ? await sh.expander.string(el.index)
                : sh.text(el.index.span)
              : String(await sh.arith(el.index));
            pairs.push([k, v]);
            if (!isAssoc) next = Number(k) + 1;
          } else if (el.value) {
            for (const w of isAssoc ? [v] : await sh.expander.words([el.value])) pairs.push([String(next++), w]);
          }
        }
        out.push({ name: a.name, value: pairs, append: a.append, key: null });
      } else {
        const values = await sh.expander.words(a.array.flatMap((e) => (e.value ? [e.value] : [])));
        out.push({ name: a.name, value: values, append: a.append, key: null });
      }
      continue;
    }
    const value = a.value ? await sh.expander.assignValue(a.value) : a.naked ? null : '';
    out.push({ name: a.name, value, append: a.append, key });
  }
  return out;
}

/** Stores evaluated assignments in the shell state. */
export function applyAssigns(sh: Shell, list: readonly Evaluated[]): void {
  const st = sh.state;
  for (const a of list) {
    if (a.value === null) continue;
    const v = st.get(a.name);
    if (v?.readonly) throw new ShellError(`${a.name}: readonly variable`);
    if (Array.isArray(a.value) && (a.value.length === 0 || Array.isArray(a.value[0]))) {
      const pairs = a.value as [string, string][];
      if (v?.value instanceof Map) {
        const m = a.append ? v.value : new Map<string, string>();
        for (const [k, val] of pairs) m.set(k, val);
        st.setArray(a.name, m);
      } else {
        const arr: (string | undefined)[] = a.append && v && Array.isArray(v.value) ? v.value.slice() : [];
        const base = a.append ? arr.length : 0;
        for (const [k, val] of pairs) arr[Number(k) + base] = val;
        st.setArray(a.name, arr);
      }
      continue;
    }
    if (Array.isArray(a.value)) {
      const vals = a.value as string[];
      if (a.append && v) {
        const arr = Array.isArray(v.value) ? v.value.slice() : typeof v.value === 'string' ? [v.value] : [];
        st.setArray(a.name, [...arr, ...vals]);
      } else st.setArray(a.name, vals.slice());
      continue;
    }
    if (a.key !== null) {
      st.setElement(a.name, a.key, a.value, a.append);
      continue;
    }
    st.setScalar(a.name, a.value, a.append, (s) => sh.evalArithText(s));
  }
}

async function assignOnly(sh: Shell, node: SimpleNode, fds: FdTable): Promise<number> {
  // The status is that of the last command substitution, or 0 when none ran.
  const substsBefore = sh.substCount;
  const list = await evalAssigns(sh, node.assigns);
  const substStatus = sh.substCount === substsBefore ? 0 : sh.state.lastStatus;
  if (sh.state.options.xtrace && list.length > 0) await trace(sh, list, []);
  applyAssigns(sh, list);
  if (node.redirs.length > 0) {
    const r = await applyRedirects(node.redirs, sh.redirectHost(fds));
    await r.cleanup();
  }
  return substStatus;
}

/** True when the command's first word was written as a plain unquoted literal (aliases apply only then). */
function isPlainWord(node: SimpleNode, name: string): boolean {
  const w = node.words[0];
  return w !== undefined && w.parts.length === 1 && w.parts[0].kind === 'Lit' && w.parts[0].value === name;
}

/** Replaces the first word by the alias text and runs the result; an alias is not expanded inside itself. */
async function runAlias(sh: Shell, node: SimpleNode, argv: string[], fds: FdTable): Promise<number> {
  const name = argv[0];
  const value = sh.state.aliases.get(name) as string;
  const text = `${value} ${argv.slice(1).map(shellQuote).join(' ')}`;
  const { plan, error } = sh.x.host.compile(text);
  if (error) throw new ShellError(`${name}: alias: ${error.message}`);
  sh.state.aliases.delete(name);
  try {
    if (node.redirs.length === 0) return await sh.runPlan(plan, fds);
    const r = await applyRedirects(node.redirs, sh.redirectHost(fds));
    try {
      return await sh.runPlan(plan, r.fds);
    } finally {
      await r.cleanup();
    }
  } finally {
    sh.state.aliases.set(name, value);
  }
}

/** `exec >f 3<g`: the redirections stay in force for the rest of the enclosing list. */
async function execRedirectOnly(sh: Shell, node: SimpleNode, fds: FdTable): Promise<number> {
  const r = await applyRedirects(node.redirs, sh.redirectHost(fds));
  const table = fds as Map<number, Fd>;
  table.clear();
  for (const [k, v] of r.fds) table.set(k, v);
  sh.x.finalizers.push(r.cleanup);
  return 0;
}

async function trace(sh: Shell, assigns: readonly Evaluated[], argv: readonly string[]): Promise<void> {
  const ps4 = sh.state.getScalar('PS4') ?? '+ ';
  const lines: string[] = [];
  for (const a of assigns) {
    if (typeof a.value === 'string') lines.push(`${ps4}${a.name}${a.append ? '+=' : '='}${shellQuote(a.value)}`);
  }
  if (argv.length > 0) lines.push(`${ps4}${argv.map(shellQuote).join(' ')}`);
  await sh.errText(`${lines.join('\n')}\n`);
}

/** Finds a registered command by name, or by a /usr/bin/NAME or /bin/NAME path. */
export function findCommand(sh: Shell, name: string): Command | undefined {
  const cmds = sh.x.host.commands;
  const c = cmds.get(name);
  if (c) return c;
  if (name.includes('/')) {
    const abs = resolvePath(sh.state.cwd, name);
    const dir = abs.slice(0, abs.lastIndexOf('/'));
    if (dir === '/usr/bin' || dir === '/bin' || dir === '/usr/local/bin') return cmds.get(baseName(abs));
  }
  return undefined;
}

/** What a name is to this shell (`type`); `external` answers as PATH lookup does (`which`). */
export function lookupName(sh: Shell, name: string, external = false): NameKind | null {
  if (external) return findCommand(sh, name) || name === 'bash' || name === 'sh' ? 'command' : null;
  if (KEYWORDS.has(name)) return 'keyword';
  if (sh.state.functions.has(name)) return 'function';
  if (BUILTINS.has(name)) return 'builtin';
  const cmd = findCommand(sh, name);
  if (cmd) return BUILTIN_COMMANDS.has(name) ? 'builtin' : 'command';
  return null;
}

/** Runs argv: function, builtin, registered command, or `command not found`. */
export async function invoke(sh: Shell, argv: string[], fds: FdTable, assigns: readonly Evaluated[]): Promise<number> {
  const name = argv[0];
  const fn = sh.state.functions.get(name);
  if (fn) return withTempAssigns(sh, assigns, () => sh.callFunction(fn, argv.slice(1), fds));
  const builtin = BUILTINS.get(name);
  if (builtin) return withTempAssigns(sh, assigns, () => builtin(sh, argv, fds));
  const cmd = findCommand(sh, name);
  if (cmd) {
    let env = sh.state.env();
    if (assigns.length > 0) {
      env = { ...env };
      for (const a of assigns) if (typeof a.value === 'string') env[a.name] = a.value;
    }
    if (BUILTIN_COMMANDS.has(name)) return runCommand(sh, cmd, argv, asBuiltin(fds, name), env);
    return runCommand(sh, cmd, argv, fds, env);
  }
  if (name.includes('/')) {
    const script = BUILTINS.get('bash');
    const abs = resolvePath(sh.state.cwd, name);
    const exists = await sh.fs.stat(abs).catch(() => null);
    if (exists?.type === 'directory') throw new ShellError(`${name}: Is a directory`, 126);
    if (exists && script) return withTempAssigns(sh, assigns, () => script(sh, ['bash', name, ...argv.slice(1)], fds));
    throw new ShellError(`${name}: No such file or directory`, 127);
  }
  throw new ShellError(`${name}: command not found`, 127);
}

/** The descriptors a builtin-like command runs with: its stderr lines get the shell's `mirage: ` prefix. */
export function asBuiltin(fds: FdTable, name: string): FdTable {
  const err = fds.get(2)?.sink;
  if (!err) return fds;
  const t = new Map(fds);
  t.set(2, { sink: new LinePrefixSink(err, 'mirage: ', name) });
  return t;
}

/** `VAR=x builtin`: the assignment holds only for the call. */
async function withTempAssigns(sh: Shell, assigns: readonly Evaluated[], fn: () => Promise<number>): Promise<number> {
  if (assigns.length === 0) return fn();
  const st = sh.state;
  const saved = assigns.map((a) => [a.name, st.get(a.name)] as const);
  for (const a of assigns) {
    st.vars.delete(a.name);
    applyAssigns(sh, [a]);
    st.export(a.name);
  }
  try {
    return await fn();
  } finally {
    for (const [name, v] of saved) {
      if (v) st.vars.set(name, v);
      else st.vars.delete(name);
    }
    st.touchEnv();
  }
}

/** Calls a registered command with a context built from the descriptor table. */
export async function runCommand(
  sh: Shell,
  cmd: Command,
  argv: readonly string[],
  fds: FdTable,
  env: Readonly<Record<string, string>>,
  signal: AbortSignal = sh.signal,
): Promise<number> {
  const cwd = sh.state.cwd;
  const stderr = fds.get(2)?.sink ?? CLOSED_SINK;
  const ctx: CommandContext = {
    name: argv[0].includes('/') ? baseName(argv[0]) : argv[0],
    args: argv.slice(1),
    cwd,
    env,
    fs: new DevFs(sh.fs, fds, sh.x.procFds),
    signal,
    stdin: fds.get(0)?.source ?? EMPTY_STDIN,
    stdout: fds.get(1)?.sink ?? CLOSED_SINK,
    stderr,
    resolve: (p) => resolvePath(cwd, p),
    exec: (nested, opts) => execNested(sh, nested, fds, env, opts ?? {}),
    lookup: (n) => lookupName(sh, n, true),
  };
  try {
    return await cmd.run(ctx);
  } catch (e) {
    if (e instanceof BrokenPipeError) return 141;
    if (isAbortError(e)) {
      if (sh.signal.aborted) throw e;
      return 143;
    }
    if (e instanceof FsError) {
      await stderr.write(encodeText(`${ctx.name}: ${e.path}: ${e.reason}\n`)).catch(() => undefined);
      return 1;
    }
    const msg = e instanceof Error ? e.message : String(e);
    await stderr.write(encodeText(`${ctx.name}: ${msg}\n`)).catch(() => undefined);
    return 1;
  }
}

/** Runs a command on behalf of another (xargs, env, timeout): registered commands and scripts only. */
async function execNested(
  sh: Shell,
  argv: readonly string[],
  fds: FdTable,
  env: Readonly<Record<string, string>>,
  opts: ExecOptions,
): Promise<number> {
  if (argv.length === 0) return 0;
  const table = new Map(fds);
  if (opts.stdin) table.set(0, { source: new SharedSource(opts.stdin) });
  if (opts.stdout) table.set(1, { sink: opts.stdout });
  if (opts.stderr) table.set(2, { sink: opts.stderr });
  const signal = opts.signal ?? sh.signal;
  const cmd = findCommand(sh, argv[0]);
  if (cmd) return runCommand(sh, cmd, argv, table, opts.env ?? env, signal);
  const script = BUILTINS.get(argv[0]);
  if (script && (argv[0] === 'bash' || argv[0] === 'sh')) {
    const sub = sh.subshell(table, signal);
    if (opts.env) {
      for (const [k, v] of sub.state.vars) if (v.exported && !(k in opts.env)) sub.state.vars.delete(k);
      for (const [k, v] of Object.entries(opts.env)) {
        sub.state.setScalar(k, v);
        sub.state.export(k);
      }
    }
    return script(sub, argv as string[], table);
  }
  return 127;
}
