/**
 * A line diff for golden-test failure messages. Lines are shown with escapes
 * (\t, trailing spaces, a missing final newline) so byte-level differences are visible.
 */

/** Above this many line pairs the diff gives up on alignment and lists both sides. */
const MAX_DIFF_CELLS = 1_000_000;
/** Lines of each side shown when the diff falls back to listing. */
const MAX_LISTED_LINES = 200;

/** Appended to a last line that lacks its newline. */
const NO_FINAL_NEWLINE = ' [no newline at end]';

/** Splits text into lines, keeping a marker when the last line has no newline. */
function linesOf(text: string): string[] {
  if (text === '') return [];
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  const shown = lines.map((l) => JSON.stringify(l).slice(1, -1));
  if (!text.endsWith('\n')) shown[shown.length - 1] += NO_FINAL_NEWLINE;
  return shown;
}

/** A unified-style diff of `expected` (bash, `-`) against `actual` (mirage, `+`); '' when equal. */
export function lineDiff(expected: string, actual: string): string {
  if (expected === actual) return '';
  const a = linesOf(expected);
  const b = linesOf(actual);
  if (a.length * b.length > MAX_DIFF_CELLS) {
    return [
      ...a.slice(0, MAX_LISTED_LINES).map((l) => `- ${l}`),
      ...b.slice(0, MAX_LISTED_LINES).map((l) => `+ ${l}`),
    ].join('\n');
  }
  // lcs[i][j] = length of the longest common subsequence of a[i..] and b[j..].
  const lcs: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
    }
  }
  const out: string[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      out.push(`  ${a[i++]}`);
      j++;
    } else if (i < a.length && (j === b.length || lcs[i + 1][j] >= lcs[i][j + 1])) {
      out.push(`- ${a[i++]}`);
    } else {
      out.push(`+ ${b[j++]}`);
    }
  }
  return out.join('\n');
}
