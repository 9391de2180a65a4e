/**
 * The executor's entry point: runs one script text on a shell state with the
 * given streams, bash-style: statements before a syntax error run, then the
 * error is reported with status 2; the EXIT trap runs; background jobs are
 * awaited so their output is not lost.
 */
import type { ByteSource } from '../core/io.js';
import { Execution } from './execution.js';
import { SharedSource } from './fds.js';
import type { RunOptions, ShellHost } from './host.js';
import { Shell } from './interp.js';
import { ExitSignal } from './signals.js';
import type { ShellState } from './state.js';

/** Runs `text` on `state`; resolves to the exit status. Rejects only when the signal aborts. */
export async function runScript(
  host: ShellHost,
  state: ShellState,
  text: string,
  stdin: ByteSource,
  opts: RunOptions,
): Promise<number> {
  const x = new Execution(host, opts, process.pid);
  const stdinSource = new SharedSource(stdin);
  const fds = new Map([
    [0, { source: stdinSource }],
    [1, { sink: opts.stdout }],
    [2, { sink: opts.stderr }],
  ]);
  const sh = new Shell(state, x, text, opts.signal, fds);
  let { plan, error } = host.compile(text);
  let status = 0;
  let exited = false;
  try {
    status = await sh.runTopLevel(plan, fds);
    // Bad arithmetic is a run-time error in bash: report it and go on with the next line.
    for (let rest = text; error?.arithmetic; ) {
      await sh.error(error.arithmetic.message);
      state.lastStatus = 1;
      rest = rest.slice(error.arithmetic.resumeAt);
      ({ plan, error } = host.compile(rest));
      status = await sh.runTopLevel(plan, fds);
    }
  } catch (e) {
    if (!(e instanceof ExitSignal)) throw e;
    status = e.code;
    exited = true;
  }
  try {
    if (error && !exited) {
      await sh.syntaxError('', error);
      status = 2;
    }
    state.lastStatus = status;
    await sh.runExitTrap(fds);
    await sh.waitJobs();
  } finally {
    for (const f of x.finalizers.splice(0)) await f().catch(() => undefined);
    await stdinSource.close().catch(() => undefined);
  }
  return status;
}
