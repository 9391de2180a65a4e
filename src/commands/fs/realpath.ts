/** realpath: print canonical absolute paths, optionally relative to a directory. */
import type { CommandContext } from '../../core/command.js';
import { FsError } from '../../core/errors.js';
import { writeText } from '../../core/io.js';
import { isUnder } from '../../core/path.js';
import { type CanonMode, canonicalize, relativePath } from '../lib/canonical.js';
import { defineCommand } from '../lib/define.js';
import { usageError } from '../lib/flags.js';
import { quote } from '../lib/quote.js';
import { reasonOf } from './fs-errors.js';

const HELP = `Usage: realpath [OPTION]... FILE...
Print the absolute path of each FILE with every symbolic link, '.' and '..'
resolved. All components but the last must exist unless -e or -m says
otherwise.

  -e, --canonicalize-existing  every component must exist
  -m, --canonicalize-missing   no component needs to exist
  -L, --logical                apply '..' before following symlinks
  -P, --physical               follow symlinks before applying '..' (default)
  -q, --quiet                  do not report failures
      --relative-to=DIR        print paths relative to DIR
      --relative-base=DIR      print paths relative to DIR when they lie
                                 under it, absolute otherwise
  -s, --strip, --no-symlinks   do not follow symlinks
  -z, --zero                   end each output line with NUL, not newline
      --help     display this help and exit
`;

interface Resolver {
  readonly mode: CanonMode;
  readonly logical: boolean;
  readonly noSymlinks: boolean;
}

/** The absolute path of `arg` under the given rules; throws FsError naming `arg`. */
async function resolveName(ctx: CommandContext, arg: string, r: Resolver): Promise<string> {
  if (arg === '') throw new FsError('ENOENT', arg);
  if (r.noSymlinks) {
    const path = ctx.resolve(arg);
    if (r.mode === 'existing') await ctx.fs.lstat(path).catch(() => Promise.reject(new FsError('ENOENT', arg)));
    return path;
  }
  const start = r.logical ? ctx.resolve(arg) : arg;
  return canonicalize(ctx.fs, ctx.cwd, start, r.mode, ctx.signal).catch((e: unknown) => {
    throw e instanceof FsError ? new FsError(e.code, arg) : e;
  });
}

/** realpath [OPTION]... FILE... */
export const realpath = defineCommand({
  name: 'realpath',
  summary: 'print the resolved path',
  help: HELP,
  flags: [
    { short: 'e', long: 'canonicalize-existing' },
    { short: 'm', long: 'canonicalize-missing' },
    { short: 'L', long: 'logical' },
    { short: 'P', long: 'physical' },
    { short: 'q', long: 'quiet' },
    { long: 'relative-to', arg: 'required' },
    { long: 'relative-base', arg: 'required' },
    { short: 's', long: 'strip' },
    { long: 'no-symlinks', key: 'strip' },
    { short: 'z', long: 'zero' },
  ],
  async run(ctx, p) {
    if (p.operands.length === 0) throw usageError('realpath', 'missing operand');
    let mode: CanonMode = 'all-but-last';
    let logical = false;
    for (const [key] of p.order) {
      if (key === 'canonicalize-existing') mode = 'existing';
      else if (key === 'canonicalize-missing') mode = 'missing';
      else if (key === 'logical') logical = true;
      else if (key === 'physical') logical = false;
    }
    const r: Resolver = { mode, logical, noSymlinks: p.has('strip') };
    const quiet = p.has('quiet');
    const end = p.has('zero') ? '\0' : '\n';
    let relTo: string | undefined;
    let relBase: string | undefined;
    try {
      const to = p.get('relative-to');
      const base = p.get('relative-base');
      if (to !== undefined) relTo = await resolveName(ctx, to, r);
      if (base !== undefined) relBase = await resolveName(ctx, base, r);
    } catch (e) {
      const name = e instanceof FsError ? e.path : '';
      await writeText(ctx.stderr, `realpath: ${quote(name)}: ${reasonOf(e)}\n`);
      return 1;
    }
    if (relBase !== undefined && relTo !== undefined && !isUnder(relTo, relBase)) relTo = undefined;
    let status = 0;
    for (const arg of p.operands) {
      ctx.signal.throwIfAborted();
      let path: string;
      try {
        path = await resolveName(ctx, arg, r);
      } catch (e) {
        if (!quiet) await writeText(ctx.stderr, `realpath: ${quote(arg)}: ${reasonOf(e)}\n`);
        status = 1;
        continue;
      }
      const base = relTo ?? relBase;
      const shown =
        base !== undefined && (relBase === undefined || isUnder(path, relBase)) ? relativePath(path, base) : path;
      await writeText(ctx.stdout, shown + end);
    }
    return status;
  },
});
