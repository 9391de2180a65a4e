/**
 * GNU date's strftime (gnulib nstrftime) in the C locale: every conversion,
 * the `- _ 0 ^ #` flags, field widths, `%N` precision and the `%:z` family.
 * Shared by date and find -printf.
 */
import type { ZonedFields } from './time-zone.js';

/** An instant ready for formatting: local fields plus the exact epoch time. */
export interface FormatTime {
  readonly fields: ZonedFields;
  /** Whole seconds since the epoch (floor). */
  readonly seconds: number;
  /** Nanoseconds beyond `seconds`, 0..999999999. */
  readonly nanos: number;
}

const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** C-locale composite conversions, expanded before formatting. */
const COMPOSITE: Record<string, string> = {
  c: '%a %b %e %H:%M:%S %Y',
  D: '%m/%d/%y',
  F: '%Y-%m-%d',
  r: '%I:%M:%S %p',
  R: '%H:%M',
  T: '%H:%M:%S',
  x: '%m/%d/%y',
  X: '%H:%M:%S',
};

interface Spec {
  pad: string | null;
  upper: boolean;
  swap: boolean;
  width: number;
}

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/** Day of the year, 0-based. */
export function dayOfYear(f: { year: number; month: number; day: number }): number {
  const cum = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];
  return cum[f.month - 1] + f.day - 1 + (f.month > 2 && isLeap(f.year) ? 1 : 0);
}

function isoWeeksIn(year: number): number {
  const p = (y: number) => (((y + Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400)) % 7) + 7) % 7;
  return p(year) === 4 || p(year - 1) === 3 ? 53 : 52;
}

/** ISO 8601 week-based year and week number. */
export function isoWeek(f: ZonedFields): { year: number; week: number } {
  const isoDay = f.weekday === 0 ? 7 : f.weekday;
  const week = Math.floor((dayOfYear(f) + 1 - isoDay + 10) / 7);
  if (week < 1) return { year: f.year - 1, week: isoWeeksIn(f.year - 1) };
  if (week > isoWeeksIn(f.year)) return { year: f.year + 1, week: 1 };
  return { year: f.year, week };
}

/** A number padded as nstrftime's DO_NUMBER does. */
function num(value: number, digits: number, spec: Spec, defaultPad = '0'): string {
  const neg = value < 0;
  const body = String(Math.abs(value));
  const pad = spec.pad ?? defaultPad;
  const width = spec.width > 0 ? spec.width : digits;
  if (pad === '-') return (neg ? '-' : '') + body;
  const total = width - (neg ? 1 : 0);
  if (pad === ' ') return (neg ? `-${body}` : body).padStart(width, ' ');
  return (neg ? '-' : '') + body.padStart(total, '0');
}

/** Text padded with spaces (or zeros with the 0 flag) to the field width. */
function text(value: string, spec: Spec, swapLowers = false): string {
  let s = value;
  if (spec.upper) s = s.toUpperCase();
  else if (spec.swap) s = swapLowers ? s.toLowerCase() : s.toUpperCase();
  if (spec.pad === '-' || spec.width <= s.length) return s;
  return s.padStart(spec.width, spec.pad === '0' ? '0' : ' ');
}

function zone(offsetMinutes: number, colons: number, spec: Spec): string {
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  const hh = Math.floor(abs / 60);
  const mm = abs % 60;
  const two = (n: number) => String(n).padStart(2, '0');
  let tail: string;
  let lead: number;
  if (colons === 0) {
    lead = hh * 100 + mm;
    tail = '';
  } else {
    lead = hh;
    tail = colons === 3 && mm === 0 ? '' : `:${two(mm)}${colons === 2 ? ':00' : ''}`;
  }
  const minLead = colons === 0 ? 4 : 2;
  if (spec.pad === '-') return `${sign}${lead}${tail}`;
  const width = Math.max(spec.width, minLead + 1 + tail.length);
  if (spec.pad === ' ') return `${sign}${lead}${tail}`.padStart(width, ' ');
  return sign + String(lead).padStart(width - 1 - tail.length, '0') + tail;
}

/** Formats `t` by a GNU date FORMAT string. */
export function strftime(format: string, t: FormatTime): string {
  let out = '';
  for (let i = 0; i < format.length; i++) {
    const c = format[i];
    if (c !== '%') {
      out += c;
      continue;
    }
    const start = i;
    const spec: Spec = { pad: null, upper: false, swap: false, width: 0 };
    for (i++; i < format.length; i++) {
      const f = format[i];
      if (f === '-' || f === '_' || f === '0') spec.pad = f === '_' ? ' ' : f;
      else if (f === '^') spec.upper = true;
      else if (f === '#') spec.swap = true;
      else if (f === '+') spec.pad = '0';
      else break;
    }
    let widthText = '';
    while (i < format.length && format[i] >= '0' && format[i] <= '9') widthText += format[i++];
    spec.width = widthText === '' ? 0 : Number(widthText);
    while (format[i] === 'E' || format[i] === 'O') i++;
    let colons = 0;
    while (format[i] === ':' && colons < 3) {
      colons++;
      i++;
    }
    const conv = format[i];
    if (conv === undefined) {
      out += format.slice(start);
      break;
    }
    if (colons > 0 && conv !== 'z') {
      out += format.slice(start, i + 1);
      continue;
    }
    const piece = convert(conv, spec, t, colons);
    out += piece ?? format.slice(start, i + 1);
  }
  return out;
}

function convert(conv: string, spec: Spec, t: FormatTime, colons: number): string | null {
  const f = t.fields;
  const composite = COMPOSITE[conv];
  if (composite !== undefined) {
    const inner = strftime(composite, t);
    return text(spec.upper ? inner.toUpperCase() : inner, { ...spec, upper: false, swap: false });
  }
  const hour12 = f.hour % 12 === 0 ? 12 : f.hour % 12;
  switch (conv) {
    case 'a':
      return text(DAYS[f.weekday].slice(0, 3), spec);
    case 'A':
      return text(DAYS[f.weekday], spec);
    case 'b':
    case 'h':
      return text(MONTHS[f.month - 1].slice(0, 3), spec);
    case 'B':
      return text(MONTHS[f.month - 1], spec);
    case 'C':
      return num(Math.floor(f.year / 100), 2, spec);
    case 'd':
      return num(f.day, 2, spec);
    case 'e':
      return num(f.day, 2, spec, ' ');
    case 'g':
      return num(((isoWeek(f).year % 100) + 100) % 100, 2, spec);
    case 'G':
      return num(isoWeek(f).year, 4, spec);
    case 'H':
      return num(f.hour, 2, spec);
    case 'I':
      return num(hour12, 2, spec);
    case 'j':
      return num(dayOfYear(f) + 1, 3, spec);
    case 'k':
      return num(f.hour, 2, spec, ' ');
    case 'l':
      return num(hour12, 2, spec, ' ');
    case 'm':
      return num(f.month, 2, spec);
    case 'M':
      return num(f.minute, 2, spec);
    case 'n':
      return '\n';
    case 'N':
      return nanos(t.nanos, spec);
    case 'p':
      return text(f.hour < 12 ? 'AM' : 'PM', spec, true);
    case 'P':
      return text(f.hour < 12 ? 'am' : 'pm', { ...spec, swap: false });
    case 'q':
      return num(Math.floor((f.month - 1) / 3) + 1, 1, spec);
    case 's':
      return num(t.seconds, 1, spec);
    case 'S':
      return num(f.second, 2, spec);
    case 't':
      return '\t';
    case 'u':
      return num(f.weekday === 0 ? 7 : f.weekday, 1, spec);
    case 'U':
      return num(Math.floor((dayOfYear(f) + 7 - f.weekday) / 7), 2, spec);
    case 'V':
      return num(isoWeek(f).week, 2, spec);
    case 'w':
      return num(f.weekday, 1, spec);
    case 'W':
      return num(Math.floor((dayOfYear(f) + 7 - ((f.weekday + 6) % 7)) / 7), 2, spec);
    case 'y':
      return num(((f.year % 100) + 100) % 100, 2, spec);
    case 'Y':
      return num(f.year, 4, spec);
    case 'z':
      return zone(f.offsetMinutes, colons, spec);
    case 'Z':
      return text(f.abbrev, spec, true);
    case '%':
      return text('%', spec);
    default:
      return null;
  }
}

/** %N: nanoseconds, the width giving the number of digits (truncated, or zero-extended). */
function nanos(value: number, spec: Spec): string {
  const digits = String(value).padStart(9, '0');
  if (spec.width === 0 || spec.pad === '-') return digits;
  return spec.width <= 9 ? digits.slice(0, spec.width) : digits.padEnd(spec.width, '0');
}
