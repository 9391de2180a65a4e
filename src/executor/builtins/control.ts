/** Builtins that steer the shell: exit, return, break, continue, eval, source, trap, wait, exec. */
import { FsError } from '../../core/errors.js';
import { decodeText } from '../../core/io.js';
import { resolvePath } from '../../core/path.js';
import type { FdTable } from '../fds.js';
import type { Shell } from '../interp.js';
import { ExitSignal, LoopSignal, ReturnSignal } from '../signals.js';
import { invoke } from '../simple.js';

async function statusArg(sh: Shell, name: string, arg: string | undefined): Promise<number | null> {
  if (arg === undefined) return sh.state.lastStatus;
  if (!/^[+-]?\d+$/.test(arg)) {
    await sh.error(`${name}: ${arg}: numeric argument required`);
    return null;
  }
  return Number(BigInt.asUintN(8, BigInt(arg)));
}

/** `exit [n]` */
export async function exitBuiltin(sh: Shell, argv: string[]): Promise<number> {
  if (argv.length > 2) {
    await sh.error('exit: too many arguments');
    return 1;
  }
  const n = await statusArg(sh, 'exit', argv[1]);
  throw new ExitSignal(n ?? 2);
}

/** `return [n]` */
export async function returnBuiltin(sh: Shell, argv: string[]): Promise<number> {
  if (sh.callDepth === 0 && sourceDepth.get(sh) === undefined) {
    await sh.error("return: can only `return' from a function or sourced script");
    return 2;
  }
  const n = await statusArg(sh, 'return', argv[1]);
  throw new ReturnSignal(n ?? 2);
}

/** `break [n]` / `continue [n]` */
export async function loopBuiltin(sh: Shell, argv: string[]): Promise<number> {
  const type = argv[0] as 'break' | 'continue';
  const arg = argv[1] ?? '1';
  if (!/^\d+$/.test(arg) || Number(arg) < 1) {
    await sh.error(`${type}: ${arg}: loop count out of range`);
    return 1;
  }
  if (sh.loopDepth === 0) {
    await sh.error(`${type}: only meaningful in a \`for', \`while', or \`until' loop`);
    return 0;
  }
  throw new LoopSignal(type, Math.min(Number(arg), sh.loopDepth));
}

/** `eval args…`: runs the joined arguments as shell text in this shell. */
export async function evalBuiltin(sh: Shell, argv: string[], fds: FdTable): Promise<number> {
  const text = argv.slice(1).join(' ');
  if (text.trim() === '') return 0;
  const { plan, error } = sh.x.host.compile(text);
  let status = await sh.runPlan(plan, fds);
  if (error) {
    await sh.syntaxError(`eval: line ${error.line}: `, error);
    status = 2;
  }
  return status;
}

const sourceDepth = new WeakMap<Shell, number>();

/** `source file [args]` / `. file [args]` */
export async function sourceBuiltin(sh: Shell, argv: string[], fds: FdTable): Promise<number> {
  const file = argv[1];
  if (file === undefined) {
    await sh.error(`${argv[0]}: filename argument required`);
    await sh.errText(`${argv[0]}: usage: ${argv[0]} filename [arguments]\n`);
    return 2;
  }
  let text: string;
  try {
    text = decodeText(await sh.fs.readFile(resolvePath(sh.state.cwd, file), { signal: sh.signal }));
  } catch (e) {
    await sh.error(`${file}: ${e instanceof FsError ? e.reason : String(e)}`);
    return 1;
  }
  const { plan, error } = sh.x.host.compile(text);
  const st = sh.state;
  const savedPos = st.positional;
  if (argv.length > 2) st.positional = argv.slice(2);
  sourceDepth.set(sh, (sourceDepth.get(sh) ?? 0) + 1);
  let status: number;
  try {
    status = await sh.runPlan(plan, fds);
  } catch (e) {
    if (!(e instanceof ReturnSignal)) throw e;
    status = e.code;
  } finally {
    const d = (sourceDepth.get(sh) ?? 1) - 1;
    if (d === 0) sourceDepth.delete(sh);
    else sourceDepth.set(sh, d);
    if (argv.length > 2) st.positional = savedPos;
  }
  if (error) {
    await sh.syntaxError(`${file}: line ${error.line}: `, error);
    return 2;
  }
  return status;
}

const SIGNALS = new Set([
  'EXIT',
  'ERR',
  'DEBUG',
  'RETURN',
  'HUP',
  'INT',
  'QUIT',
  'TERM',
  'USR1',
  'USR2',
  'PIPE',
  'ALRM',
  'CHLD',
]);

/** `trap [action] [signal…]`, `trap -p`, `trap - SIG`. Only EXIT actions run; others are recorded. */
export async function trapBuiltin(sh: Shell, argv: string[], fds: FdTable): Promise<number> {
  const st = sh.state;
  const args = argv.slice(1);
  if (args.length === 0 || args[0] === '-p') {
    const which = args.length > 1 ? args.slice(1) : [...st.traps.keys()];
    let text = '';
    for (const s of which) {
      const a = st.traps.get(normSig(s));
      if (a !== undefined) text += `trap -- '${a.replace(/'/g, "'\\''")}' ${normSig(s)}\n`;
    }
    await sh.write(fds.get(1)?.sink, text);
    return 0;
  }
  if (args[0] === '-l') {
    await sh.write(fds.get(1)?.sink, ' 1) SIGHUP\t 2) SIGINT\t 3) SIGQUIT\t13) SIGPIPE\t14) SIGALRM\t15) SIGTERM\n');
    return 0;
  }
  let action: string | null = args[0];
  let sigs = args.slice(1);
  if (args.length === 1 || /^\d+$/.test(args[0])) {
    sigs = args;
    action = null;
  }
  if (action === '-') action = null;
  let status = 0;
  for (const s of sigs) {
    const name = normSig(s);
    if (!SIGNALS.has(name)) {
      await sh.error(`trap: ${s}: invalid signal specification`);
      status = 1;
      continue;
    }
    if (action === null) st.traps.delete(name);
    else st.traps.set(name, action);
  }
  return status;
}

function normSig(s: string): string {
  const u = s.toUpperCase().replace(/^SIG/, '');
  return u === '0' ? 'EXIT' : u;
}

/** `wait [pid…]` */
export async function waitBuiltin(sh: Shell, argv: string[]): Promise<number> {
  const args = argv.slice(1).filter((a) => a !== '-n');
  if (args.length === 0) {
    await sh.waitJobs();
    return 0;
  }
  const pids: number[] = [];
  for (const a of args) {
    const id = a.startsWith('%') ? [...sh.x.jobs.keys()][Number(a.slice(1)) - 1] : Number(a);
    if (id === undefined || !Number.isInteger(id)) {
      await sh.error(`wait: \`${a}': not a pid or valid job spec`);
      return 2;
    }
    if (!sh.x.jobs.has(id)) {
      await sh.error(`wait: pid ${a} is not a child of this shell`);
      return 127;
    }
    pids.push(id);
  }
  return sh.waitJobs(pids);
}

/** `exec [cmd args]` runs cmd and exits with its status; `exec >f 3<g` (redirections only) is handled by the caller. */
export async function execBuiltin(sh: Shell, argv: string[], fds: FdTable): Promise<number> {
  if (argv.length === 1) return 0;
  const status = await invoke(sh, argv.slice(1), fds, []);
  throw new ExitSignal(status);
}

/** `:` does nothing, successfully. */
export async function colonBuiltin(): Promise<number> {
  return 0;
}

/** `let expr…` through a plain command line. */
export async function letBuiltin(sh: Shell, argv: string[]): Promise<number> {
  if (argv.length < 2) {
    await sh.error('let: expression expected');
    return 1;
  }
  let last = '0';
  for (const e of argv.slice(1)) last = sh.evalArithText(e);
  return last !== '0' ? 0 : 1;
}
