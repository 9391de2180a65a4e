/** Workload 5: cold start, importing the SDK and running the first `echo hi` in a fresh node process. */
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { SDK_ENTRY } from '../lib/paths.js';
import { findPeers } from '../lib/peers.js';
import type { Row, WorkloadGroup } from '../lib/report.js';
import { median } from '../lib/timing.js';

const TARGET_MS = 150;
const WARMUP = 1;
const SAMPLES = 5;

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

/** One fresh process: import `entryUrl`, run `echo hi`, report the times. */
function coldStart(code: string, entryUrl: string): ColdStart {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', code], { encoding: 'utf8' });
  const processMs = performance.now() - t0;
  if (r.status !== 0) throw new Error(`cold start of ${entryUrl} failed (exit ${r.status}): ${r.stderr.trim()}`);
  return { ...(JSON.parse(r.stdout) as Omit<ColdStart, 'processMs'>), processMs };
}

interface Contender {
  readonly name: string;
  readonly entryUrl: string;
  readonly code: string;
  readonly runs: ColdStart[];
}

/** Medians of each field. */
function medianOf(runs: readonly ColdStart[]): ColdStart {
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
    const ourUrl = pathToFileURL(SDK_ENTRY).href;
    const contenders: Contender[] = [
      {
        name: 'mirage',
        entryUrl: ourUrl,
        code: coldStartCode(ourUrl, `new m.Workspace({ '/': new m.RAMResource() }).execute('echo hi')`),
        runs: [],
      },
      ...findPeers(note).map((p) => ({
        name: `${p.name} ${p.version}`,
        entryUrl: p.entryUrl,
        code: coldStartCode(p.entryUrl, p.firstExecute),
        runs: [],
      })),
    ];
    // Fresh processes take turns, so a burst of load elsewhere hits every contender alike.
    let active = contenders;
    for (let i = 0; i < WARMUP + SAMPLES; i++) {
      active = active.filter((c) => {
        try {
          const run = coldStart(c.code, c.entryUrl);
          if (i >= WARMUP) c.runs.push(run);
          return true;
        } catch (e) {
          if (c === contenders[0]) throw e;
          note(`${c.name}: skipped for cold start, ${(e as Error).message}`);
          c.runs.length = 0;
          return false;
        }
      });
    }
    const ours = medianOf(contenders[0].runs);
    const target = { text: `< ${TARGET_MS} ms`, met: ours.totalMs < TARGET_MS };
    const rows: Row[] = [
      { workload: 'import + first execute (ours)', unit: 'ms', ours: ours.totalMs, target, extra: describe(ours) },
    ];
    for (const peer of contenders.slice(1)) {
      if (peer.runs.length === 0) continue;
      const theirs = medianOf(peer.runs);
      rows.push({
        workload: 'import + first execute',
        unit: 'ms',
        ours: ours.totalMs,
        baseline: { name: peer.name, median: theirs.totalMs },
        extra: `theirs: ${describe(theirs)}`,
      });
    }
    return rows;
  },
};
