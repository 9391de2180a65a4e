/** echo: bash's builtin. Leading -n/-e/-E words are options; nothing else is (not even --help). */
import { defineCommand } from '../lib/define.js';
import { isUtf8Locale } from '../lib/locale.js';
import { ByteOut } from './byte-out.js';
import { expandEscapes } from './escapes.js';

const HELP = `echo: echo [-neE] [arg ...]
    Write arguments to the standard output.

    Display the ARGs, separated by a single space character and followed by a
    newline, on the standard output.

    Options:
      -n	do not append a newline
      -e	enable interpretation of the following backslash escapes
      -E	explicitly suppress interpretation of backslash escapes
`;

/** The echo command. */
export const echo = defineCommand({
  name: 'echo',
  summary: 'write arguments to the standard output',
  help: HELP,
  parse: false,
  async run(ctx) {
    const args = ctx.args;
    let newline = true;
    let escapes = false;
    let i = 0;
    for (; i < args.length && /^-[neE]+$/.test(args[i]); i++) {
      for (const ch of args[i].slice(1)) {
        if (ch === 'n') newline = false;
        else escapes = ch === 'e';
      }
    }
    const out = new ByteOut();
    const utf8 = isUtf8Locale(ctx.env);
    for (let k = i; k < args.length; k++) {
      if (k > i) out.byte(0x20);
      if (!escapes) out.text(args[k]);
      else if (!expandEscapes(args[k], out, { dialect: 'echo', utf8 })) {
        await ctx.stdout.write(out.take());
        return 0;
      }
    }
    if (newline) out.byte(0x0a);
    if (out.length > 0) await ctx.stdout.write(out.take());
    return 0;
  },
});
