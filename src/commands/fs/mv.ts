/** mv: rename or move files and directories; across mounts fs.rename copies then deletes. */
import type { CommandContext } from '../../core/command.js';
import { FsError } from '../../core/errors.js';
import { writeText } from '../../core/io.js';
import { baseName, isUnder, joinPath, parentPath } from '../../core/path.js';
import type { FileStat } from '../../core/resource.js';
import { canonicalize } from '../lib/canonical.js';
import { defineCommand } from '../lib/define.js';
import { quoteAlways } from '../lib/quote.js';
import { reasonOf, resolveOperand } from './fs-errors.js';
import { planTransfers, type Transfer } from './targets.js';

const HELP = `Usage: mv [OPTION]... [-T] SOURCE DEST
  or:  mv [OPTION]... SOURCE... DIRECTORY
  or:  mv [OPTION]... -t DIRECTORY SOURCE...
Rename SOURCE to DEST, or move every SOURCE into DIRECTORY.

  -f, --force                  overwrite without asking (the default here)
  -n, --no-clobber             never overwrite an existing file
  -t, --target-directory=DIRECTORY  move every SOURCE into DIRECTORY
  -T, --no-target-directory    treat DEST as a normal file
  -u, --update                 move only when SOURCE is newer than DEST or
                                 DEST is missing
  -v, --verbose                explain what is being done
      --help     display this help and exit

Moving between mounts copies the tree and then removes the source.
`;

interface MoveOptions {
  readonly noClobber: boolean;
  readonly update: boolean;
  readonly verbose: boolean;
}

/** The real location of `path` without following its last component (for same-file checks). */
async function location(ctx: CommandContext, path: string): Promise<string> {
  const dir = await canonicalize(ctx.fs, '/', parentPath(path), 'missing', ctx.signal);
  return joinPath(dir, baseName(path));
}

async function fail(ctx: CommandContext, message: string): Promise<number> {
  await writeText(ctx.stderr, `mv: ${message}\n`);
  return 1;
}

async function move(ctx: CommandContext, t: Transfer, o: MoveOptions): Promise<number> {
  const srcPath = ctx.resolve(t.source);
  const src = quoteAlways(t.source);
  const dest = quoteAlways(t.dest);
  let st: FileStat;
  try {
    resolveOperand(ctx, t.source);
    st = await (t.source.endsWith('/') ? ctx.fs.stat(srcPath) : ctx.fs.lstat(srcPath));
    if (t.source.endsWith('/') && st.type !== 'directory') throw new FsError('ENOTDIR', t.source);
  } catch (e) {
    return fail(ctx, `cannot stat ${src}: ${reasonOf(e)}`);
  }
  const destStat = await ctx.fs.stat(t.destPath).catch(() => null);
  const destExists = destStat !== null || (await ctx.fs.lstat(t.destPath).catch(() => null)) !== null;
  if (destExists && (await location(ctx, srcPath)) === (await location(ctx, t.destPath))) {
    return fail(ctx, `${src} and ${dest} are the same file`);
  }
  if (st.type === 'directory') {
    const srcReal = await canonicalize(ctx.fs, '/', srcPath, 'missing', ctx.signal);
    if (isUnder(await location(ctx, t.destPath), srcReal)) {
      return fail(ctx, `cannot move ${src} to a subdirectory of itself, ${dest}`);
    }
    if (destStat && destStat.type !== 'directory') {
      return fail(ctx, `cannot overwrite non-directory ${dest} with directory ${src}`);
    }
  } else if (destStat?.type === 'directory') {
    return fail(ctx, `cannot overwrite directory ${dest} with non-directory`);
  }
  if (destExists && o.noClobber) return 0;
  if (destStat && o.update && destStat.mtimeMs >= st.mtimeMs) return 0;
  try {
    if (!destExists && t.dest.endsWith('/') && st.type !== 'directory') {
      throw new FsError('ENOTDIR', t.dest);
    }
    if (st.type === 'directory' && destStat?.type === 'directory') {
      const entries = await ctx.fs.readdir(t.destPath, { signal: ctx.signal });
      if (entries.length > 0) throw new FsError('ENOTEMPTY', t.dest);
    }
    await ctx.fs.rename(srcPath, t.destPath);
  } catch (e) {
    return fail(ctx, `cannot move ${src} to ${dest}: ${reasonOf(e)}`);
  }
  if (o.verbose) await writeText(ctx.stdout, `renamed ${src} -> ${dest}\n`);
  return 0;
}

/** mv [OPTION]... SOURCE... DEST */
export const mv = defineCommand({
  name: 'mv',
  summary: 'move (rename) files',
  help: HELP,
  flags: [
    { short: 'f', long: 'force' },
    { short: 'n', long: 'no-clobber' },
    { short: 't', long: 'target-directory', arg: 'required' },
    { short: 'T', long: 'no-target-directory' },
    { short: 'u', long: 'update' },
    { short: 'v', long: 'verbose' },
  ],
  async run(ctx, p) {
    const transfers = await planTransfers(ctx, 'mv', p.operands, {
      targetDir: p.get('target-directory'),
      noTargetDir: p.has('no-target-directory'),
      followDest: true,
    });
    let noClobber = false;
    for (const [key] of p.order) {
      if (key === 'no-clobber') noClobber = true;
      else if (key === 'force') noClobber = false;
    }
    const o: MoveOptions = { noClobber, update: p.has('update'), verbose: p.has('verbose') };
    let status = 0;
    for (const t of transfers) {
      ctx.signal.throwIfAborted();
      status = Math.max(status, await move(ctx, t, o));
    }
    return status;
  },
});
