/** Workload 4: a 200-line script (functions, loops, arithmetic, strings, arrays, case, $(…)) vs GNU bash. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RAMResource, Workspace } from '../../src/index.js';
import { BENCH_SOURCE_DIR } from '../lib/paths.js';
import { type HostRun, runHost } from '../lib/proc.js';
import type { WorkloadGroup } from '../lib/report.js';
import { median } from '../lib/timing.js';

const SCRIPT_PATH = join(BENCH_SOURCE_DIR, 'fixtures', 'script.sh');
const WARMUP = 10;
const SAMPLES = 15;

interface Output {
  readonly exitCode: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Throws, showing the first differing line, unless both shells printed the same. */
function assertSameOutput(ours: Output, bash: Output): void {
  if (ours.exitCode === bash.exitCode && ours.stdout === bash.stdout && ours.stderr === bash.stderr) return;
  const a = ours.stdout.split('\n');
  const b = bash.stdout.split('\n');
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  throw new Error(
    `output differs from bash (exit ${ours.exitCode} vs ${bash.exitCode}); first difference at stdout line ${i + 1}:\n` +
      `  mirage: ${JSON.stringify(a[i])}\n  bash:   ${JSON.stringify(b[i])}\n` +
      `  mirage stderr: ${JSON.stringify(ours.stderr.slice(0, 500))}\n  bash stderr:   ${JSON.stringify(bash.stderr.slice(0, 500))}`,
  );
}

const fromHost = (r: HostRun): Output => ({ exitCode: r.status, stdout: r.stdout, stderr: r.stderr });

/** bench/fixtures/script.sh through ws.execute and through `bash -c`, taking turns; outputs compared on every run. */
export const scriptGroup: WorkloadGroup = {
  name: 'script',
  description: '200-line script with functions and loops: ws.execute vs bash -c, same output required',
  async run() {
    const script = readFileSync(SCRIPT_PATH, 'utf8');
    const expected = fromHost(runHost('bash', ['-c', script]));
    if (expected.exitCode !== 0) throw new Error(`bash exited ${expected.exitCode}: ${expected.stderr}`);
    const ws = new Workspace({ '/': new RAMResource() });
    const bashTimes: number[] = [];
    const ourTimes: number[] = [];
    for (let i = 0; i < WARMUP + SAMPLES; i++) {
      const bash = runHost('bash', ['-c', script]);
      assertSameOutput(fromHost(bash), expected);
      const t0 = performance.now();
      const r = await ws.execute(script);
      const ms = performance.now() - t0;
      assertSameOutput({ exitCode: r.exitCode, stdout: r.stdoutText, stderr: r.stderrText }, expected);
      if (i >= WARMUP) {
        bashTimes.push(bash.ms);
        ourTimes.push(ms);
      }
    }
    return [
      {
        workload: `${script.split('\n').length - 1}-line script (functions, loops, $(…))`,
        unit: 'ms',
        ours: median(ourTimes),
        baseline: { name: 'GNU bash -c SCRIPT', median: median(bashTimes) },
        extra: `same stdout, stderr and exit code as bash on all ${WARMUP + SAMPLES} runs; bash time includes its start-up`,
      },
    ];
  },
};
