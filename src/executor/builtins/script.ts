/** bash / sh (a child shell running a script), getopts, and printf -v. */
import { FsError } from '../../core/errors.js';
import { CollectSink, decodeText, readAll } from '../../core/io.js';
import { resolvePath } from '../../core/path.js';
import type { FdTable } from '../fds.js';
import { Shell } from '../interp.js';
import { asBuiltin, findCommand, runCommand } from '../simple.js';
import { type ShellOptions, ShellState } from '../state.js';

const FLAG_OPTS: Record<string, keyof ShellOptions> = {
  e: 'errexit',
  u: 'nounset',
  x: 'xtrace',
  f: 'noglob',
  C: 'noclobber',
  a: 'allexport',
};

/** `bash [-euxo opt] (-c TEXT [name args] | FILE [args] | < script)`: a child shell with the exported environment. */
export async function bashBuiltin(sh: Shell, argv: string[], fds: FdTable): Promise<number> {
  const child = new ShellState();
  for (const [k, v] of sh.state.vars) {
    if (v.exported && typeof v.value === 'string') {
      child.setScalar(k, v.value);
      child.export(k);
    }
  }
  child.cwd = sh.state.cwd;
  let text: string | null = null;
  let name = argv[0];
  let i = 1;
  for (; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') {
      i++;
      break;
    }
    if (a === '-c') {
      const cmd = argv[++i];
      if (cmd === undefined) {
        await sh.errText(`${argv[0]}: -c: option requires an argument\n`);
        return 2;
      }
      text = cmd;
      continue;
    }
    if (a === '-o' || a === '+o') {
      const opt = argv[++i] as keyof ShellOptions;
      if (opt in child.options) child.options[opt] = a === '-o';
      continue;
    }
    if (/^[-+][euxfCaslir]+$/.test(a)) {
      for (const c of a.slice(1)) {
        const o = FLAG_OPTS[c];
        if (o) child.options[o] = a[0] === '-';
      }
      continue;
    }
    if (a === '--norc' || a === '--noprofile' || a === '--posix') continue;
    break;
  }
  let rest = argv.slice(i);
  if (text === null) {
    if (rest.length > 0) {
      name = rest[0];
      try {
        text = decodeText(await sh.fs.readFile(resolvePath(sh.state.cwd, rest[0]), { signal: sh.signal }));
      } catch (e) {
        await sh.errText(`${argv[0]}: ${rest[0]}: ${e instanceof FsError ? e.reason : String(e)}\n`);
        return 127;
      }
      rest = rest.slice(1);
    } else {
      const src = fds.get(0)?.source;
      text = src ? decodeText(await readAll(src)) : '';
    }
  } else if (rest.length > 0) {
    name = rest[0];
    rest = rest.slice(1);
  }
  child.positional = rest;
  const shell = new Shell(child, sh.x, text, sh.signal, fds);
  shell.scriptName = name;
  const { plan, error } = sh.x.host.compile(text);
  let status = await shell.runNode(plan.body, fds, true);
  if (error) {
    await sh.errText(`${name}: line ${error.line}: ${error.message}\n`);
    if (error.quoted !== null) await sh.errText(`${name}: line ${error.line}: \`${error.quoted}'\n`);
    status = 2;
  }
  return status;
}

/** `getopts optstring name [args]` with OPTIND/OPTARG, silent mode when optstring starts with ':'. */
export async function getoptsBuiltin(sh: Shell, argv: string[]): Promise<number> {
  if (argv.length < 3) {
    await sh.error('getopts: usage: getopts optstring name [arg ...]');
    return 2;
  }
  const st = sh.state;
  const spec = argv[1];
  const name = argv[2];
  const args = argv.length > 3 ? argv.slice(3) : st.positional;
  const silent = spec.startsWith(':');
  let optind = Number(st.getScalar('OPTIND') ?? '1') || 1;
  const sub = Number(st.getScalar('__MIRAGE_OPTPOS') ?? '1') || 1;
  const arg = args[optind - 1];
  if (arg === undefined || !arg.startsWith('-') || arg === '-') {
    st.setScalar(name, '?');
    return 1;
  }
  if (arg === '--') {
    st.setScalar('OPTIND', String(optind + 1));
    st.setScalar(name, '?');
    return 1;
  }
  const c = arg[sub];
  let next = sub + 1;
  const advance = () => {
    if (next >= arg.length) {
      optind++;
      next = 1;
    }
    st.setScalar('OPTIND', String(optind));
    st.setScalar('__MIRAGE_OPTPOS', String(next));
  };
  const idx = spec.indexOf(c);
  if (c === ':' || idx < 0) {
    advance();
    if (silent) {
      st.setScalar(name, '?');
      st.setScalar('OPTARG', c);
    } else {
      await sh.errText(`${sh.special('0')}: illegal option -- ${c}\n`);
      st.setScalar(name, '?');
      st.unset('OPTARG');
    }
    return 0;
  }
  if (spec[idx + 1] === ':') {
    let val: string | undefined;
    if (next < arg.length) {
      val = arg.slice(next);
      next = arg.length;
    } else {
      val = args[optind];
      optind++;
    }
    if (val === undefined) {
      next = arg.length;
      advance();
      if (silent) {
        st.setScalar(name, ':');
        st.setScalar('OPTARG', c);
      } else {
        await sh.errText(`${sh.special('0')}: option requires an argument -- ${c}\n`);
        st.setScalar(name, '?');
      }
      return 0;
    }
    st.setScalar('OPTARG', val);
    next = arg.length;
  } else if (st.get('OPTARG')) st.unset('OPTARG');
  advance();
  st.setScalar(name, c);
  return 0;
}

/** printf: `-v var` stores the output in a variable (a builtin feature); otherwise the printf command. */
export async function printfBuiltin(sh: Shell, argv: string[], fds: FdTable): Promise<number> {
  const cmd = findCommand(sh, 'printf');
  if (!cmd) {
    await sh.error('printf: command not found');
    return 127;
  }
  if (argv[1] !== '-v') return runCommand(sh, cmd, argv, asBuiltin(fds, 'printf'), sh.state.env());
  const name = argv[2];
  if (name === undefined) {
    await sh.error('printf: -v: option requires an argument');
    return 2;
  }
  const sink = new CollectSink();
  const table = new Map(asBuiltin(fds, 'printf'));
  table.set(1, { sink });
  const status = await runCommand(sh, cmd, ['printf', ...argv.slice(3)], table, sh.state.env());
  const m = /^([A-Za-z_][A-Za-z0-9_]*)\[(.*)\]$/.exec(name);
  if (m)
    sh.state.setElement(m[1], sh.state.get(m[1])?.value instanceof Map ? m[2] : sh.evalArithText(m[2]), sink.text());
  else sh.state.setScalar(name, sink.text());
  return status;
}
