/**
 * Operand handling shared by cp, mv and ln: SOURCE DEST, SOURCE... DIRECTORY,
 * -t DIRECTORY SOURCE... and -T, with GNU's messages for each misuse.
 */
import type { CommandContext } from '../../core/command.js';
import { UsageError } from '../../core/errors.js';
import { usageError } from '../lib/flags.js';
import { quoteAlways } from '../lib/quote.js';
import { displayJoin } from '../lib/walk.js';
import { reasonOf } from './fs-errors.js';

/** One source and where it goes, as typed and resolved. */
export interface Transfer {
  readonly source: string;
  /** The destination as GNU names it in messages ('e/f' for `cp f e`). */
  readonly dest: string;
  readonly destPath: string;
}

/** How the operands were given. */
export interface TargetFlags {
  /** -t DIRECTORY */
  readonly targetDir?: string;
  /** -T */
  readonly noTargetDir: boolean;
  /** Follow a final symlink when deciding whether DEST is a directory (false for ln -n). */
  readonly followDest: boolean;
  /** ln: a lone operand links into the current directory. */
  readonly loneOperandIntoCwd?: boolean;
}

/** The last path component of an operand, ignoring trailing slashes. */
export function lastComponent(arg: string): string {
  const s = arg.replace(/\/+$/, '');
  return s.slice(s.lastIndexOf('/') + 1) || s || '/';
}

function fatal(cmd: string, message: string): UsageError {
  return new UsageError(`${cmd}: ${message}\n`, 1);
}

async function isDirectory(ctx: CommandContext, arg: string, follow: boolean): Promise<boolean> {
  if (arg === '') return false;
  const path = ctx.resolve(arg);
  const st = await (follow ? ctx.fs.stat(path) : ctx.fs.lstat(path)).catch(() => null);
  return st?.type === 'directory';
}

/** Works out every transfer, or throws a UsageError with GNU's message and status. */
export async function planTransfers(
  ctx: CommandContext,
  cmd: string,
  operands: readonly string[],
  flags: TargetFlags,
): Promise<Transfer[]> {
  const into = (dir: string, sources: readonly string[]): Transfer[] =>
    sources.map((source) => {
      const dest = displayJoin(dir, lastComponent(source));
      return { source, dest, destPath: ctx.resolve(dest) };
    });
  if (flags.targetDir !== undefined) {
    if (flags.noTargetDir)
      throw usageError(cmd, 'cannot combine --target-directory (-t) and --no-target-directory (-T)');
    if (operands.length === 0) throw usageError(cmd, 'missing file operand');
    const dir = flags.targetDir;
    try {
      const st = await ctx.fs.stat(ctx.resolve(dir));
      if (st.type !== 'directory') throw fatal(cmd, `target directory ${quoteAlways(dir)}: Not a directory`);
    } catch (e) {
      if (e instanceof UsageError) throw e;
      throw fatal(cmd, `target directory ${quoteAlways(dir)}: ${reasonOf(e)}`);
    }
    return into(dir, operands);
  }
  if (operands.length === 0) throw usageError(cmd, 'missing file operand');
  if (operands.length === 1) {
    if (flags.loneOperandIntoCwd) return into('.', operands);
    throw usageError(cmd, `missing destination file operand after ${quoteAlways(operands[0])}`);
  }
  const last = operands[operands.length - 1];
  const sources = operands.slice(0, -1);
  if (flags.noTargetDir) {
    if (operands.length > 2) throw usageError(cmd, `extra operand ${quoteAlways(operands[2])}`);
    return [{ source: operands[0], dest: last, destPath: ctx.resolve(last) }];
  }
  if (await isDirectory(ctx, last, flags.followDest)) return into(last, sources);
  if (operands.length > 2) {
    const exists = await ctx.fs.lstat(ctx.resolve(last)).then(
      () => null,
      (e: unknown) => reasonOf(e),
    );
    throw fatal(
      cmd,
      exists === null ? `target ${quoteAlways(last)} is not a directory` : `target ${quoteAlways(last)}: ${exists}`,
    );
  }
  return [{ source: operands[0], dest: last, destPath: ctx.resolve(last) }];
}
