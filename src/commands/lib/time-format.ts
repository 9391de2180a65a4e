/** Timestamps as coreutils prints them, in the process's local time zone. */

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** Half a Gregorian year: older (or future) timestamps show the year instead of the time in ls -l. */
const SIX_MONTHS_MS = (31556952 / 2) * 1000;

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** ls -l's date column: `Nov 22 03:16` when recent, `Nov 22  2025` when old or in the future. */
export function lsDate(mtimeMs: number, nowMs: number): string {
  const d = new Date(mtimeMs);
  const day = String(d.getDate()).padStart(2, ' ');
  const head = `${MONTHS[d.getMonth()]} ${day}`;
  const recent = mtimeMs > nowMs - SIX_MONTHS_MS && mtimeMs <= nowMs;
  if (recent) return `${head} ${pad2(d.getHours())}:${pad2(d.getMinutes())}`;
  return `${head}  ${String(d.getFullYear()).padStart(4, ' ')}`;
}

/** The `+0000`-style offset of local time at `ms`. */
export function zoneOffset(ms: number): string {
  const off = -new Date(ms).getTimezoneOffset();
  const abs = Math.abs(off);
  return `${off < 0 ? '-' : '+'}${pad2(Math.floor(abs / 60))}${pad2(abs % 60)}`;
}

/** Whole seconds since the epoch and the nanoseconds beyond them. */
export function splitSeconds(ms: number): { seconds: number; nanos: number } {
  const seconds = Math.floor(ms / 1000);
  const nanos = Math.min(999_999_999, Math.round((ms - seconds * 1000) * 1e6));
  return { seconds, nanos };
}

/** stat's full timestamp: `2026-11-22 03:16:05.123000000 +0000`. */
export function fullTimestamp(ms: number): string {
  const d = new Date(ms);
  const { nanos } = splitSeconds(ms);
  const date = `${d.getFullYear()}-${pad2(d.getMonth() + 1)}-${pad2(d.getDate())}`;
  const time = `${pad2(d.getHours())}:${pad2(d.getMinutes())}:${pad2(d.getSeconds())}`;
  return `${date} ${time}.${String(nanos).padStart(9, '0')} ${zoneOffset(ms)}`;
}
