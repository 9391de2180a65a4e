/**
 * jq's tokens (after jq 1.7's lexer.l) as a chevrotain lexer with two modes:
 * program text, and the inside of a string, where `\(` opens an interpolation
 * that a matching `)` closes (every `(` pushes the program mode, every `)` pops).
 * Each token type carries the name bison's error messages use for it.
 */
import { createToken, Lexer, type TokenType } from '../../../vendor/chevrotain.js';

/** The name of a token type in jq's syntax errors ("IDENT", "'|'", "end of file", "if"). */
export const BISON_NAMES = new Map<TokenType, string>();

function token(
  name: string,
  pattern: RegExp | string,
  bison: string,
  extra: Partial<Parameters<typeof createToken>[0]> = {},
) {
  const t = createToken({ name, pattern, ...extra });
  BISON_NAMES.set(t, bison);
  return t;
}

const punct = (name: string, text: string, extra = {}) =>
  token(name, text, text.length === 1 ? `'${text}'` : text, extra);

export const WhiteSpace = createToken({ name: 'WhiteSpace', pattern: /[ \t\r\n]+/, group: Lexer.SKIPPED });
export const Comment = createToken({ name: 'Comment', pattern: /#[^\n]*/, group: Lexer.SKIPPED });

export const Ident = token('Ident', /(?:[a-zA-Z_][a-zA-Z_0-9]*::)*[a-zA-Z_][a-zA-Z_0-9]*/, 'IDENT');
export const Field = token('Field', /\.[a-zA-Z_][a-zA-Z_0-9]*/, 'FIELD');
export const Binding = token('Binding', /\$(?:[a-zA-Z_][a-zA-Z_0-9]*::)*[a-zA-Z_][a-zA-Z_0-9]*/, 'BINDING');
export const Loc = token('Loc', /\$__loc__/, '$__loc__', { longer_alt: Binding });
export const NumberLit = token('NumberLit', /(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?/, 'LITERAL');
export const Format = token('Format', /@[a-zA-Z0-9_]+/, 'FORMAT');

const keyword = (word: string) => token(`Kw_${word}`, word, word, { longer_alt: Ident });
export const As = keyword('as');
export const Def = keyword('def');
export const If = keyword('if');
export const Then = keyword('then');
export const Elif = keyword('elif');
export const Else = keyword('else');
export const End = keyword('end');
export const Reduce = keyword('reduce');
export const Foreach = keyword('foreach');
export const Try = keyword('try');
export const Catch = keyword('catch');
export const LabelKw = keyword('label');
export const BreakKw = keyword('break');
export const And = keyword('and');
export const Or = keyword('or');
export const Import = keyword('import');
export const Include = keyword('include');
export const Module = keyword('module');
/** Keywords usable as object keys (`{if: 1}`) and shorthand (`{and}`). */
export const KEYWORDS = [As, Def, If, Then, Elif, Else, End, Reduce, Foreach, Try, Catch, LabelKw, BreakKw, And, Or];
const MODULE_KEYWORDS = [Import, Include, Module];

export const AltDestructure = punct('AltDestructure', '?//');
export const SetAlt = punct('SetAlt', '//=');
export const Alt = punct('Alt', '//');
export const SetPipe = punct('SetPipe', '|=');
export const SetPlus = punct('SetPlus', '+=');
export const SetMinus = punct('SetMinus', '-=');
export const SetMult = punct('SetMult', '*=');
export const SetDiv = punct('SetDiv', '/=');
export const SetMod = punct('SetMod', '%=');
export const Eq = punct('Eq', '==');
export const Neq = punct('Neq', '!=');
export const LessEq = punct('LessEq', '<=');
export const GreaterEq = punct('GreaterEq', '>=');
export const DotDot = punct('DotDot', '..');
export const Dot = punct('Dot', '.');
export const Question = punct('Question', '?');
export const Assign = punct('Assign', '=');
export const Semi = punct('Semi', ';');
export const Comma = punct('Comma', ',');
export const Colon = punct('Colon', ':');
export const Pipe = punct('Pipe', '|');
export const Plus = punct('Plus', '+');
export const Minus = punct('Minus', '-');
export const Star = punct('Star', '*');
export const Slash = punct('Slash', '/');
export const Percent = punct('Percent', '%');
export const Less = punct('Less', '<');
export const Greater = punct('Greater', '>');
export const LBracket = punct('LBracket', '[');
export const RBracket = punct('RBracket', ']');
export const LBrace = punct('LBrace', '{');
export const RBrace = punct('RBrace', '}');
export const LParen = punct('LParen', '(', { push_mode: 'program' });
export const RParen = punct('RParen', ')', { pop_mode: true });
export const Invalid = token('Invalid', /[\s\S]/, 'INVALID_CHARACTER');

export const QQStart = token('QQStart', '"', 'QQSTRING_START', { push_mode: 'string' });
export const QQEnd = token('QQEnd', '"', 'QQSTRING_END', { pop_mode: true });
export const InterpStart = token('InterpStart', '\\(', 'QQSTRING_INTERP_START', { push_mode: 'program' });
export const QQEscapes = token('QQEscapes', /(?:\\[^u(]|\\u[a-zA-Z0-9]{0,4})+/, 'QQSTRING_TEXT');
export const QQText = token('QQText', /[^\\"]+/, 'QQSTRING_TEXT');
const QQInvalid = token('QQInvalid', /[\s\S]/, 'INVALID_CHARACTER');

const PROGRAM_TOKENS = [
  WhiteSpace,
  Comment,
  QQStart,
  Format,
  Loc,
  Binding,
  Field,
  NumberLit,
  ...KEYWORDS,
  ...MODULE_KEYWORDS,
  Ident,
  AltDestructure,
  SetAlt,
  Alt,
  SetPipe,
  SetPlus,
  SetMinus,
  SetMult,
  SetDiv,
  SetMod,
  Eq,
  Neq,
  LessEq,
  GreaterEq,
  DotDot,
  Dot,
  Question,
  Assign,
  Semi,
  Comma,
  Colon,
  Pipe,
  Plus,
  Minus,
  Star,
  Slash,
  Percent,
  Less,
  Greater,
  LBracket,
  RBracket,
  LBrace,
  RBrace,
  LParen,
  RParen,
  Invalid,
];

/** Every token type, for the parser. */
export const ALL_TOKENS: TokenType[] = [...PROGRAM_TOKENS, QQEnd, InterpStart, QQEscapes, QQText, QQInvalid];

let lexer: Lexer | null = null;

/** The lexer, built on first use (building it validates the token patterns). */
export function jqLexer(): Lexer {
  lexer ??= new Lexer(
    {
      modes: { program: PROGRAM_TOKENS, string: [QQEnd, InterpStart, QQEscapes, QQText, QQInvalid] },
      defaultMode: 'program',
    },
    { positionTracking: 'onlyOffset', ensureOptimizations: false, skipValidations: true },
  );
  return lexer;
}
