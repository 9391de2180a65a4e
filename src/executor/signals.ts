/**
 * Control flow that unwinds the interpreter: exit, return, break, continue, and
 * fatal shell errors. They are thrown and caught at the construct they target.
 */

/** `exit N`, or a fatal error in a non-interactive shell (set -e, set -u, ${x:?}). */
export class ExitSignal {
  constructor(readonly code: number) {}
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
  ) {
    super(message);
    this.name = 'ShellError';
  }
}
