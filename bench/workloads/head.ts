/** Workload 3: `head -n 1` of a 1 GiB disk file must stop early: time, bytes read, peak RSS vs GNU head. */
import { join } from 'node:path';
import { makeTempDir, removeDir, writeSparseFile } from '../lib/files.js';
import { runProbe } from '../lib/probe-client.js';
import { hostPeakRss, sampleHost } from '../lib/proc.js';
import { formatBytes, type Row, type WorkloadGroup } from '../lib/report.js';
import { median } from '../lib/timing.js';

const FILE_BYTES = 1024 * 1024 * 1024;
/** Real log lines at the start; the rest of the file is a hole (reads as NULs, takes no disk space). */
const HEAD_BYTES = 64 * 1024;
const TARGET_MS = 20;
const TARGET_READ_KIB = 1024;
const WARMUP = 3;
const SAMPLES = 20;

/** `head -n 1` on a disk mount, measured in a fresh process, and GNU head on the same file. */
export const headGroup: WorkloadGroup = {
  name: 'head',
  description: 'head -n 1 of a 1 GiB file on a disk mount vs GNU head -n 1: time, bytes read, peak RSS',
  async run(note) {
    const dir = makeTempDir('head');
    try {
      const file = join(dir, 'big.log');
      writeSparseFile(file, FILE_BYTES, HEAD_BYTES);
      note(`head: 1 GiB sparse file in ${dir} (${formatBytes(HEAD_BYTES)} of lines, then a hole; deleted afterwards)`);
      const gnu = sampleHost('head', ['-n', '1', file], WARMUP, SAMPLES);
      const gnuRss = hostPeakRss('head', ['-n', '1', file]);
      const command = 'head -n 1 /disk/big.log';
      const r = runProbe({ diskRoot: dir, command, warmup: WARMUP, samples: SAMPLES });
      // GNU before and after ours, so both sides see the same machine load.
      const gnuTimes = [...gnu.times, ...sampleHost('head', ['-n', '1', file], 0, SAMPLES).times];
      if (r.exitCode !== 0 || r.stdout !== gnu.last.stdout) {
        throw new Error(
          `\`${command}\` printed ${JSON.stringify(r.stdout.slice(0, 200))} (exit ${r.exitCode}): ${r.stderr}`,
        );
      }
      const ours = median(r.timesMs);
      const readKiB = r.bytesReadPerRun / 1024;
      const peakMiB = r.peakAbove / 1024 / 1024;
      const rows: Row[] = [
        {
          workload: `${command} (disk, 1 GiB)`,
          unit: 'ms',
          ours,
          baseline: { name: 'GNU head -n 1 FILE', median: median(gnuTimes) },
          target: { text: `< ${TARGET_MS} ms`, met: ours < TARGET_MS },
        },
        {
          workload: '  bytes read per run',
          unit: 'KiB',
          ours: readKiB,
          baseline: { name: 'GNU head -n 1 FILE', median: gnu.last.bytesRead / 1024 },
          target: { text: '< 1 MiB', met: readKiB < TARGET_READ_KIB },
          extra: 'rchar from /proc; GNU less its loader reads',
        },
        {
          workload: '  peak RSS above idle',
          unit: 'MiB',
          ours: peakMiB,
          extra: `${r.peakMethod}; GNU head whole process ${gnuRss === undefined ? 'n/a' : formatBytes(gnuRss)}`,
        },
      ];
      return rows;
    } finally {
      removeDir(dir);
    }
  },
};
