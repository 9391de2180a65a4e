/** head: output the first part of files. */
import type { CommandContext } from '../../core/command.js';
import { FsError, UsageError } from '../../core/errors.js';
import { writeText } from '../../core/io.js';
import { defineCommand } from '../lib/define.js';
import { type FlagSpec, parseFlags, usageError } from '../lib/flags.js';
import { quoteAlways } from '../lib/quote.js';
import { countErrorSuffix, parseCount } from '../lib/size-suffix.js';
import { elideBytes, elideLines, headBytes, headLines } from './head-stream.js';
import { eachOperand, type HeaderWriter, inputError, operandBytes } from './input.js';

const HELP = `Usage: head [OPTION]... [FILE]...
Print the first 10 lines of each FILE to standard output.
With more than one FILE, precede each with a header giving the file name.

With no FILE, or when FILE is -, read standard input.

Mandatory arguments to long options are mandatory for short options too.
  -c, --bytes=[-]NUM       print the first NUM bytes of each file;
                             with the leading '-', print all but the last
                             NUM bytes of each file
  -n, --lines=[-]NUM       print the first NUM lines instead of the first 10;
                             with the leading '-', print all but the last
                             NUM lines of each file
  -q, --quiet, --silent    never print headers giving file names
  -v, --verbose            always print headers giving file names
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
  { short: 'q', long: 'quiet' },
  { long: 'silent', key: 'quiet' },
  { short: 'v', long: 'verbose' },
  { short: 'z', long: 'zero-terminated' },
  { long: 'help' },
];

/** What head was asked to do. */
interface HeadOptions {
  lines: boolean;
  count: number;
  /** Print all but the last `count`. */
  elide: boolean;
  headers: 'auto' | 'never' | 'always';
  delim: number;
  help: boolean;
  files: readonly string[];
}

function parseNumber(text: string, lines: boolean): number {
  const r = parseCount(text);
  if ('value' in r) return r.value;
  const what = lines ? 'lines' : 'bytes';
  throw new UsageError(`head: invalid number of ${what}: ${quoteAlways(text)}${countErrorSuffix(r.error)}\n`, 1);
}

/** `head -5`, `head -20c`, `head -3qv`: GNU's obsolete first-argument form. */
function parseLegacy(arg: string, o: HeadOptions): void {
  const digits = /^-(\d+)/.exec(arg) as RegExpExecArray;
  let multiplier = '';
  for (const ch of arg.slice(digits[0].length)) {
    if (ch === 'c') {
      o.lines = false;
      multiplier = '';
    } else if (ch === 'b' || ch === 'k' || ch === 'm') {
      o.lines = false;
      multiplier = ch;
    } else if (ch === 'l') o.lines = true;
    else if (ch === 'q') o.headers = 'never';
    else if (ch === 'v') o.headers = 'always';
    else if (ch === 'z') o.delim = 0;
    else throw usageError('head', `invalid trailing option -- ${ch}`);
  }
  o.count = parseNumber(digits[1] + multiplier, o.lines);
}

/** GNU head lists the digits among its short options only to reject them here. */
function rejectDigitOptions(args: readonly string[]): void {
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--') return;
    if (/^-\d/.test(a)) throw usageError('head', `invalid trailing option -- ${a[1]}`);
    if (a === '--bytes' || a === '--lines' || /^-[qvz]*[nc]$/.test(a)) i++;
  }
}

function parseHeadArgs(args: readonly string[]): HeadOptions {
  const o: HeadOptions = { lines: true, count: 10, elide: false, headers: 'auto', delim: 0x0a, help: false, files: [] };
  let rest = args;
  if (rest.length > 0 && /^-\d/.test(rest[0])) {
    parseLegacy(rest[0], o);
    rest = rest.slice(1);
  }
  rejectDigitOptions(rest);
  const parsed = parseFlags('head', rest, FLAGS);
  for (const [key, value] of parsed.order) {
    if (key === 'help') o.help = true;
    else if (key === 'quiet') o.headers = 'never';
    else if (key === 'verbose') o.headers = 'always';
    else if (key === 'zero-terminated') o.delim = 0;
    else if (typeof value === 'string') {
      o.lines = key === 'lines';
      o.elide = value.startsWith('-');
      o.count = parseNumber(o.elide ? value.slice(1) : value, o.lines);
    }
  }
  o.files = parsed.operands;
  return o;
}

async function headOne(ctx: CommandContext, operand: string, o: HeadOptions, headers: HeaderWriter): Promise<void> {
  const onOpen = () => headers.write(operand);
  if (o.count === 0 && !o.elide) {
    // Nothing to read, but GNU still opens the file: a missing one is an error.
    if (operand !== '-') {
      try {
        await ctx.fs.stat(ctx.resolve(operand));
      } catch (e) {
        if (e instanceof FsError)
          throw inputError(operand, e.code === 'EISDIR' ? new FsError('ENOENT', operand) : e, false);
        throw e;
      }
    }
    return onOpen();
  }
  const source = operandBytes(ctx, operand, onOpen);
  if (o.elide) {
    if (o.lines) await elideLines(source, o.count, o.delim, ctx.stdout);
    else await elideBytes(source, o.count, ctx.stdout);
  } else if (o.lines) await headLines(source, o.count, o.delim, ctx.stdout);
  else await headBytes(source, o.count, ctx.stdout);
}

/** The head command. */
export const head = defineCommand({
  name: 'head',
  summary: 'output the first part of files',
  help: HELP,
  parse: false,
  async run(ctx) {
    const o = parseHeadArgs(ctx.args);
    if (o.help) {
      await writeText(ctx.stdout, HELP);
      return 0;
    }
    return eachOperand(ctx, o.files, o.headers, (operand, headers) => headOne(ctx, operand, o, headers));
  },
});
