/**
 * On-demand field boundaries for the two common FS values (a single space and
 * one literal character): `$2` scans only as far as the second field, NF counts
 * separators without making substrings, and `$3 + 0` parses the number in
 * place. Offsets live in one reused Int32Array.
 */
import { strToNum } from './values.js';

/** How a record is cut into fields. */
export type FieldRule =
  | { readonly kind: 'blank' }
  | { readonly kind: 'char'; readonly ch: string }
  | { readonly kind: 'split'; readonly split: (record: string) => string[] };

/** Field offsets of the current record, found as far as they have been asked for. */
export class FieldScanner {
  private offs = new Int32Array(128);
  /** Fields found so far. */
  count = 0;
  /** Whether every field has been found. */
  done = false;
  private pos = 0;
  /** Next space, tab and newline at or after the scan position (the record length when none). */
  private space = -1;
  private tab = -1;
  private newline = -1;
  private record = '';
  private rule: FieldRule = { kind: 'blank' };

  /** Starts on a new record. */
  reset(record: string, rule: FieldRule): void {
    this.record = record;
    this.rule = rule;
    this.count = 0;
    this.pos = 0;
    this.space = this.tab = this.newline = -1;
    this.done = record.length === 0;
  }

  /** Finds fields until there are `n` (or no more). */
  ensure(n: number): void {
    if (this.done || this.count >= n) return;
    const r = this.record;
    const len = r.length;
    if (this.rule.kind === 'char') {
      const ch = this.rule.ch;
      let pos = this.pos;
      while (this.count < n) {
        const i = r.indexOf(ch, pos);
        this.push(pos, i < 0 ? len : i);
        if (i < 0) {
          this.done = true;
          return;
        }
        pos = i + 1;
      }
      this.pos = pos;
      return;
    }
    // Field ends come from native searches for each blank, each redone only once passed.
    let i = this.pos;
    while (this.count < n) {
      while (i < len && isBlank(r.charCodeAt(i))) i++;
      if (i >= len) {
        this.done = true;
        break;
      }
      if (this.space < i) this.space = nextOf(r, ' ', i);
      if (this.tab < i) this.tab = nextOf(r, '\t', i);
      if (this.newline < i) this.newline = nextOf(r, '\n', i);
      const end = Math.min(this.space, this.tab, this.newline);
      this.push(i, end);
      i = end;
    }
    this.pos = i;
  }

  /** The text of field i (1-based, found). */
  text(i: number): string {
    return this.record.slice(this.offs[2 * i - 2], this.offs[2 * i - 1]);
  }

  /** The number in field i, parsed in place when it is a plain integer. */
  num(i: number): number {
    const r = this.record;
    let p = this.offs[2 * i - 2];
    const end = this.offs[2 * i - 1];
    if (end - p > 0 && end - p <= 15) {
      let v = 0;
      for (; p < end; p++) {
        const c = r.charCodeAt(p);
        if (c < 48 || c > 57) break;
        v = v * 10 + (c - 48);
      }
      if (p === end) return v;
    }
    return strToNum(this.text(i));
  }

  /** Every field as a string. */
  all(): string[] {
    this.ensure(Number.POSITIVE_INFINITY);
    const out = new Array<string>(this.count);
    for (let i = 1; i <= this.count; i++) out[i - 1] = this.text(i);
    return out;
  }

  private push(start: number, end: number): void {
    if (2 * this.count + 2 > this.offs.length) {
      const bigger = new Int32Array(this.offs.length * 2);
      bigger.set(this.offs);
      this.offs = bigger;
    }
    this.offs[2 * this.count] = start;
    this.offs[2 * this.count + 1] = end;
    this.count++;
  }
}

/** Index of `ch` in `r` from `from`, or the length when absent. */
function nextOf(r: string, ch: string, from: number): number {
  const i = r.indexOf(ch, from);
  return i < 0 ? r.length : i;
}

function isBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 10;
}
