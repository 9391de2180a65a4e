/**
 * Control flow that unwinds the interpreter: exit, return, break, continue, and
 * fatal shell errors. They are thrown and caught at the construct they target.
 */

/** `exit N`, or a fatal error in a non-interactive shell (set -e, set -u, ${x:?}). */
export class ExitSignal {
  constructor(
    readonly code: number,
    /** From a fatal expansion error: a subshell reports 1, the top level `code` (bash -c gives 127). */
    readonly fatal = false,
  ) {}
}

/** `return N` from a function or sourced file. */
export class ReturnSignal {
  constructor(readonly code: number) {}
}

/** `break N` / `continue N`: `levels` loops to unwind. */
export class LoopSignal {
  constructor(
    readonly type: 'break' | 'continue',
    public levels: number,
  ) {}
}

/**
 * An error bash reports and then abandons the current command with status 1
 * (bad substitution, arithmetic error, readonly variable). `fatal` errors end
 * the whole script in a non-interactive shell, as bash does for expansion errors.
 */
export class ShellError extends Error {
  constructor(
    message: string,
    readonly status = 1,
    readonly fatal = false,
    /** Abandons the rest of the current top-level command line, as bash does for arithmetic errors. */
    readonly discard = false,
  ) {
    super(message);
    this.name = 'ShellError';
  }
}

/** Status a non-interactive bash exits with after a fatal expansion error (set -u, ${x:?}). */
export const EXIT_FATAL_EXPANSION = 127;

/** Unwinds to the top level, which skips the rest of the current line and goes on with status `status`. */
export class DiscardSignal {
  constructor(readonly status: number) {}
}

/** An arithmetic error: reported, then the rest of the command line is abandoned (status 1). */
export function arithError(message: string): ShellError {
  return new ShellError(message, 1, false, true);
}
