/** diff: compare files line by line, or directories recursively. */
import { UsageError } from '../../core/errors.js';
import { writeText } from '../../core/io.js';
import { defineCommand } from '../lib/define.js';
import { parseFlags } from '../lib/flags.js';
import { DIFF_FLAGS, type DiffSettings, settingsFrom } from './diff-options.js';
import { DiffRun } from './diff-tree.js';

const HELP = `Usage: diff [OPTION]... FILE1 FILE2
Compare two files line by line; with directories, compare the files they hold.
FILE may be - for standard input. Exit status is 0 when the inputs are the
same, 1 when they differ, 2 on trouble.

      --normal                  a normal diff (the default)
  -q, --brief                   only say whether the files differ
  -s, --report-identical-files  also say when two files are the same
  -c, -C NUM, --context[=NUM]   NUM (default 3) lines of copied context
  -u, -U NUM, --unified[=NUM]   NUM (default 3) lines of unified context
      --label LABEL             print LABEL instead of the name and time
                                  (give it twice for both files)
  -r, --recursive               compare subdirectories too
  -N, --new-file                compare a missing file as an empty one
  -x, --exclude=PAT             skip files whose names match PAT
  -i, --ignore-case             ignore case differences
  -E, --ignore-tab-expansion    ignore changes from tab expansion
  -Z, --ignore-trailing-space   ignore white space at line ends
  -b, --ignore-space-change     ignore changes in the amount of white space
  -w, --ignore-all-space        ignore all white space
  -B, --ignore-blank-lines      ignore changes whose lines are all blank
  -a, --text                    treat every file as text
      --strip-trailing-cr       drop a carriage return before each newline
  -d, --minimal                 try hard to find a smaller set of changes
      --help     display this help and exit
`;

function usage(message: string): UsageError {
  return new UsageError(`diff: ${message}\ndiff: Try 'diff --help' for more information.\n`, 2);
}

/** diff [OPTION]... FILE1 FILE2 */
export const diff = defineCommand({
  name: 'diff',
  summary: 'compare files line by line',
  help: HELP,
  parse: false,
  async run(ctx) {
    let settings: DiffSettings;
    let operands: readonly string[];
    try {
      const parsed = parseFlags('diff', ctx.args, [...DIFF_FLAGS, { long: 'help', key: '__help' }], { usageExit: 2 });
      if (parsed.has('__help')) {
        await writeText(ctx.stdout, HELP);
        return 0;
      }
      settings = settingsFrom(parsed, ctx.args);
      operands = parsed.operands;
    } catch (e) {
      if (!(e instanceof UsageError)) throw e;
      // GNU diff prefixes the hint with its name, unlike most tools.
      throw new UsageError(e.message.replace(/\nTry /, '\ndiff: Try '), 2);
    }
    if (operands.length < 2) {
      throw usage(operands.length === 0 ? "missing operand after 'diff'" : `missing operand after '${operands[0]}'`);
    }
    if (operands.length > 2) throw usage(`extra operand '${operands[2]}'`);
    return new DiffRun(ctx, settings).top(operands[0], operands[1]);
  },
});
