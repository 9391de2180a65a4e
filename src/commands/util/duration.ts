/** Time intervals as sleep and timeout take them: a C floating number and an optional s/m/h/d suffix. */
import { parseCFloat, toDouble } from './c-float.js';

const UNIT_SECONDS: Record<string, number> = { '': 1, s: 1, m: 60, h: 3600, d: 86400 };

/** Seconds in `text` ("1.5", "2m", "0x10", "inf"), or null when it is not a valid interval. */
export function parseDuration(text: string): number | null {
  const { value, length } = parseCFloat(text);
  if (length === 0) return null;
  const suffix = text.slice(length);
  if (!(suffix in UNIT_SECONDS)) return null;
  const seconds = toDouble(value);
  if (Number.isNaN(seconds) || seconds < 0) return null;
  return seconds * UNIT_SECONDS[suffix];
}

/** Resolves after `ms` milliseconds, or rejects with the abort reason as soon as `signal` fires. */
export function delay(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) {
      reject(signal.reason);
      return;
    }
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    // setTimeout caps at 2^31-1 ms; longer waits (sleep inf) just wait for the abort.
    if (ms <= 0x7fffffff) {
      timer = setTimeout(() => {
        signal.removeEventListener('abort', onAbort);
        resolve();
      }, ms);
    }
    signal.addEventListener('abort', onAbort, { once: true });
  });
}
