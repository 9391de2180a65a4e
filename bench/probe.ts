/**
 * Measures one command in a fresh process, so peak RSS and bytes read belong to that
 * command alone. Run by the workloads as `node --expose-gc dist/bench/probe.js '<ProbeSpec JSON>'`;
 * prints one ProbeResult as JSON.
 */
import { readFileSync } from 'node:fs';
import { setTimeout as delay } from 'node:timers/promises';
import { DiskResource, RAMResource, type Resource, Workspace } from '../src/index.js';
import { readChars, resetPeakRss, statusBytes } from './lib/proc.js';
import { collectGarbage, sample } from './lib/timing.js';

const SETTLE_MS = 100;

/** What the probe is asked to do. */
export interface ProbeSpec {
  /** Host file copied into the RAM mount at /data/<name> before measuring. */
  readonly ramFile?: { readonly host: string; readonly name: string };
  /** Host directory mounted at /disk. */
  readonly diskRoot?: string;
  readonly command: string;
  readonly warmup: number;
  readonly samples: number;
}

/** What the probe measured. */
export interface ProbeResult {
  readonly timesMs: number[];
  readonly exitCode: number;
  readonly stdout: string;
  readonly stderr: string;
  /** RSS once the data was loaded and garbage collected, just before the timed runs. */
  readonly rssBefore: number;
  /** Highest RSS during the timed runs minus rssBefore. */
  readonly peakAbove: number;
  /** 'VmHWM' when the kernel let us reset the peak, else 'sampled' (every millisecond, may miss short spikes). */
  readonly peakMethod: 'VmHWM' | 'sampled';
  /** Bytes read through syscalls per timed run. */
  readonly bytesReadPerRun: number;
}

async function main(spec: ProbeSpec): Promise<ProbeResult> {
  const mounts: Record<string, Resource> = { '/data': new RAMResource() };
  if (spec.diskRoot) mounts['/disk'] = new DiskResource({ root: spec.diskRoot });
  const ws = new Workspace(mounts);
  if (spec.ramFile) await ws.fs.writeFile(`/data/${spec.ramFile.name}`, readFileSync(spec.ramFile.host));
  let last = await ws.execute(spec.command);
  for (let i = 1; i < spec.warmup; i++) last = await ws.execute(spec.command);
  collectGarbage();
  collectGarbage();
  // Let the concurrent sweeper finish, so the first timed run does not pay for it.
  await delay(SETTLE_MS);
  const rssBefore = statusBytes('VmRSS');
  const hwmReset = resetPeakRss();
  let sampledPeak = rssBefore;
  const sampler = hwmReset
    ? undefined
    : setInterval(() => {
        sampledPeak = Math.max(sampledPeak, process.memoryUsage.rss());
      }, 1);
  const readBefore = readChars();
  const timesMs = await sample(
    async () => {
      last = await ws.execute(spec.command);
    },
    { warmup: 0, samples: spec.samples },
  );
  const bytesReadPerRun = (readChars() - readBefore) / spec.samples;
  if (sampler) clearInterval(sampler);
  const peak = hwmReset ? statusBytes('VmHWM') : sampledPeak;
  await ws.close();
  return {
    timesMs,
    exitCode: last.exitCode,
    stdout: last.stdoutText,
    stderr: last.stderrText,
    rssBefore,
    peakAbove: peak - rssBefore,
    peakMethod: hwmReset ? 'VmHWM' : 'sampled',
    bytesReadPerRun,
  };
}

const result = await main(JSON.parse(process.argv[2] ?? '{}') as ProbeSpec);
process.stdout.write(`${JSON.stringify(result)}\n`);
