/**
 * What the executor needs from the outside, injected by the workspace: the
 * mounted tree, the command registry, and the parser/planner entry points
 * (the executor may not import the parser directly; see docs/architecture.md).
 */
import type { Command } from '../core/command.js';
import type { ByteSink } from '../core/io.js';
import type { SafeguardConfig } from '../core/safeguards.js';
import type { VirtualFs } from '../core/vfs.js';
import type { ArithmExpr, FuncDecl } from '../parser/ast.js';
import type { PlanScript } from '../planner/plan.js';

/** A syntax error as the executor reports it. */
export interface SyntaxProblem {
  readonly line: number;
  readonly col: number;
  /** The parser's own explanation. */
  readonly reason: string;
  /** bash's wording: `syntax error near unexpected token `fi'`. */
  readonly message: string;
  /** The source line bash quotes after the message, or null (end of file). */
  readonly quoted: string | null;
  /**
   * Set when the error lies inside `$(( ))`: bash reports that at run time and
   * goes on with the next line, which starts at `resumeAt` in the text.
   */
  readonly arithmetic?: { readonly message: string; readonly resumeAt: number };
}

/** A compiled script, or the part of it before a syntax error plus that error. */
export interface CompileResult {
  readonly plan: PlanScript;
  readonly error: SyntaxProblem | null;
}

/** The calling session's command history, for the `history` builtin. */
export interface HistoryView {
  /** Commands of this session, oldest first (the running one last), with start times in ms. */
  list(): readonly { readonly command: string; readonly startedAt: number }[];
  /** `history -c`. */
  clear(): void;
}

/** The services an executor runs on. */
export interface ShellHost {
  readonly fs: VirtualFs;
  readonly commands: ReadonlyMap<string, Command>;
  /** Parses and lowers a script; on a syntax error returns the runnable prefix and the error. */
  compile(text: string): CompileResult;
  /** Parses an arithmetic expression (throws a ShellError with status 1 on bad syntax). */
  parseArith(text: string): ArithmExpr;
  /** Prints a function declaration as `type f` shows it. */
  printFunction(decl: FuncDecl): string;
  /** Pushdown rules switched off by name. */
  readonly disabledRules: ReadonlySet<string>;
  /** The session's history, when the workspace records one. */
  readonly history?: HistoryView;
  /** Output caps and timeouts per mount and command (defaults apply when absent). */
  readonly safeguards?: SafeguardConfig;
}

/** Per-call options of one execution. */
export interface RunOptions {
  readonly signal: AbortSignal;
  readonly stdout: ByteSink;
  readonly stderr: ByteSink;
  /** Name shown as $0 and in error messages. */
  readonly scriptName?: string;
}
