/** Runs bench/probe.ts in a fresh node process and parses what it measured. */
import { spawnSync } from 'node:child_process';
import type { ProbeResult, ProbeSpec } from '../probe.js';
import { PROBE_ENTRY } from './paths.js';

/** Room for the probe's JSON (it echoes the command's stdout, which the workloads keep small). */
const MAX_PROBE_OUTPUT = 16 * 1024 * 1024;

/** Measures `spec.command` in a fresh process; throws with the probe's stderr if it fails. */
export function runProbe(spec: ProbeSpec): ProbeResult {
  const r = spawnSync(process.execPath, ['--expose-gc', PROBE_ENTRY, JSON.stringify(spec)], {
    encoding: 'utf8',
    maxBuffer: MAX_PROBE_OUTPUT,
  });
  if (r.error) throw r.error;
  if (r.status !== 0) throw new Error(`probe for \`${spec.command}\` exited ${r.status}: ${r.stderr.trim()}`);
  return JSON.parse(r.stdout) as ProbeResult;
}
