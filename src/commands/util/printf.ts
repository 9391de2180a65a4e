/**
 * printf: bash's builtin. `-v VAR` belongs to the shell (the executor handles
 * it before calling this command); everything else is here.
 */
import { writeText } from '../../core/io.js';
import { defineCommand } from '../lib/define.js';
import { isUtf8Locale } from '../lib/locale.js';
import { ByteOut } from './byte-out.js';
import { runPrintf } from './printf-format.js';

const USAGE = 'printf: usage: printf [-v var] format [arguments]\n';

const HELP = `printf: printf [-v var] format [arguments]
    Formats and prints ARGUMENTS under control of the FORMAT.

    Options:
      -v var	assign the output to shell variable VAR rather than
    		display it on the standard output

    FORMAT is a character string which contains three types of objects: plain
    characters, which are simply copied to standard output; character escape
    sequences, which are converted and copied to the standard output; and
    format specifications, each of which causes printing of the next successive
    argument.

    In addition to the standard format specifications described in printf(1),
    printf interprets:

      %b	expand backslash escape sequences in the corresponding argument
      %q	quote the argument in a way that can be reused as shell input
      %Q	like %q, but apply any precision to the unquoted argument before
    		quoting

    The format is re-used as necessary to consume all of the arguments.  If
    there are fewer arguments than the format requires,  extra format
    specifications behave as if a zero value or null string, as appropriate,
    had been supplied.

    Exit Status:
    Returns success unless an invalid option is given or a write or assignment
    error occurs.
`;

/** The printf command. */
export const printf = defineCommand({
  name: 'printf',
  summary: 'format and print data',
  help: HELP,
  parse: false,
  async run(ctx) {
    let args = ctx.args;
    if (args[0] === '--help') {
      await writeText(ctx.stdout, HELP);
      return 2;
    }
    if (args[0] === '--') args = args.slice(1);
    else if (args.length > 0 && args[0].length > 1 && args[0][0] === '-') {
      await writeText(ctx.stderr, `printf: ${args[0]}: invalid option\n${USAGE}`);
      return 2;
    }
    if (args.length === 0) {
      await writeText(ctx.stderr, USAGE);
      return 2;
    }
    const out = new ByteOut();
    const messages: string[] = [];
    const note = (m: string) => {
      messages.push(`printf: ${m}\n`);
    };
    const status = runPrintf(args[0], args.slice(1), out, {
      utf8: isUtf8Locale(ctx.env),
      invalid: note,
      warn: note,
    });
    if (messages.length > 0) await writeText(ctx.stderr, messages.join(''));
    if (out.length > 0) await ctx.stdout.write(out.take());
    return status;
  },
});
