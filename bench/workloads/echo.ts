/** Workload 1: the cost of one small command, 1,000 × `echo hi` on a warm workspace, against the peers. */
import { RAMResource, Workspace } from '../../src/index.js';
import { findPeers, openChecked } from '../lib/peers.js';
import type { Row, WorkloadGroup } from '../lib/report.js';
import { median } from '../lib/timing.js';

const COMMAND = 'echo hi';
const CALLS = 1000;
const WARMUP = 200;
/** The calls are made in this many blocks, the shells taking turns, so each sees the same machine load. */
const ROUNDS = 10;
const TARGET_US = 30;

interface Contender {
  readonly name: string;
  readonly run: () => Promise<unknown>;
  readonly timesUs: number[];
}

const p90 = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.9)];

/** `echo hi` through ws.execute, and through each installed peer. */
export const echoGroup: WorkloadGroup = {
  name: 'echo',
  description: `${CALLS} × \`${COMMAND}\` through execute on a warm workspace, median per call`,
  async run(note) {
    const ws = new Workspace({ '/data': new RAMResource() });
    const check = await ws.execute(COMMAND);
    if (check.exitCode !== 0 || check.stdoutText !== 'hi\n') {
      throw new Error(`mirage printed ${JSON.stringify(check.stdoutText)} (exit ${check.exitCode}) for \`${COMMAND}\``);
    }
    const contenders: Contender[] = [{ name: 'mirage', run: () => ws.execute(COMMAND), timesUs: [] }];
    for (const peer of findPeers(note)) {
      const shell = await openChecked(peer, COMMAND, 'hi\n', note);
      if (shell) contenders.push({ name: `${peer.name} ${peer.version}`, run: () => shell(COMMAND), timesUs: [] });
    }
    for (const c of contenders) for (let i = 0; i < WARMUP; i++) await c.run();
    for (let round = 0; round < ROUNDS; round++) {
      for (const c of contenders) {
        for (let i = 0; i < CALLS / ROUNDS; i++) {
          const t0 = performance.now();
          await c.run();
          c.timesUs.push((performance.now() - t0) * 1000);
        }
      }
    }
    const [ours, ...peers] = contenders;
    const row = {
      workload: `${CALLS} × echo hi (per call)`,
      unit: 'µs' as const,
      ours: median(ours.timesUs),
      target: { text: `≤ ${TARGET_US} µs`, met: median(ours.timesUs) <= TARGET_US },
    };
    if (peers.length === 0) return [{ ...row, extra: `p90 ${p90(ours.timesUs).toFixed(1)} µs; no peer ran` }];
    return peers.map(
      (peer): Row => ({
        ...row,
        baseline: { name: peer.name, median: median(peer.timesUs) },
        extra: `p90 ours ${p90(ours.timesUs).toFixed(1)} µs, theirs ${p90(peer.timesUs).toFixed(1)} µs`,
      }),
    );
  },
};
