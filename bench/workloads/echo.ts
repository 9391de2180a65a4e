/** Workload 1: the cost of one small command, 1,000 × `echo hi` on a warm workspace, against the peers. */
import { spawnSync } from 'node:child_process';
import type { CallsResult, CallsSpec } from '../calls.js';
import { CALLS_ENTRY } from '../lib/paths.js';
import { findPeers } from '../lib/peers.js';
import type { Row, WorkloadGroup } from '../lib/report.js';
import { median } from '../lib/timing.js';

const COMMAND = 'echo hi';
const CALLS = 1000;
const WARMUP = 1000;
/** Fresh processes per shell, taking turns, so each shell sees the same machine load. */
const ROUNDS = 2;
const TARGET_US = 30;

/** Times CALLS / ROUNDS calls of `shell` in a fresh process. */
function timeCalls(shell: string): CallsResult {
  const spec: CallsSpec = { shell, command: COMMAND, expected: 'hi\n', warmup: WARMUP, calls: CALLS / ROUNDS };
  const r = spawnSync(process.execPath, [CALLS_ENTRY, JSON.stringify(spec)], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`timing ${shell} failed (exit ${r.status}): ${r.stderr.trim()}`);
  return JSON.parse(r.stdout) as CallsResult;
}

const p90 = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.9)];

/** `echo hi` through ws.execute, and through each installed peer, each alone in its own process. */
export const echoGroup: WorkloadGroup = {
  name: 'echo',
  description: `${CALLS} × \`${COMMAND}\` through execute on a warm workspace, median per call`,
  async run(note) {
    const contenders = new Map<string, number[]>([['mirage', []]]);
    for (const peer of findPeers(note)) contenders.set(peer.name, []);
    const versions = new Map(findPeers(() => undefined).map((p) => [p.name, `${p.name} ${p.version}`]));
    for (let round = 0; round < ROUNDS; round++) {
      for (const [name, times] of contenders) {
        const r = timeCalls(name);
        if ('skipped' in r) {
          note(r.skipped);
          contenders.delete(name);
        } else {
          times.push(...r.timesUs);
        }
      }
    }
    const ours = contenders.get('mirage')!;
    const row = {
      workload: `${CALLS} × echo hi (per call)`,
      unit: 'µs' as const,
      ours: median(ours),
      target: { text: `≤ ${TARGET_US} µs`, met: median(ours) <= TARGET_US },
    };
    const peers = [...contenders].filter(([name]) => name !== 'mirage');
    if (peers.length === 0) return [{ ...row, extra: `p90 ${p90(ours).toFixed(1)} µs; no peer ran` }];
    return peers.map(
      ([name, times]): Row => ({
        ...row,
        baseline: { name: versions.get(name) ?? name, median: median(times) },
        extra: `p90 ours ${p90(ours).toFixed(1)} µs, theirs ${p90(times).toFixed(1)} µs`,
      }),
    );
  },
};
