/** cp: copy files and directory trees, within a mount or across mounts. */
import { defineCommand } from '../lib/define.js';
import { usageError } from '../lib/flags.js';
import { quoteAlways } from '../lib/quote.js';
import { Copier, type CopyOptions } from './cp-copy.js';
import { planTransfers } from './targets.js';

const HELP = `Usage: cp [OPTION]... [-T] SOURCE DEST
  or:  cp [OPTION]... SOURCE... DIRECTORY
  or:  cp [OPTION]... -t DIRECTORY SOURCE...
Copy SOURCE to DEST, or every SOURCE into DIRECTORY.

  -a, --archive                same as -dR --preserve=all
  -d                           same as --no-dereference
  -f, --force                  when a destination cannot be opened, remove it
                                 and try again
  -H                           follow symbolic links given as SOURCE
  -L, --dereference            always follow symbolic links in SOURCE
  -n, --no-clobber             never overwrite an existing file
  -P, --no-dereference         copy symbolic links as links
  -p                           same as --preserve=mode,ownership,timestamps
      --preserve[=ATTR_LIST]   keep the listed attributes; only timestamps
                                 (the modification time) can be kept on
                                 virtual mounts, the others are accepted
  -R, -r, --recursive          copy directories and everything below them
  -t, --target-directory=DIRECTORY  copy every SOURCE into DIRECTORY
  -T, --no-target-directory    treat DEST as a normal file
  -u, --update                 copy only when SOURCE is newer than DEST or
                                 DEST is missing
  -v, --verbose                explain what is being done
      --help     display this help and exit

Without -R, symbolic links in SOURCE are followed; with -R they are copied as
links unless -L or -H is given.
`;

const PRESERVE_ATTRS_ORDER = ['mode', 'timestamps', 'ownership', 'links', 'context', 'xattr', 'all'];
const PRESERVE_ATTRS = new Set(PRESERVE_ATTRS_ORDER);

/** cp [OPTION]... SOURCE... DEST */
export const cp = defineCommand({
  name: 'cp',
  summary: 'copy files and directories',
  help: HELP,
  flags: [
    { short: 'a', long: 'archive' },
    { short: 'd', key: 'no-dereference' },
    { short: 'f', long: 'force' },
    { short: 'H', key: 'H' },
    { short: 'L', long: 'dereference' },
    { short: 'n', long: 'no-clobber' },
    { short: 'P', long: 'no-dereference' },
    { short: 'p', key: 'p' },
    { long: 'preserve', arg: 'optional' },
    { short: 'R', key: 'recursive' },
    { short: 'r', long: 'recursive' },
    { short: 't', long: 'target-directory', arg: 'required' },
    { short: 'T', long: 'no-target-directory' },
    { short: 'u', long: 'update' },
    { short: 'v', long: 'verbose' },
  ],
  async run(ctx, p) {
    let preserveTimes = p.has('p') || p.has('archive');
    for (const list of p.lists.preserve ?? []) {
      const attrs = list === '' ? ['mode', 'ownership', 'timestamps'] : list.split(',');
      for (const a of attrs) {
        if (!PRESERVE_ATTRS.has(a)) {
          const valid = PRESERVE_ATTRS_ORDER.map((v) => `  - '${v}'`).join('\n');
          throw usageError('cp', `invalid argument ${quoteAlways(a)} for '--preserve'\nValid arguments are:\n${valid}`);
        }
        if (a === 'timestamps' || a === 'all') preserveTimes = true;
      }
    }
    const recursive = p.has('recursive') || p.has('archive');
    let dereference: CopyOptions['dereference'] = recursive ? 'never' : 'command-line';
    for (const [key] of p.order) {
      if (key === 'dereference') dereference = 'always';
      else if (key === 'no-dereference' || key === 'archive') dereference = 'never';
      else if (key === 'H') dereference = 'command-line';
    }
    const transfers = await planTransfers(ctx, 'cp', p.operands, {
      targetDir: p.get('target-directory'),
      noTargetDir: p.has('no-target-directory'),
      followDest: true,
    });
    const copier = new Copier(ctx, {
      recursive,
      dereference,
      preserveTimes,
      noClobber: p.has('no-clobber'),
      force: p.has('force'),
      update: p.has('update'),
      verbose: p.has('verbose'),
    });
    for (const t of transfers) {
      ctx.signal.throwIfAborted();
      await copier.transfer(t);
    }
    return copier.status;
  },
});
