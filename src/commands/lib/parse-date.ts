/**
 * The date strings touch -d (and date -d) accept: a practical subset of GNU
 * parse_datetime. Absolute dates (2024-01-02, 01/02/2024, Jan 2 2024, 2 Jan 2024),
 * times (03:04[:05[.frac]], optional T, Z/UTC/+hhmm zones), @epoch seconds, and
 * relative items (now, today, yesterday, tomorrow, `N unit [ago]`, `next/last unit`).
 * Times without a zone are local.
 */

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_RE = '(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?';
const UNIT_MS: Record<string, number> = {
  sec: 1000,
  second: 1000,
  min: 60_000,
  minute: 60_000,
  hour: 3_600_000,
  day: 86_400_000,
  week: 7 * 86_400_000,
  fortnight: 14 * 86_400_000,
};
const UNIT_MONTHS: Record<string, number> = { month: 1, year: 12 };
const UNIT_RE = '(sec|second|min|minute|hour|day|week|fortnight|month|year)s?';

interface Parts {
  date?: [number, number, number];
  time?: [number, number, number, number];
  zoneMin?: number;
  relMonths: number;
  relMs: number;
}

type Rule = [RegExp, (m: RegExpExecArray, p: Parts) => boolean];

function fullYear(y: string): number {
  const n = Number(y);
  if (y.length > 2) return n;
  return n < 69 ? 2000 + n : 1900 + n;
}

const RULES: Rule[] = [
  [/(\d{4})-(\d{1,2})-(\d{1,2})/y, (m, p) => setDate(p, Number(m[1]), Number(m[2]), Number(m[3]))],
  [/(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})\b/y, (m, p) => setDate(p, fullYear(m[3]), Number(m[1]), Number(m[2]))],
  [
    new RegExp(`${MONTH_RE}\\s*(\\d{1,2})(?:\\s*,?\\s*(\\d{4}))?\\b`, 'y'),
    (m, p) => setDate(p, m[3] ? Number(m[3]) : Number.NaN, MONTHS.indexOf(m[1]) + 1, Number(m[2])),
  ],
  [
    new RegExp(`(\\d{1,2})\\s*${MONTH_RE}(?:\\s*(\\d{4}))?\\b`, 'y'),
    (m, p) => setDate(p, m[3] ? Number(m[3]) : Number.NaN, MONTHS.indexOf(m[2]) + 1, Number(m[1])),
  ],
  [
    /t?(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?/y,
    (m, p) => {
      if (p.time) return false;
      const frac = m[4] ? Number(`0.${m[4]}`) * 1000 : 0;
      p.time = [Number(m[1]), Number(m[2]), Number(m[3] ?? 0), frac];
      return p.time[0] < 24 && p.time[1] < 60 && p.time[2] <= 60;
    },
  ],
  [/(z|utc|gmt)\b/y, (_m, p) => setZone(p, 0)],
  [
    /([+-])(\d{2}):?(\d{2})\b/y,
    (m, p) => p.time !== undefined && setZone(p, sign(m[1]) * (Number(m[2]) * 60 + Number(m[3]))),
  ],
  [/(now|today)\b/y, () => true],
  [/yesterday\b/y, (_m, p) => addRel(p, -1, 'day')],
  [/tomorrow\b/y, (_m, p) => addRel(p, 1, 'day')],
  [
    new RegExp(`(next|last|this)\\s+${UNIT_RE}\\b`, 'y'),
    (m, p) => addRel(p, { next: 1, last: -1, this: 0 }[m[1]] ?? 0, m[2]),
  ],
  [
    new RegExp(`([+-]?\\s*\\d+)?\\s*${UNIT_RE}\\b(\\s+ago\\b)?`, 'y'),
    (m, p) => addRel(p, Number((m[1] ?? '1').replace(/\s/g, '')) * (m[3] ? -1 : 1), m[2]),
  ],
];

function sign(s: string): number {
  return s === '-' ? -1 : 1;
}

function setDate(p: Parts, y: number, mo: number, d: number): boolean {
  if (p.date) return false;
  p.date = [y, mo, d];
  return mo >= 1 && mo <= 12 && d >= 1 && d <= 31;
}

function setZone(p: Parts, minutes: number): boolean {
  if (p.zoneMin !== undefined) return false;
  p.zoneMin = minutes;
  return true;
}

function addRel(p: Parts, n: number, unit: string): boolean {
  if (unit in UNIT_MONTHS) p.relMonths += n * UNIT_MONTHS[unit];
  else p.relMs += n * UNIT_MS[unit];
  return true;
}

/** Parses a date string; returns ms since the epoch, or null when it is not understood. */
export function parseDate(text: string, nowMs: number): number | null {
  const s = text.trim().toLowerCase();
  const epoch = /^@([+-]?\d+(?:\.\d+)?)$/.exec(s);
  if (epoch) return Number(epoch[1]) * 1000;
  const p: Parts = { relMonths: 0, relMs: 0 };
  // GNU reads an empty string as the start of today.
  if (s === '') p.time = [0, 0, 0, 0];
  let at = 0;
  while (at < s.length) {
    const gap = /[\s,]+/y;
    gap.lastIndex = at;
    if (gap.exec(s)) at = gap.lastIndex;
    if (at >= s.length) break;
    let matched = false;
    for (const [re, apply] of RULES) {
      re.lastIndex = at;
      const m = re.exec(s);
      if (m && m[0].length > 0) {
        if (!apply(m, p)) return null;
        at = re.lastIndex;
        matched = true;
        break;
      }
    }
    if (!matched) return null;
  }
  return combine(p, nowMs);
}

function combine(p: Parts, nowMs: number): number | null {
  const now = new Date(nowMs);
  let base: Date;
  if (!p.date && !p.time) {
    base = new Date(nowMs);
  } else {
    const [y, mo, d] = p.date ?? [now.getFullYear(), now.getMonth() + 1, now.getDate()];
    const year = Number.isNaN(y) ? now.getFullYear() : y;
    const [h, mi, sec, frac] = p.time ?? [0, 0, 0, 0];
    const ms =
      p.zoneMin === undefined
        ? new Date(year, mo - 1, d, h, mi, sec).getTime()
        : Date.UTC(year, mo - 1, d, h, mi, sec) - p.zoneMin * 60_000;
    base = new Date(ms + frac);
  }
  if (p.relMonths !== 0) base.setMonth(base.getMonth() + p.relMonths);
  const result = base.getTime() + p.relMs;
  return Number.isFinite(result) ? result : null;
}

/** Parses touch -t's `[[CC]YY]MMDDhhmm[.ss]` (local time); null when malformed. */
export function parseTouchStamp(text: string, nowMs: number): number | null {
  const m = /^(\d{8}|\d{10}|\d{12})(?:\.(\d{2}))?$/.exec(text);
  if (!m) return null;
  const digits = m[1];
  const head = digits.length - 8;
  const year = head === 0 ? new Date(nowMs).getFullYear() : fullYear(digits.slice(0, head));
  const [mo, d, h, mi] = [0, 2, 4, 6].map((i) => Number(digits.slice(head + i, head + i + 2)));
  const sec = Number(m[2] ?? 0);
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || sec > 60) return null;
  const date = new Date(year, mo - 1, d, h, mi, sec);
  if (date.getDate() !== d) return null;
  return date.getTime();
}
