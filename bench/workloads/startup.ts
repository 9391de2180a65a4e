/** Workload 5: cold start, importing the SDK and running the first `echo hi` in a fresh node process. */
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { SDK_ENTRY } from '../lib/paths.js';
import { findPeers } from '../lib/peers.js';
import type { Row, WorkloadGroup } from '../lib/report.js';
import { median } from '../lib/timing.js';

const TARGET_MS = 150;
const WARMUP = 1;
const SAMPLES = 7;

/** Times, in ms, of one fresh process. */
interface ColdStart {
  readonly importMs: number;
  readonly totalMs: number;
  readonly processMs: number;
}

/** Code for `node -e`: import `entryUrl`, evaluate `firstExecute` (with the module as `m`), print the times. */
function coldStartCode(entryUrl: string, firstExecute: string): string {
  return [
    'const t0 = performance.now();',
    `const m = await import(${JSON.stringify(entryUrl)});`,
    'const t1 = performance.now();',
    `const r = await ${firstExecute};`,
    'const t2 = performance.now();',
    "const out = typeof r.stdout === 'string' ? r.stdout : new TextDecoder().decode(r.stdout);",
    "if (out !== 'hi\\n') { console.error('printed ' + JSON.stringify(out)); process.exit(1); }",
    'process.stdout.write(JSON.stringify({ importMs: t1 - t0, totalMs: t2 - t0 }));',
    // Some SDKs keep timers alive; the measurement is done.
    'process.exit(0);',
  ].join('\n');
}

/** Median cold start over fresh processes. */
function measure(entryUrl: string, firstExecute: string): ColdStart {
  const code = coldStartCode(entryUrl, firstExecute);
  const runs: ColdStart[] = [];
  for (let i = 0; i < WARMUP + SAMPLES; i++) {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', code], { encoding: 'utf8' });
    const processMs = performance.now() - t0;
    if (r.status !== 0) throw new Error(`cold start of ${entryUrl} failed (exit ${r.status}): ${r.stderr.trim()}`);
    if (i >= WARMUP) runs.push({ ...(JSON.parse(r.stdout) as Omit<ColdStart, 'processMs'>), processMs });
  }
  return {
    importMs: median(runs.map((r) => r.importMs)),
    totalMs: median(runs.map((r) => r.totalMs)),
    processMs: median(runs.map((r) => r.processMs)),
  };
}

const describe = (c: ColdStart) =>
  `import ${c.importMs.toFixed(1)} ms + first execute ${(c.totalMs - c.importMs).toFixed(1)} ms; whole process ${c.processMs.toFixed(0)} ms`;

/** Our cold start, and each installed peer's doing the same. */
export const startupGroup: WorkloadGroup = {
  name: 'startup',
  description: 'import of the SDK plus the first execute, in a fresh node process',
  async run(note) {
    const ours = measure(
      pathToFileURL(SDK_ENTRY).href,
      `new m.Workspace({ '/': new m.RAMResource() }).execute('echo hi')`,
    );
    const target = { text: `< ${TARGET_MS} ms`, met: ours.totalMs < TARGET_MS };
    const rows: Row[] = [
      { workload: 'import + first execute (ours)', unit: 'ms', ours: ours.totalMs, target, extra: describe(ours) },
    ];
    for (const peer of findPeers(note)) {
      try {
        const theirs = measure(peer.entryUrl, peer.firstExecute);
        rows.push({
          workload: 'import + first execute',
          unit: 'ms',
          ours: ours.totalMs,
          baseline: { name: `${peer.name} ${peer.version}`, median: theirs.totalMs },
          extra: `theirs: ${describe(theirs)}`,
        });
      } catch (e) {
        note(`${peer.name}: skipped for cold start, ${(e as Error).message}`);
      }
    }
    return rows;
  },
};
