/** basename: strip directories (and optionally a suffix) from names; pure string work, no filesystem. */
import { writeText } from '../../core/io.js';
import { defineCommand } from '../lib/define.js';
import { usageError } from '../lib/flags.js';
import { quoteAlways } from '../lib/quote.js';

const HELP = `Usage: basename NAME [SUFFIX]
  or:  basename OPTION... NAME...
Print NAME without its leading directories, and without SUFFIX when NAME ends
in it.

  -a, --multiple       take every operand as a NAME
  -s, --suffix=SUFFIX  remove SUFFIX from every NAME; implies -a
  -z, --zero           end each output line with NUL instead of newline
      --help     display this help and exit

Examples:
  basename /usr/bin/sort          -> "sort"
  basename include/stdio.h .h     -> "stdio"
  basename -s .h include/stdio.h  -> "stdio"
  basename -a any/str1 any/str2   -> "str1" followed by "str2"
`;

/** The last component of `name` the way GNU basename computes it, minus `suffix`. */
export function baseOf(name: string, suffix = ''): string {
  if (name === '') return '';
  const trimmed = name.replace(/\/+$/, '');
  if (trimmed === '') return '/';
  const base = trimmed.slice(trimmed.lastIndexOf('/') + 1);
  if (suffix !== '' && base !== suffix && base.endsWith(suffix)) return base.slice(0, -suffix.length);
  return base;
}

/** basename NAME [SUFFIX] | basename OPTION... NAME... */
export const basename = defineCommand({
  name: 'basename',
  summary: 'strip directory and suffix from file names',
  help: HELP,
  flagOptions: { permute: false },
  flags: [
    { short: 'a', long: 'multiple' },
    { short: 's', long: 'suffix', arg: 'required' },
    { short: 'z', long: 'zero' },
  ],
  async run(ctx, p) {
    const names = p.operands;
    if (names.length === 0) throw usageError('basename', 'missing operand');
    const suffixFlag = p.get('suffix');
    const multiple = p.has('multiple') || suffixFlag !== undefined;
    const end = p.has('zero') ? '\0' : '\n';
    if (!multiple) {
      if (names.length > 2) throw usageError('basename', `extra operand ${quoteAlways(names[2])}`);
      await writeText(ctx.stdout, baseOf(names[0], names[1]) + end);
      return 0;
    }
    await writeText(ctx.stdout, names.map((n) => baseOf(n, suffixFlag) + end).join(''));
    return 0;
  },
});
