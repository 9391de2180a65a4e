/**
 * Operands of head, tail and wc: '-' is standard input, anything else a file
 * read through the VFS. Open and read failures become the messages GNU prints
 * ("cannot open 'x' for reading: …", "error reading 'x': …").
 */
import type { CommandContext } from '../../core/command.js';
import { FsError } from '../../core/errors.js';
import { writeText } from '../../core/io.js';
import { quoteAlways } from '../lib/quote.js';

/** A failure on one operand; the command reports it and goes on with the next. */
export class InputError extends Error {
  /** True when the file could be opened and the failure came while reading (EISDIR). */
  readonly opened: boolean;
  constructor(message: string, opened: boolean) {
    super(message);
    this.name = 'InputError';
    this.opened = opened;
  }
}

/** The InputError GNU's head/tail report for `e` on `operand`. */
export function inputError(operand: string, e: FsError, started: boolean): InputError {
  if (started || e.code === 'EISDIR') return new InputError(`error reading ${quoteAlways(operand)}: ${e.reason}`, true);
  return new InputError(`cannot open ${quoteAlways(operand)} for reading: ${e.reason}`, false);
}

/** The name shown in `==> name <==` headers. */
export function displayName(operand: string): string {
  return operand === '-' ? 'standard input' : operand;
}

/**
 * The bytes of one operand. `onOpen` runs once the input is known to exist
 * (before its first chunk, at EOF of an empty file, or before a read error such
 * as EISDIR), so headers print exactly when GNU prints them. Breaking out of the
 * iteration aborts the underlying read.
 */
export async function* operandBytes(
  ctx: CommandContext,
  operand: string,
  onOpen: () => Promise<void>,
  range?: { start?: number; end?: number },
): AsyncGenerator<Uint8Array> {
  if (operand === '-') {
    await onOpen();
    yield* ctx.stdin;
    return;
  }
  const stop = new AbortController();
  const signal = AbortSignal.any([ctx.signal, stop.signal]);
  let started = false;
  try {
    for await (const chunk of ctx.fs.read(ctx.resolve(operand), { ...range, signal })) {
      if (!started) {
        started = true;
        await onOpen();
      }
      yield chunk;
    }
    if (!started) await onOpen();
  } catch (e) {
    if (!(e instanceof FsError)) throw e;
    const err = inputError(operand, e, started);
    if (err.opened && !started) await onOpen();
    throw err;
  } finally {
    stop.abort();
  }
}

/** Where head/tail write `==> name <==` headers, keeping GNU's blank line between files. */
export class HeaderWriter {
  private first = true;
  constructor(
    private readonly ctx: CommandContext,
    private readonly enabled: boolean,
  ) {}

  /** Writes the header for `operand` (when headers are on). */
  async write(operand: string): Promise<void> {
    if (!this.enabled) return;
    const text = `${this.first ? '' : '\n'}==> ${displayName(operand)} <==\n`;
    this.first = false;
    await this.ctx.stdout.write(Buffer.from(text));
  }
}

/**
 * Runs `each` on every file operand ('-' when none), with `==> f <==` headers as
 * `mode` asks; an InputError is reported as `name: message` and makes the status 1.
 */
export async function eachOperand(
  ctx: CommandContext,
  files: readonly string[],
  mode: 'always' | 'never' | 'auto',
  each: (operand: string, headers: HeaderWriter) => Promise<void>,
): Promise<number> {
  const operands = files.length > 0 ? files : ['-'];
  const headers = new HeaderWriter(ctx, mode === 'always' || (mode === 'auto' && operands.length > 1));
  let status = 0;
  for (const operand of operands) {
    try {
      await each(operand, headers);
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      await writeText(ctx.stderr, `${ctx.name}: ${e.message}\n`);
      status = 1;
    }
  }
  return status;
}
