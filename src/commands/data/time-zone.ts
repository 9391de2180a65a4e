/**
 * Time zones from the TZ variable, the way glibc reads it: IANA names through
 * Intl (`Europe/Paris`, `:Europe/Paris`), POSIX fixed offsets (`JST-9`,
 * `XYZ+3:30`), and UTC when TZ is unset, empty or unknown (an unknown name
 * keeps its letters as the abbreviation, as glibc does).
 */
import { TZ_ABBREVIATIONS } from './tz-abbrev.js';

/** Calendar fields of an instant in a zone. */
export interface ZonedFields {
  readonly year: number;
  /** 1-12. */
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  /** 0 = Sunday. */
  readonly weekday: number;
  /** East of UTC, in minutes. */
  readonly offsetMinutes: number;
  /** `UTC`, `CET`, `EST`, or a numeric `-03` where the zone has no letters. */
  readonly abbrev: string;
}

const MS_PER_MINUTE = 60_000;
const ABBREV_LOCALES = ['en-US', 'en-GB', 'en-AU', 'en-IN'];

/** A time zone able to turn instants into local fields and back. */
export class TimeZone {
  private readonly formatter: Intl.DateTimeFormat | null;
  private readonly abbrevCache = new Map<number, string>();

  private constructor(
    private readonly iana: string | null,
    private readonly fixedOffset: number,
    private readonly fixedAbbrev: string,
  ) {
    this.formatter = iana
      ? new Intl.DateTimeFormat('en-US', {
          timeZone: iana,
          hourCycle: 'h23',
          year: 'numeric',
          month: 'numeric',
          day: 'numeric',
          hour: 'numeric',
          minute: 'numeric',
          second: 'numeric',
          era: 'short',
        })
      : null;
  }

  /** UTC itself. */
  static readonly UTC = new TimeZone(null, 0, 'UTC');

  /** The zone a TZ value names (UTC when unset). */
  static fromTz(tz: string | undefined): TimeZone {
    if (tz === undefined || tz === '') return TimeZone.UTC;
    const name = tz.startsWith(':') ? tz.slice(1) : tz;
    const posix = /^([A-Za-z]{3,}|<[^>]+>)([+-]?)(\d{1,2})(?::(\d{2}))?$/.exec(name);
    if (posix) {
      const minutes = Number(posix[3]) * 60 + Number(posix[4] ?? 0);
      // POSIX offsets count west of UTC: JST-9 is nine hours east.
      const east = posix[2] === '-' ? minutes : -minutes;
      return new TimeZone(null, east, posix[1].replace(/^<|>$/g, ''));
    }
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: name });
      return new TimeZone(name, 0, '');
    } catch {
      const letters = /^[A-Za-z]+/.exec(name)?.[0] ?? 'UTC';
      return new TimeZone(null, 0, letters.length >= 3 ? letters : 'UTC');
    }
  }

  /** The zone of a command's environment. */
  static fromEnv(env: Readonly<Record<string, string>>): TimeZone {
    return TimeZone.fromTz(env.TZ);
  }

  /** Offset east of UTC at instant `ms`, in minutes. */
  offsetAt(ms: number): number {
    if (!this.formatter) return this.fixedOffset;
    const f = this.wallClock(Math.floor(ms / 1000) * 1000);
    const asUtc = Date.UTC(f.year, f.month - 1, f.day, f.hour, f.minute, f.second);
    return Math.round((asUtc - Math.floor(ms / 1000) * 1000) / MS_PER_MINUTE);
  }

  /** Local calendar fields of instant `ms`. */
  fields(ms: number): ZonedFields {
    const offsetMinutes = this.offsetAt(ms);
    const d = new Date(ms + offsetMinutes * MS_PER_MINUTE);
    return {
      year: d.getUTCFullYear(),
      month: d.getUTCMonth() + 1,
      day: d.getUTCDate(),
      hour: d.getUTCHours(),
      minute: d.getUTCMinutes(),
      second: d.getUTCSeconds(),
      weekday: d.getUTCDay(),
      offsetMinutes,
      abbrev: this.abbrevAt(ms, offsetMinutes),
    };
  }

  /** The instant of a local wall-clock time (for a time skipped or repeated by DST, one of the candidates). */
  toInstant(year: number, month: number, day: number, hour = 0, minute = 0, second = 0, ms = 0): number {
    const wall = utcOf(year, month, day, hour, minute, second) + ms;
    if (!this.formatter) return wall - this.fixedOffset * MS_PER_MINUTE;
    let guess = wall - this.offsetAt(wall) * MS_PER_MINUTE;
    for (let i = 0; i < 3; i++) {
      const next = wall - this.offsetAt(guess) * MS_PER_MINUTE;
      if (next === guess) break;
      guess = next;
    }
    return guess;
  }

  private wallClock(ms: number): {
    year: number;
    month: number;
    day: number;
    hour: number;
    minute: number;
    second: number;
  } {
    const parts = (this.formatter as Intl.DateTimeFormat).formatToParts(new Date(ms));
    const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
    const bc = parts.find((p) => p.type === 'era')?.value === 'BC';
    const year = bc ? 1 - get('year') : get('year');
    return {
      year,
      month: get('month'),
      day: get('day'),
      hour: get('hour'),
      minute: get('minute'),
      second: get('second'),
    };
  }

  private abbrevAt(ms: number, offsetMinutes: number): string {
    if (!this.iana) return this.fixedAbbrev;
    const cached = this.abbrevCache.get(offsetMinutes);
    if (cached !== undefined) return cached;
    const known = TZ_ABBREVIATIONS[this.iana]?.[String(offsetMinutes)];
    if (known !== undefined) {
      this.abbrevCache.set(offsetMinutes, known);
      return known;
    }
    let found = numericAbbrev(offsetMinutes);
    for (const locale of ABBREV_LOCALES) {
      const f = new Intl.DateTimeFormat(locale, { timeZone: this.iana, timeZoneName: 'short' });
      const name = f.formatToParts(new Date(ms)).find((p) => p.type === 'timeZoneName')?.value ?? '';
      if (/^[A-Z]{2,5}$/.test(name) && (name !== 'GMT' || offsetMinutes === 0)) {
        found = name === 'GMT' && /^(Etc\/)?(UTC|UCT|Universal|Zulu)$/.test(this.iana) ? 'UTC' : name;
        break;
      }
    }
    if (/^(Etc\/)?(UTC|UCT|Universal|Zulu)$/i.test(this.iana)) found = 'UTC';
    this.abbrevCache.set(offsetMinutes, found);
    return found;
  }
}

/** Date.UTC without its two-digit-year quirk. */
export function utcOf(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  d.setUTCHours(hour, minute, second, 0);
  return d.getTime();
}

/** tzdata's letterless abbreviations: `-03`, `+0530`. */
function numericAbbrev(offsetMinutes: number): string {
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  const hh = String(Math.floor(abs / 60)).padStart(2, '0');
  return abs % 60 === 0 ? `${sign}${hh}` : `${sign}${hh}${String(abs % 60).padStart(2, '0')}`;
}
