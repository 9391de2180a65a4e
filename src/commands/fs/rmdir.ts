/** rmdir: remove empty directories, with -p their emptied parents too. */
import type { CommandContext } from '../../core/command.js';
import { FsError } from '../../core/errors.js';
import { writeText } from '../../core/io.js';
import { defineCommand } from '../lib/define.js';
import { usageError } from '../lib/flags.js';
import { quoteAlways } from '../lib/quote.js';
import { codeOf, reasonOf } from './fs-errors.js';

const HELP = `Usage: rmdir [OPTION]... DIRECTORY...
Remove each DIRECTORY, which must be empty.

      --ignore-fail-on-non-empty
                    say nothing when a directory is not empty
  -p, --parents     also remove the parents named in DIRECTORY, as long as
                      they become empty: 'rmdir -p a/b' is 'rmdir a/b a'
  -v, --verbose     print a line for every directory removed
      --help     display this help and exit
`;

/** `arg` without trailing slashes (but '/' stays). */
function stripSlashes(arg: string): string {
  const s = arg.replace(/\/+$/, '');
  return s === '' && arg.startsWith('/') ? '/' : s;
}

/** The textual parent of `arg` for -p, or null when there is none left. */
function textualParent(arg: string): string | null {
  const s = stripSlashes(arg);
  const i = s.lastIndexOf('/');
  if (i < 0) return null;
  const parent = s.slice(0, i).replace(/\/+$/, '');
  return parent === '' ? null : parent;
}

async function removeOne(ctx: CommandContext, arg: string, verbose: boolean): Promise<void> {
  if (verbose) await writeText(ctx.stdout, `rmdir: removing directory, ${quoteAlways(arg)}\n`);
  const last = stripSlashes(arg).split('/').pop();
  if (last === '.') throw new FsError('EINVAL', arg);
  if (last === '..') throw new FsError('ENOTEMPTY', arg);
  if (arg === '') throw new FsError('ENOENT', arg);
  await ctx.fs.rmdir(ctx.resolve(arg));
}

/** rmdir [OPTION]... DIRECTORY... */
export const rmdir = defineCommand({
  name: 'rmdir',
  summary: 'remove empty directories',
  help: HELP,
  flags: [{ long: 'ignore-fail-on-non-empty' }, { short: 'p', long: 'parents' }, { short: 'v', long: 'verbose' }],
  async run(ctx, p) {
    if (p.operands.length === 0) throw usageError('rmdir', 'missing operand');
    const verbose = p.has('verbose');
    const ignoreNonEmpty = p.has('ignore-fail-on-non-empty');
    let status = 0;
    for (const arg of p.operands) {
      ctx.signal.throwIfAborted();
      let current: string | null = arg;
      let isParent = false;
      while (current !== null) {
        try {
          await removeOne(ctx, current, verbose);
        } catch (e) {
          const code = codeOf(e);
          if (!(ignoreNonEmpty && (code === 'ENOTEMPTY' || code === 'EEXIST'))) {
            const what = isParent ? 'directory ' : '';
            await writeText(ctx.stderr, `rmdir: failed to remove ${what}${quoteAlways(current)}: ${reasonOf(e)}\n`);
            status = 1;
          }
          break;
        }
        if (!p.has('parents')) break;
        current = textualParent(current);
        isParent = true;
      }
    }
    return status;
  },
});
