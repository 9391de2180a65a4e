/** Tab stop lists of expand and unexpand (-t N, -t LIST, '/N' and '+N' for the last one), as GNU parses them. */
import { UsageError } from '../../../core/errors.js';
import { localeQuote } from './locale-quote.js';

/** Parsed tab stops. */
export interface TabStops {
  /** Explicit stop columns, ascending. */
  readonly list: readonly number[];
  /** Repeat every N columns after the list ('/N'), or 0. */
  readonly extend: number;
  /** Repeat every N columns counted from the last stop ('+N'), or 0. */
  readonly increment: number;
  /** A single uniform tab size, or 0 when the list governs. */
  readonly size: number;
}

const UINTMAX = (1n << 64n) - 1n;

/** Accumulates -t arguments; `finish` validates them the way finalize_tab_stops does. */
export class TabStopParser {
  private readonly list: number[] = [];
  private extend = 0;
  private increment = 0;
  private readonly errors: string[] = [];

  constructor(private readonly cmd: string) {}

  /** Adds one -t argument (several -t options accumulate). */
  add(spec: string): void {
    let value: bigint | null = null;
    let start = 0;
    let mode: 'plain' | 'extend' | 'increment' = 'plain';
    const commit = () => {
      if (value === null) return;
      const n = Number(value);
      if (mode === 'extend') this.setLast('/', n);
      else if (mode === 'increment') this.setLast('+', n);
      else this.list.push(n);
      value = null;
    };
    for (let i = 0; i < spec.length; i++) {
      const c = spec[i];
      if (c === ',' || c === ' ' || c === '\t') {
        commit();
      } else if (c === '/' || c === '+') {
        if (value !== null) this.errors.push(`'${c}' specifier not at start of number: ${localeQuote(spec.slice(i))}`);
        mode = c === '/' ? 'extend' : 'increment';
      } else if (c >= '0' && c <= '9') {
        if (value === null) {
          value = 0n;
          start = i;
        }
        value = value * 10n + BigInt(c.charCodeAt(0) - 48);
        if (value > UINTMAX) {
          const digits = /^[0-9]*/.exec(spec.slice(start))?.[0] ?? '';
          this.errors.push(`tab stop is too large ${localeQuote(digits)}`);
          i = start + digits.length - 1;
          value = null;
        }
      } else {
        this.errors.push(`tab size contains invalid character(s): ${localeQuote(spec.slice(i))}`);
        this.fail();
      }
    }
    if (this.errors.length === 0) commit();
    this.fail();
  }

  /** The final stops; throws the GNU message for zero, descending or conflicting stops. */
  finish(): TabStops {
    let prev = 0;
    for (const t of this.list) {
      if (t === 0) throw this.fatal('tab size cannot be 0');
      if (t <= prev) throw this.fatal('tab sizes must be ascending');
      prev = t;
    }
    if (this.extend && this.increment) throw this.fatal("'/' specifier is mutually exclusive with '+'");
    let size = 0;
    if (this.list.length === 0) size = this.extend || this.increment || 8;
    else if (this.list.length === 1 && !this.extend && !this.increment) size = this.list[0];
    return { list: this.list, extend: this.extend, increment: this.increment, size };
  }

  private setLast(which: '/' | '+', n: number): void {
    const previous = which === '/' ? this.extend : this.increment;
    if (previous) this.errors.push(`'${which}' specifier only allowed with the last value`);
    if (which === '/') this.extend = n;
    else this.increment = n;
  }

  private fail(): void {
    if (this.errors.length > 0) throw this.fatal(this.errors.join(`\n${this.cmd}: `));
  }

  private fatal(message: string): UsageError {
    return new UsageError(`${this.cmd}: ${message}\n`, 1);
  }
}

/** The column of the next tab stop after `column`, or -1 past the last stop of a plain list. */
export function nextTabColumn(stops: TabStops, column: number, index: { at: number }): number {
  if (stops.size) return column + (stops.size - (column % stops.size));
  for (; index.at < stops.list.length; index.at++) {
    const tab = stops.list[index.at];
    if (column < tab) return tab;
  }
  if (stops.extend) return column + (stops.extend - (column % stops.extend));
  if (stops.increment) {
    const last = stops.list[stops.list.length - 1];
    return column + (stops.increment - ((column - last) % stops.increment));
  }
  return -1;
}
