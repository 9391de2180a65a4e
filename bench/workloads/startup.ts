/** Workload 5: cold start, importing the SDK and running the first `echo hi` in a fresh node process. */
import { spawnSync } from 'node:child_process';
import { relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { packageEntry, REPO_ROOT, SDK_MODULES_ENTRY } from '../lib/paths.js';
import { findPeers } from '../lib/peers.js';
import type { Row, WorkloadGroup } from '../lib/report.js';
import { median } from '../lib/timing.js';

const TARGET_MS = 150;
const WARMUP = 1;
const SAMPLES = 5;
/** Peers start slowly (seconds for some); fewer samples keep the group short. */
const PEER_SAMPLES = 3;

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
    const firstExecute = `new m.Workspace({ '/': new m.RAMResource() }).execute('echo hi')`;
    const ours = (name: string, path: string): Contender => {
      const entryUrl = pathToFileURL(path).href;
      return { name, entryUrl, code: coldStartCode(entryUrl, firstExecute), runs: [] };
    };
    const contenders: Contender[] = [
      ours('mirage', packageEntry()),
      ours('mirage (per-module build)', SDK_MODULES_ENTRY),
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
        if (!c.name.startsWith('mirage') && i >= WARMUP + PEER_SAMPLES) return true;
        try {
          const run = coldStart(c.code, c.entryUrl);
          if (i >= WARMUP) c.runs.push(run);
          return true;
        } catch (e) {
          if (c.name.startsWith('mirage')) throw e;
          note(`${c.name}: skipped for cold start, ${(e as Error).message}`);
          c.runs.length = 0;
          return false;
        }
      });
    }
    const [pkgRuns, moduleRuns, ...peers] = contenders;
    const pkg = medianOf(pkgRuns.runs);
    const modules = medianOf(moduleRuns.runs);
    const target = { text: `< ${TARGET_MS} ms`, met: pkg.totalMs < TARGET_MS };
    const rows: Row[] = [
      {
        workload: `import + first execute (${relative(REPO_ROOT, packageEntry())})`,
        unit: 'ms',
        ours: pkg.totalMs,
        target,
        extra: describe(pkg),
      },
      {
        workload: `  same, per-module build (${relative(REPO_ROOT, SDK_MODULES_ENTRY)})`,
        unit: 'ms',
        ours: modules.totalMs,
        extra: describe(modules),
      },
    ];
    for (const peer of peers) {
      if (peer.runs.length === 0) continue;
      const theirs = medianOf(peer.runs);
      rows.push({
        workload: 'import + first execute',
        unit: 'ms',
        ours: pkg.totalMs,
        baseline: { name: peer.name, median: theirs.totalMs },
        extra: `theirs: ${describe(theirs)}`,
      });
    }
    return rows;
  },
};
