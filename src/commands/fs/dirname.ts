/** dirname: strip the last component from names; pure string work, no filesystem. */
import { writeText } from '../../core/io.js';
import { defineCommand } from '../lib/define.js';
import { usageError } from '../lib/flags.js';

const HELP = `Usage: dirname [OPTION] NAME...
Print each NAME without its last component and the slashes before it; a NAME
without any slash gives '.'.

  -z, --zero     end each output line with NUL instead of newline
      --help     display this help and exit

Examples:
  dirname /usr/bin/          -> "/usr"
  dirname dir1/str dir2/str  -> "dir1" followed by "dir2"
  dirname stdio.h            -> "."
`;

/** The directory part of `name` as GNU dirname computes it. */
export function dirOf(name: string): string {
  const trimmed = name.replace(/\/+$/, '');
  if (trimmed === '') return name.startsWith('/') ? '/' : '.';
  const slash = trimmed.lastIndexOf('/');
  if (slash < 0) return '.';
  const dir = trimmed.slice(0, slash).replace(/\/+$/, '');
  return dir === '' ? '/' : dir;
}

/** dirname [OPTION] NAME... */
export const dirname = defineCommand({
  name: 'dirname',
  summary: 'strip last component from file name',
  help: HELP,
  flags: [{ short: 'z', long: 'zero' }],
  async run(ctx, p) {
    if (p.operands.length === 0) throw usageError('dirname', 'missing operand');
    const end = p.has('zero') ? '\0' : '\n';
    await writeText(ctx.stdout, p.operands.map((n) => dirOf(n) + end).join(''));
    return 0;
  },
});
