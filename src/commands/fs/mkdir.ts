/** mkdir: create directories, with -p creating missing parents one by one (so -v can name each). */
import type { CommandContext } from '../../core/command.js';
import { FsError } from '../../core/errors.js';
import { writeText } from '../../core/io.js';
import { defineCommand } from '../lib/define.js';
import { usageError } from '../lib/flags.js';
import { quoteAlways } from '../lib/quote.js';
import { codeOf, reasonOf } from './fs-errors.js';

const HELP = `Usage: mkdir [OPTION]... DIRECTORY...
Create each DIRECTORY that does not exist yet.

  -m, --mode=MODE   check MODE (octal or symbolic, as for chmod); virtual mounts
                      keep their own default permissions, so it is not applied
  -p, --parents     create missing parent directories as needed; an existing
                      directory is not an error
  -v, --verbose     print a line for every directory created
      --help     display this help and exit
`;

const OCTAL_MODE = /^[0-7]{1,4}$/;
const SYMBOLIC_MODE = /^([ugoa]*([-+=]([rwxXst]*|[ugo]))+)(,([ugoa]*([-+=]([rwxXst]*|[ugo]))+))*$/;

/** True for a mode chmod would accept. */
export function isValidMode(mode: string): boolean {
  return OCTAL_MODE.test(mode) || SYMBOLIC_MODE.test(mode);
}

async function created(ctx: CommandContext, verbose: boolean, display: string): Promise<void> {
  if (verbose) await writeText(ctx.stdout, `mkdir: created directory ${quoteAlways(display)}\n`);
}

/** Creates every missing prefix of `arg`; throws FsError naming the prefix that failed. */
async function makeParents(ctx: CommandContext, arg: string, verbose: boolean): Promise<void> {
  const segments = arg.split('/');
  let prefix = arg.startsWith('/') ? '/' : '';
  const real = segments.filter((s) => s !== '');
  for (let i = 0; i < real.length; i++) {
    ctx.signal.throwIfAborted();
    prefix = prefix === '' || prefix.endsWith('/') ? prefix + real[i] : `${prefix}/${real[i]}`;
    if (real[i] === '.' || real[i] === '..') continue;
    const display = i === real.length - 1 ? arg : prefix;
    const path = ctx.resolve(prefix);
    const st = await ctx.fs.stat(path).catch(() => null);
    if (st) {
      if (st.type === 'directory') continue;
      throw new FsError(i === real.length - 1 ? 'EEXIST' : 'ENOTDIR', display);
    }
    try {
      await ctx.fs.mkdir(path);
    } catch (e) {
      const again = codeOf(e) === 'EEXIST' ? await ctx.fs.stat(path).catch(() => null) : null;
      if (again?.type === 'directory') continue;
      throw new FsError(codeOf(e), display);
    }
    await created(ctx, verbose, display);
  }
}

/** mkdir [OPTION]... DIRECTORY... */
export const mkdir = defineCommand({
  name: 'mkdir',
  summary: 'make directories',
  help: HELP,
  flags: [
    { short: 'm', long: 'mode', arg: 'required' },
    { short: 'p', long: 'parents' },
    { short: 'v', long: 'verbose' },
  ],
  async run(ctx, p) {
    const mode = p.get('mode');
    if (mode !== undefined && !isValidMode(mode)) {
      await writeText(ctx.stderr, `mkdir: invalid mode ${quoteAlways(mode)}\n`);
      return 1;
    }
    if (p.operands.length === 0) throw usageError('mkdir', 'missing operand');
    const verbose = p.has('verbose');
    let status = 0;
    for (const arg of p.operands) {
      try {
        if (arg === '') throw new FsError('ENOENT', arg);
        if (p.has('parents')) await makeParents(ctx, arg, verbose);
        else {
          await ctx.fs.mkdir(ctx.resolve(arg)).catch((e: unknown) => {
            throw new FsError(codeOf(e), arg);
          });
          await created(ctx, verbose, arg);
        }
      } catch (e) {
        const where = e instanceof FsError ? e.path : arg;
        await writeText(ctx.stderr, `mkdir: cannot create directory ${quoteAlways(where)}: ${reasonOf(e)}\n`);
        status = 1;
      }
    }
    return status;
  },
});
