/**
 * Pipelines: every stage runs concurrently in its own subshell, joined by
 * bounded pipes. When a stage finishes, its input pipe closes: the stage
 * feeding it gets EPIPE (status 141) and its upstream I/O is aborted at once.
 * Simple stages are bound (words expanded) first so pushdown rules can rewrite them.
 */
import { Pipe } from '../core/io.js';
import type { BoundStage } from '../planner/operators.js';
import type { PipelineNode, PlanNode, SimpleNode } from '../planner/plan.js';
import { optimizeStages } from '../planner/rules/driver.js';
import { type Fd, type FdTable, SharedSource } from './fds.js';
import type { Shell } from './interp.js';
import { guardOutput } from './safeguard.js';
import { ExitSignal, LoopSignal, ReturnSignal } from './signals.js';
import { ruleEnv, runArgv, runStage } from './simple.js';

/** Runs a pipeline node; sets PIPESTATUS; applies `!` and pipefail. */
export async function runPipeline(sh: Shell, node: PipelineNode, fds: FdTable): Promise<number> {
  let statuses: number[];
  if (node.stages.length === 1) {
    const s = node.negated ? await sh.condition(node.stages[0], fds) : await sh.run(node.stages[0], fds);
    statuses = [s];
  } else {
    statuses = await runStages(sh, node, fds);
  }
  sh.state.setArray('PIPESTATUS', statuses.map(String));
  let status = statuses[statuses.length - 1];
  if (sh.state.options.pipefail) {
    for (let i = statuses.length - 1; i >= 0; i--) {
      if (statuses[i] !== 0) {
        status = statuses[i];
        break;
      }
    }
  }
  if (node.negated) status = status === 0 ? 1 : 0;
  return status;
}

function bindable(n: PlanNode): n is SimpleNode {
  return n.kind === 'Simple' && n.redirs.length === 0 && n.assigns.length === 0 && n.words.length > 0;
}

async function runStages(sh: Shell, node: PipelineNode, fds: FdTable): Promise<number[]> {
  const n = node.stages.length;
  const pipes = Array.from({ length: n - 1 }, () => new Pipe());
  const controllers = node.stages.map(() => new AbortController());
  const shells: Shell[] = [];
  const stageFds: FdTable[] = [];
  // Aborted when a safeguard's timeout fires: every stage listens to it.
  const guardStop = new AbortController();
  for (let i = 0; i < n; i++) {
    const t = new Map<number, Fd>(fds);
    if (i > 0) t.set(0, { source: new SharedSource(pipes[i - 1]) });
    if (i < n - 1) {
      t.set(1, { sink: pipes[i] });
      if (node.stderrToo[i]) t.set(2, { sink: pipes[i] });
      const ctrl = controllers[i];
      pipes[i].onClose(() => ctrl.abort(new DOMException('pipe closed', 'AbortError')));
    }
    stageFds.push(t);
    shells.push(sh.subshell(t, AbortSignal.any([sh.signal, guardStop.signal, controllers[i].signal])));
  }

  // Bind simple stages, then let the rules rewrite them.
  const bound: (BoundStage | null)[] = [];
  const bindErrors: (number | null)[] = [];
  for (let i = 0; i < n; i++) {
    const st = node.stages[i];
    bindErrors.push(null);
    if (!bindable(st)) {
      bound.push(null);
      continue;
    }
    try {
      shells[i].lineno = st.span.line;
      const argv = st.literalArgv ? (st.literalArgv as string[]) : await shells[i].expander.words(st.words);
      bound.push(argv.length > 0 ? { op: 'exec', argv, node: st } : null);
    } catch (e) {
      bound.push(null);
      bindErrors[i] = await shells[i].fail(e).catch(() => 1);
    }
  }
  const present = bound.filter((b): b is BoundStage => b !== null);
  if (present.length > 0) {
    const { stages } = optimizeStages(present, ruleEnv(sh), sh.x.host.disabledRules);
    let k = 0;
    for (let i = 0; i < n; i++) if (bound[i]) bound[i] = stages[k++];
  }

  // The last stage decides the safeguard: its output is what reaches the caller.
  const lastBound = bound[n - 1];
  const guard = lastBound?.op === 'exec' ? guardOutput(sh, lastBound.argv, stageFds[n - 1]) : null;
  if (guard) {
    stageFds[n - 1] = guard.fds;
    guard.signal.addEventListener('abort', () => guardStop.abort(guard.signal.reason), { once: true });
  }

  const run = async (i: number): Promise<number> => {
    const sub = shells[i];
    try {
      const err = bindErrors[i];
      if (err !== null) return err;
      const b = bound[i];
      if (b && b.op === 'exec') {
        try {
          return await runArgv(sub, b.node as SimpleNode, b.argv as string[], stageFds[i]);
        } catch (e) {
          if (e instanceof ExitSignal) return e.fatal ? 1 : e.code;
          if (e instanceof ReturnSignal) return e.code;
          if (e instanceof LoopSignal) return 0;
          return await sub.fail(e);
        } finally {
          await sub.finishProcSubsts();
        }
      }
      if (b) return await runStage(sub, b, stageFds[i]);
      return await sub.runNode(node.stages[i], stageFds[i], true);
    } catch (e) {
      if (controllers[i].signal.aborted && !sh.signal.aborted) return 141;
      throw e;
    } finally {
      if (i < n - 1) pipes[i].end();
      if (i > 0) pipes[i - 1].close();
    }
  };
  if (!guard) return Promise.all(node.stages.map((_, i) => run(i)));
  let statuses: number[];
  try {
    statuses = await Promise.all(node.stages.map((_, i) => run(i)));
  } catch (e) {
    if (!(guardStop.signal.aborted && !sh.signal.aborted)) throw e;
    statuses = node.stages.map(() => 124);
  }
  statuses[n - 1] = await guard.finish(statuses[n - 1]);
  return statuses;
}
