/** Sampling helpers shared by every workload: warm-up runs, N timed samples, medians. */

/** How a function is sampled. */
export interface SampleOptions {
  /** Untimed runs first, so the JIT and caches settle. */
  readonly warmup: number;
  /** Timed runs. */
  readonly samples: number;
}

/** Runs `fn` warm-up plus sample times; returns each timed run's wall time in milliseconds. */
export async function sample(fn: () => unknown, opts: SampleOptions): Promise<number[]> {
  for (let i = 0; i < opts.warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < opts.samples; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  return times;
}

/** The median of a non-empty list. */
export function median(xs: readonly number[]): number {
  if (xs.length === 0) throw new Error('median of no samples');
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/**
 * Runs a full garbage collection when node was started with --expose-gc; a no-op otherwise.
 * Only before memory readings: V8 sweeps lazily after a forced collection, so a run timed
 * right after one pays for the sweeping (measured 3–5× slower on the script workload).
 */
export function collectGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) gc();
}
