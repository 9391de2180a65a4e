/** Workload 2: counting lines of a 100 MiB file on a RAM and a disk mount, against GNU `wc -l`. */
import { join } from 'node:path';
import { makeTempDir, removeDir, writeLogFile } from '../lib/files.js';
import { runProbe } from '../lib/probe-client.js';
import { runHost, sampleHost } from '../lib/proc.js';
import { formatBytes, type Row, type WorkloadGroup } from '../lib/report.js';
import { median } from '../lib/timing.js';

const FILE_BYTES = 100 * 1024 * 1024;
const MAX_RATIO = 3;
const MAX_PEAK_ABOVE_DATA_MIB = 64;
const WARMUP = 2;
const SAMPLES = 5;

/** `wc -l F` and `cat F | wc -l` on both mounts, each in a fresh process. */
export const wcGroup: WorkloadGroup = {
  name: 'wc',
  description: 'wc -l and cat | wc -l of a 100 MiB file on a RAM mount and a disk mount vs GNU wc -l',
  async run(note) {
    const dir = makeTempDir('wc');
    try {
      const file = join(dir, 'big.log');
      const made = writeLogFile(file, FILE_BYTES);
      note(`wc: ${formatBytes(made.bytes)} file with ${made.lines} lines in ${dir} (deleted afterwards)`);
      const gnuCheck = runHost('wc', ['-l', file]);
      if (Number.parseInt(gnuCheck.stdout, 10) !== made.lines) throw new Error(`GNU wc -l said ${gnuCheck.stdout}`);
      const rows: Row[] = [];
      for (const mount of ['ram', 'disk'] as const) {
        const path = mount === 'ram' ? '/data/big.log' : '/disk/big.log';
        for (const command of [`wc -l ${path}`, `cat ${path} | wc -l`]) {
          // GNU right before and right after ours, so both sides see the same machine load.
          const gnuTimes = sampleHost('wc', ['-l', file], 0, SAMPLES).times;
          const r = runProbe({
            ...(mount === 'ram' ? { ramFile: { host: file, name: 'big.log' } } : { diskRoot: dir }),
            command,
            warmup: WARMUP,
            samples: SAMPLES,
          });
          const count = Number.parseInt(r.stdout.trim(), 10);
          if (r.exitCode !== 0 || count !== made.lines) {
            throw new Error(`\`${command}\` printed ${JSON.stringify(r.stdout)} (exit ${r.exitCode}): ${r.stderr}`);
          }
          gnuTimes.push(...sampleHost('wc', ['-l', file], 0, SAMPLES).times);
          const baseline = { name: 'GNU wc -l FILE', median: median(gnuTimes) };
          const ours = median(r.timesMs);
          const peakMiB = r.peakAbove / 1024 / 1024;
          rows.push({
            workload: `${command} (${mount}, 100 MiB)`,
            unit: 'ms',
            ours,
            baseline,
            target: { text: `≤ ${MAX_RATIO}× GNU`, met: ours <= MAX_RATIO * baseline.median },
            extra: `peak RSS +${peakMiB.toFixed(1)} MiB above ${mount === 'ram' ? 'data' : 'idle'} (${r.peakMethod}); read ${formatBytes(r.bytesReadPerRun)}/run`,
          });
          if (mount === 'ram') {
            rows.push({
              workload: `  peak RSS above data: ${command}`,
              unit: 'MiB',
              ours: peakMiB,
              target: { text: `≤ ${MAX_PEAK_ABOVE_DATA_MIB} MiB`, met: peakMiB <= MAX_PEAK_ABOVE_DATA_MIB },
              extra: `RSS with data loaded ${formatBytes(r.rssBefore)}`,
            });
          }
        }
      }
      return rows;
    } finally {
      removeDir(dir);
    }
  },
};
