/** cat: concatenate files to stdout; chunks pass through untouched unless a flag needs lines. */
import { FsError } from '../../core/errors.js';
import { writeText } from '../../core/io.js';
import { defineCommand } from '../lib/define.js';
import { quote } from '../lib/quote.js';
import { CatFormatter, type CatOptions, needsProcessing } from './cat-format.js';
import { pump, reasonOf } from './fs-errors.js';

const HELP = `Usage: cat [OPTION]... [FILE]...
Write the concatenation of FILE(s) to standard output.

Standard input is read when FILE is - or when no FILE is given.

  -A, --show-all           same as -vET
  -b, --number-nonblank    number the lines that are not empty (wins over -n)
  -e                       same as -vE
  -E, --show-ends          print $ at the end of every line
  -n, --number             number every output line
  -s, --squeeze-blank      print runs of empty lines as one empty line
  -t                       same as -vT
  -T, --show-tabs          print TAB characters as ^I
  -u                       (ignored)
  -v, --show-nonprinting   show control and 8-bit bytes with ^ and M- notation,
                             except for newline and TAB
      --help     display this help and exit

Examples:
  cat f - g  Print f, then standard input, then g.
  cat        Copy standard input to standard output.
`;

/** cat [OPTION]... [FILE]... */
export const cat = defineCommand({
  name: 'cat',
  summary: 'concatenate files and print on the standard output',
  help: HELP,
  flags: [
    { short: 'A', long: 'show-all' },
    { short: 'b', long: 'number-nonblank' },
    { short: 'e' },
    { short: 'E', long: 'show-ends' },
    { short: 'n', long: 'number' },
    { short: 's', long: 'squeeze-blank' },
    { short: 't' },
    { short: 'T', long: 'show-tabs' },
    { short: 'u' },
    { short: 'v', long: 'show-nonprinting' },
  ],
  async run(ctx, p) {
    const all = p.has('show-all');
    const opts: CatOptions = {
      number: p.has('number'),
      numberNonblank: p.has('number-nonblank'),
      squeeze: p.has('squeeze-blank'),
      showEnds: all || p.has('e') || p.has('show-ends'),
      showTabs: all || p.has('t') || p.has('show-tabs'),
      showNonprinting: all || p.has('e') || p.has('t') || p.has('show-nonprinting'),
    };
    const formatter = needsProcessing(opts) ? new CatFormatter(opts) : null;
    const write = formatter
      ? (chunk: Uint8Array) => ctx.stdout.write(formatter.format(chunk))
      : (chunk: Uint8Array) => ctx.stdout.write(chunk);
    const operands = p.operands.length > 0 ? p.operands : ['-'];
    let status = 0;
    for (const arg of operands) {
      ctx.signal.throwIfAborted();
      const source = arg === '-' ? ctx.stdin : ctx.fs.read(ctx.resolve(arg), { signal: ctx.signal });
      const err = arg === '' ? new FsError('ENOENT', arg) : await pump(source, write);
      if (err) {
        await writeText(ctx.stderr, `cat: ${quote(arg)}: ${reasonOf(err)}\n`);
        status = 1;
      }
    }
    return status;
  },
});
