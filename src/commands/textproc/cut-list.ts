/** cut's LIST argument (set-fields.c): "N", "N-", "-M", "N-M" joined by commas or blanks, merged and sorted. */
import { usageError } from '../lib/flags.js';
import { localeQuote } from './shared/locale-quote.js';

/** An inclusive range of 1-based positions; `hi` is Infinity for "N-". */
export interface Range {
  readonly lo: number;
  readonly hi: number;
}

/** Parses a field list (`positions` false) or a byte/character list, optionally complemented. */
export function parseList(cmd: string, spec: string, positions: boolean, complement: boolean): Range[] {
  const fail = (message: string) => usageError(cmd, message);
  const numberedFrom1 = positions ? 'byte/character positions are numbered from 1' : 'fields are numbered from 1';
  const ranges: Range[] = [];
  let initial = 1;
  let value = 0n;
  let lhs = false;
  let rhs = false;
  let dash = false;
  let numStart = 0;
  let inDigits = false;
  for (let i = 0; ; i++) {
    const c = i < spec.length ? spec[i] : '';
    if (c === '-') {
      inDigits = false;
      if (dash) throw fail(positions ? 'invalid byte or character range' : 'invalid field range');
      dash = true;
      if (lhs && value === 0n) throw fail(numberedFrom1);
      initial = lhs ? Number(value) : 1;
      value = 0n;
    } else if (c === ',' || c === ' ' || c === '\t' || c === '') {
      inDigits = false;
      if (dash) {
        dash = false;
        if (!lhs && !rhs) throw fail('invalid range with no endpoint: -');
        if (!rhs) ranges.push({ lo: initial, hi: Number.POSITIVE_INFINITY });
        else if (Number(value) < initial) throw fail('invalid decreasing range');
        else ranges.push({ lo: initial, hi: Number(value) });
      } else {
        if (value === 0n) throw fail(numberedFrom1);
        ranges.push({ lo: Number(value), hi: Number(value) });
      }
      value = 0n;
      if (c === '') break;
      lhs = rhs = false;
    } else if (c >= '0' && c <= '9') {
      if (!inDigits) numStart = i;
      inDigits = true;
      if (dash) rhs = true;
      else lhs = true;
      value = value * 10n + BigInt(c.charCodeAt(0) - 48);
      if (value >= (1n << 64n) - 1n) {
        const digits = /^[0-9]*/.exec(spec.slice(numStart))?.[0] ?? '';
        const what = positions ? 'byte/character offset' : 'field number';
        throw fail(`${what} ${localeQuote(digits)} is too large`);
      }
    } else {
      const what = positions ? 'invalid byte/character position' : 'invalid field value';
      throw fail(`${what} ${localeQuote(spec.slice(i))}`);
    }
  }
  const merged = mergeRanges(ranges);
  return complement ? complementRanges(merged) : merged;
}

function mergeRanges(ranges: Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a.lo - b.lo || a.hi - b.hi);
  const out: { lo: number; hi: number }[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r.lo <= last.hi) last.hi = Math.max(last.hi, r.hi);
    else out.push({ lo: r.lo, hi: r.hi });
  }
  return out;
}

function complementRanges(ranges: readonly Range[]): Range[] {
  const out: Range[] = [];
  let next = 1;
  for (const r of ranges) {
    if (r.lo > next) out.push({ lo: next, hi: r.lo - 1 });
    next = r.hi + 1;
  }
  if (next !== Number.POSITIVE_INFINITY) out.push({ lo: next, hi: Number.POSITIVE_INFINITY });
  return out;
}

/** Positions below this are answered from a lookup table; beyond it by searching the ranges. */
const TABLE_LIMIT = 1 << 16;

/** Answers "is position k selected" in O(1) for the common small positions. */
export class Selection {
  private readonly table: Uint8Array;
  /** The last selected position (Infinity for an open range). */
  readonly last: number;

  constructor(readonly ranges: readonly Range[]) {
    this.last = ranges.length === 0 ? 0 : ranges[ranges.length - 1].hi;
    this.table = new Uint8Array(Math.min(this.last, TABLE_LIMIT) + 1);
    for (const r of ranges) {
      const hi = Math.min(r.hi, this.table.length - 1);
      for (let k = r.lo; k <= hi; k++) this.table[k] = 1;
    }
  }

  /** True when position `k` (1-based) is selected. */
  has(k: number): boolean {
    if (k < this.table.length) return this.table[k] === 1;
    if (k > this.last) return false;
    return this.ranges.some((r) => r.lo <= k && k <= r.hi);
  }
}
