/**
 * The Workspace: a mount table, a default shell session, and the one call
 * that runs bash over them. `execute` never throws for anything a script does:
 * errors come back as exit codes and stderr text, like a shell.
 */

import { COMMANDS } from '../commands/registry.js';
import type { Command } from '../core/command.js';
import { isAbortError } from '../core/errors.js';
import { CollectSink, decodeText, EMPTY_SOURCE, encodeText, sourceOf } from '../core/io.js';
import { DEFAULT_TIMEOUT_MS } from '../core/limits.js';
import { normalizePath } from '../core/path.js';
import type { Resource } from '../core/resource.js';
import { type SafeguardConfig, validateSafeguards } from '../core/safeguards.js';
import { BUILTINS, runScript, type ShellHost, ShellState } from '../executor/index.js';
import { parsePrefix } from '../parser/index.js';
import { explainPlan } from '../planner/explain.js';
import { lowerScript } from '../planner/lower.js';
import type { RuleEnv } from '../planner/operators.js';
import { RULE_NAMES } from '../planner/rules/driver.js';
import { type CommandScope, CustomCommands, type CustomHandler } from './custom-commands.js';
import { WorkspaceFs } from './fs-facade.js';
import { HISTORY_PREVIEW_BYTES, History, type HistoryEntry } from './history.js';
import { createHost } from './host.js';
import { JobManager } from './jobs.js';
import { MountTable } from './mount-table.js';
import { SessionFs } from './session-fs.js';

/** Options of a workspace. */
export interface WorkspaceOptions {
  /** Initial working directory of the default session (default '/'). */
  readonly cwd?: string;
  /** Extra exported environment variables of the default session. */
  readonly env?: Readonly<Record<string, string>>;
  /** Pushdown rules to switch off, by name (see EXPLAIN). */
  readonly disabledRules?: readonly string[];
  /**
   * Output caps and timeouts: `{ '/s3': { cat: { maxLines, maxBytes, timeoutSeconds, onExceed } } }`
   * (mount path or '*', command name or '*'). Without one, cat/grep/rg/head/tail return at most 2,000 lines.
   */
  readonly commandSafeguards?: SafeguardConfig;
  /** History entries kept (default 10,000). */
  readonly historyLimit?: number;
}

/** Options of one execute call. */
export interface ExecuteOptions {
  /** Bytes fed to the script's standard input. */
  readonly stdin?: string | Uint8Array;
  /** Working directory for this call only. */
  readonly cwd?: string;
  /** Environment variables for this call only (exported). */
  readonly env?: Readonly<Record<string, string>>;
  /** Aborting stops the script (exit 130). */
  readonly signal?: AbortSignal;
  /** The session to run in (default: 'default'). */
  readonly sessionId?: string;
  /** Who is calling, recorded in the history. */
  readonly agentId?: string;
  /** Return `{ jobId }` at once and run in the background (see `ws.jobs`). */
  readonly background?: boolean;
  /** Stops the script after this many ms (exit 124). Default 10 minutes. */
  readonly timeoutMs?: number;
}

/** What a script produced. */
export interface ExecuteResult {
  readonly exitCode: number;
  readonly stdout: Uint8Array;
  readonly stderr: Uint8Array;
  /** stdout decoded as UTF-8. */
  readonly stdoutText: string;
  /** stderr decoded as UTF-8. */
  readonly stderrText: string;
}

class Result implements ExecuteResult {
  constructor(
    readonly exitCode: number,
    readonly stdout: Uint8Array,
    readonly stderr: Uint8Array,
  ) {}
  get stdoutText(): string {
    return decodeText(this.stdout);
  }
  get stderrText(): string {
    return decodeText(this.stderr);
  }
}

/** A shell session: its state, its view of the tree, and a queue so its executes run one at a time. */
interface Session {
  readonly id: string;
  readonly state: ShellState;
  readonly host: ShellHost;
  readonly allowedMounts: readonly string[] | null;
  readonly createdAt: number;
  queue: Promise<unknown>;
}

/** What `getSession`/`listSessions` report. */
export interface SessionInfo {
  readonly id: string;
  readonly cwd: string;
  /** Exported variables. */
  readonly env: Readonly<Record<string, string>>;
  readonly allowedMounts: readonly string[] | null;
  readonly createdAt: number;
}

/** Options of a new session. */
export interface SessionOptions {
  readonly cwd?: string;
  readonly env?: Readonly<Record<string, string>>;
  /** Mount paths this session may see; others do not exist for it. */
  readonly allowedMounts?: readonly string[];
}

/** The id of the session that exists from the start. */
export const DEFAULT_SESSION = 'default';

/** Mounted resources plus shell sessions over them. */
export class Workspace {
  /** File operations on the mounted tree, for code (not scripts). */
  readonly fs: WorkspaceFs;
  /** Background jobs started with `execute(cmd, { background: true })`. */
  readonly jobs = new JobManager();
  private readonly table: MountTable;
  private readonly disabled: ReadonlySet<string>;
  private readonly safeguards: SafeguardConfig | undefined;
  private readonly sessions = new Map<string, Session>();
  private readonly historyLog: History;
  private readonly commandTable = new Map<string, Command>(COMMANDS);
  private readonly custom: CustomCommands;
  private nextSession = 1;

  constructor(mounts: Readonly<Record<string, Resource>>, options: WorkspaceOptions = {}) {
    this.table = new MountTable(mounts);
    this.fs = new WorkspaceFs(this.table);
    const disabled = new Set(options.disabledRules ?? []);
    for (const name of disabled) {
      if (!RULE_NAMES.includes(name)) throw new Error(`unknown rule '${name}'; rules are: ${RULE_NAMES.join(', ')}`);
    }
    this.disabled = disabled;
    if (options.commandSafeguards) validateSafeguards(options.commandSafeguards);
    this.safeguards = options.commandSafeguards;
    this.historyLog = new History(options.historyLimit);
    this.custom = new CustomCommands(this.commandTable, COMMANDS, new Set(BUILTINS.keys()));
    this.createSession(DEFAULT_SESSION, { cwd: options.cwd, env: options.env });
  }

  /** Creates a session with its own cwd, environment, functions and options. */
  createSession(id?: string, options: SessionOptions = {}): SessionInfo {
    const sid = id ?? `session-${this.nextSession++}`;
    if (this.sessions.has(sid)) throw new Error(`session '${sid}' already exists`);
    const allowed = options.allowedMounts ? options.allowedMounts.map(normalizePath) : null;
    for (const m of allowed ?? []) {
      if (!this.table.mounts().some((x) => x.path === m)) throw new Error(`allowedMounts: no mount at ${m}`);
    }
    const files = new Map([['/.bash_history', () => this.historyLog.histfile()]]);
    const sfs = new SessionFs(this.table, allowed, files);
    const history = {
      list: () => this.historyLog.view(sid),
      clear: () => this.historyLog.clear(sid),
    };
    const session: Session = {
      id: sid,
      state: newSession(options.cwd ?? '/', options.env ?? {}),
      host: createHost(sfs, this.commandTable, this.disabled, this.safeguards, history),
      allowedMounts: allowed,
      createdAt: Date.now(),
      queue: Promise.resolve(),
    };
    this.sessions.set(sid, session);
    return this.info(session);
  }

  /** A session's state, or undefined when there is none by that id. */
  getSession(id: string): SessionInfo | undefined {
    const s = this.sessions.get(id);
    return s ? this.info(s) : undefined;
  }

  /** Every session. */
  listSessions(): SessionInfo[] {
    return [...this.sessions.values()].map((s) => this.info(s));
  }

  /** Ends a session (the default session cannot be closed); false when it did not exist. */
  closeSession(id: string): boolean {
    if (id === DEFAULT_SESSION) throw new Error('the default session cannot be closed');
    return this.sessions.delete(id);
  }

  private info(s: Session): SessionInfo {
    return {
      id: s.id,
      cwd: s.state.cwd,
      env: { ...s.state.env() },
      allowedMounts: s.allowedMounts,
      createdAt: s.createdAt,
    };
  }

  private session(id: string | undefined): Session {
    const s = this.sessions.get(id ?? DEFAULT_SESSION);
    if (!s) throw new Error(`no such session: ${id}`);
    return s;
  }

  /** Runs a bash command line (or script) and collects its output; with `background`, returns a job id at once. */
  execute(command: string, options: ExecuteOptions & { background: true }): Promise<{ jobId: string }>;
  execute(command: string, options?: ExecuteOptions): Promise<ExecuteResult>;
  async execute(command: string, options: ExecuteOptions = {}): Promise<ExecuteResult | { jobId: string }> {
    const session = this.session(options.sessionId);
    if (options.background) {
      // Like `cmd &` in bash: the job runs on a copy of the session, which it cannot change.
      const copy: Session = { ...session, state: session.state.clone(), queue: Promise.resolve() };
      const jobId = this.jobs.start(session.id, command, (signal) =>
        this.run(copy, command, {
          ...options,
          signal: options.signal ? AbortSignal.any([options.signal, signal]) : signal,
        }),
      );
      return { jobId };
    }
    const run = session.queue.then(() => this.run(session, command, options));
    session.queue = run.catch(() => undefined);
    return run;
  }

  private async run(session: Session, command: string, options: ExecuteOptions): Promise<ExecuteResult> {
    const stdout = new CollectSink();
    const stderr = new CollectSink();
    const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const timeout = new AbortController();
    const timer = setTimeout(() => timeout.abort(new DOMException('timed out', 'TimeoutError')), timeoutMs);
    const signal = options.signal ? AbortSignal.any([options.signal, timeout.signal]) : timeout.signal;
    const st = session.state;
    const stdin =
      options.stdin === undefined
        ? undefined
        : typeof options.stdin === 'string'
          ? encodeText(options.stdin)
          : options.stdin;
    const entry = this.historyLog.start(session.id, options.agentId ?? null, command, stdin?.length ?? 0);
    const restore = applyCallOptions(st, options);
    let exitCode: number;
    try {
      exitCode = await runScript(session.host, st, command, stdin === undefined ? EMPTY_SOURCE : sourceOf(stdin), {
        signal,
        stdout,
        stderr,
      });
    } catch (e) {
      if (!isAbortError(e) && !signal.aborted) {
        // A bug must not take the caller down: report it like a crashed command.
        exitCode = 1;
        await stderr.write(encodeText(`mirage: internal error: ${e instanceof Error ? e.message : String(e)}\n`));
      } else if (timeout.signal.aborted) {
        exitCode = 124;
        await stderr.write(encodeText(`mirage: timed out after ${timeoutMs / 1000}s\n`));
      } else {
        exitCode = 130;
        await stderr.write(encodeText('mirage: interrupted\n'));
      }
      st.lastStatus = exitCode;
    } finally {
      clearTimeout(timer);
      restore();
    }
    const out = stdout.bytes();
    entry.exitCode = exitCode;
    entry.durationMs = Date.now() - entry.startedAt;
    entry.bytesOut = out.length;
    entry.preview = decodeText(out.subarray(0, HISTORY_PREVIEW_BYTES));
    return new Result(exitCode, out, stderr.bytes());
  }

  /** Every recorded command across sessions, oldest first (for observers). */
  history(): readonly HistoryEntry[] {
    return this.historyLog.all();
  }

  /**
   * Registers a custom command everywhere, or an override for one backend kind and
   * file type: `ws.command('cat', { resource: 's3', filetype: 'parquet' }, handler)`.
   */
  command(name: string, handler: CustomHandler): void;
  command(name: string, scope: CommandScope, handler: CustomHandler): void;
  command(name: string, a: CommandScope | CustomHandler, b?: CustomHandler): void {
    if (typeof a === 'function') this.custom.register(name, {}, a);
    else if (b) this.custom.register(name, a, b);
    else throw new Error('ws.command: missing handler');
  }

  /** The optimised plan of a command line, one operator per line. Runs nothing. */
  async explain(command: string, options: { sessionId?: string } = {}): Promise<string> {
    const session = this.session(options.sessionId);
    const { script, error } = parsePrefix(command);
    const plan = lowerScript(script, command);
    const text = explainPlan(plan, this.ruleEnv(session), this.disabled);
    return error ? `${text}SyntaxError line ${error.line}:${error.col}: ${error.reason}\n` : text;
  }

  /** The current working directory of the default session. */
  get cwd(): string {
    return this.session(DEFAULT_SESSION).state.cwd;
  }

  /** Adds a mount at `path`. */
  mount(path: string, resource: Resource): void {
    this.table.mount(path, resource);
  }

  /** Removes the mount at `path` and closes its resource. */
  async unmount(path: string): Promise<void> {
    await this.table.unmount(path)?.close?.();
  }

  /** Closes every resource. */
  async close(): Promise<void> {
    for (const m of this.table.mounts()) await m.resource.close?.();
  }

  private ruleEnv(session: Session): RuleEnv {
    return {
      cwd: session.state.cwd,
      mountOf: (path) => {
        const r = session.host.fs.resolve(normalizePath(path));
        return r
          ? { mountPath: r.mount.path, kind: r.mount.resource.kind, capabilities: r.mount.resource.capabilities }
          : null;
      },
      isBuiltinCommand: (name) => COMMANDS.has(name) && !BUILTINS.has(name) && !session.state.functions.has(name),
    };
  }
}

function newSession(cwd: string, env: Readonly<Record<string, string>>): ShellState {
  const st = new ShellState();
  const base: Record<string, string> = {
    PATH: '/usr/local/bin:/usr/bin:/bin',
    HOME: '/',
    SHELL: '/bin/bash',
    PWD: normalizePath(cwd),
    ...env,
  };
  for (const [k, v] of Object.entries(base)) {
    st.setScalar(k, v);
    st.export(k);
  }
  st.cwd = normalizePath(cwd);
  return st;
}

/** Applies per-call cwd/env; returns what undoes them (unless the script itself changed them). */
function applyCallOptions(st: ShellState, options: ExecuteOptions): () => void {
  const undo: (() => void)[] = [];
  if (options.cwd !== undefined) {
    const cwd = normalizePath(options.cwd.startsWith('/') ? options.cwd : `${st.cwd}/${options.cwd}`);
    const prevCwd = st.cwd;
    const prevPwd = st.getScalar('PWD');
    st.cwd = cwd;
    st.setScalar('PWD', cwd);
    undo.push(() => {
      if (st.cwd === cwd) {
        st.cwd = prevCwd;
        if (prevPwd !== undefined) st.setScalar('PWD', prevPwd);
      }
    });
  }
  for (const [k, v] of Object.entries(options.env ?? {})) {
    const prev = st.get(k);
    const saved = prev ? { ...prev } : undefined;
    st.vars.delete(k);
    st.setScalar(k, v);
    st.export(k);
    undo.push(() => {
      if (st.getScalar(k) !== v) return;
      if (saved) st.vars.set(k, saved);
      else st.vars.delete(k);
      st.touchEnv();
    });
  }
  return () => {
    for (const u of undo.reverse()) u();
  };
}
