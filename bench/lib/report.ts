/** What a workload reports, and the table the runner prints from it. */

/** Units a row can be measured in. */
export type Unit = 'µs' | 'ms' | 'KiB' | 'MiB';

/** One line of the results table. */
export interface Row {
  /** What was run, e.g. `wc -l 100 MB (RAM)`. */
  readonly workload: string;
  /** Unit shared by `ours` and `baseline`. */
  readonly unit: Unit;
  /** Our median. */
  readonly ours: number;
  /** The baseline measured in the same run, when there is one. */
  readonly baseline?: { readonly name: string; readonly median: number };
  /** The target from the issue, as text, and whether this run met it. */
  readonly target?: { readonly text: string; readonly met: boolean };
  /** Extra figures: bytes read, peak RSS, samples. */
  readonly extra?: string;
}

/** A group of workloads the runner can select by name. */
export interface WorkloadGroup {
  /** Name used on the command line (`npm run bench -- echo`). */
  readonly name: string;
  /** One line saying what the group measures. */
  readonly description: string;
  /** Runs the group; `note` records why a baseline was skipped and similar remarks. */
  run(note: (text: string) => void): Promise<Row[]>;
}

/** Formats a figure with a precision that suits its size. */
export function formatValue(value: number, unit: Unit): string {
  const digits = value >= 100 ? 0 : value >= 10 ? 1 : 2;
  return `${value.toFixed(digits)} ${unit}`;
}

/** Formats a byte count in binary units. */
export function formatBytes(bytes: number): string {
  const abs = Math.abs(bytes);
  if (abs < 1024) return `${bytes} B`;
  if (abs < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}

/** Renders rows as a Markdown table, so the output can be pasted into an issue as is. */
export function renderTable(rows: readonly Row[]): string {
  const header = ['workload', 'ours (median)', 'baseline', 'baseline (median)', 'ratio', 'target', 'extra'];
  const cells = rows.map((r) => [
    r.workload,
    formatValue(r.ours, r.unit),
    r.baseline?.name ?? '-',
    r.baseline ? formatValue(r.baseline.median, r.unit) : '-',
    r.baseline ? `${(r.ours / r.baseline.median).toFixed(2)}×` : '-',
    r.target ? `${r.target.text} ${r.target.met ? 'met' : 'MISSED'}` : '-',
    r.extra ?? '',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (c: readonly string[]) => `| ${c.map((s, i) => s.padEnd(widths[i])).join(' | ')} |`;
  const rule = `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`;
  return [line(header), rule, ...cells.map(line)].join('\n');
}
