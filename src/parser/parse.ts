/**
 * The parser's entry points: text → frozen Script (cached), the runnable prefix of
 * a broken script, and standalone arithmetic. Whatever goes wrong surfaces as a
 * ShellSyntaxError; nothing else escapes, whatever the input.
 */
import { PARSE_CACHE_ENTRIES, PARSE_CACHE_MAX_TEXT } from '../core/limits.js';
import type { ArithmExpr, Script } from './ast.js';
import { convertFile } from './convert.js';
import { LruCache } from './lru.js';
import { isMvError, mvdanParse, resetParser } from './mvdan.js';
import { SourceMap, wellFormed } from './source-map.js';
import { ShellSyntaxError } from './syntax-error.js';

export { ShellSyntaxError } from './syntax-error.js';

const scripts = new LruCache<string, Script>(PARSE_CACHE_ENTRIES);
const expressions = new LruCache<string, ArithmExpr>(PARSE_CACHE_ENTRIES);

/** What mvdan puts in front of its messages: `file:line:col: `, the file name being empty here. */
const POSITION_PREFIX = /^(?:[^:\n]*:)?\d+:\d+: /;

/** Parses bash text into a frozen Script, shared through an LRU cache. Throws ShellSyntaxError. */
export function parse(text: string): Script {
  const hit = scripts.get(text);
  if (hit !== undefined) return hit;
  const script = parseUncached(text);
  if (text.length <= PARSE_CACHE_MAX_TEXT) scripts.set(text, script);
  return script;
}

/**
 * Parses what bash would run of a script with a syntax error: the statements that
 * complete on lines before the line where the failing command began (bash reads
 * and runs a script one line-terminated command at a time). `error` is the error
 * of the whole text, or null when it parsed.
 */
export function parsePrefix(text: string): { script: Script; error: ShellSyntaxError | null } {
  let error: ShellSyntaxError;
  try {
    return { script: parse(text), error: null };
  } catch (e) {
    error = asSyntaxError(e);
  }
  const map = new SourceMap(wellFormed(text));
  // Each failed prefix moves the cut to an earlier line, so this ends by line 1.
  for (let line = error.line; line > 1; ) {
    const cut = map.lineStart(line);
    if (continuesOnNextLine(text, cut)) {
      line--;
      continue;
    }
    try {
      return { script: parseUncached(text.slice(0, cut)), error };
    } catch (e) {
      line = Math.min(asSyntaxError(e).line, line - 1);
    }
  }
  return { script: parse(''), error };
}

/**
 * Parses text as one arithmetic expression, as in `$(( text ))`: for `let`,
 * `declare -i` and variables whose values are expressions. Spans are relative to
 * `text`. Blank text is a ShellSyntaxError (bash evaluates it to 0; callers decide).
 */
export function parseArithmetic(text: string): ArithmExpr {
  const hit = expressions.get(text);
  if (hit !== undefined) return hit;
  const source = wellFormed(text);
  const wrapped = `(( ${source} ))`;
  const map = new SourceMap(source, 3);
  const script = parseWith(wrapped, map);
  const stmt = script.stmts[0];
  const cmd = stmt?.cmd;
  if (
    script.stmts.length !== 1 ||
    cmd?.kind !== 'ArithmCmd' ||
    stmt.redirs.length > 0 ||
    stmt.negated ||
    stmt.background ||
    cmd.span.end !== source.length
  ) {
    const { line, col } = map.lineCol(Math.min(stmt?.span.end ?? 0, source.length));
    throw new ShellSyntaxError('not a single arithmetic expression', line, col);
  }
  if (text.length <= PARSE_CACHE_MAX_TEXT) expressions.set(text, cmd.expr);
  return cmd.expr;
}

function parseUncached(text: string): Script {
  const source = wellFormed(text);
  return parseWith(source, new SourceMap(source));
}

function parseWith(source: string, map: SourceMap): Script {
  try {
    return convertFile(mvdanParse(source), map);
  } catch (e) {
    throw fromThrown(e, map);
  }
}

/** Turns anything thrown while parsing or converting into a ShellSyntaxError. */
function fromThrown(e: unknown, map: SourceMap): ShellSyntaxError {
  if (e instanceof ShellSyntaxError) return e;
  if (isMvError(e)) {
    const { line, col } = map.lineCol(map.indexOf(e.Pos.Offset()));
    const reason = typeof e.Text === 'string' ? e.Text : e.Error().replace(POSITION_PREFIX, '');
    return new ShellSyntaxError(reason, line, col, e.Incomplete === true);
  }
  // A JS exception inside the GopherJS code may leave the parser mid-state: start afresh next time.
  resetParser();
  if (e instanceof RangeError) return new ShellSyntaxError('script nested too deeply to parse', 1, 1);
  return new ShellSyntaxError(`internal parser error: ${e instanceof Error ? e.message : String(e)}`, 1, 1);
}

function asSyntaxError(e: unknown): ShellSyntaxError {
  return e instanceof ShellSyntaxError ? e : fromThrown(e, new SourceMap(''));
}

/** True when the line ending just before `cut` ends in a line continuation (an odd run of backslashes). */
function continuesOnNextLine(text: string, cut: number): boolean {
  let i = cut - 2;
  while (i >= 0 && text.charCodeAt(i) === 0x5c) i--;
  return (cut - 2 - i) % 2 === 1;
}
