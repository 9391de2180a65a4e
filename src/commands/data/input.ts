/**
 * Operands of the data commands: '-' is standard input, anything else a file
 * read through the VFS. A failure of the input comes back as a value (so the
 * command can report `cmd: name: reason` and go on); a failure of the output
 * (a closed pipe) is thrown.
 */
import type { CommandContext } from '../../core/command.js';
import { FsError, toFsError } from '../../core/errors.js';
import type { ByteSource } from '../../core/io.js';
import { quote } from '../lib/quote.js';

/** The bytes of an operand. */
export function operandSource(ctx: CommandContext, operand: string): ByteSource {
  if (operand === '-') return ctx.stdin;
  if (operand === '') {
    return {
      [Symbol.asyncIterator]() {
        return { next: () => Promise.reject(new FsError('ENOENT', operand)) };
      },
    };
  }
  return ctx.fs.read(ctx.resolve(operand), { signal: ctx.signal });
}

/** An input that failed, with the strerror text. */
export interface InputFailure {
  readonly reason: string;
}

/**
 * Feeds every chunk of `operand` to `each`; returns the input's failure, or
 * null. Stops reading when `each` returns false.
 */
export async function eachChunk(
  ctx: CommandContext,
  operand: string,
  each: (chunk: Uint8Array) => Promise<boolean | undefined> | boolean | undefined,
): Promise<InputFailure | null> {
  const it = operandSource(ctx, operand)[Symbol.asyncIterator]();
  let done = false;
  try {
    for (;;) {
      let r: IteratorResult<Uint8Array>;
      try {
        r = await it.next();
      } catch (e) {
        done = true;
        return { reason: toFsError(e, operand).reason };
      }
      if (r.done) {
        done = true;
        return null;
      }
      if ((await each(r.value)) === false) return null;
    }
  } finally {
    if (!done) await it.return?.();
  }
}

/** `cmd: name: reason`, with the name quoted as coreutils quotes it. */
export function failureLine(cmd: string, operand: string, failure: InputFailure): string {
  return `${cmd}: ${quote(operand)}: ${failure.reason}\n`;
}
