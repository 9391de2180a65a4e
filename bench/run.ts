/**
 * Benchmark runner: `npm run bench [-- GROUP...]`. Runs the selected workload groups (all by
 * default), then prints one table of medians, each against a baseline measured in the same run.
 */
import { cpus, loadavg } from 'node:os';
import { type Row, renderTable, type WorkloadGroup } from './lib/report.js';
import { echoGroup } from './workloads/echo.js';
import { headGroup } from './workloads/head.js';
import { scriptGroup } from './workloads/script.js';
import { startupGroup } from './workloads/startup.js';
import { wcGroup } from './workloads/wc.js';

const GROUPS: readonly WorkloadGroup[] = [echoGroup, wcGroup, headGroup, scriptGroup, startupGroup];

function usage(): string {
  return [
    'usage: npm run bench [-- GROUP...]',
    'groups:',
    ...GROUPS.map((g) => `  ${g.name.padEnd(8)} ${g.description}`),
  ].join('\n');
}

async function main(argv: readonly string[]): Promise<number> {
  if (argv.includes('-h') || argv.includes('--help')) {
    console.log(usage());
    return 0;
  }
  const unknown = argv.filter((a) => !GROUPS.some((g) => g.name === a));
  if (unknown.length > 0) {
    console.error(`bench: unknown group ${unknown.map((a) => `'${a}'`).join(', ')}\n${usage()}`);
    return 2;
  }
  const selected = argv.length === 0 ? GROUPS : GROUPS.filter((g) => argv.includes(g.name));
  const loadBefore = loadavg()[0];
  const notes: string[] = [];
  const rows: Row[] = [];
  const failures: string[] = [];
  for (const group of selected) {
    process.stderr.write(`bench: ${group.name}: ${group.description} …\n`);
    const t0 = performance.now();
    try {
      rows.push(...(await group.run((text) => notes.push(text))));
    } catch (e) {
      failures.push(`${group.name}: FAILED: ${(e as Error).message}`);
    }
    process.stderr.write(`bench: ${group.name} took ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
  }
  console.log(
    `node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${process.platform}; ` +
      `load average ${loadBefore.toFixed(1)} at start, ${loadavg()[0].toFixed(1)} at end (other work on the machine skews absolute times)`,
  );
  console.log('ratio = ours / baseline (lower is better); every baseline is measured in this same run\n');
  if (rows.length > 0) console.log(renderTable(rows));
  for (const n of notes) console.log(`note: ${n}`);
  for (const f of failures) console.log(f);
  return failures.length > 0 ? 1 : 0;
}

process.exitCode = await main(process.argv.slice(2));
