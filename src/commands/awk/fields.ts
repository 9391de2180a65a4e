/**
 * Field splitting by FS, the way awk defines it: a single space splits on runs
 * of blanks and newlines and ignores them at both ends; any other single
 * character is literal; longer values are regexes; an empty FS makes every
 * character a field. In paragraph mode (RS = "") a newline separates fields too.
 */
import type { FieldRule } from './field-scan.js';
import { type AwkRegex, compileRegex, execRegex } from './regex.js';

/** Splits a record into its fields. */
export type Splitter = (record: string) => string[];

const ERE_SPECIAL = '.[]()*+?{}|^$\\';

/** How FS cuts records. `paragraph` adds newline as a separator (RS = ""). */
export function fieldRule(fs: string, paragraph: boolean, utf8: boolean): FieldRule {
  if (fs === ' ') return { kind: 'blank' };
  if (fs === '') return { kind: 'split', split: utf8 ? (r) => Array.from(r) : (r) => r.split('') };
  if (fs.length === 1) {
    if (!paragraph || fs === '\n') return { kind: 'char', ch: fs };
    const re = compileRegex(`${ERE_SPECIAL.includes(fs) ? '\\' : ''}${fs}|\n`, utf8);
    return { kind: 'split', split: regexSplitter(re) };
  }
  return { kind: 'split', split: regexSplitter(compileRegex(paragraph ? `(${fs})|\n` : fs, utf8)) };
}

/** Splits on runs of space, tab and newline, ignoring them at both ends. */
export function splitBlanks(r: string): string[] {
  const out: string[] = [];
  const n = r.length;
  let i = 0;
  for (;;) {
    while (i < n) {
      const c = r.charCodeAt(i);
      if (c !== 32 && c !== 9 && c !== 10) break;
      i++;
    }
    if (i >= n) return out;
    const start = i;
    while (i < n) {
      const c = r.charCodeAt(i);
      if (c === 32 || c === 9 || c === 10) break;
      i++;
    }
    out.push(r.slice(start, i));
  }
}

/** Splits at every non-empty match of a regex; a leading separator makes an empty first field. */
export function regexSplitter(re: AwkRegex): Splitter {
  return (r) => splitRegex(r, re, null);
}

/** Splits by regex, collecting the separators when `seps` is given (split()'s fourth argument). */
export function splitRegex(r: string, re: AwkRegex, seps: string[] | null): string[] {
  if (r === '') return [];
  const out: string[] = [];
  let fieldStart = 0;
  let from = 0;
  while (from <= r.length) {
    const m = execRegex(re, r, from);
    if (m === null) break;
    if (m.end === m.start) {
      from = m.start + 1;
      continue;
    }
    out.push(r.slice(fieldStart, m.start));
    seps?.push(r.slice(m.start, m.end));
    fieldStart = from = m.end;
  }
  out.push(r.slice(fieldStart));
  return out;
}
