/**
 * The contract between the executor and a command: one small object with one
 * method. A command reads stdin, writes stdout/stderr and returns its exit status;
 * it never touches shell state (cwd, variables) — those are builtins of the executor.
 */
import type { ByteSink, ByteSource } from './io.js';
import type { VirtualFs } from './vfs.js';

/** The three standard streams of a command. */
export interface CommandIO {
  readonly stdin: ByteSource;
  readonly stdout: ByteSink;
  readonly stderr: ByteSink;
}

/** What a name means to the shell, for `type`, `which` and `command -v`. */
export type NameKind = 'keyword' | 'function' | 'builtin' | 'command';

/** Everything a running command may use. */
export interface CommandContext extends CommandIO {
  /** The name the command was invoked by (argv[0]). */
  readonly name: string;
  /** Arguments after the name, fully expanded. */
  readonly args: readonly string[];
  /** The caller's working directory (a virtual path). */
  readonly cwd: string;
  /** The exported environment. */
  readonly env: Readonly<Record<string, string>>;
  /** The mounted tree, including /dev/null, /dev/stdin and /dev/fd/N of this command. */
  readonly fs: VirtualFs;
  /** Aborted when the command must stop (timeout, cancelled execute, closed pipe). */
  readonly signal: AbortSignal;
  /** Resolves a path argument against cwd into an absolute virtual path. */
  resolve(path: string): string;
  /** Runs another command line by argv (xargs, timeout, env, find -exec); returns its status. */
  exec(argv: readonly string[], opts?: ExecOptions): Promise<number>;
  /** What `name` is to the shell, or null when nothing by that name exists. */
  lookup(name: string): NameKind | null;
}

/** Overrides for a nested exec. */
export interface ExecOptions {
  readonly stdin?: ByteSource;
  readonly stdout?: ByteSink;
  readonly stderr?: ByteSink;
  /** Replaces the environment entirely. */
  readonly env?: Readonly<Record<string, string>>;
  readonly signal?: AbortSignal;
}

/** A command: its name, help text and streaming implementation. */
export interface Command {
  readonly name: string;
  /** One line for listings ("concatenate files and print on the standard output"). */
  readonly summary: string;
  /** The full --help text, GNU style, ending in a newline. */
  readonly help: string;
  run(ctx: CommandContext): Promise<number>;
}

/** Exit status of a command stopped by a closed pipe (128 + SIGPIPE), as bash reports it. */
export const EXIT_SIGPIPE = 141;
/** Exit status of a command stopped by `timeout` or a safeguard timeout. */
export const EXIT_TIMEOUT = 124;
/** Exit status for `command not found`. */
export const EXIT_NOT_FOUND = 127;
/** Exit status for a found but not executable command. */
export const EXIT_NOT_EXECUTABLE = 126;
/** Exit status of a command interrupted by cancellation (128 + SIGINT). */
export const EXIT_INTERRUPTED = 130;
