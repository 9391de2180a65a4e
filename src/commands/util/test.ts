/** test and [: evaluate a conditional expression (bash builtins: no --help, exit 2 on syntax errors). */
import type { Command, CommandContext } from '../../core/command.js';
import { writeText } from '../../core/io.js';
import { defineCommand } from '../lib/define.js';
import { evaluateTest, TestSyntaxError } from './test-expr.js';

const HELP = `test: test [expr]
    Evaluate conditional expression.

    Exits with a status of 0 (true) or 1 (false) depending on
    the evaluation of EXPR.  Expressions may be unary or binary.  Unary
    expressions are often used to examine the status of a file.  There
    are string operators and numeric comparison operators as well.

    File operators: -a -b -c -d -e -f -g -h -L -k -p -r -s -S -t -u -w -x -O -G -N
      FILE1 -nt FILE2, FILE1 -ot FILE2, FILE1 -ef FILE2
    String operators: -z -n STRING, STRING, = == != < >
    Other operators: -o OPTION, -v VAR, -R VAR, ! EXPR, EXPR1 -a EXPR2,
      EXPR1 -o EXPR2, ( EXPR ), ARG1 OP ARG2 with -eq -ne -lt -le -gt -ge
`;

async function runTest(ctx: CommandContext, args: readonly string[]): Promise<number> {
  try {
    const value = await evaluateTest(args, { fs: ctx.fs, resolve: (p) => ctx.resolve(p), env: ctx.env });
    return value ? 0 : 1;
  } catch (e) {
    if (!(e instanceof TestSyntaxError)) throw e;
    await writeText(ctx.stderr, `${ctx.name}: ${e.message}\n`);
    return 2;
  }
}

/** The test command. */
export const test: Command = defineCommand({
  name: 'test',
  summary: 'evaluate a conditional expression',
  help: HELP,
  parse: false,
  run: (ctx) => runTest(ctx, ctx.args),
});

/** The [ command: test with a mandatory closing ]. */
export const bracket: Command = defineCommand({
  name: '[',
  summary: 'evaluate a conditional expression',
  help: HELP.replace('test: test [expr]', '[: [ arg... ]'),
  parse: false,
  async run(ctx) {
    if (ctx.args.length === 0 || ctx.args[ctx.args.length - 1] !== ']') {
      await writeText(ctx.stderr, "[: missing `]'\n");
      return 2;
    }
    return runTest(ctx, ctx.args.slice(0, -1));
  },
});
