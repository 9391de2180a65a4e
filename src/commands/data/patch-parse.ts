/** Reading unified diffs for patch: file headers, hunks, and "\ No newline at end of file" markers. */

/** One line of a hunk. */
export interface HunkLine {
  readonly op: ' ' | '-' | '+';
  readonly text: string;
  /** The line had no newline in its file. */
  readonly noNewline: boolean;
}

/** One @@ hunk. */
export interface Hunk {
  readonly oldStart: number;
  readonly oldCount: number;
  readonly newStart: number;
  readonly newCount: number;
  readonly lines: readonly HunkLine[];
  /** The hunk as it was written, for .rej files. */
  readonly raw: string;
}

/** The changes to one file. */
export interface FilePatch {
  readonly oldName: string;
  readonly newName: string;
  /** The ---/+++ header lines as written. */
  readonly header: string;
  /** Line number (1-based) of the first hunk header, for "can't find file" messages. */
  readonly hunkLine: number;
  /** The text before the hunks (shown when the file cannot be found). */
  readonly leading: string;
  readonly hunks: readonly Hunk[];
}

/** A patch that has no hunk at all. */
export class GarbagePatch extends Error {}

function nameOf(header: string): string {
  const body = header.slice(4);
  const tab = body.indexOf('\t');
  const name = tab >= 0 ? body.slice(0, tab) : body.replace(/\s+\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(\.\d+)? [+-]\d{4}$/, '');
  return name.trim();
}

/** Splits a unified diff into file patches. */
export function parsePatch(text: string): FilePatch[] {
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  const files: FilePatch[] = [];
  let i = 0;
  let leadingStart = 0;
  while (i < lines.length) {
    if (!(lines[i].startsWith('--- ') && lines[i + 1]?.startsWith('+++ '))) {
      i++;
      continue;
    }
    const header = `${lines[i]}\n${lines[i + 1]}\n`;
    const leading = lines.slice(leadingStart, i + 2).join('\n');
    const oldName = nameOf(lines[i]);
    const newName = nameOf(lines[i + 1]);
    i += 2;
    const hunks: Hunk[] = [];
    const hunkLine = i + 1;
    while (i < lines.length) {
      const m = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/.exec(lines[i]);
      if (!m) break;
      const start = i;
      const oldCount = m[2] === undefined ? 1 : Number(m[2]);
      const newCount = m[4] === undefined ? 1 : Number(m[4]);
      const body: HunkLine[] = [];
      let seenOld = 0;
      let seenNew = 0;
      i++;
      while (i < lines.length && (seenOld < oldCount || seenNew < newCount || lines[i].startsWith('\\'))) {
        const l = lines[i];
        if (l.startsWith('\\')) {
          const last = body.pop();
          if (last) body.push({ ...last, noNewline: true });
          i++;
          continue;
        }
        const op = l === '' ? ' ' : l[0];
        if (op !== ' ' && op !== '-' && op !== '+') break;
        body.push({ op, text: l.slice(1), noNewline: false });
        if (op !== '+') seenOld++;
        if (op !== '-') seenNew++;
        i++;
      }
      hunks.push({
        oldStart: Number(m[1]),
        oldCount,
        newStart: Number(m[3]),
        newCount,
        lines: body,
        raw: `${lines.slice(start, i).join('\n')}\n`,
      });
    }
    files.push({ oldName, newName, header, hunkLine, leading, hunks });
    leadingStart = i;
  }
  if (files.length === 0) throw new GarbagePatch();
  return files;
}

/** The hunk undone: additions become deletions and the other way round. */
export function reverseHunk(h: Hunk): Hunk {
  return {
    oldStart: h.newStart,
    oldCount: h.newCount,
    newStart: h.oldStart,
    newCount: h.oldCount,
    lines: h.lines.map((l) => ({ ...l, op: l.op === '+' ? '-' : l.op === '-' ? '+' : ' ' })),
    raw: h.raw,
  };
}
