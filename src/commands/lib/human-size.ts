/** Human-readable sizes the way GNU prints them for -h: powers of 1024, rounded up (1.1K, 4.0K, 12K, 1.5M). */

const UNITS = 'KMGTPEZY';

/** `bytes` as GNU's -h shows it: plain below 1024, else one decimal below 10 units, always rounded up. */
export function humanSize(bytes: number): string {
  if (bytes < 1024) return String(Math.ceil(bytes));
  let divisor = 1024;
  for (let u = 0; u < UNITS.length; u++, divisor *= 1024) {
    const tenths = Math.ceil((bytes * 10) / divisor);
    if (tenths < 100) return `${Math.floor(tenths / 10)}.${tenths % 10}${UNITS[u]}`;
    const whole = Math.ceil(bytes / divisor);
    if (whole < 1024 || u === UNITS.length - 1) return `${whole}${UNITS[u]}`;
  }
  return String(bytes);
}

/** `bytes` in units of `blockSize`, rounded up as GNU does for du and df. */
export function inBlocks(bytes: number, blockSize: number): number {
  return Math.ceil(bytes / blockSize);
}
