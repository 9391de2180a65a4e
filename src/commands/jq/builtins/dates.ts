/**
 * jq's date builtins over "broken down time" arrays
 * `[year, month0, mday, hours, minutes, seconds, wday, yday]`: gmtime,
 * localtime, mktime, strftime, strflocaltime, strptime (todate and fromdate
 * are defined over these in the prelude). Formatting reuses date's strftime.
 */
import { strftime } from '../../data/strftime.js';
import { TimeZone, utcOf } from '../../data/time-zone.js';
import { codeOne } from '../eval/code.js';
import { fail } from '../eval/errors.js';
import type { Env } from '../eval/runtime.js';
import { isNumber, numberOf, type Value } from '../values/value.js';
import { cfn, type NativeTable } from './native.js';

const DAY_MS = 86_400_000;

function yearDay(year: number, month0: number, day: number): number {
  return Math.round((utcOf(year, month0 + 1, day) - utcOf(year, 1, 1)) / DAY_MS);
}

/** Broken-down UTC time of epoch seconds (fractional seconds kept in the seconds field). */
function gmtime(v: Value): Value {
  if (!isNumber(v)) throw fail('gmtime() requires numeric inputs');
  const secs = numberOf(v);
  const whole = Math.floor(secs);
  const d = new Date(whole * 1000);
  const sec = d.getUTCSeconds() + (secs - whole);
  const year = d.getUTCFullYear();
  return [
    year,
    d.getUTCMonth(),
    d.getUTCDate(),
    d.getUTCHours(),
    d.getUTCMinutes(),
    sec,
    d.getUTCDay(),
    yearDay(year, d.getUTCMonth(), d.getUTCDate()),
  ];
}

function zoneOf(env: Env): TimeZone {
  return TimeZone.fromTz(env.rt.timeZone);
}

function localtime(v: Value, zone: TimeZone): Value {
  if (!isNumber(v)) throw fail('localtime() requires numeric inputs');
  const secs = numberOf(v);
  const whole = Math.floor(secs);
  const f = zone.fields(whole * 1000);
  return [
    f.year,
    f.month - 1,
    f.day,
    f.hour,
    f.minute,
    f.second + (secs - whole),
    f.weekday,
    yearDay(f.year, f.month - 1, f.day),
  ];
}

/** Validated numeric fields of a broken-down time. */
function brokenDown(v: Value, fn: string): number[] {
  if (!Array.isArray(v)) throw fail(`${fn} requires array inputs`);
  if (v.length < 6 || !v.every(isNumber)) throw fail(`${fn} requires parsed datetime inputs`);
  return v.map((x) => numberOf(x as number));
}

function mktime(v: Value): Value {
  const [year, mon, day, h, m, s] = brokenDown(v, 'mktime');
  return Math.floor(utcOf(year, mon + 1, day, h, m, Math.trunc(s)) / 1000);
}

function format(v: Value, fmt: Value, zone: TimeZone | null): Value {
  if (typeof fmt !== 'string') throw fail(`${zone ? 'strflocaltime' : 'strftime'}/1 requires a string format`);
  const bd = isNumber(v) ? (zone ? localtime(v, zone) : gmtime(v)) : v;
  const [year, mon, day, hour, minute, sec, wday] = brokenDown(bd, zone ? 'strflocaltime/1' : 'strftime/1');
  const seconds = Math.floor(utcOf(year, mon + 1, day, hour, minute, Math.trunc(sec)) / 1000);
  const abbrev = zone ? zone.fields(seconds * 1000).abbrev : 'UTC';
  const fields = {
    year,
    month: mon + 1,
    day,
    hour,
    minute,
    second: Math.trunc(sec),
    weekday: wday,
    offsetMinutes: 0,
    abbrev,
  };
  return strftime(fmt, { fields, seconds, nanos: 0 });
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const DAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const EXPAND: Record<string, string> = {
  T: '%H:%M:%S',
  D: '%m/%d/%y',
  F: '%Y-%m-%d',
  R: '%H:%M',
  c: '%a %b %e %H:%M:%S %Y',
};

/** glibc-style strptime for the common conversions. */
function strptime(v: Value, fmt: Value): Value {
  if (typeof v !== 'string') throw fail(`strptime/1 requires string inputs and arguments`);
  if (typeof fmt !== 'string') throw fail(`strptime/1 requires string inputs and arguments`);
  const noMatch = () => fail(`date "${v}" does not match format "${fmt}"`);
  let f = fmt;
  for (const [k, e] of Object.entries(EXPAND)) f = f.replaceAll(`%${k}`, e);
  const t = { year: 1900, mon: 0, day: 1, hour: 0, min: 0, sec: 0, pm: null as boolean | null };
  let at = 0;
  const num = (maxLen: number): number => {
    const m = new RegExp(`^[+-]?\\d{1,${maxLen}}`).exec(v.slice(at));
    if (!m) throw noMatch();
    at += m[0].length;
    return Number(m[0]);
  };
  const name = (list: string[]): number => {
    const rest = v.slice(at).toLowerCase();
    const i = list.findIndex((n) => rest.startsWith(n));
    if (i < 0) throw noMatch();
    at += list[i].length;
    const full = /^[a-z]+/.exec(rest.slice(list[i].length))?.[0] ?? '';
    at += full.length;
    return i;
  };
  for (let i = 0; i < f.length; i++) {
    const c = f[i];
    if (c === '%' && i + 1 < f.length) {
      const d = f[++i];
      if (d === 'Y') t.year = num(4);
      else if (d === 'm') t.mon = num(2) - 1;
      else if (d === 'd' || d === 'e') t.day = num(2);
      else if (d === 'H') t.hour = num(2);
      else if (d === 'I') t.hour = num(2) % 12;
      else if (d === 'M') t.min = num(2);
      else if (d === 'S') t.sec = num(2);
      else if (d === 'y') {
        const y = num(2);
        t.year = y < 69 ? 2000 + y : 1900 + y;
      } else if (d === 'b' || d === 'B' || d === 'h') t.mon = name(MONTHS);
      else if (d === 'a' || d === 'A') name(DAYS);
      else if (d === 'j') num(3);
      else if (d === 'p') {
        const ap = v.slice(at, at + 2).toUpperCase();
        if (ap !== 'AM' && ap !== 'PM') throw noMatch();
        t.pm = ap === 'PM';
        at += 2;
      } else if (d === 'z') {
        const m = /^(?:Z|[+-]\d{2}:?\d{2})/.exec(v.slice(at));
        if (!m) throw noMatch();
        at += m[0].length;
      } else if (d === 'Z') at += /^[A-Za-z]*/.exec(v.slice(at))?.[0].length ?? 0;
      else if (d === 's') {
        const s = num(20);
        const bd = gmtime(s) as number[];
        [t.year, t.mon, t.day, t.hour, t.min, t.sec] = bd;
      } else if (d === 'n' || d === 't') while (/\s/.test(v[at] ?? '')) at++;
      else if (d === '%') {
        if (v[at] !== '%') throw noMatch();
        at++;
      } else throw noMatch();
    } else if (/\s/.test(c)) {
      while (/\s/.test(v[at] ?? '')) at++;
    } else {
      if (v[at] !== c) throw noMatch();
      at++;
    }
  }
  if (at !== v.length) throw noMatch();
  if (t.pm !== null) t.hour = (t.hour % 12) + (t.pm ? 12 : 0);
  const ms = utcOf(t.year, t.mon + 1, t.day, t.hour, t.min, t.sec);
  const d = new Date(ms);
  return [t.year, t.mon, t.day, t.hour, t.min, t.sec, d.getUTCDay(), yearDay(t.year, t.mon, t.day)];
}

/** Date natives. */
export const DATE_NATIVES: NativeTable = {
  'gmtime/0': () => codeOne((i) => gmtime(i)),
  'localtime/0': () => codeOne((i, e) => localtime(i, zoneOf(e))),
  'mktime/0': () => codeOne((i) => mktime(i)),
  'strftime/1': cfn((i, fmt) => format(i, fmt, null)),
  'strflocaltime/1': ([fmt]) => codeOne((i, e) => format(i, fmt.one ? fmt.one(i, e) : null, zoneOf(e))),
  'strptime/1': cfn(strptime),
};
