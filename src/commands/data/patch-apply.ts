/**
 * Applying hunks the way GNU patch does: each hunk is looked for at its line
 * (moved by the offset of the hunks before it), then at growing distances
 * after and before, first exactly and then with up to two context lines
 * ignored at each end (fuzz).
 */
import type { Hunk } from './patch-parse.js';

/** A file as lines without their newlines. */
export interface Lines {
  readonly lines: readonly string[];
  readonly missingNewline: boolean;
}

/** How one hunk went. */
export interface HunkReport {
  readonly applied: boolean;
  /** Line GNU names: where the hunk landed in the new file, or where it was expected when it failed. */
  readonly line: number;
  readonly offset: number;
  readonly fuzz: number;
}

const MAX_FUZZ = 2;

function matchesAt(lines: readonly string[], pattern: readonly string[], at: number): boolean {
  if (at < 0 || at + pattern.length > lines.length) return false;
  for (let k = 0; k < pattern.length; k++) if (lines[at + k] !== pattern[k]) return false;
  return true;
}

interface Placement {
  readonly at: number;
  readonly fuzz: number;
  readonly front: number;
  readonly back: number;
}

/** Where the hunk's old lines are found (index of the first line compared), or null. */
function locate(
  lines: readonly string[],
  hunk: Hunk,
  expected: number,
  frozen: number,
  maxFuzz: number,
): Placement | null {
  const old = hunk.lines.filter((l) => l.op !== '+');
  let prefix = 0;
  while (prefix < hunk.lines.length && hunk.lines[prefix].op === ' ') prefix++;
  let suffix = 0;
  while (suffix < hunk.lines.length && hunk.lines[hunk.lines.length - 1 - suffix].op === ' ') suffix++;
  for (let fuzz = 0; fuzz <= maxFuzz; fuzz++) {
    const front = Math.min(fuzz, prefix);
    const back = Math.min(fuzz, suffix);
    if (fuzz > 0 && front === 0 && back === 0) break;
    const pattern = old.slice(front, old.length - back).map((l) => l.text);
    const guess = expected + front;
    const maxPos = lines.length - pattern.length;
    for (let d = 0; guess + d <= maxPos || guess - d >= frozen; d++) {
      if (guess + d <= maxPos && guess + d >= frozen && matchesAt(lines, pattern, guess + d))
        return { at: guess + d, fuzz, front, back };
      if (d > 0 && guess - d >= frozen && guess - d <= maxPos && matchesAt(lines, pattern, guess - d)) {
        return { at: guess - d, fuzz, front, back };
      }
    }
  }
  return null;
}

/** Applies `hunks` to `text`; returns the new text and a report per hunk. */
export function applyHunks(text: Lines, hunks: readonly Hunk[]): { result: Lines; reports: HunkReport[] } {
  const src = text.lines;
  const out: string[] = [];
  const reports: HunkReport[] = [];
  let frozen = 0;
  let lastOffset = 0;
  let missingNewline = text.missingNewline;
  for (const hunk of hunks) {
    // A hunk that only adds lines names the line after which they go.
    const expected = (hunk.oldCount === 0 ? hunk.oldStart : hunk.oldStart - 1) + lastOffset;
    const place = locate(src, hunk, expected, frozen, MAX_FUZZ);
    if (!place) {
      reports.push({ applied: false, line: hunk.oldStart + lastOffset, offset: 0, fuzz: 0 });
      continue;
    }
    const start = place.at - place.front;
    const offset = start - (hunk.oldCount === 0 ? hunk.oldStart : hunk.oldStart - 1);
    for (let k = frozen; k < start; k++) out.push(src[k]);
    const oldLength = hunk.lines.filter((l) => l.op !== '+').length;
    const news = hunk.lines.filter((l) => l.op !== '-');
    // Context ignored by fuzz keeps the file's own lines.
    for (let k = 0; k < place.front; k++) out.push(src[start + k]);
    for (const l of news.slice(place.front, news.length - place.back)) out.push(l.text);
    for (let k = place.back; k > 0; k--) out.push(src[start + oldLength - k]);
    frozen = start + oldLength;
    if (frozen === src.length) {
      const last = hunk.lines.filter((l) => l.op !== '-').pop();
      missingNewline = last?.noNewline ?? false;
    }
    lastOffset = offset;
    reports.push({ applied: true, line: hunk.newStart + offset, offset, fuzz: place.fuzz });
  }
  for (let k = frozen; k < src.length; k++) out.push(src[k]);
  return { result: { lines: out, missingNewline: out.length > 0 && missingNewline }, reports };
}

/** True when every hunk would apply exactly (used to spot an already applied patch). */
export function appliesCleanly(text: Lines, hunks: readonly Hunk[]): boolean {
  let frozen = 0;
  let lastOffset = 0;
  for (const hunk of hunks) {
    const expected = (hunk.oldCount === 0 ? hunk.oldStart : hunk.oldStart - 1) + lastOffset;
    const place = locate(text.lines, hunk, expected, frozen, 0);
    if (!place) return false;
    lastOffset = place.at - (hunk.oldCount === 0 ? hunk.oldStart : hunk.oldStart - 1);
    frozen = place.at + hunk.lines.filter((l) => l.op !== '+').length;
  }
  return true;
}
