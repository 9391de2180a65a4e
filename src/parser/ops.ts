/**
 * mvdan/sh's operator token numbers → our operator strings. The numbers were
 * recorded by parsing one sample per operator with mvdan-sh 0.10.1 (the same
 * samples are re-checked in test/parser/ops.test.ts, so a package upgrade that
 * renumbers the enum fails loudly). One enum serves every kind, which is why
 * `+` is 68 both in `$((a+b))` and in `${x+w}`.
 */
import type {
  BinaryArithmOp,
  BinaryCmdOp,
  BinaryTestOp,
  CaseOp,
  ExtGlob,
  ParamExpOp,
  ProcSubst,
  RedirOp,
  UnaryArithmOp,
  UnaryTestOp,
} from './ast.js';

type OpTable<T extends string> = Readonly<Record<number, T>>;

/** `&&` `||` `|` `|&` */
export const BINARY_CMD_OPS: OpTable<BinaryCmdOp> = { 10: '&&', 11: '||', 12: '|', 13: '|&' };

/** Redirection operators. */
export const REDIR_OPS: OpTable<RedirOp> = {
  54: '>',
  55: '>>',
  56: '<',
  57: '<>',
  58: '<&',
  59: '>&',
  60: '>|',
  61: '<<',
  62: '<<-',
  63: '<<<',
  64: '&>',
  65: '&>>',
};

/** Case arm terminators. */
export const CASE_OPS: OpTable<CaseOp> = { 30: ';;', 31: ';&', 32: ';;&' };

/** Process substitution openers. */
export const PROC_SUBST_OPS: OpTable<ProcSubst['op']> = { 66: '<(', 67: '>(' };

/** Extended glob openers. */
export const EXT_GLOB_OPS: OpTable<ExtGlob['op']> = { 122: '?(', 123: '*(', 124: '+(', 125: '@(', 126: '!(' };

/** Unary arithmetic operators (prefix or postfix). */
export const UNARY_ARITHM_OPS: OpTable<UnaryArithmOp> = { 34: '!', 35: '~', 36: '++', 37: '--', 68: '+', 70: '-' };

/** Binary arithmetic operators, including assignments and the ternary halves. */
export const BINARY_ARITHM_OPS: OpTable<BinaryArithmOp> = {
  9: '&',
  10: '&&',
  11: '||',
  12: '|',
  38: '*',
  39: '**',
  40: '==',
  41: '!=',
  42: '<=',
  43: '>=',
  44: '+=',
  45: '-=',
  46: '*=',
  47: '/=',
  48: '%=',
  49: '&=',
  50: '|=',
  51: '^=',
  52: '<<=',
  53: '>>=',
  54: '>',
  55: '>>',
  56: '<',
  61: '<<',
  68: '+',
  70: '-',
  72: '?',
  74: '=',
  76: '%',
  80: '^',
  82: ',',
  85: '/',
  87: ':',
};

/** `[[ op x ]]` operators. mvdan folds `-a` into `-e` and `-h` into `-L`. */
export const UNARY_TEST_OPS: OpTable<UnaryTestOp> = {
  34: '!',
  88: '-e',
  89: '-f',
  90: '-d',
  91: '-c',
  92: '-b',
  93: '-p',
  94: '-S',
  95: '-L',
  96: '-k',
  97: '-g',
  98: '-u',
  99: '-G',
  100: '-O',
  101: '-N',
  102: '-r',
  103: '-w',
  104: '-x',
  105: '-s',
  106: '-t',
  107: '-z',
  108: '-n',
  109: '-o',
  110: '-v',
  111: '-R',
};

/** `[[ x op y ]]` operators. */
export const BINARY_TEST_OPS: OpTable<BinaryTestOp> = {
  10: '&&',
  11: '||',
  40: '==',
  41: '!=',
  54: '>',
  56: '<',
  74: '=',
  112: '=~',
  113: '-nt',
  114: '-ot',
  115: '-ef',
  116: '-eq',
  117: '-ne',
  118: '-le',
  119: '-ge',
  120: '-lt',
  121: '-gt',
};

/** `${x<op>word}` operators. */
export const PARAM_EXP_OPS: OpTable<ParamExpOp> = {
  68: '+',
  69: ':+',
  70: '-',
  71: ':-',
  72: '?',
  73: ':?',
  74: '=',
  75: ':=',
  76: '%',
  77: '%%',
  78: '#',
  79: '##',
  80: '^',
  81: '^^',
  82: ',',
  83: ',,',
  84: '@',
};

/** `${!prefix*}` / `${!prefix@}`; 0 means no names operator. */
export const PARAM_NAMES_OPS: OpTable<'*' | '@'> = { 38: '*', 84: '@' };
