/**
 * diff's output formats: normal (`2c2`, `< a`, `---`, `> b`), unified
 * (`@@ -1,3 +1,3 @@`) and context (`***************`), grouped into hunks
 * the way GNU groups them, with `\ No newline at end of file` markers.
 * Line text is a binary (latin1) string so any bytes pass through unchanged.
 */
import type { Change } from './diff-algo.js';

/** One side of the comparison, split into lines. */
export interface DiffText {
  /** Lines without their newline, as binary strings. */
  readonly lines: readonly string[];
  readonly missingNewline: boolean;
}

/** How the hunks are shaped. */
export interface HunkOptions {
  readonly context: number;
  /** True for a change whose lines are all ignorable (-B): it does not count as a difference. */
  readonly ignorable: (c: Change) => boolean;
}

const NO_NEWLINE = '\\ No newline at end of file\n';

function line(prefix: string, text: DiffText, i: number): string {
  const s = `${prefix}${text.lines[i]}\n`;
  return text.missingNewline && i === text.lines.length - 1 ? s + NO_NEWLINE : s;
}

/** Groups changes into hunks: a gap of more than 2*context unchanged lines (context before an ignorable one) splits. */
export function hunks(changes: readonly Change[], opts: HunkOptions): Change[][] {
  const out: Change[][] = [];
  let current: Change[] = [];
  for (let k = 0; k < changes.length; k++) {
    const c = changes[k];
    current.push(c);
    const next = changes[k + 1];
    const gap = next ? next.line0 - (c.line0 + c.deleted) : 0;
    const threshold = next && opts.ignorable(next) ? opts.context : 2 * opts.context + 1;
    if (!next || gap >= threshold) {
      if (!current.every(opts.ignorable)) out.push(current);
      current = [];
    }
  }
  return out;
}

function normalRange(start: number, count: number): string {
  return count <= 1 ? String(start + 1) : `${start + 1},${start + count}`;
}

/** The normal format, one change at a time. */
export function formatNormal(changes: readonly Change[], a: DiffText, b: DiffText, opts: HunkOptions): string[] {
  const out: string[] = [];
  for (const c of changes) {
    if (opts.ignorable(c)) continue;
    let head: string;
    if (c.deleted > 0 && c.inserted > 0)
      head = `${normalRange(c.line0, c.deleted)}c${normalRange(c.line1, c.inserted)}`;
    else if (c.deleted > 0) head = `${normalRange(c.line0, c.deleted)}d${c.line1}`;
    else head = `${c.line0}a${normalRange(c.line1, c.inserted)}`;
    let s = `${head}\n`;
    for (let i = 0; i < c.deleted; i++) s += line('< ', a, c.line0 + i);
    if (c.deleted > 0 && c.inserted > 0) s += '---\n';
    for (let i = 0; i < c.inserted; i++) s += line('> ', b, c.line1 + i);
    out.push(s);
  }
  return out;
}

interface Span {
  readonly first0: number;
  readonly last0: number;
  readonly first1: number;
  readonly last1: number;
}

/** The lines a hunk shows: its changes plus up to `context` unchanged lines on each side. */
function spanOf(hunk: readonly Change[], a: DiffText, context: number): Span {
  const first = hunk[0];
  const last = hunk[hunk.length - 1];
  const before = Math.min(context, first.line0);
  const end0 = last.line0 + last.deleted;
  const after = Math.min(context, a.lines.length - end0);
  return {
    first0: first.line0 - before,
    last0: end0 - 1 + after,
    first1: first.line1 - before,
    last1: last.line1 + last.inserted - 1 + after,
  };
}

function unifiedRange(first: number, last: number): string {
  const count = last - first + 1;
  if (count === 0) return `${first},0`;
  return count === 1 ? String(first + 1) : `${first + 1},${count}`;
}

/** The unified format. */
export function formatUnified(changes: readonly Change[], a: DiffText, b: DiffText, opts: HunkOptions): string[] {
  const out: string[] = [];
  for (const hunk of hunks(changes, opts)) {
    const span = spanOf(hunk, a, opts.context);
    let s = `@@ -${unifiedRange(span.first0, span.last0)} +${unifiedRange(span.first1, span.last1)} @@\n`;
    let i0 = span.first0;
    let i1 = span.first1;
    for (const c of hunk) {
      for (; i0 < c.line0; i0++, i1++) s += line(' ', a, i0);
      for (let k = 0; k < c.deleted; k++) s += line('-', a, i0++);
      for (let k = 0; k < c.inserted; k++) s += line('+', b, i1++);
    }
    for (; i0 <= span.last0; i0++) s += line(' ', a, i0);
    out.push(s);
  }
  return out;
}

function contextRange(first: number, last: number): string {
  return last > first ? `${first + 1},${last + 1}` : String(last + 1);
}

/** The context format. */
export function formatContext(changes: readonly Change[], a: DiffText, b: DiffText, opts: HunkOptions): string[] {
  const out: string[] = [];
  for (const hunk of hunks(changes, opts)) {
    const span = spanOf(hunk, a, opts.context);
    let s = `***************\n*** ${contextRange(span.first0, span.last0)} ****\n`;
    if (hunk.some((c) => c.deleted > 0)) s += side(hunk, a, span.first0, span.last0, 0);
    s += `--- ${contextRange(span.first1, span.last1)} ----\n`;
    if (hunk.some((c) => c.inserted > 0)) s += side(hunk, b, span.first1, span.last1, 1);
    out.push(s);
  }
  return out;
}

/** One side of a context hunk: '  ' unchanged, '- '/'+ ' pure deletions/insertions, '! ' replaced lines. */
function side(hunk: readonly Change[], text: DiffText, first: number, last: number, which: 0 | 1): string {
  let s = '';
  let i = first;
  for (const c of hunk) {
    const at = which === 0 ? c.line0 : c.line1;
    const count = which === 0 ? c.deleted : c.inserted;
    for (; i < at; i++) s += line('  ', text, i);
    const mark = c.deleted > 0 && c.inserted > 0 ? '! ' : which === 0 ? '- ' : '+ ';
    for (let k = 0; k < count; k++) s += line(mark, text, i++);
  }
  for (; i <= last; i++) s += line('  ', text, i);
  return s;
}
