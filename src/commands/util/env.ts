/** env: run a program in a modified environment, or print the environment. */
import { UsageError } from '../../core/errors.js';
import { writeText } from '../../core/io.js';
import { defineCommand } from '../lib/define.js';
import { quoteAlways } from '../lib/quote.js';
import { canRun } from './run-argv.js';

const HELP = `Usage: env [OPTION]... [-] [NAME=VALUE]... [COMMAND [ARG]...]
Set each NAME to VALUE in the environment and run COMMAND.

Mandatory arguments to long options are mandatory for short options too.
  -i, --ignore-environment  start with an empty environment
  -0, --null           end each output line with NUL, not newline
  -u, --unset=NAME     remove variable from the environment
      --help     display this help and exit

A mere - implies -i.  If no COMMAND, print the resulting environment.

Exit status:
  125  if the env command itself fails
  126  if COMMAND is found but cannot be invoked
  127  if COMMAND cannot be found
  -    the exit status of COMMAND otherwise
`;

/** The env command. */
export const env = defineCommand({
  name: 'env',
  summary: 'run a program in a modified environment',
  help: HELP,
  flags: [
    { short: 'i', long: 'ignore-environment' },
    { short: '0', long: 'null' },
    { short: 'u', long: 'unset', arg: 'required' },
  ],
  flagOptions: { usageExit: 125, stopAtOperand: true },
  async run(ctx, parsed) {
    let operands = parsed.operands;
    let ignore = parsed.has('ignore-environment');
    if (operands[0] === '-') {
      ignore = true;
      operands = operands.slice(1);
    }
    const vars: Record<string, string> = ignore ? {} : { ...ctx.env };
    for (const name of parsed.lists.unset ?? []) {
      if (name === '' || name.includes('=')) {
        throw new UsageError(`env: cannot unset ${quoteAlways(name)}: Invalid argument\n`, 125);
      }
      delete vars[name];
    }
    let i = 0;
    for (; i < operands.length && operands[i].includes('='); i++) {
      const eq = operands[i].indexOf('=');
      vars[operands[i].slice(0, eq)] = operands[i].slice(eq + 1);
    }
    const argv = operands.slice(i);
    if (argv.length === 0) {
      const end = parsed.has('null') ? '\0' : '\n';
      await writeText(
        ctx.stdout,
        Object.entries(vars)
          .map(([k, v]) => `${k}=${v}${end}`)
          .join(''),
      );
      return 0;
    }
    if (parsed.has('null'))
      throw new UsageError(
        `env: cannot specify --null (-0) with command\nTry 'env --help' for more information.\n`,
        125,
      );
    if (!canRun(ctx, argv[0])) {
      await writeText(ctx.stderr, `env: ${quoteAlways(argv[0])}: No such file or directory\n`);
      return 127;
    }
    return ctx.exec(argv, { env: vars });
  },
});
