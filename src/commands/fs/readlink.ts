/** readlink: print symlink targets, or with -f/-e/-m canonical paths. */
import { FsError } from '../../core/errors.js';
import { writeText } from '../../core/io.js';
import { type CanonMode, canonicalize } from '../lib/canonical.js';
import { defineCommand } from '../lib/define.js';
import { usageError } from '../lib/flags.js';
import { quote } from '../lib/quote.js';
import { reasonOf } from './fs-errors.js';

const HELP = `Usage: readlink [OPTION]... FILE...
Print the target of each symbolic link FILE, or with -f, -e or -m its
canonical absolute path.

  -f, --canonicalize            follow every symlink; all components but the
                                  last must exist
  -e, --canonicalize-existing   like -f, but every component must exist
  -m, --canonicalize-missing    like -f, but no component needs to exist
  -n, --no-newline              print no newline after a single result
  -q, --quiet, -s, --silent     report no errors (the default)
  -v, --verbose                 report errors
  -z, --zero                    end each output line with NUL, not newline
      --help     display this help and exit
`;

/** readlink [OPTION]... FILE... */
export const readlink = defineCommand({
  name: 'readlink',
  summary: 'print resolved symbolic links or canonical file names',
  help: HELP,
  flags: [
    { short: 'f', long: 'canonicalize' },
    { short: 'e', long: 'canonicalize-existing' },
    { short: 'm', long: 'canonicalize-missing' },
    { short: 'n', long: 'no-newline' },
    { short: 'q', long: 'quiet' },
    { short: 's', long: 'silent', key: 'quiet' },
    { short: 'v', long: 'verbose' },
    { short: 'z', long: 'zero' },
  ],
  async run(ctx, p) {
    if (p.operands.length === 0) throw usageError('readlink', 'missing operand');
    let mode: CanonMode | null = null;
    let verbose = false;
    for (const [key] of p.order) {
      if (key === 'canonicalize') mode = 'all-but-last';
      else if (key === 'canonicalize-existing') mode = 'existing';
      else if (key === 'canonicalize-missing') mode = 'missing';
      else if (key === 'verbose') verbose = true;
      else if (key === 'quiet') verbose = false;
    }
    let noNewline = p.has('no-newline');
    if (noNewline && p.operands.length > 1) {
      await writeText(ctx.stderr, 'readlink: ignoring --no-newline with multiple arguments\n');
      noNewline = false;
    }
    const end = noNewline ? '' : p.has('zero') ? '\0' : '\n';
    let status = 0;
    for (const arg of p.operands) {
      ctx.signal.throwIfAborted();
      try {
        if (arg === '') throw new FsError('ENOENT', arg);
        // 'link/' names what the link points at, which is not a link.
        if (mode === null && arg.endsWith('/')) throw new FsError('EINVAL', arg);
        const out =
          mode === null
            ? await ctx.fs.readlink(ctx.resolve(arg))
            : await canonicalize(ctx.fs, ctx.cwd, arg, mode, ctx.signal);
        await writeText(ctx.stdout, out + end);
      } catch (e) {
        if (verbose) await writeText(ctx.stderr, `readlink: ${quote(arg)}: ${reasonOf(e)}\n`);
        status = 1;
      }
    }
    return status;
  },
});
