/** Linux process counters (/proc) and timing of host commands run as children. */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { median } from './timing.js';

/** Bytes this process (plus every child it has reaped) passed through read-like syscalls. */
export function readChars(): number {
  const m = /^rchar:\s*(\d+)$/m.exec(readFileSync('/proc/self/io', 'utf8'));
  if (!m) throw new Error('/proc/self/io has no rchar line');
  return Number(m[1]);
}

/** A memory figure of this process from /proc/self/status, in bytes. */
export function statusBytes(field: 'VmRSS' | 'VmHWM'): number {
  const m = new RegExp(`^${field}:\\s*(\\d+) kB$`, 'm').exec(readFileSync('/proc/self/status', 'utf8'));
  if (!m) throw new Error(`/proc/self/status has no ${field} line`);
  return Number(m[1]) * 1024;
}

/** Resets VmHWM (peak RSS) to the current RSS; false where the kernel refuses. */
export function resetPeakRss(): boolean {
  try {
    writeFileSync('/proc/self/clear_refs', '5');
    return statusBytes('VmHWM') <= statusBytes('VmRSS') + 1024 * 1024;
  } catch {
    return false;
  }
}

/** What one host command did. */
export interface HostRun {
  readonly ms: number;
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
  /** Bytes the child read, less what starting any dynamically linked program reads (measured with `true`). */
  readonly bytesRead: number;
}

const HOST_ENV = { PATH: process.env.PATH ?? '/usr/bin:/bin', LC_ALL: 'C' };
// stdin must not be a socket (libuv's default pipe): bash would take itself for an rsh child and source ~/.bashrc.
const HOST_STDIO: ['ignore', 'pipe', 'pipe'] = ['ignore', 'pipe', 'pipe'];
const MAX_HOST_OUTPUT = 64 * 1024 * 1024;

/** Runs a host command to completion and measures its wall time and the bytes it read. */
export function runHost(file: string, args: readonly string[]): HostRun {
  const before = readChars();
  const t0 = performance.now();
  const r = spawnSync(file, args, { encoding: 'utf8', env: HOST_ENV, stdio: HOST_STDIO, maxBuffer: MAX_HOST_OUTPUT });
  const ms = performance.now() - t0;
  // A reaped child's I/O counters are folded into ours; our own reads of its pipes are in there too.
  const read = readChars() - before - r.stdout.length - r.stderr.length;
  if (r.error) throw r.error;
  return { ms, status: r.status, stdout: r.stdout, stderr: r.stderr, bytesRead: Math.max(0, read - execOverhead()) };
}

let overhead: number | undefined;

/** Bytes the loader reads to start a program (libc and friends), measured once with `true`. */
function execOverhead(): number {
  if (overhead === undefined) {
    const runs: number[] = [];
    for (let i = 0; i < 3; i++) {
      const before = readChars();
      spawnSync('true', [], { env: HOST_ENV, stdio: HOST_STDIO });
      runs.push(readChars() - before);
    }
    overhead = median(runs);
  }
  return overhead;
}

/** Samples a host command: warm-up runs, then every timed run's wall time in ms, their median and the last run. */
export function sampleHost(
  file: string,
  args: readonly string[],
  warmup: number,
  samples: number,
): { times: number[]; median: number; last: HostRun } {
  for (let i = 0; i < warmup; i++) runHost(file, args);
  const runs: HostRun[] = [];
  for (let i = 0; i < samples; i++) runs.push(runHost(file, args));
  const last = runs[runs.length - 1];
  if (last.status !== 0) throw new Error(`${file} ${args.join(' ')} exited ${last.status}: ${last.stderr.trim()}`);
  const times = runs.map((r) => r.ms);
  return { times, median: median(times), last };
}

/** Peak RSS of a host command in bytes, via GNU time; undefined when /usr/bin/time is missing. */
export function hostPeakRss(file: string, args: readonly string[]): number | undefined {
  if (!existsSync('/usr/bin/time')) return undefined;
  const r = spawnSync('/usr/bin/time', ['-f', '%M', file, ...args], {
    encoding: 'utf8',
    env: HOST_ENV,
    stdio: HOST_STDIO,
    maxBuffer: MAX_HOST_OUTPUT,
  });
  const kb = /(\d+)\s*$/.exec(r.stderr);
  return kb ? Number(kb[1]) * 1024 : undefined;
}
