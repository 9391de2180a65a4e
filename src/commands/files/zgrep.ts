/** zgrep: grep through gzip-compressed (or plain) files, decompressing on the fly into grep's stdin. */
import type { CommandContext } from '../../core/command.js';
import { toFsError } from '../../core/errors.js';
import { NULL_SINK, writeText } from '../../core/io.js';
import { defineCommand } from '../lib/define.js';
import { GzipFormatError, maybeGunzip } from './zlib-stream.js';

const HELP = `Usage: zgrep [OPTION]... [-e] PATTERN [FILE]...
Search possibly compressed FILEs for PATTERN, like grep; gzip files are
expanded on the way and other files are read as they are. The OPTIONs are
grep's, and must come before PATTERN.

      --help     display this help and exit
`;

/** grep's short options that take an argument, and long ones without '='. */
const SHORT_WITH_ARG = 'efmABCdD';
const LONG_WITH_ARG = new Set(['regexp', 'file', 'max-count', 'after-context', 'before-context', 'context', 'label']);

interface Split {
  readonly options: string[];
  readonly patterns: string[];
  readonly files: string[];
}

/** Separates grep options, the pattern (unless -e/-f gave one) and the files. */
function split(args: readonly string[]): Split | null {
  const options: string[] = [];
  let explicit = false;
  let i = 0;
  for (; i < args.length; i++) {
    const a = args[i];
    if (a === '--') {
      i++;
      break;
    }
    if (a.length < 2 || a[0] !== '-') break;
    options.push(a);
    if (a.startsWith('--')) {
      const name = a.slice(2).split('=')[0];
      if (name === 'regexp' || name === 'file') explicit = true;
      if (!a.includes('=') && LONG_WITH_ARG.has(name) && i + 1 < args.length) options.push(args[++i]);
      continue;
    }
    for (let j = 1; j < a.length; j++) {
      if (!SHORT_WITH_ARG.includes(a[j])) continue;
      if (a[j] === 'e' || a[j] === 'f') explicit = true;
      if (j === a.length - 1 && i + 1 < args.length) options.push(args[++i]);
      break;
    }
  }
  const rest = args.slice(i);
  if (explicit) return { options, patterns: [], files: rest };
  if (rest.length === 0) return null;
  return { options, patterns: ['-e', rest[0]], files: rest.slice(1) };
}

/** zgrep's rule for the overall status: any 2 wins, then 0 over 1. */
function combine(res: number, r: number): number {
  if (r <= 1 && res <= 1) return Math.min(res, r);
  return Math.max(res, r);
}

async function searchOne(ctx: CommandContext, s: Split, file: string, withName: boolean): Promise<number> {
  let gzipStatus = 0;
  const source = file === '-' ? ctx.stdin : ctx.fs.read(ctx.resolve(file), { signal: ctx.signal });
  const guarded = (async function* () {
    try {
      yield* maybeGunzip(source);
    } catch (e) {
      if (e instanceof GzipFormatError) {
        await writeText(ctx.stderr, `${e.blankLine ? '\n' : ''}gzip: ${file}: ${e.message}\n`);
        gzipStatus = e.warning ? 0 : 2;
        return;
      }
      const err = toFsError(e, file);
      await writeText(ctx.stderr, `gzip: ${file}: ${err.reason}\n`);
      gzipStatus = 2;
    }
  })();
  const withMatches = s.options.some((o) => /^-[^-]*l/.test(o) || o === '--files-with-matches');
  const withoutMatch = s.options.some((o) => /^-[^-]*L/.test(o) || o === '--files-without-match');
  let r: number;
  if (withMatches || withoutMatch) {
    // zgrep prints the names itself: grep only answers whether this input matches.
    const quiet = s.options
      .filter((o) => o !== '--files-with-matches' && o !== '--files-without-match')
      .map((o) => (/^-[^-]/.test(o) ? o.replace(/[lL]/g, '') : o))
      .filter((o) => o !== '-');
    r = await ctx.exec(['grep', '-q', ...quiet, ...s.patterns], { stdin: guarded, stdout: NULL_SINK });
    if ((withMatches && r === 0) || (withoutMatch && r === 1)) await writeText(ctx.stdout, `${file}\n`);
  } else {
    const argv = ['grep', ...s.options];
    if (withName) argv.push('-H');
    if (file !== '-') argv.push(`--label=${file}`);
    r = await ctx.exec([...argv, ...s.patterns], { stdin: guarded });
  }
  return Math.max(r, gzipStatus);
}

/** zgrep [OPTION]... [-e] PATTERN [FILE]... */
export const zgrep = defineCommand({
  name: 'zgrep',
  summary: 'search possibly compressed files for a regular expression',
  help: HELP,
  parse: false,
  async run(ctx) {
    if (ctx.args[0] === '--help') {
      await writeText(ctx.stdout, HELP);
      return 0;
    }
    const s = split(ctx.args);
    if (!s) {
      await writeText(ctx.stderr, "zgrep: missing pattern; try 'zgrep --help' for help\n");
      return 2;
    }
    const files = s.files.length > 0 ? s.files : ['-'];
    const noName = s.options.some((o) => /^-[^-]*h/.test(o) || o === '--no-filename');
    const withName = files.length > 1 && !noName;
    let res = 1;
    for (const file of files) {
      ctx.signal.throwIfAborted();
      res = combine(res, await searchOne(ctx, s, file, withName));
    }
    return res;
  },
});
