/** Error text shared by the fs commands: the strerror part of `cmd: 'x': No such file or directory`. */
import type { CommandContext } from '../../core/command.js';
import { type ErrnoCode, FsError, toFsError } from '../../core/errors.js';

/** The strerror text of any thrown value (aborts and broken pipes are rethrown). */
export function reasonOf(e: unknown): string {
  return toFsError(e, '').reason;
}

/** The errno code of any thrown value (aborts and broken pipes are rethrown). */
export function codeOf(e: unknown): ErrnoCode {
  return toFsError(e, '').code;
}

/**
 * Feeds every chunk of `source` to `each`. A failure of the source is returned
 * (so the caller can name the file); a failure inside `each` (the output) is thrown.
 */
export async function pump(
  source: AsyncIterable<Uint8Array>,
  each: (chunk: Uint8Array) => Promise<void>,
): Promise<unknown> {
  const it = source[Symbol.asyncIterator]();
  let finished = false;
  try {
    for (;;) {
      let r: IteratorResult<Uint8Array>;
      try {
        r = await it.next();
      } catch (e) {
        finished = true;
        toFsError(e, '');
        return e;
      }
      if (r.done) {
        finished = true;
        return null;
      }
      await each(r.value);
    }
  } finally {
    // Stop the producer when the output failed mid-stream.
    if (!finished) await it.return?.();
  }
}

/** Resolves an operand against cwd; the empty string names no file (ENOENT), as in the kernel. */
export function resolveOperand(ctx: CommandContext, arg: string): string {
  if (arg === '') throw new FsError('ENOENT', arg);
  return ctx.resolve(arg);
}
