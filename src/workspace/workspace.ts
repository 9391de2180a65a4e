/**
 * The Workspace: a mount table, a default shell session, and the one call
 * that runs bash over them. `execute` never throws for anything a script does:
 * errors come back as exit codes and stderr text, like a shell.
 */

import { COMMANDS } from '../commands/registry.js';
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
import { WorkspaceFs } from './fs-facade.js';
import { createHost } from './host.js';
import { MountTable } from './mount-table.js';

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

/** Mounted resources plus a shell session over them. */
export class Workspace {
  /** File operations on the mounted tree, for code (not scripts). */
  readonly fs: WorkspaceFs;
  private readonly table: MountTable;
  private readonly host: ShellHost;
  private readonly session: ShellState;

  constructor(mounts: Readonly<Record<string, Resource>>, options: WorkspaceOptions = {}) {
    this.table = new MountTable(mounts);
    this.fs = new WorkspaceFs(this.table);
    const disabled = new Set(options.disabledRules ?? []);
    for (const name of disabled) {
      if (!RULE_NAMES.includes(name)) throw new Error(`unknown rule '${name}'; rules are: ${RULE_NAMES.join(', ')}`);
    }
    if (options.commandSafeguards) validateSafeguards(options.commandSafeguards);
    this.host = createHost(this.table, COMMANDS, disabled, options.commandSafeguards);
    this.session = newSession(options.cwd ?? '/', options.env ?? {});
  }

  /** Runs a bash command line (or script) and collects its output. */
  async execute(command: string, options: ExecuteOptions = {}): Promise<ExecuteResult> {
    const stdout = new CollectSink();
    const stderr = new CollectSink();
    const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const timeout = new AbortController();
    const timer = setTimeout(() => timeout.abort(new DOMException('timed out', 'TimeoutError')), timeoutMs);
    const signal = options.signal ? AbortSignal.any([options.signal, timeout.signal]) : timeout.signal;
    const st = this.session;
    const restore = applyCallOptions(st, options);
    let exitCode: number;
    try {
      exitCode = await runScript(
        this.host,
        st,
        command,
        options.stdin === undefined ? EMPTY_SOURCE : sourceOf(options.stdin),
        {
          signal,
          stdout,
          stderr,
        },
      );
    } catch (e) {
      if (!isAbortError(e) && !signal.aborted) {
        // A bug must not take the caller down: report it like a crashed command.
        exitCode = 1;
        await stderr.write(encodeText(`mirage: internal error: ${e instanceof Error ? e.message : String(e)}\n`));
        st.lastStatus = exitCode;
        return new Result(exitCode, stdout.bytes(), stderr.bytes());
      }
      if (timeout.signal.aborted) {
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
    return new Result(exitCode, stdout.bytes(), stderr.bytes());
  }

  /** The optimised plan of a command line, one operator per line. Runs nothing. */
  async explain(command: string): Promise<string> {
    const { script, error } = parsePrefix(command);
    const plan = lowerScript(script, command);
    const text = explainPlan(plan, this.ruleEnv(), this.host.disabledRules);
    return error ? `${text}SyntaxError line ${error.line}:${error.col}: ${error.reason}\n` : text;
  }

  /** The current working directory of the default session. */
  get cwd(): string {
    return this.session.cwd;
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

  private ruleEnv(): RuleEnv {
    return {
      cwd: this.session.cwd,
      mountOf: (path) => {
        const r = this.table.resolve(normalizePath(path));
        return r
          ? { mountPath: r.mount.path, kind: r.mount.resource.kind, capabilities: r.mount.resource.capabilities }
          : null;
      },
      isBuiltinCommand: (name) => COMMANDS.has(name) && !BUILTINS.has(name) && !this.session.functions.has(name),
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
