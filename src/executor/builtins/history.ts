/** `history` and `help`: the session's command list, and what commands exist. */
import type { FdTable } from '../fds.js';
import type { Shell } from '../interp.js';

/** `history [N] | -c`: bash's numbered listing (`%5d  command`) of this session's commands. */
export async function historyBuiltin(sh: Shell, argv: string[], fds: FdTable): Promise<number> {
  const h = sh.x.host.history;
  const args = argv.slice(1);
  if (args[0] === '-c') {
    h?.clear();
    return 0;
  }
  let count = Number.POSITIVE_INFINITY;
  if (args.length > 0) {
    if (args.length > 1) {
      await sh.error('history: too many arguments');
      return 1;
    }
    if (!/^\d+$/.test(args[0])) {
      await sh.error(
        `history: ${args[0]}: ${args[0].startsWith('-') ? 'invalid option' : 'numeric argument required'}`,
      );
      return args[0].startsWith('-') ? 2 : 1;
    }
    count = Number(args[0]);
  }
  const list = h?.list() ?? [];
  const first = Math.max(0, list.length - count);
  let text = '';
  for (let i = first; i < list.length; i++)
    text += `${String(i + 1).padStart(5)}  ${list[i].command.replace(/\n+$/, '')}\n`;
  await sh.write(fds.get(1)?.sink, text);
  return 0;
}

/** `help [name]`: lists builtins and commands, or shows one command's help. */
export async function helpBuiltin(sh: Shell, argv: string[], fds: FdTable): Promise<number> {
  const { BUILTINS } = await import('./index.js');
  const commands = sh.x.host.commands;
  const out = fds.get(1)?.sink;
  if (argv.length > 1) {
    let status = 0;
    for (const name of argv.slice(1)) {
      const cmd = commands.get(name);
      if (cmd) await sh.write(out, cmd.help);
      else if (BUILTINS.has(name)) await sh.write(out, `${name}: a shell builtin; it behaves as in GNU bash.\n`);
      else {
        await sh.error(`help: no help topics match \`${name}'.`);
        status = 1;
      }
    }
    return status;
  }
  const lines = [
    'Mirage shell. Builtins (as in GNU bash):',
    `  ${[...BUILTINS.keys()].sort().join(' ')}`,
    '',
    'Commands:',
  ];
  for (const name of [...commands.keys()].sort()) {
    lines.push(`  ${name.padEnd(12)} ${commands.get(name)?.summary ?? ''}`);
  }
  lines.push('', "Run 'help NAME' or 'NAME --help' for details.");
  await sh.write(out, `${lines.join('\n')}\n`);
  return 0;
}
