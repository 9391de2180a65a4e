/**
 * Compound commands that loop or branch: and/or lists, while/until, for (both
 * forms), select, case, and `&`. Functions of the shell they run in.
 */

import { patternToRegExp } from '../core/glob-pattern.js';
import { EMPTY_SOURCE } from '../core/io.js';
import type { PlanNode } from '../planner/plan.js';
import { readLine } from './builtins/read.js';
import { type FdTable, SharedSource } from './fds.js';
import type { Shell } from './interp.js';
import { ExitSignal, LoopSignal, ReturnSignal } from './signals.js';

export async function runAndOr(sh: Shell, node: Extract<PlanNode, { kind: 'AndOr' }>, fds: FdTable): Promise<number> {
  let status = await sh.condition(node.first, fds);
  for (let i = 0; i < node.rest.length; i++) {
    const { op, node: next } = node.rest[i];
    if ((op === '&&' && status !== 0) || (op === '||' && status === 0)) continue;
    const last = i === node.rest.length - 1;
    status = last ? await sh.run(next, fds) : await sh.condition(next, fds);
  }
  return status;
}

export async function runBackground(sh: Shell, node: PlanNode, fds: FdTable): Promise<number> {
  // Background jobs of a non-interactive shell read /dev/null unless redirected.
  const bgFds = new Map(fds);
  bgFds.set(0, { source: new SharedSource(EMPTY_SOURCE) });
  const sub = sh.subshell(bgFds);
  const job = sh.x.addJob(sub.runNode(node, bgFds, true).catch(() => 1));
  sh.x.lastBgPid = job.pid;
  return 0;
}

export async function loopBody(sh: Shell, body: PlanNode, fds: FdTable): Promise<'break' | 'continue' | number> {
  try {
    return await sh.run(body, fds);
  } catch (e) {
    if (e instanceof LoopSignal) {
      if (e.levels > 1) {
        e.levels--;
        throw e;
      }
      return e.type;
    }
    throw e;
  }
}

export async function runLoop(
  sh: Shell,
  until: boolean,
  cond: PlanNode,
  body: PlanNode,
  fds: FdTable,
): Promise<number> {
  let status = 0;
  sh.loopDepth++;
  try {
    for (;;) {
      const c = await sh.condition(cond, fds);
      if ((c === 0) === until) break;
      const r = await loopBody(sh, body, fds);
      if (r === 'break') break;
      if (r !== 'continue') status = r;
      await yieldIfNeeded(sh);
    }
  } finally {
    sh.loopDepth--;
  }
  return status;
}

export async function runForIn(sh: Shell, node: Extract<PlanNode, { kind: 'ForIn' }>, fds: FdTable): Promise<number> {
  let items: string[];
  try {
    items = node.items ? await sh.expander.words(node.items) : sh.state.positional.slice();
  } catch (e) {
    return sh.fail(e);
  }
  if (node.select) return runSelect(sh, node, items, fds);
  let status = 0;
  sh.loopDepth++;
  try {
    for (const item of items) {
      sh.state.setScalar(node.name, item);
      const r = await loopBody(sh, node.body, fds);
      if (r === 'break') break;
      if (r !== 'continue') status = r;
      await yieldIfNeeded(sh);
    }
  } finally {
    sh.loopDepth--;
  }
  return status;
}

export async function runSelect(
  sh: Shell,
  node: Extract<PlanNode, { kind: 'ForIn' }>,
  items: string[],
  fds: FdTable,
): Promise<number> {
  let status = 0;
  sh.loopDepth++;
  try {
    for (;;) {
      const width = String(items.length).length;
      await sh.errText(items.map((it, i) => `${String(i + 1).padStart(width)}) ${it}\n`).join(''));
      await sh.errText(sh.state.getScalar('PS3') ?? '#? ');
      const line = await readLine(fds.get(0)?.source, '\n', sh.signal);
      if (line === null) break;
      sh.state.setScalar('REPLY', line.text);
      const n = Number(line.text.trim());
      sh.state.setScalar(node.name, Number.isInteger(n) && n >= 1 && n <= items.length ? items[n - 1] : '');
      if (line.text.trim() === '') continue;
      const r = await loopBody(sh, node.body, fds);
      if (r === 'break') break;
      if (r !== 'continue') status = r;
    }
  } finally {
    sh.loopDepth--;
  }
  return status;
}

export async function runForC(sh: Shell, node: Extract<PlanNode, { kind: 'ForC' }>, fds: FdTable): Promise<number> {
  let status = 0;
  sh.loopDepth++;
  try {
    if (node.init) await sh.arith(node.init);
    for (;;) {
      if (node.cond && (await sh.arith(node.cond)) === 0n) break;
      const r = await loopBody(sh, node.body, fds);
      if (r === 'break') break;
      if (r !== 'continue') status = r;
      if (node.post) await sh.arith(node.post);
      await yieldIfNeeded(sh);
    }
  } catch (e) {
    if (e instanceof LoopSignal || e instanceof ExitSignal || e instanceof ReturnSignal) throw e;
    return sh.fail(e);
  } finally {
    sh.loopDepth--;
  }
  return status;
}

export async function runCase(sh: Shell, node: Extract<PlanNode, { kind: 'Case' }>, fds: FdTable): Promise<number> {
  let word: string;
  try {
    word = await sh.expander.string(node.word);
  } catch (e) {
    return sh.fail(e);
  }
  const opts = { nocase: sh.state.options.nocasematch, extglob: sh.state.options.extglob };
  let status = 0;
  let fallthrough = false;
  for (let i = 0; i < node.items.length; i++) {
    const item = node.items[i];
    let matched = fallthrough;
    if (!matched) {
      for (const p of item.patterns) {
        if (patternToRegExp(await sh.expander.pattern(p), opts).test(word)) {
          matched = true;
          break;
        }
      }
    }
    if (!matched) continue;
    status = await sh.run(item.body, fds);
    if (item.op === ';;') return status;
    fallthrough = item.op === ';&';
  }
  return status;
}

let iterations = 0;

/** Lets other work run during long loops and checks for cancellation. */
async function yieldIfNeeded(sh: Shell): Promise<void> {
  if (++iterations % 1024 === 0) {
    await new Promise<void>((r) => setImmediate(r));
    if (sh.signal.aborted) throw sh.signal.reason;
  }
}
