/** which: locate a command. Every command Mirage can run lives in /usr/bin. */
import { writeText } from '../../core/io.js';
import { defineCommand } from '../lib/define.js';

const HELP = `Usage: which [-a] args
Print the full path of each command that would be run for the given names.

  -a     print all matching paths, not just the first
`;

/** The which command (Debian's: only -a, and no --help). */
export const which = defineCommand({
  name: 'which',
  summary: 'locate a command',
  help: HELP,
  parse: false,
  async run(ctx) {
    const names: string[] = [];
    let i = 0;
    for (; i < ctx.args.length && ctx.args[i].startsWith('-') && ctx.args[i] !== '-'; i++) {
      const a = ctx.args[i];
      if (a === '--') {
        i++;
        break;
      }
      const bad = [...a.slice(1)].find((c) => c !== 'a');
      if (bad !== undefined) {
        await writeText(ctx.stderr, `Illegal option -${bad}\nUsage: /usr/bin/which [-a] args\n`);
        return 2;
      }
    }
    names.push(...ctx.args.slice(i));
    let status = names.length === 0 ? 1 : 0;
    let out = '';
    for (const name of names) {
      if (name.includes('/')) {
        const st = await ctx.fs.stat(ctx.resolve(name)).catch(() => null);
        if (st?.type === 'file' && (st.mode & 0o111) !== 0) out += `${name}\n`;
        else status = 1;
      } else if (name !== '' && ctx.lookup(name) === 'command') out += `/usr/bin/${name}\n`;
      else status = 1;
    }
    await writeText(ctx.stdout, out);
    return status;
  },
});
