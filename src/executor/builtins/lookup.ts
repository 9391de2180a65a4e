/** command, builtin, type, hash: questions about what names mean, and calls that skip functions. */
import type { FdTable } from '../fds.js';
import type { Shell } from '../interp.js';
import { findCommand, invoke, lookupName, runCommand } from '../simple.js';

/** `command [-v|-V] name [args]`: runs a builtin or command, skipping functions. */
export async function commandBuiltin(sh: Shell, argv: string[], fds: FdTable): Promise<number> {
  let i = 1;
  let mode: 'v' | 'V' | null = null;
  for (; i < argv.length && argv[i].startsWith('-') && argv[i] !== '-'; i++) {
    if (argv[i] === '--') {
      i++;
      break;
    }
    for (const c of argv[i].slice(1)) {
      if (c === 'v' || c === 'V') mode = c;
      else if (c !== 'p') {
        await sh.error(`command: -${c}: invalid option`);
        await sh.errText('command: usage: command [-pVv] command [arg ...]\n');
        return 2;
      }
    }
  }
  const rest = argv.slice(i);
  if (rest.length === 0) return 0;
  if (mode) {
    let status = 0;
    for (const n of rest) {
      const kind = lookupName(sh, n);
      if (!kind) {
        if (mode === 'V') await sh.error(`command: ${n}: not found`);
        status = 1;
        continue;
      }
      const line = mode === 'v' ? (kind === 'command' ? commandPath(sh, n) : n) : describeName(sh, n, kind);
      await sh.write(fds.get(1)?.sink, `${line}\n`);
    }
    return status;
  }
  const saved = sh.state.functions;
  const fn = saved.get(rest[0]);
  if (!fn) return invoke(sh, rest, fds, []);
  // Hide the function for this call only.
  sh.state.functions = new Map(saved);
  sh.state.functions.delete(rest[0]);
  try {
    return await invoke(sh, rest, fds, []);
  } finally {
    sh.state.functions = saved;
  }
}

/** The path Mirage shows for a registered command. */
export function commandPath(sh: Shell, name: string): string {
  return name.includes('/') && findCommand(sh, name) ? name : `/usr/bin/${name}`;
}

function describeName(sh: Shell, n: string, kind: string): string {
  switch (kind) {
    case 'keyword':
      return `${n} is a shell keyword`;
    case 'function': {
      const fn = sh.state.functions.get(n);
      return `${n} is a function\n${fn ? sh.x.host.printFunction(fn.decl) : ''}`;
    }
    case 'builtin':
      return `${n} is a shell builtin`;
    default:
      return `${n} is ${commandPath(sh, n)}`;
  }
}

/** `type [-t|-p|-a] name…` */
export async function typeBuiltin(sh: Shell, argv: string[], fds: FdTable): Promise<number> {
  let mode: 't' | 'p' | 'P' | null = null;
  const names: string[] = [];
  for (const a of argv.slice(1)) {
    if (/^-[tpPaf]+$/.test(a)) {
      for (const c of a.slice(1)) if (c === 't' || c === 'p' || c === 'P') mode = c;
    } else names.push(a);
  }
  let status = 0;
  let text = '';
  for (const n of names) {
    const kind = lookupName(sh, n);
    if (!kind) {
      if (mode === null) await sh.error(`type: ${n}: not found`);
      status = 1;
      continue;
    }
    if (mode === 't') text += `${kind === 'command' ? 'file' : kind}\n`;
    else if (mode === 'p' || mode === 'P') {
      if (kind === 'command') text += `${commandPath(sh, n)}\n`;
      else if (mode === 'P') status = 1;
    } else text += `${describeName(sh, n, kind)}\n`;
  }
  await sh.write(fds.get(1)?.sink, text);
  return status;
}

/** `builtin name [args]`: runs a shell builtin even when a function shadows it. */
export async function builtinBuiltin(sh: Shell, argv: string[], fds: FdTable): Promise<number> {
  if (argv.length < 2) return 0;
  const { BUILTINS, BUILTIN_COMMANDS } = await import('./index.js');
  const b = BUILTINS.get(argv[1]);
  const cmd = BUILTIN_COMMANDS.has(argv[1]) ? findCommand(sh, argv[1]) : undefined;
  if (cmd) return runCommand(sh, cmd, argv.slice(1), fds, sh.state.env());
  if (!b) {
    await sh.error(`builtin: ${argv[1]}: not a shell builtin`);
    return 1;
  }
  return b(sh, argv.slice(1), fds);
}

/** `hash`: Mirage has no PATH cache; succeed for known names as bash would. */
export async function hashBuiltin(sh: Shell, argv: string[]): Promise<number> {
  let status = 0;
  for (const n of argv.slice(1)) {
    if (n.startsWith('-')) continue;
    if (!findCommand(sh, n)) {
      await sh.error(`hash: ${n}: not found`);
      status = 1;
    }
  }
  return status;
}
