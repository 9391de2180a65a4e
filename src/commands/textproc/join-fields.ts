/** join's view of a line: its fields (GNU xfields), and the -o output format list. */
import { UsageError } from '../../core/errors.js';
import { localeQuote } from './shared/locale-quote.js';

/** A line split into fields: field i is bytes[starts[i], ends[i]). */
export interface JoinLine {
  readonly bytes: Buffer;
  readonly starts: number[];
  readonly ends: number[];
}

const isFieldSep = (c: number) => c === 0x20 || c === 0x09 || c === 0x0a;

/** Splits a line as GNU join does: at `tab`, or at runs of blanks (leading ones skipped, a trailing run ending in an empty field). */
export function splitFields(bytes: Buffer, tab: number): JoinLine {
  const starts: number[] = [];
  const ends: number[] = [];
  const lim = bytes.length;
  const add = (s: number, e: number) => {
    starts.push(s);
    ends.push(e);
  };
  if (lim === 0) return { bytes, starts, ends };
  let p = 0;
  if (tab >= 0 && tab !== 0x0a) {
    for (let sep = bytes.indexOf(tab, p); sep >= 0; sep = bytes.indexOf(tab, p)) {
      add(p, sep);
      p = sep + 1;
    }
  } else if (tab < 0) {
    while (isFieldSep(bytes[p])) if (++p === lim) return { bytes, starts, ends };
    do {
      let sep = p + 1;
      while (sep !== lim && !isFieldSep(bytes[sep])) sep++;
      add(p, sep);
      if (sep === lim) return { bytes, starts, ends };
      for (p = sep + 1; p !== lim && isFieldSep(bytes[p]); p++);
    } while (p !== lim);
  }
  add(p, lim);
  return { bytes, starts, ends };
}

/** One -o item: field `field` (0-based) of file 1 or 2, or the join field (file 0). */
export interface OutSpec {
  readonly file: 0 | 1 | 2;
  readonly field: number;
}

/** A 1-based field number option value (-1, -2, -j, the N of -o F.N), as a 0-based index. */
export function fieldNumber(text: string): number {
  const m = /^[ \t]*\+?([0-9]+)$/.exec(text);
  const n = m ? BigInt(m[1]) : 0n;
  if (n < 1n) throw new UsageError(`join: invalid field number: ${localeQuote(text)}\n`, 1);
  return n > BigInt(Number.MAX_SAFE_INTEGER) ? Number.MAX_SAFE_INTEGER : Number(n) - 1;
}

/** Parses one -o argument: items separated by commas or blanks. */
export function parseOutputList(text: string): OutSpec[] {
  const out: OutSpec[] = [];
  for (const item of text.split(/[, \t]+/)) {
    if (item === '') continue;
    if (item === '0') {
      out.push({ file: 0, field: 0 });
      continue;
    }
    const m = /^([12])\.(.*)$/.exec(item);
    if (!m) throw new UsageError(`join: invalid file number in field spec: ${localeQuote(item)}\n`, 1);
    out.push({ file: m[1] === '1' ? 1 : 2, field: fieldNumber(m[2]) });
  }
  return out;
}
