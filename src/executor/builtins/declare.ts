/**
 * declare / typeset / local / export / readonly: attributes (-a -A -i -l -u -x
 * -r -g), listing (-p, -f, -F) and assignment, with bash's messages.
 */
import type { Assign, DeclVariant } from '../../parser/ast.js';
import { arrayKeys } from '../expand/param.js';
import type { FdTable } from '../fds.js';
import type { Shell } from '../interp.js';
import { ShellError } from '../signals.js';
import { applyAssigns, evalAssigns } from '../simple.js';
import { isValidName, type Variable } from '../state.js';

const OPTION_LETTERS = 'aAfFgilnprtuxI';

/** Runs a declaration node. */
export async function runDecl(sh: Shell, variant: DeclVariant, args: readonly Assign[], fds: FdTable): Promise<number> {
  const options = new Set<string>();
  const off = new Set<string>();
  const items: Assign[] = [];
  const words: string[] = [];
  for (const a of args) {
    if (a.naked && a.name === null && a.value) {
      for (const w of await sh.expander.words([a.value])) {
        if (/^[-+][a-zA-Z]+$/.test(w) && items.length === 0 && words.length === 0) {
          for (const c of w.slice(1)) {
            if (!OPTION_LETTERS.includes(c)) throw new ShellError(`${variant}: ${w[0]}${c}: invalid option`, 2);
            (w[0] === '-' ? options : off).add(c);
          }
        } else words.push(w);
      }
      continue;
    }
    items.push(a);
  }
  return declare(sh, variant, options, off, items, words, fds);
}

/** `builtin export a=1`: the same builtin reached through a plain command line. */
export async function declareFromArgv(sh: Shell, argv: string[], fds: FdTable): Promise<number> {
  const variant = argv[0] as DeclVariant;
  const options = new Set<string>();
  const off = new Set<string>();
  let i = 1;
  for (; i < argv.length; i++) {
    const w = argv[i];
    if (w === '--') {
      i++;
      break;
    }
    if (!/^[-+][a-zA-Z]+$/.test(w)) break;
    for (const c of w.slice(1)) (w[0] === '-' ? options : off).add(c);
  }
  return declare(sh, variant, options, off, [], argv.slice(i), fds);
}

async function declare(
  sh: Shell,
  variant: DeclVariant,
  options: Set<string>,
  off: Set<string>,
  items: Assign[],
  words: string[],
  fds: FdTable,
): Promise<number> {
  const st = sh.state;
  if (variant === 'export') options.add('x');
  if (variant === 'readonly') options.add('r');
  if (variant === 'export' && options.has('n')) {
    options.delete('n');
    options.delete('x');
    off.add('x');
  }
  const local =
    variant === 'local' ||
    ((variant === 'declare' || variant === 'typeset') && st.frames.length > 0 && !options.has('g'));
  if (variant === 'local' && st.frames.length === 0) throw new ShellError('local: can only be used in a function');
  const out = fds.get(1)?.sink;

  if (options.has('f') || options.has('F')) {
    const names =
      items.length + words.length === 0
        ? [...st.functions.keys()].sort()
        : [...words, ...items.map((a) => a.name ?? '')];
    let status = 0;
    let text = '';
    for (const n of names) {
      const fn = st.functions.get(n);
      if (!fn) {
        status = 1;
        continue;
      }
      if (options.has('F'))
        text += names.length > 0 && items.length + words.length > 0 ? `${n}\n` : `declare -f ${n}\n`;
      else text += `${sh.x.host.printFunction(fn.decl)}\n`;
    }
    await sh.write(out, text);
    return status;
  }

  if (items.length + words.length === 0 || (options.has('p') && items.length === 0 && words.length === 0)) {
    await sh.write(out, listVars(sh, variant, options));
    return 0;
  }
  if (options.has('p')) {
    let status = 0;
    let text = '';
    for (const n of [...words, ...items.map((a) => a.name ?? '')]) {
      const v = st.get(n);
      if (!v) {
        await sh.error(`${variant}: ${n}: not found`);
        status = 1;
        continue;
      }
      text += `${describe(n, v)}\n`;
    }
    await sh.write(out, text);
    return status;
  }

  let status = 0;
  // Words that came from expansions: `name` or `name=value`.
  for (const w of words) {
    const eq = w.indexOf('=');
    const name = eq < 0 ? w : w.slice(0, eq).replace(/\+$/, '');
    if (!isValidName(name.replace(/\[.*\]$/, ''))) {
      await sh.error(`${variant}: \`${w}': not a valid identifier`);
      status = 1;
      continue;
    }
    const v = prepare(sh, name, local, options, off);
    if (eq >= 0) {
      const append = w[eq - 1] === '+';
      if (options.has('a') || options.has('A')) setArrayFromText(sh, name, w.slice(eq + 1));
      else st.setScalar(name, w.slice(eq + 1), append, (s) => sh.evalArithText(s));
    }
    finish(sh, name, v, options, off);
  }
  for (const a of items) {
    const name = a.name as string;
    if (!isValidName(name)) {
      await sh.error(`${variant}: \`${name}': not a valid identifier`);
      status = 1;
      continue;
    }
    const v = prepare(sh, name, local, options, off);
    if (v.readonly && (a.value || a.array)) {
      await sh.error(`${name}: readonly variable`);
      status = 1;
      continue;
    }
    if (a.value || a.array || a.index) {
      const list = await evalAssigns(sh, [a]);
      applyAssigns(sh, list);
    }
    finish(sh, name, st.get(name) ?? v, options, off);
  }
  return status;
}

/** Creates or localises the variable and sets its container type. */
function prepare(sh: Shell, name: string, local: boolean, options: Set<string>, off: Set<string>): Variable {
  const st = sh.state;
  const v = local ? st.makeLocal(name) : st.declare(name);
  if (options.has('A') && !(v.value instanceof Map)) {
    v.value = new Map();
  } else if (options.has('a') && !Array.isArray(v.value)) {
    v.value = typeof v.value === 'string' && v.value !== '' ? [v.value] : [];
  }
  if (options.has('i')) v.integer = true;
  if (off.has('i')) v.integer = false;
  if (options.has('l')) {
    v.lower = true;
    v.upper = false;
  }
  if (options.has('u')) {
    v.upper = true;
    v.lower = false;
  }
  return v;
}

function finish(sh: Shell, name: string, v: Variable, options: Set<string>, off: Set<string>): void {
  if (options.has('x')) sh.state.export(name, true);
  if (off.has('x')) sh.state.export(name, false);
  if (options.has('r')) v.readonly = true;
  sh.state.touchEnv();
}

function setArrayFromText(sh: Shell, name: string, text: string): void {
  const m = /^\((.*)\)$/s.exec(text);
  const items = m ? m[1].split(/\s+/).filter(Boolean) : [text];
  const v = sh.state.get(name);
  if (v?.value instanceof Map) {
    const map = new Map<string, string>();
    for (const it of items) {
      const kv = /^\[(.*?)\]=(.*)$/.exec(it);
      if (kv) map.set(kv[1], kv[2]);
    }
    sh.state.setArray(name, map);
  } else sh.state.setArray(name, items);
}

function flagsOf(v: Variable): string {
  let f = '';
  if (Array.isArray(v.value)) f += 'a';
  if (v.value instanceof Map) f += 'A';
  if (v.integer) f += 'i';
  if (v.lower) f += 'l';
  if (v.readonly) f += 'r';
  if (v.upper) f += 'u';
  if (v.exported) f += 'x';
  return f === '' ? '--' : `-${f}`;
}

function dq(s: string): string {
  return `"${s.replace(/(["\\$`])/g, '\\$1')}"`;
}

/** One `declare -p` line. */
export function describe(name: string, v: Variable): string {
  const flags = flagsOf(v);
  if (v.value === null) return `declare ${flags} ${name}`;
  if (typeof v.value === 'string') return `declare ${flags} ${name}=${dq(v.value)}`;
  if (v.value instanceof Map) {
    const body = [...v.value].map(([k, x]) => `[${k}]=${dq(x)} `).join('');
    return `declare ${flags} ${name}=(${body})`;
  }
  const arr = v.value;
  const body = arrayKeys(v)
    .map((k) => `[${k}]=${dq(arr[Number(k)] as string)}`)
    .join(' ');
  return `declare ${flags} ${name}=(${body})`;
}

function listVars(sh: Shell, variant: DeclVariant, options: Set<string>): string {
  const names = [...sh.state.vars.keys()].sort();
  let text = '';
  for (const n of names) {
    const v = sh.state.get(n) as Variable;
    if (v.value === null && variant === 'declare' && !options.has('p')) continue;
    if (variant === 'export' || options.has('x')) {
      if (!v.exported) continue;
      text += typeof v.value === 'string' ? `declare -x ${n}=${dq(v.value)}\n` : `${describe(n, v)}\n`;
      continue;
    }
    if (variant === 'readonly' || options.has('r')) {
      if (v.readonly) text += `${describe(n, v)}\n`;
      continue;
    }
    if (options.has('p') || variant !== 'declare') text += `${describe(n, v)}\n`;
    else if (typeof v.value === 'string') text += `${n}=${quoteValue(v.value)}\n`;
    else text += `${n}=${describe(n, v).replace(/^declare -\S+ \w+=/, '')}\n`;
  }
  return text;
}

function quoteValue(s: string): string {
  return /^[A-Za-z0-9_@%+=:,./-]*$/.test(s) ? s : `'${s.replace(/'/g, "'\\''")}'`;
}
