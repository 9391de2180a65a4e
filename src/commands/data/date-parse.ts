/**
 * GNU parse_datetime for date -d and find -newermt, in a given time zone:
 * `@epoch`, ISO 8601 (2024-01-02T03:04:05Z, +01:00), US and written dates
 * (01/02/2024, Jan 2 2024, 2 Jan), times (15:04:05.5, 3pm), zone words and
 * offsets, day names with next/last, and relative items (+1 day, 2 weeks ago,
 * yesterday, next month). Items combine as GNU combines them: a date alone
 * means midnight, relative months and days move the calendar, hours move the clock.
 */
import type { TimeZone } from './time-zone.js';
import { utcOf } from './time-zone.js';

/** An instant with nanosecond precision. */
export interface Instant {
  /** Whole seconds since the epoch (floor). */
  readonly sec: number;
  /** 0..999999999. */
  readonly nsec: number;
}

const MONTH_NAMES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const DAY_RE =
  '(sun(?:day)?|mon(?:day)?|tue(?:s|sday)?|wed(?:nes|nesday)?|thu(?:r|rs|rsday)?|fri(?:day)?|sat(?:urday)?)\\.?';
const ORDINALS: Record<string, number> = {
  last: -1,
  this: 0,
  next: 1,
  first: 1,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
};
const ORDINAL = `(${Object.keys(ORDINALS).join('|')})`;
const UNIT = '(year|month|fortnight|week|day|hour|minute|min|second|sec)s?';
/** Zone abbreviations parse_datetime knows, in minutes east of UTC. */
const ZONES: Record<string, number> = {
  gmt: 0,
  ut: 0,
  utc: 0,
  z: 0,
  wet: 0,
  west: 60,
  bst: 60,
  cet: 60,
  cest: 120,
  met: 60,
  mest: 120,
  eet: 120,
  eest: 180,
  msk: 180,
  ist: 330,
  sgt: 480,
  kst: 540,
  jst: 540,
  nzst: 720,
  nzdt: 780,
  ast: -240,
  adt: -180,
  est: -300,
  edt: -240,
  cst: -360,
  cdt: -300,
  mst: -420,
  mdt: -360,
  pst: -480,
  pdt: -420,
  akst: -540,
  akdt: -480,
  hst: -600,
};
const ZONE_RE = `(${Object.keys(ZONES).join('|')})`;

interface Parts {
  date?: { year?: number; month: number; day: number };
  time?: { hour: number; minute: number; second: number; nsec: number };
  zone?: number;
  day?: { weekday: number; ordinal: number };
  rel: { year: number; month: number; day: number; ms: number };
  /** Whether any relative item was seen (keeps the current time of day). */
  relSeen: boolean;
}

type Rule = readonly [RegExp, (m: RegExpExecArray, p: Parts) => boolean];

function twoDigitYear(text: string): number {
  const n = Number(text);
  if (text.length > 2) return n;
  return n < 69 ? 2000 + n : 1900 + n;
}

function setDate(p: Parts, year: number | undefined, month: number, day: number): boolean {
  if (p.date) return false;
  p.date = { year, month, day };
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

function setTime(p: Parts, hour: number, minute: number, second: number, frac?: string, meridian?: string): boolean {
  if (p.time) return false;
  let h = hour;
  if (meridian) {
    if (h < 1 || h > 12) return false;
    h = (h % 12) + (meridian.startsWith('p') ? 12 : 0);
  }
  const nsec = frac ? Number(frac.slice(0, 9).padEnd(9, '0')) : 0;
  p.time = { hour: h, minute, second, nsec };
  return h < 24 && minute < 60 && second < 60;
}

function setZone(p: Parts, minutes: number): boolean {
  if (p.zone !== undefined || Math.abs(minutes) > 24 * 60) return false;
  p.zone = minutes;
  return true;
}

function offsetMinutes(sign: string, hh: string, mm: string | undefined): number {
  // `+5` and `+05` are hours; `+0530` and `+05:30` carry minutes.
  let h = Number(hh);
  let m = Number(mm ?? 0);
  if (mm === undefined && hh.length > 2) {
    h = Math.floor(Number(hh) / 100);
    m = Number(hh) % 100;
  }
  return (sign === '-' ? -1 : 1) * (h * 60 + m);
}

function addRel(p: Parts, n: number, unit: string): boolean {
  p.relSeen = true;
  const u = unit.replace(/s$/, '');
  if (u === 'year') p.rel.year += n;
  else if (u === 'month') p.rel.month += n;
  else if (u === 'fortnight') p.rel.day += 14 * n;
  else if (u === 'week') p.rel.day += 7 * n;
  else if (u === 'day') p.rel.day += n;
  else if (u === 'hour') p.rel.ms += n * 3_600_000;
  else if (u === 'minute' || u === 'min') p.rel.ms += n * 60_000;
  else p.rel.ms += n * 1000;
  return true;
}

const RULES: readonly Rule[] = [
  [/(\d+)-(\d{1,2})-(\d{1,2})(?:t(?=\d))?/y, (m, p) => setDate(p, twoDigitYear(m[1]), Number(m[2]), Number(m[3]))],
  [
    /(\d{1,2})\/(\d{1,2})(?:\/(\d+))?/y,
    (m, p) => setDate(p, m[3] ? twoDigitYear(m[3]) : undefined, Number(m[1]), Number(m[2])),
  ],
  [
    new RegExp(`(\\d{1,2})[- ]?${MONTH}(?:[- ]?(\\d{4}|\\d{2}(?![\\d:])))?(?![a-z])`, 'y'),
    (m, p) => setDate(p, m[3] ? twoDigitYear(m[3]) : undefined, monthOf(m[2]), Number(m[1])),
  ],
  [
    new RegExp(`${MONTH}\\s*(\\d{1,2})(?![\\d:])(?:(?:\\s*,\\s*|\\s+)(\\d{4})(?![\\d:]))?`, 'y'),
    (m, p) => setDate(p, m[3] ? Number(m[3]) : undefined, monthOf(m[1]), Number(m[2])),
  ],
  [
    /(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?\s*(?:(am|pm|a\.m\.|p\.m\.)|\s*([+-])\s*(\d{1,4})(?::(\d{2}))?)?/y,
    (m, p) =>
      setTime(p, Number(m[1]), Number(m[2]), Number(m[3] ?? 0), m[4], m[5]) &&
      (m[6] === undefined || setZone(p, offsetMinutes(m[6], m[7], m[8]))),
  ],
  [/(\d{1,2})\s*(am|pm|a\.m\.|p\.m\.)/y, (m, p) => setTime(p, Number(m[1]), 0, 0, undefined, m[2])],
  [
    new RegExp(`${ZONE_RE}(?![a-z])(?:\\s*([+-])(\\d{1,4})(?::(\\d{2}))?)?`, 'y'),
    (m, p) => setZone(p, ZONES[m[1]] + (m[2] ? offsetMinutes(m[2], m[3], m[4]) : 0)),
  ],
  [
    new RegExp(`(?:${ORDINAL}\\s+|([+-]?\\d+)\\s*)?${DAY_RE}(?![a-z]),?`, 'y'),
    (m, p) => {
      if (p.day) return false;
      const ordinal = m[1] ? ORDINALS[m[1]] : m[2] ? Number(m[2]) : 0;
      p.day = { weekday: dayOf(m[3]), ordinal };
      return true;
    },
  ],
  [
    new RegExp(`(?:${ORDINAL}\\s+|([+-]?)\\s*(\\d+)\\s*)?${UNIT}(?![a-z])(\\s+ago(?![a-z]))?`, 'y'),
    (m, p) => {
      const n = m[1] ? ORDINALS[m[1]] : m[3] ? Number(m[3]) * (m[2] === '-' ? -1 : 1) : 1;
      return addRel(p, m[5] ? -n : n, m[4]);
    },
  ],
  [/(now|today)(?![a-z])/y, (_m, p) => addRel(p, 0, 'day')],
  [/([a-ik-z])(?![a-z])/y, (m, p) => setZone(p, militaryZone(m[1]))],
  [/yesterday(?![a-z])/y, (_m, p) => addRel(p, -1, 'day')],
  [/tomorrow(?![a-z])/y, (_m, p) => addRel(p, 1, 'day')],
  [/(\d+)/y, (m, p) => bareNumber(m[1], p)],
];

/** RFC 822 military zones: A-I are +1..+9 hours, K-M +10..+12, N-Y -1..-12, Z is UTC. */
function militaryZone(letter: string): number {
  const c = letter.charCodeAt(0) - 96;
  if (letter === 'z') return 0;
  if (c <= 9) return c * 60;
  if (c <= 13) return (c - 1) * 60;
  return -(c - 13) * 60;
}

function monthOf(name: string): number {
  return MONTH_NAMES.indexOf(name.slice(0, 3)) + 1;
}

function dayOf(name: string): number {
  return ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'].indexOf(name.slice(0, 3));
}

/** A number alone: YYYYMMDD when no date was seen, HHMM (or HH) when no time was, else a year. */
function bareNumber(digits: string, p: Parts): boolean {
  if (!p.date && digits.length >= 5) {
    const n = digits.length;
    return setDate(p, Number(digits.slice(0, n - 4)), Number(digits.slice(n - 4, n - 2)), Number(digits.slice(n - 2)));
  }
  if (!p.time && digits.length <= 4) {
    const v = Number(digits);
    return digits.length <= 2 ? setTime(p, v, 0, 0) : setTime(p, Math.floor(v / 100), v % 100, 0);
  }
  if (p.date && p.date.year === undefined) {
    p.date.year = Number(digits);
    return true;
  }
  return false;
}

/** Parses a date string at `now` in `zone`; null when GNU would say "invalid date". */
export function parseDateTime(text: string, now: Instant, zone: TimeZone): Instant | null {
  const s = text.trim().toLowerCase();
  const epoch = /^@\s*([+-]?)(\d+)(?:[.,](\d+))?$/.exec(s);
  if (epoch) {
    const frac = Number((epoch[3] ?? '').slice(0, 9).padEnd(9, '0'));
    const whole = Number(epoch[2]);
    if (epoch[1] !== '-') return { sec: whole, nsec: frac };
    return frac === 0 ? { sec: -whole, nsec: 0 } : { sec: -whole - 1, nsec: 1e9 - frac };
  }
  const p: Parts = { rel: { year: 0, month: 0, day: 0, ms: 0 }, relSeen: false };
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
  return combine(p, now, zone);
}

/** Milliseconds-precision convenience for callers comparing with mtimes. */
export function parseGnuDate(text: string, nowMs: number, zone: TimeZone): number | null {
  const sec = Math.floor(nowMs / 1000);
  const r = parseDateTime(text, { sec, nsec: Math.round((nowMs - sec * 1000) * 1e6) }, zone);
  return r === null ? null : r.sec * 1000 + r.nsec / 1e6;
}

function combine(p: Parts, now: Instant, zone: TimeZone): Instant | null {
  const local = zone.fields(now.sec * 1000);
  // A relative item alone (or "now") keeps the clock; any date, day or time starts from midnight.
  const keepClock = !p.time && !p.date && !p.day && p.relSeen;
  let year = (p.date?.year ?? local.year) + p.rel.year;
  let month = (p.date?.month ?? local.month) + p.rel.month;
  let day = p.date?.day ?? local.day;
  const hour = p.time?.hour ?? (keepClock ? local.hour : 0);
  const minute = p.time?.minute ?? (keepClock ? local.minute : 0);
  const second = p.time?.second ?? (keepClock ? local.second : 0);
  const nsec = p.time?.nsec ?? (keepClock ? now.nsec : 0);
  if (p.day && !p.date) {
    const wday = weekdayOf(local.year, local.month, local.day);
    const ordinal = p.day.ordinal - (p.day.ordinal > 0 && wday !== p.day.weekday ? 1 : 0);
    day += ordinal * 7 + ((p.day.weekday - wday + 7) % 7);
  }
  day += p.rel.day;
  const norm = new Date(utcOf(year, 1, 1));
  norm.setUTCMonth(month - 1, day);
  year = norm.getUTCFullYear();
  month = norm.getUTCMonth() + 1;
  day = norm.getUTCDate();
  if (p.date && daysIn(p.date.year ?? local.year, p.date.month) < p.date.day) return null;
  const ms =
    p.zone === undefined
      ? zone.toInstant(year, month, day, hour, minute, second)
      : utcOf(year, month, day, hour, minute, second) - p.zone * 60_000;
  if (p.zone === undefined && p.time && !clockShows(zone, ms, hour, minute)) return null;
  const total = ms + p.rel.ms;
  if (!Number.isFinite(total)) return null;
  return { sec: Math.floor(total / 1000), nsec };
}

function daysIn(year: number, month: number): number {
  return new Date(utcOf(year, month + 1, 0)).getUTCDate();
}

/** False when the local clock never shows hour:minute at that instant (a time skipped by DST). */
function clockShows(zone: TimeZone, ms: number, hour: number, minute: number): boolean {
  const f = zone.fields(ms);
  return f.hour === hour && f.minute === minute;
}

function weekdayOf(year: number, month: number, day: number): number {
  return new Date(utcOf(year, month, day)).getUTCDay();
}
