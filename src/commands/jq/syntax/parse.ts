/**
 * Program text → AST, with jq's compile-error reports: bison-style
 * `syntax error, unexpected X, expecting Y` at the offending token, the program
 * line, padding up to the error column, and `jq: N compile error(s)`.
 */
import { EOF, type IRecognitionException, type IToken } from '../../../vendor/chevrotain.js';
import type { Node } from './ast.js';
import * as T from './lexer.js';
import { JqParser } from './parser.js';

/** A program jq refuses to compile; `report` is the whole stderr text (exit status 3). */
export class JqCompileError extends Error {
  constructor(readonly messages: readonly string[]) {
    super(messages.join('\n'));
    this.name = 'JqCompileError';
  }

  /** The text jq prints: each located message, then the error count. */
  get report(): string {
    const n = this.messages.length;
    return `${this.messages.map((m) => `${m}\n`).join('')}jq: ${n} compile error${n === 1 ? '' : 's'}\n`;
  }
}

/** `jq: error: MSG at <top-level>, line N:` followed by the line and padding up to `pos`, as jq prints them. */
export function locate(program: string, pos: number, message: string): string {
  const start = program.lastIndexOf('\n', pos - 1) + 1;
  let end = program.indexOf('\n', start);
  if (end < 0) end = program.length;
  let line = 1;
  for (let i = program.indexOf('\n'); i >= 0 && i < start; i = program.indexOf('\n', i + 1)) line++;
  return `jq: error: ${message} at <top-level>, line ${line}:\n${program.slice(start, end)}${' '.repeat(pos - start)}`;
}

/** 1-based line of an offset. */
export function lineOf(program: string, pos: number): number {
  let line = 1;
  for (let i = program.indexOf('\n'); i >= 0 && i < pos; i = program.indexOf('\n', i + 1)) line++;
  return line;
}

let parser: JqParser | null = null;

const OPENERS = new Map([
  [T.LParen, T.RParen],
  [T.LBracket, T.RBracket],
  [T.LBrace, T.RBrace],
  [T.InterpStart, T.RParen],
]);
const CLOSERS = new Set([T.RParen, T.RBracket, T.RBrace]);

/** jq's lexer calls a closer that does not match the innermost opener INVALID_CHARACTER. */
function markUnmatchedClosers(tokens: IToken[]): void {
  const open: IToken[] = [];
  for (const t of tokens) {
    if (OPENERS.has(t.tokenType)) open.push(t);
    else if (CLOSERS.has(t.tokenType)) {
      const top = open[open.length - 1];
      if (top && OPENERS.get(top.tokenType) === t.tokenType) open.pop();
      else t.tokenType = T.Invalid;
    }
  }
}

/** Where bison places an error at end of input: the start of the last lexeme, whitespace and comments included. */
function eofPos(text: string, tokens: IToken[]): number {
  const last = tokens[tokens.length - 1];
  let at = last ? last.startOffset + last.image.length : 0;
  let pos = last ? last.startOffset : 0;
  while (at < text.length) {
    pos = at;
    if (text[at] === '#') {
      const nl = text.indexOf('\n', at);
      at = nl < 0 ? text.length : nl;
    } else while (at < text.length && /[ \t\r\n]/.test(text[at])) at++;
  }
  return pos;
}

function tokenName(t: IToken): string {
  if (t.tokenType === EOF) return 'end of file';
  return T.BISON_NAMES.get(t.tokenType) ?? t.image;
}

const STRING_EXPECT = 'QQSTRING_TEXT or QQSTRING_INTERP_START or QQSTRING_END';

/** bison lists the expected tokens only where few fit; these are the places jq users meet. */
function expecting(e: IRecognitionException, first: boolean): string {
  const rules = e.context.ruleStack;
  const rule = rules[rules.length - 1];
  if (e.name === 'NotAllInputParsedException' || first) return 'end of file';
  const wanted = /--> (\w+) <--/.exec(e.message)?.[1];
  if (rule === 'string') return STRING_EXPECT;
  if (wanted === 'RBrace' && rule === 'objectCons') return "'}'";
  if (wanted === 'LParen' && (rule === 'reduce' || rule === 'foreach')) return "'('";
  if (wanted === 'Pipe' && (rule === 'bindable' || rule === 'label')) return "'|'";
  if (e.name === 'NoViableAltException' && rule === 'suffix') return "FORMAT or QQSTRING_START or '['";
  return '';
}

/** Parses a jq program; throws JqCompileError with jq's messages. */
export function parseProgram(text: string): Node {
  const lexed = T.jqLexer().tokenize(text);
  const tokens = lexed.tokens;
  markUnmatchedClosers(tokens);
  parser ??= new JqParser();
  parser.input = tokens;
  parser.treeErrors = [];
  parser.openBlocks = [];
  parser.lineOf = (pos) => lineOf(text, pos);
  const ast = parser.program();
  const e = parser.errors[0];
  if (e) {
    const isEof = e.token.tokenType === EOF;
    const pos = isEof ? eofPos(text, tokens) : e.token.startOffset;
    const first = !isEof && tokens.length > 0 && e.token === tokens[0];
    const hint = expecting(e, first);
    const messages = [
      locate(
        text,
        pos,
        `syntax error, unexpected ${tokenName(e.token)}${hint ? `, expecting ${hint}` : ''} (Unix shell quoting issues?)`,
      ),
    ];
    const open = parser.openBlocks[parser.openBlocks.length - 1];
    if (open) messages.push(locate(text, open.pos, `Possibly unterminated '${open.word}' statement`));
    throw new JqCompileError(messages);
  }
  if (parser.treeErrors.length > 0) {
    throw new JqCompileError(parser.treeErrors.map((t) => locate(text, t.pos, t.message)));
  }
  return ast;
}
