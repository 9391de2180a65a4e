/** Workload 1: the cost of one small command, 1,000 × `echo hi` on a warm workspace, against the peers. */
import { RAMResource, Workspace } from '../../src/index.js';
import { findPeers, openChecked } from '../lib/peers.js';
import type { Row, WorkloadGroup } from '../lib/report.js';
import { median, sample } from '../lib/timing.js';

const COMMAND = 'echo hi';
const CALLS = 1000;
const WARMUP = 200;
const TARGET_US = 30;

/** Median and 90th percentile of per-call times, in µs. */
async function perCall(run: () => Promise<unknown>): Promise<{ median: number; p90: number }> {
  const times = (await sample(run, { warmup: WARMUP, samples: CALLS })).map((ms) => ms * 1000);
  const sorted = [...times].sort((a, b) => a - b);
  return { median: median(times), p90: sorted[Math.floor(sorted.length * 0.9)] };
}

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
    const ours = await perCall(() => ws.execute(COMMAND));
    const target = { text: `≤ ${TARGET_US} µs`, met: ours.median <= TARGET_US };
    const rows: Row[] = [];
    for (const peer of findPeers(note)) {
      const shell = await openChecked(peer, COMMAND, 'hi\n', note);
      if (!shell) continue;
      const theirs = await perCall(() => shell(COMMAND));
      rows.push({
        workload: `${CALLS} × echo hi (per call)`,
        unit: 'µs',
        ours: ours.median,
        baseline: { name: `${peer.name} ${peer.version}`, median: theirs.median },
        target,
        extra: `p90 ours ${ours.p90.toFixed(1)} µs, theirs ${theirs.p90.toFixed(1)} µs`,
      });
    }
    if (rows.length === 0) {
      rows.push({
        workload: `${CALLS} × echo hi (per call)`,
        unit: 'µs',
        ours: ours.median,
        target,
        extra: `p90 ${ours.p90.toFixed(1)} µs; no peer installed`,
      });
    }
    return rows;
  },
};
