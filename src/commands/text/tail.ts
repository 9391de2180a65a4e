/** tail: output the last part of files (no following: -f and its options are accepted and ignored). */
import type { CommandContext } from '../../core/command.js';
import { FsError, UsageError } from '../../core/errors.js';
import { writeText } from '../../core/io.js';
import { defineCommand } from '../lib/define.js';
import { type FlagSpec, parseFlags } from '../lib/flags.js';
import { quoteAlways } from '../lib/quote.js';
import { countErrorSuffix, parseCount } from '../lib/size-suffix.js';
import { eachOperand, type HeaderWriter, inputError, operandBytes } from './input.js';
import { tailBytesRanged, tailLinesRanged } from './tail-ranged.js';
import { tailBytes, tailFromByte, tailFromLine, tailLines } from './tail-stream.js';

const HELP = `Usage: tail [OPTION]... [FILE]...
Print the last 10 lines of each FILE to standard output.
With more than one FILE, precede each with a header giving the file name.

With no FILE, or when FILE is -, read standard input.

Mandatory arguments to long options are mandatory for short options too.
  -c, --bytes=[+]NUM       output the last NUM bytes; or use -c +NUM to
                             output starting with byte NUM of each file
  -f, --follow[={name|descriptor}]
                           accepted for compatibility; files are not followed
  -F                       same as --follow=name --retry
  -n, --lines=[+]NUM       output the last NUM lines, instead of the last 10;
                             or use -n +NUM to skip NUM-1 lines at the start
      --max-unchanged-stats=N, --pid=PID, --retry, -s, --sleep-interval=N
                           accepted and ignored (they only matter with -f)
  -q, --quiet, --silent    never output headers giving file names
  -v, --verbose            always output headers giving file names
  -z, --zero-terminated    line delimiter is NUL, not newline
      --help        display this help and exit

NUM may have a multiplier suffix:
b 512, kB 1000, K 1024, MB 1000*1000, M 1024*1024,
GB 1000*1000*1000, G 1024*1024*1024, and so on for T, P, E, Z, Y.
Binary prefixes can be used, too: KiB=K, MiB=M, and so on.
`;

const FLAGS: readonly FlagSpec[] = [
  { short: 'c', long: 'bytes', arg: 'required' },
  { short: 'n', long: 'lines', arg: 'required' },
  { short: 'f', long: 'follow', arg: 'optional' },
  { short: 'F', key: 'follow' },
  { long: 'retry' },
  { long: 'pid', arg: 'required' },
  { long: 'max-unchanged-stats', arg: 'required' },
  { short: 's', long: 'sleep-interval', arg: 'required' },
  { short: 'q', long: 'quiet' },
  { long: 'silent', key: 'quiet' },
  { short: 'v', long: 'verbose' },
  { short: 'z', long: 'zero-terminated' },
  { long: 'help' },
];

/** What tail was asked to do. */
interface TailOptions {
  lines: boolean;
  count: number;
  /** `+N`: start at line/byte N instead of counting from the end. */
  fromStart: boolean;
  headers: 'auto' | 'never' | 'always';
  delim: number;
  help: boolean;
  files: readonly string[];
}

function defaults(): TailOptions {
  return { lines: true, count: 10, fromStart: false, headers: 'auto', delim: 0x0a, help: false, files: [] };
}

/** GNU's obsolete `tail -5`, `tail +3c`, `tail -20lf FILE`: only with one option and at most one file. */
function parseObsolete(args: readonly string[]): TailOptions | null {
  const fits =
    args.length === 1 ||
    (args.length === 2 && !(args[1][0] === '-' && args[1].length > 1)) ||
    ((args.length === 2 || args.length === 3) && args[1] === '--');
  if (!fits) return null;
  const sign = args[0][0];
  const p = args[0].slice(1);
  if (sign !== '+' && sign !== '-') return null;
  // '-' alone is standard input and '-c' an option waiting for its argument.
  if (sign === '-' && (p === '' || p === 'c')) return null;
  const m = /^(\d*)([bcl]?)f?$/.exec(p);
  if (!m) return null;
  const o = defaults();
  o.fromStart = sign === '+';
  o.lines = m[2] !== 'b' && m[2] !== 'c';
  const unit = m[2] === 'b' ? 512 : 1;
  o.count = Math.min((m[1] === '' ? 10 : Number(m[1])) * unit, Number.MAX_SAFE_INTEGER);
  o.files = args.slice(1).filter((a, i) => !(i === 0 && a === '--'));
  return o;
}

/** GNU tail lists the digits among its short options only to reject them here. */
function rejectDigitOptions(args: readonly string[]): void {
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--') return;
    if (/^-\d/.test(a)) throw new UsageError(`tail: option used in invalid context -- ${a[1]}\n`, 1);
    if (/^--(bytes|lines|pid|max-unchanged-stats|sleep-interval)$/.test(a) || /^-[fFqvz]*[ncs]$/.test(a)) i++;
  }
}

function parseTailArgs(args: readonly string[]): TailOptions {
  const legacy = parseObsolete(args);
  if (legacy) return legacy;
  rejectDigitOptions(args);
  const o = defaults();
  const parsed = parseFlags('tail', args, FLAGS);
  for (const [key, value] of parsed.order) {
    if (key === 'help') o.help = true;
    else if (key === 'quiet') o.headers = 'never';
    else if (key === 'verbose') o.headers = 'always';
    else if (key === 'zero-terminated') o.delim = 0;
    else if ((key === 'lines' || key === 'bytes') && typeof value === 'string') {
      o.lines = key === 'lines';
      o.fromStart = value.startsWith('+');
      const r = parseCount(value.startsWith('-') ? value.slice(1) : value);
      if ('error' in r) {
        const text = value.startsWith('-') ? value.slice(1) : value;
        throw new UsageError(`tail: invalid number of ${key}: ${quoteAlways(text)}${countErrorSuffix(r.error)}\n`, 1);
      }
      o.count = r.value;
    }
  }
  o.files = parsed.operands;
  return o;
}

/** tail of a file on a ranged-read backend, counted from the end; false when not applicable. */
async function tailRanged(ctx: CommandContext, operand: string, o: TailOptions, headers: HeaderWriter) {
  if (operand === '-' || o.fromStart) return false;
  const path = ctx.resolve(operand);
  if (!ctx.fs.resolve(path)?.mount.resource.capabilities.rangedRead) return false;
  let started = false;
  try {
    const st = await ctx.fs.stat(path, { signal: ctx.signal });
    started = true;
    await headers.write(operand);
    if (st.type === 'directory') throw new FsError('EISDIR', path);
    if (o.lines) await tailLinesRanged(ctx.fs, path, st.size, o.count, o.delim, ctx.stdout, ctx.signal);
    else await tailBytesRanged(ctx.fs, path, st.size, o.count, ctx.stdout, ctx.signal);
  } catch (e) {
    if (e instanceof FsError) throw inputError(operand, e, started);
    throw e;
  }
  return true;
}

async function tailOne(ctx: CommandContext, operand: string, o: TailOptions, headers: HeaderWriter) {
  if (await tailRanged(ctx, operand, o, headers)) return;
  const source = operandBytes(ctx, operand, () => headers.write(operand));
  if (o.fromStart) {
    if (o.lines) await tailFromLine(source, o.count, o.delim, ctx.stdout);
    else await tailFromByte(source, o.count, ctx.stdout);
  } else if (o.lines) await tailLines(source, o.count, o.delim, ctx.stdout);
  else await tailBytes(source, o.count, ctx.stdout);
}

/** The tail command. */
export const tail = defineCommand({
  name: 'tail',
  summary: 'output the last part of files',
  help: HELP,
  parse: false,
  async run(ctx) {
    const o = parseTailArgs(ctx.args);
    if (o.help) {
      await writeText(ctx.stdout, HELP);
      return 0;
    }
    return eachOperand(ctx, o.files, o.headers, (operand, headers) => tailOne(ctx, operand, o, headers));
  },
});
