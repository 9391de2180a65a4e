/** Workload 4: a 200-line script (functions, loops, arithmetic, strings, arrays, case, $(…)) vs GNU bash. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RAMResource, Workspace } from '../../src/index.js';
import { BENCH_SOURCE_DIR } from '../lib/paths.js';
import { type HostRun, sampleHost } from '../lib/proc.js';
import type { WorkloadGroup } from '../lib/report.js';
import { median, sample } from '../lib/timing.js';

const SCRIPT_PATH = join(BENCH_SOURCE_DIR, 'fixtures', 'script.sh');
const WARMUP = 3;
const SAMPLES = 15;

/** Throws, showing the first differing line, unless both shells printed the same. */
function assertSameOutput(ours: { exitCode: number; stdout: string; stderr: string }, bash: HostRun) {
  if (ours.exitCode === bash.status && ours.stdout === bash.stdout && ours.stderr === bash.stderr) return;
  const a = ours.stdout.split('\n');
  const b = bash.stdout.split('\n');
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  throw new Error(
    `output differs from bash (exit ${ours.exitCode} vs ${bash.status}); first difference at stdout line ${i + 1}:\n` +
      `  mirage: ${JSON.stringify(a[i])}\n  bash:   ${JSON.stringify(b[i])}\n` +
      `  mirage stderr: ${JSON.stringify(ours.stderr.slice(0, 500))}\n  bash stderr:   ${JSON.stringify(bash.stderr.slice(0, 500))}`,
  );
}

/** bench/fixtures/script.sh through ws.execute and through `bash -c`, outputs compared on every run. */
export const scriptGroup: WorkloadGroup = {
  name: 'script',
  description: '200-line script with functions and loops: ws.execute vs bash -c, same output required',
  async run() {
    const script = readFileSync(SCRIPT_PATH, 'utf8');
    const bash = sampleHost('bash', ['-c', script], WARMUP, SAMPLES);
    const expected = bash.last;
    const ws = new Workspace({ '/': new RAMResource() });
    const run = async () => {
      const r = await ws.execute(script);
      assertSameOutput({ exitCode: r.exitCode, stdout: r.stdoutText, stderr: r.stderrText }, expected);
    };
    const ours = await sample(run, { warmup: WARMUP, samples: SAMPLES, gc: true });
    return [
      {
        workload: `${script.split('\n').length - 1}-line script (functions, loops, $(…))`,
        unit: 'ms',
        ours: median(ours),
        baseline: { name: 'GNU bash -c SCRIPT', median: bash.median },
        extra: `same stdout, stderr and exit code as bash on all ${WARMUP + SAMPLES} runs; bash time includes its start-up`,
      },
    ];
  },
};
