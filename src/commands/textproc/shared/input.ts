/**
 * Input operands of the text tools: '-' is stdin, anything else a file read
 * through the VFS. A failure to open or read surfaces as InputError naming the
 * operand, so a command can word it the way its GNU counterpart does, while
 * output failures (broken pipe) and cancellation pass through untouched.
 */
import type { CommandContext } from '../../../core/command.js';
import { type ErrnoCode, FsError, toFsError } from '../../../core/errors.js';
import type { ByteSource } from '../../../core/io.js';
import { quote } from '../../lib/quote.js';

/** Opening or reading an input operand failed. */
export class InputError extends Error {
  readonly operand: string;
  readonly code: ErrnoCode;

  constructor(operand: string, cause: FsError) {
    super(cause.reason);
    this.name = 'InputError';
    this.operand = operand;
    this.code = cause.code;
  }

  /** The strerror text ("No such file or directory"). */
  get reason(): string {
    return this.message;
  }
}

/**
 * The bytes of one operand; failures become InputError. `null` is stdin, and so
 * is '-' unless `dashIsFile` (util-linux tools take '-' as a file name).
 */
export async function* openInput(
  ctx: CommandContext,
  operand: string | null,
  dashIsFile = false,
): AsyncGenerator<Uint8Array> {
  if (operand === '') throw new InputError(operand, new FsError('ENOENT', operand));
  const stdin = operand === null || (operand === '-' && !dashIsFile);
  const source: ByteSource = stdin ? ctx.stdin : ctx.fs.read(ctx.resolve(operand), { signal: ctx.signal });
  try {
    for await (const chunk of source) yield chunk;
  } catch (e) {
    throw new InputError(operand ?? '-', toFsError(e, operand ?? '-'));
  }
}

/** Operands, or ['-'] when none were given. */
export function operandsOrStdin(operands: readonly string[]): readonly string[] {
  return operands.length > 0 ? operands : ['-'];
}

/** How an operand is named in messages: quoted as GNU's quotef does, stdin as '-'. */
export function nameOf(operand: string): string {
  return quote(operand);
}

/** `cmd: NAME: reason`, the most common coreutils wording of a read failure. */
export function inputMessage(cmd: string, e: InputError): string {
  return `${cmd}: ${nameOf(e.operand)}: ${e.reason}\n`;
}

/** Size of a file operand when the backend knows it cheaply, else null (stdin, errors). */
export async function operandSize(ctx: CommandContext, operand: string): Promise<number | null> {
  if (operand === '-' || operand === '') return null;
  try {
    const st = await ctx.fs.stat(ctx.resolve(operand), { signal: ctx.signal });
    return st.type === 'file' ? st.size : null;
  } catch (e) {
    toFsError(e, operand);
    return null;
  }
}

/**
 * The chunks of every operand in turn, as one stream (GNU's next_file): an
 * operand that fails is reported through `report` and skipped.
 */
export async function* concatInputs(
  ctx: CommandContext,
  operands: readonly string[],
  report: (e: InputError) => Promise<void>,
): AsyncGenerator<Uint8Array> {
  for (const operand of operandsOrStdin(operands)) {
    try {
      for await (const chunk of openInput(ctx, operand)) yield chunk;
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      await report(e);
    }
  }
}

/**
 * Reads the first chunk now, so a missing or unreadable input fails before the
 * caller creates its output file (as GNU opens its input first), and returns a
 * source that replays that chunk and continues.
 */
export async function primed(source: AsyncIterable<Uint8Array>): Promise<ByteSource> {
  const it = source[Symbol.asyncIterator]();
  const first = await it.next();
  return {
    async *[Symbol.asyncIterator]() {
      try {
        if (first.done) return;
        yield first.value;
        for (let r = await it.next(); !r.done; r = await it.next()) yield r.value;
      } finally {
        await it.return?.();
      }
    },
  };
}
