/** stat: display file status in GNU's default, terse or custom (-c/--printf) format. */
import type { CommandContext } from '../../core/command.js';
import { writeText } from '../../core/io.js';
import type { FileStat } from '../../core/resource.js';
import { defineCommand } from '../lib/define.js';
import { usageError } from '../lib/flags.js';
import { quoteAlways } from '../lib/quote.js';
import { reasonOf, resolveOperand } from './fs-errors.js';
import { DEFAULT_FORMAT, expandFormat, interpretEscapes, type StatSubject, TERSE_FORMAT } from './stat-format.js';

const HELP = `Usage: stat [OPTION]... FILE...
Display the status of each FILE.

  -L, --dereference     follow symbolic links
  -c, --format=FORMAT   use FORMAT instead of the default; print a newline
                          after each use of FORMAT
      --printf=FORMAT   like --format, but interpret backslash escapes and
                          print no trailing newline
  -t, --terse           print the information in terse form
      --help     display this help and exit

FORMAT sequences (printf-style flags, width and precision are allowed):
  %a   permission bits in octal          %A   permissions, like -rw-r--r--
  %b   number of 512-byte blocks         %B   size of each block (512)
  %d   device number (the mount's index) %D   device number in hex
  %f   raw mode in hex                   %F   file type
  %g   group ID                          %G   group name
  %h   number of hard links              %i   inode number
  %m   mount point                       %n   file name
  %N   quoted file name, with the target of a symbolic link
  %o   optimal I/O transfer size         %s   size in bytes
  %u   user ID                           %U   user name
  %w   birth time (- when unknown)       %W   birth time, seconds since Epoch
  %x   last access time                  %X   last access, seconds since Epoch
  %y   last modification time           %Y   last modification, seconds
  %z   last status change time          %Z   last change, seconds since Epoch

Virtual mounts keep one timestamp: access and change times show the
modification time. Blocks count the size rounded up to whole KiB.
`;

async function subject(ctx: CommandContext, arg: string, follow: boolean): Promise<StatSubject> {
  const path = resolveOperand(ctx, arg);
  let st: FileStat = follow ? await ctx.fs.stat(path) : await ctx.fs.lstat(path);
  if (arg.endsWith('/') && st.type === 'symlink') st = await ctx.fs.stat(path);
  const linkTarget = st.type === 'symlink' ? await ctx.fs.readlink(path).catch(() => undefined) : undefined;
  const where = ctx.fs.resolve(path);
  const device = where ? ctx.fs.mounts().findIndex((m) => m.path === where.mount.path) + 1 : 0;
  return { name: arg, stat: st, linkTarget, device, mountPoint: where?.mount.path ?? '/' };
}

/** stat [OPTION]... FILE... */
export const stat = defineCommand({
  name: 'stat',
  summary: 'display file or file system status',
  help: HELP,
  flags: [
    { short: 'L', long: 'dereference' },
    { short: 'c', long: 'format', arg: 'required' },
    { long: 'printf', arg: 'required' },
    { short: 't', long: 'terse' },
  ],
  async run(ctx, p) {
    if (p.operands.length === 0) throw usageError('stat', 'missing operand');
    // An explicit format wins over -t whatever the order; the default prints names unquoted.
    let format: string | null = null;
    for (const [key, v] of p.order) {
      if (key === 'format') format = `${v}\n`;
      else if (key === 'printf') format = interpretEscapes(String(v));
    }
    const quoteNames = format !== null;
    format ??= p.has('terse') ? TERSE_FORMAT : DEFAULT_FORMAT;
    let status = 0;
    for (const arg of p.operands) {
      ctx.signal.throwIfAborted();
      let subj: StatSubject;
      try {
        subj = await subject(ctx, arg, p.has('dereference'));
      } catch (e) {
        await writeText(ctx.stderr, `stat: cannot statx ${quoteAlways(arg)}: ${reasonOf(e)}\n`);
        status = 1;
        continue;
      }
      await writeText(ctx.stdout, expandFormat(format, subj, quoteNames));
    }
    return status;
  },
});
