/** set, shopt, shift, unset: options, positional parameters and removal. */
import type { FdTable } from '../fds.js';
import type { Shell } from '../interp.js';
import { isValidName, SET_O_NAMES, SHOPT_NAMES, type ShellOptions } from '../state.js';

const LETTERS: Record<string, keyof ShellOptions> = {
  e: 'errexit',
  u: 'nounset',
  x: 'xtrace',
  f: 'noglob',
  C: 'noclobber',
  a: 'allexport',
};

/** `set [-euxfCa] [-o opt] [--] [args]` */
export async function setBuiltin(sh: Shell, argv: string[], fds: FdTable): Promise<number> {
  const st = sh.state;
  const out = fds.get(1)?.sink;
  if (argv.length === 1) {
    const names = [...st.vars.keys()].sort();
    let text = '';
    for (const n of names) {
      const v = st.get(n);
      if (v && typeof v.value === 'string') text += `${n}=${quote(v.value)}\n`;
    }
    await sh.write(out, text);
    return 0;
  }
  let i = 1;
  for (; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') {
      st.positional = argv.slice(i + 1);
      return 0;
    }
    if (a === '-' || a === '+') {
      st.positional = argv.slice(i + 1);
      if (a === '-') {
        st.options.xtrace = false;
      }
      return 0;
    }
    if (!/^[-+]/.test(a)) break;
    const on = a[0] === '-';
    for (let j = 1; j < a.length; j++) {
      const c = a[j];
      if (c === 'o') {
        const name = argv[++i];
        if (name === undefined) {
          await sh.write(out, listSetO(sh, on));
          continue;
        }
        if (!(SET_O_NAMES as readonly string[]).includes(name)) {
          if (
            [
              'posix',
              'vi',
              'emacs',
              'monitor',
              'notify',
              'hashall',
              'braceexpand',
              'interactive-comments',
              'ignoreeof',
              'history',
              'privileged',
              'verbose',
              'physical',
              'functrace',
              'errtrace',
              'keyword',
              'onecmd',
              'nolog',
            ].includes(name)
          )
            continue;
          await sh.error(`set: ${name}: invalid option name`);
          return 1;
        }
        st.options[name as keyof ShellOptions] = on;
        continue;
      }
      const opt = LETTERS[c];
      if (!opt) {
        if ('hBHmbvnTEPk'.includes(c)) continue;
        await sh.error(`set: ${a[0]}${c}: invalid option`);
        await sh.errText('set: usage: set [-abefhkmnptuvxBCEHPT] [-o option-name] [--] [-] [arg ...]\n');
        return 2;
      }
      st.options[opt] = on;
    }
  }
  if (i < argv.length) st.positional = argv.slice(i);
  return 0;
}

function listSetO(sh: Shell, on: boolean): string {
  return SET_O_NAMES.map((n) =>
    on ? `${n.padEnd(15)}\t${sh.state.options[n] ? 'on' : 'off'}\n` : `set ${sh.state.options[n] ? '-o' : '+o'} ${n}\n`,
  ).join('');
}

function quote(s: string): string {
  return /^[A-Za-z0-9_@%+=:,./-]*$/.test(s) ? s : `'${s.replace(/'/g, "'\\''")}'`;
}

/** `shopt [-s|-u|-p|-q] [name…]` */
export async function shoptBuiltin(sh: Shell, argv: string[], fds: FdTable): Promise<number> {
  let mode: 's' | 'u' | 'p' | 'q' | null = null;
  const names: string[] = [];
  for (const a of argv.slice(1)) {
    if (/^-[supqo]+$/.test(a)) {
      for (const c of a.slice(1)) if (c !== 'o') mode = c as 's' | 'u' | 'p' | 'q';
    } else names.push(a);
  }
  const st = sh.state;
  for (const n of names) {
    if (!(SHOPT_NAMES as readonly string[]).includes(n)) {
      await sh.error(`shopt: ${n}: invalid shell option name`);
      return 1;
    }
  }
  if (mode === 's' || mode === 'u') {
    for (const n of names) st.options[n as keyof ShellOptions] = mode === 's';
    return 0;
  }
  const list = names.length > 0 ? names : [...SHOPT_NAMES];
  if (mode === 'q') return list.every((n) => st.options[n as keyof ShellOptions]) ? 0 : 1;
  let text = '';
  let status = 0;
  for (const n of list) {
    const on = st.options[n as keyof ShellOptions];
    if (!on && names.length > 0) status = 1;
    text += mode === 'p' ? `shopt ${on ? '-s' : '-u'} ${n}\n` : `${n.padEnd(15)}\t${on ? 'on' : 'off'}\n`;
  }
  await sh.write(fds.get(1)?.sink, text);
  return status;
}

/** `shift [n]` */
export async function shiftBuiltin(sh: Shell, argv: string[]): Promise<number> {
  const arg = argv[1] ?? '1';
  if (!/^\d+$/.test(arg)) {
    await sh.error(`shift: ${arg}: numeric argument required`);
    return 1;
  }
  const n = Number(arg);
  if (n > sh.state.positional.length) return 1;
  sh.state.positional = sh.state.positional.slice(n);
  return 0;
}

/** `unset [-v|-f] name…` (also `unset 'a[1]'`). */
export async function unsetBuiltin(sh: Shell, argv: string[]): Promise<number> {
  let mode: 'v' | 'f' | null = null;
  let status = 0;
  const st = sh.state;
  for (const a of argv.slice(1)) {
    if (a === '-v' || a === '-f') {
      mode = a[1] as 'v' | 'f';
      continue;
    }
    if (a === '-n') continue;
    const m = /^([A-Za-z_][A-Za-z0-9_]*)\[(.*)\]$/s.exec(a);
    if (m && mode !== 'f') {
      const v = st.get(m[1]);
      if (v && v.value instanceof Map) v.value.delete(m[2]);
      else if (v && Array.isArray(v.value)) {
        let idx = Number(sh.evalArithText(m[2]));
        if (idx < 0) idx += v.value.length;
        if (idx >= 0) {
          delete v.value[idx];
          while (v.value.length > 0 && v.value[v.value.length - 1] === undefined) v.value.length--;
        }
      }
      continue;
    }
    if (!isValidName(a)) {
      await sh.error(`unset: \`${a}': not a valid identifier`);
      status = 1;
      continue;
    }
    if (mode === 'f') {
      st.functions.delete(a);
      continue;
    }
    if (st.get(a)) {
      if (st.get(a)?.readonly) {
        await sh.error(`unset: ${a}: cannot unset: readonly variable`);
        status = 1;
      } else st.unset(a);
    } else if (mode === null) st.functions.delete(a);
  }
  return status;
}

/** `alias [name[=value]…]` */
export async function aliasBuiltin(sh: Shell, argv: string[], fds: FdTable): Promise<number> {
  const aliases = sh.state.aliases;
  const show = (n: string) => `alias ${n}='${(aliases.get(n) as string).replace(/'/g, "'\\''")}'\n`;
  const args = argv.slice(1).filter((a) => a !== '-p');
  if (args.length === 0) {
    await sh.write(fds.get(1)?.sink, [...aliases.keys()].sort().map(show).join(''));
    return 0;
  }
  let status = 0;
  let text = '';
  for (const a of args) {
    const eq = a.indexOf('=');
    if (eq > 0) {
      aliases.set(a.slice(0, eq), a.slice(eq + 1));
      continue;
    }
    if (aliases.has(a)) text += show(a);
    else {
      await sh.error(`alias: ${a}: not found`);
      status = 1;
    }
  }
  await sh.write(fds.get(1)?.sink, text);
  return status;
}

/** `unalias [-a] name…` */
export async function unaliasBuiltin(sh: Shell, argv: string[]): Promise<number> {
  let status = 0;
  for (const a of argv.slice(1)) {
    if (a === '-a') {
      sh.state.aliases.clear();
      continue;
    }
    if (!sh.state.aliases.delete(a)) {
      await sh.error(`unalias: ${a}: not found`);
      status = 1;
    }
  }
  return status;
}
