/** ls output: sorting, indicators, and the aligned columns of -l, -s and -i. */
import { compareBytes } from '../../core/compare.js';
import type { FileStat } from '../../core/resource.js';
import { allocatedKiB, groupName, idOf, isExecutable, modeString, ownerName } from '../lib/file-meta.js';
import { humanSize } from '../lib/human-size.js';
import { lsDate } from '../lib/time-format.js';

/** The options that shape output. */
export interface LsOptions {
  readonly all: boolean;
  readonly almostAll: boolean;
  readonly long: boolean;
  readonly recursive: boolean;
  readonly directory: boolean;
  readonly human: boolean;
  readonly inode: boolean;
  readonly size: boolean;
  /** -F marks dirs, links and executables; -p marks dirs only. */
  readonly indicator: 'none' | 'slash' | 'classify';
  readonly sort: 'name' | 'time' | 'size' | 'none';
  readonly reverse: boolean;
  readonly dereference: boolean;
  readonly showOwner: boolean;
  readonly showGroup: boolean;
  readonly numericIds: boolean;
}

/** One name to print. */
export interface LsEntry {
  /** What is printed: the entry name, or the operand as typed. */
  readonly name: string;
  readonly path: string;
  readonly stat: FileStat;
  /** A symlink's target text (long format only). */
  readonly linkTarget?: string;
  /** What the symlink points at, when it resolves (for -F in long format). */
  readonly targetStat?: FileStat;
}

/** True when entries must be stat'ed (beyond the type readdir gives). */
export function needsStat(o: LsOptions): boolean {
  return o.long || o.size || o.inode || o.sort === 'time' || o.sort === 'size' || o.indicator === 'classify';
}

/** Sorts entries in place the way the options ask. */
export function sortEntries(entries: LsEntry[], o: LsOptions): void {
  if (o.sort !== 'none') {
    const byName = (a: LsEntry, b: LsEntry) => compareBytes(a.name, b.name);
    const cmp =
      o.sort === 'time'
        ? (a: LsEntry, b: LsEntry) => b.stat.mtimeMs - a.stat.mtimeMs || byName(a, b)
        : o.sort === 'size'
          ? (a: LsEntry, b: LsEntry) => b.stat.size - a.stat.size || byName(a, b)
          : byName;
    entries.sort(cmp);
  }
  if (o.reverse) entries.reverse();
}

function indicatorOf(st: FileStat | undefined, o: LsOptions): string {
  if (!st || o.indicator === 'none') return '';
  if (st.type === 'directory') return '/';
  if (o.indicator === 'slash') return '';
  if (st.type === 'symlink') return '@';
  return isExecutable(st) ? '*' : '';
}

function sizeText(bytes: number, o: LsOptions): string {
  return o.human ? humanSize(bytes) : String(bytes);
}

function blocksText(st: FileStat, o: LsOptions): string {
  const kib = allocatedKiB(st);
  return o.human ? humanSize(kib * 1024) : String(kib);
}

/** The `total N` line of -l and -s listings. */
export function totalLine(entries: readonly LsEntry[], o: LsOptions): string {
  const kib = entries.reduce((n, e) => n + allocatedKiB(e.stat), 0);
  return `total ${o.human ? humanSize(kib * 1024) : kib}\n`;
}

/** The lines of one block of entries (a directory's contents or the file operands), aligned together. */
export function formatEntries(entries: readonly LsEntry[], o: LsOptions, nowMs: number): string[] {
  const columns: string[][] = entries.map((e) => prefixColumns(e, o, nowMs));
  const width = (i: number) => columns.reduce((w, c) => Math.max(w, c[i]?.length ?? 0), 0);
  const widths = columns.length > 0 ? columns[0].map((_, i) => width(i)) : [];
  const leftAligned = leftColumns(o);
  return entries.map((e, row) => {
    const cells = columns[row].map((cell, i) =>
      leftAligned.has(i) ? cell.padEnd(widths[i]) : cell.padStart(widths[i]),
    );
    cells.push(nameText(e, o));
    return `${cells.join(' ')}\n`;
  });
}

/** Indices of the owner and group columns, which GNU pads on the right. */
function leftColumns(o: LsOptions): Set<number> {
  const left = new Set<number>();
  if (!o.long) return left;
  let i = (o.inode ? 1 : 0) + (o.size ? 1 : 0) + 2;
  if (o.showOwner) left.add(i++);
  if (o.showGroup) left.add(i);
  return left;
}

function prefixColumns(e: LsEntry, o: LsOptions, nowMs: number): string[] {
  const st = e.stat;
  const cells: string[] = [];
  if (o.inode) cells.push(st.ino === undefined ? '?' : String(st.ino));
  if (o.size) cells.push(blocksText(st, o));
  if (!o.long) return cells;
  cells.push(modeString(st), String(st.nlink ?? 1));
  if (o.showOwner) cells.push(o.numericIds ? String(idOf(ownerName(st))) : ownerName(st));
  if (o.showGroup) cells.push(o.numericIds ? String(idOf(groupName(st))) : groupName(st));
  cells.push(sizeText(st.size, o), lsDate(st.mtimeMs, nowMs));
  return cells;
}

function nameText(e: LsEntry, o: LsOptions): string {
  if (o.long && e.stat.type === 'symlink' && e.linkTarget !== undefined) {
    return `${e.name} -> ${e.linkTarget}${indicatorOf(e.targetStat, o)}`;
  }
  return e.name + indicatorOf(e.stat, o);
}
