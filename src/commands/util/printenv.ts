/** printenv: print all or part of the environment. */
import { writeText } from '../../core/io.js';
import { defineCommand } from '../lib/define.js';

const HELP = `Usage: printenv [OPTION]... [VARIABLE]...
Print the values of the specified environment VARIABLE(s).
If no VARIABLE is specified, print name and value pairs for them all.

  -0, --null     end each output line with NUL, not newline
      --help     display this help and exit
`;

/** The printenv command. */
export const printenv = defineCommand({
  name: 'printenv',
  summary: 'print all or part of environment',
  help: HELP,
  flags: [{ short: '0', long: 'null' }],
  flagOptions: { usageExit: 2 },
  async run(ctx, parsed) {
    const end = parsed.has('null') ? '\0' : '\n';
    if (parsed.operands.length === 0) {
      const lines = Object.entries(ctx.env).map(([k, v]) => `${k}=${v}${end}`);
      await writeText(ctx.stdout, lines.join(''));
      return 0;
    }
    let missing = 0;
    let out = '';
    for (const name of parsed.operands) {
      if (!name.includes('=') && Object.hasOwn(ctx.env, name)) out += `${ctx.env[name]}${end}`;
      else missing++;
    }
    await writeText(ctx.stdout, out);
    return missing > 0 ? 1 : 0;
  },
});
