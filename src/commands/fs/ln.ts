/**
 * ln: make hard and symbolic links. Hard links need a backend that has them
 * (RAM and disk do; across mounts they fail with EXDEV, as link(2) does).
 */
import type { CommandContext } from '../../core/command.js';
import { writeText } from '../../core/io.js';
import { defineCommand } from '../lib/define.js';
import { quote, quoteAlways } from '../lib/quote.js';
import { reasonOf, resolveOperand } from './fs-errors.js';
import { planTransfers, type Transfer } from './targets.js';

const HELP = `Usage: ln [OPTION]... [-T] TARGET LINK_NAME
  or:  ln [OPTION]... TARGET
  or:  ln [OPTION]... TARGET... DIRECTORY
  or:  ln [OPTION]... -t DIRECTORY TARGET...
Create a link named LINK_NAME pointing at TARGET; with one operand, a link in
the current directory; with a DIRECTORY, one link per TARGET inside it.
TARGET is stored as written: a relative TARGET is read from the link's
directory.

  -f, --force                  remove an existing LINK_NAME first
  -n, --no-dereference         treat a LINK_NAME that is a symlink to a
                                 directory as a normal file
  -s, --symbolic               make symbolic links instead of hard links
                                 (hard links need both names on one mount)
  -t, --target-directory=DIRECTORY  create the links in DIRECTORY
  -T, --no-target-directory    treat LINK_NAME as a normal file
  -v, --verbose                print the name of each link made
      --help     display this help and exit
`;

async function fail(ctx: CommandContext, message: string): Promise<number> {
  await writeText(ctx.stderr, `ln: ${message}\n`);
  return 1;
}

/** A hard link: GNU's checks on TARGET, then the mount's link (EXDEV across mounts, ENOTSUP where none). */
async function hardLink(ctx: CommandContext, t: Transfer, force: boolean, verbose: boolean): Promise<number> {
  const source = resolveOperand(ctx, t.source);
  try {
    const st = await ctx.fs.lstat(source);
    if (st.type === 'directory') return fail(ctx, `${quote(t.source)}: hard link not allowed for directory`);
  } catch (e) {
    return fail(ctx, `failed to access ${quoteAlways(t.source)}: ${reasonOf(e)}`);
  }
  const dest = quoteAlways(t.dest);
  try {
    const existing = await ctx.fs.lstat(t.destPath).catch(() => null);
    if (existing && force) {
      if (existing.type === 'directory') return fail(ctx, `${quote(t.dest)}: cannot overwrite directory`);
      await ctx.fs.rm(t.destPath);
    }
    await ctx.fs.link(source, t.destPath);
  } catch (e) {
    const reason = reasonOf(e);
    return fail(
      ctx,
      reason === 'File exists'
        ? `failed to create hard link ${dest}: ${reason}`
        : `failed to create hard link ${dest} => ${quoteAlways(t.source)}: ${reason}`,
    );
  }
  if (verbose) await writeText(ctx.stdout, `${dest} => ${quoteAlways(t.source)}\n`);
  return 0;
}

async function symlink(ctx: CommandContext, t: Transfer, force: boolean, verbose: boolean): Promise<number> {
  const dest = quoteAlways(t.dest);
  if (t.source === '') {
    return fail(ctx, `failed to create symbolic link ${dest} -> '': No such file or directory`);
  }
  const existing = await ctx.fs.lstat(t.destPath).catch(() => null);
  try {
    if (existing && force) {
      if (existing.type === 'directory') return fail(ctx, `${quote(t.dest)}: cannot overwrite directory`);
      await ctx.fs.rm(t.destPath);
    }
    await ctx.fs.symlink(t.source, t.destPath);
  } catch (e) {
    return fail(ctx, `failed to create symbolic link ${dest}: ${reasonOf(e)}`);
  }
  if (verbose) await writeText(ctx.stdout, `${dest} -> ${quoteAlways(t.source)}\n`);
  return 0;
}

/** ln [OPTION]... TARGET... LINK */
export const ln = defineCommand({
  name: 'ln',
  summary: 'make links between files',
  help: HELP,
  flags: [
    { short: 'f', long: 'force' },
    { short: 'n', long: 'no-dereference' },
    { short: 's', long: 'symbolic' },
    { short: 't', long: 'target-directory', arg: 'required' },
    { short: 'T', long: 'no-target-directory' },
    { short: 'v', long: 'verbose' },
  ],
  async run(ctx, p) {
    const transfers = await planTransfers(ctx, 'ln', p.operands, {
      targetDir: p.get('target-directory'),
      noTargetDir: p.has('no-target-directory'),
      followDest: !p.has('no-dereference'),
      loneOperandIntoCwd: true,
    });
    let status = 0;
    for (const t of transfers) {
      ctx.signal.throwIfAborted();
      const s = p.has('symbolic')
        ? await symlink(ctx, t, p.has('force'), p.has('verbose'))
        : await hardLink(ctx, t, p.has('force'), p.has('verbose'));
      status = Math.max(status, s);
    }
    return status;
  },
});
