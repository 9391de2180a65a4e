/**
 * bash's wording for syntax errors, derived from the parser's error position:
 * `syntax error near unexpected token `X'` followed by the offending line, or
 * `syntax error: unexpected end of file` for incomplete input.
 */

const OPERATORS = [
  ';;&',
  '&>>',
  '<<<',
  '<<-',
  ';;',
  ';&',
  '&&',
  '||',
  '|&',
  '<<',
  '>>',
  '<>',
  '>&',
  '<&',
  '&>',
  '>|',
  '|',
  '&',
  ';',
  '(',
  ')',
  '<',
  '>',
];
const META = /[\s;&|()<>]/;

/** The bash token starting at `i` (after blanks), or 'newline' at a line end / end of text. */
function tokenAt(text: string, i: number): { token: string; end: number } {
  let at = i;
  while (at < text.length && (text[at] === ' ' || text[at] === '\t')) at++;
  if (at >= text.length || text[at] === '\n') return { token: 'newline', end: at + 1 };
  for (const op of OPERATORS) if (text.startsWith(op, at)) return { token: op, end: at + op.length };
  let end = at;
  while (end < text.length && !META.test(text[end])) end++;
  return { token: text.slice(at, end), end };
}

/** Offset of a 1-based line/column. */
function offsetOf(text: string, line: number, col: number): number {
  let off = 0;
  for (let l = 1; l < line; l++) {
    const nl = text.indexOf('\n', off);
    if (nl < 0) return text.length;
    off = nl + 1;
  }
  return Math.min(text.length, off + col - 1);
}

/** bash's message for a syntax error at line:col, and the source line it quotes (null for end of file). */
export function bashSyntaxMessage(
  text: string,
  error: { line: number; col: number; reason: string; incomplete: boolean },
): { message: string; quoted: string | null } {
  if (error.incomplete) return { message: 'syntax error: unexpected end of file', quoted: null };
  const start = offsetOf(text, error.line, error.col);
  let t = tokenAt(text, start);
  if (/must be followed by/.test(error.reason)) t = tokenAt(text, t.end);
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = text.indexOf('\n', start);
  const quoted = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd);
  return { message: `syntax error near unexpected token \`${t.token}'`, quoted };
}

/**
 * When the error offset lies inside a `$(( … ))` on its line, bash's run-time
 * message for it and where the next line starts; otherwise null.
 */
export function arithmeticSyntaxError(
  text: string,
  error: { line: number; col: number; reason: string },
): { message: string; resumeAt: number } | null {
  const at = offsetOf(text, error.line, error.col);
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const open = text.lastIndexOf('$((', at);
  if (open < lineStart) return null;
  const close = text.indexOf('))', at);
  const lineEnd = text.indexOf('\n', at);
  if (close < 0 || (lineEnd >= 0 && close > lineEnd)) return null;
  const expr = text.slice(open + 3, close);
  const token = text.slice(at, close).trim() || expr.trim();
  const what = /must be followed by an expression/.test(error.reason)
    ? 'operand expected'
    : 'syntax error in expression';
  const message =
    what === 'operand expected'
      ? `${expr.trim()}: syntax error: operand expected (error token is "${token}")`
      : `${expr.trim()}: syntax error in expression (error token is "${token}")`;
  return { message, resumeAt: lineEnd < 0 ? text.length : lineEnd + 1 };
}
