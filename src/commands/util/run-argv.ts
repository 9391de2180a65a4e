/** How env, timeout and xargs start another command: look it up first, so "not found" is theirs to report. */
import type { CommandContext } from '../../core/command.js';

/**
 * Whether `name` can be run through ctx.exec. Besides registered commands the
 * executor runs `sh` and `bash` scripts, which lookup() does not list.
 */
export function canRun(ctx: CommandContext, name: string): boolean {
  return ctx.lookup(name) !== null || name === 'sh' || name === 'bash';
}
