/**
 * Prints words, arithmetic and `[[ ]]` expressions back to bash. Literals are
 * printed raw (they keep their escapes), so a word prints as it was written, minus
 * line continuations. Statement lists inside `$(…)` come from print.ts through the
 * `inner` callback, which returns them on one logical line.
 */
import type { ArithmExpr, ParamExp, Stmt, TestExpr, Word, WordPart } from './ast.js';

/** Prints a statement list for a substitution, heredocs included. */
export type InnerPrinter = (stmts: readonly Stmt[]) => string;

/** Prints a word. */
export function printWord(w: Word, inner: InnerPrinter): string {
  return printParts(w.parts, inner);
}

/** Prints word parts, concatenated. */
export function printParts(parts: readonly WordPart[], inner: InnerPrinter): string {
  let out = '';
  for (const p of parts) out += printPart(p, inner);
  return out;
}

/** Prints one word part. */
export function printPart(p: WordPart, inner: InnerPrinter): string {
  switch (p.kind) {
    case 'Lit':
      return p.value;
    case 'SglQuoted':
      return `${p.dollar ? '$' : ''}'${p.value}'`;
    case 'DblQuoted':
      return `${p.dollar ? '$' : ''}"${printParts(p.parts, inner)}"`;
    case 'ParamExp':
      return printParamExp(p, inner);
    case 'CmdSubst': {
      const text = inner(p.stmts);
      if (p.backquotes) return `\`${text.replace(/[\\`]/g, '\\$&')}\``;
      // `$((` would open an arithmetic expansion.
      return text.startsWith('(') ? `$( ${text})` : `$(${text})`;
    }
    case 'ArithmExp':
      return p.bracket ? `$[${printArithm(p.expr, inner)}]` : `$((${printArithm(p.expr, inner)}))`;
    case 'ProcSubst': {
      const text = inner(p.stmts);
      return text.startsWith('(') ? `${p.op} ${text})` : `${p.op}${text})`;
    }
    case 'ExtGlob':
      return `${p.op}${p.pattern})`;
    default:
      return assertNever(p);
  }
}

function printParamExp(p: ParamExp, inner: InnerPrinter): string {
  if (p.short) return `$${p.param}`;
  let out = '${';
  if (p.length) out += '#';
  if (p.excl) out += '!';
  out += p.param;
  if (p.index) out += `[${printArithm(p.index, inner)}]`;
  if (p.names) out += p.names;
  if (p.slice) {
    const offset = p.slice.offset ? printArithm(p.slice.offset, inner) : '';
    // `${x:-1}` and `${x:+1}` are other operators; a space keeps the slice.
    out += /^[-+]/.test(offset) ? `: ${offset}` : `:${offset}`;
    if (p.slice.length) out += `:${printArithm(p.slice.length, inner)}`;
  }
  if (p.repl) {
    out += p.repl.all ? '//' : '/';
    out += printWord(p.repl.orig, inner);
    if (p.repl.with) out += `/${printWord(p.repl.with, inner)}`;
  }
  if (p.exp) out += p.exp.op + (p.exp.word ? printWord(p.exp.word, inner) : '');
  return `${out}}`;
}

/**
 * Prints an arithmetic expression without spaces, so it also fits where a space
 * would split a word (`let a=b+1`, `a[i+1]=x`). Parentheses are printed only where
 * the tree has a ParenArithm: trees from the parser already encode precedence.
 */
export function printArithm(x: ArithmExpr, inner: InnerPrinter): string {
  switch (x.kind) {
    case 'Word':
      return printWord(x, inner);
    case 'BinaryArithm':
      return glue(glue(printArithm(x.x, inner), x.op), printArithm(x.y, inner));
    case 'UnaryArithm':
      return x.post ? glue(printArithm(x.x, inner), x.op) : glue(x.op, printArithm(x.x, inner));
    case 'ParenArithm':
      return `(${printArithm(x.x, inner)})`;
    default:
      return assertNever(x);
  }
}

/** Joins two arithmetic tokens, spacing `+ +` and `- -` apart so they do not fuse into `++`/`--`. */
function glue(a: string, b: string): string {
  const last = a[a.length - 1];
  return (last === '+' || last === '-') && b[0] === last ? `${a} ${b}` : a + b;
}

/** Prints a `[[ ]]` expression (without the brackets). */
export function printTest(x: TestExpr, inner: InnerPrinter): string {
  switch (x.kind) {
    case 'Word':
      return printWord(x, inner);
    case 'BinaryTest':
      return `${printTest(x.x, inner)} ${x.op} ${printTest(x.y, inner)}`;
    case 'UnaryTest':
      return `${x.op} ${printTest(x.x, inner)}`;
    case 'ParenTest':
      return `( ${printTest(x.x, inner)} )`;
    default:
      return assertNever(x);
  }
}

/** The text a here-document's closing line must hold: the delimiter with its quotes removed. */
export function heredocDelimiter(w: Word, inner: InnerPrinter): string {
  let out = '';
  for (const p of w.parts) {
    if (p.kind === 'Lit') out += p.value.replace(/\\(.)/gs, '$1');
    else if (p.kind === 'SglQuoted') out += p.value;
    else if (p.kind === 'DblQuoted') out += printParts(p.parts, inner).replace(/\\([$`"\\])/g, '$1');
    else out += printPart(p, inner);
  }
  return out;
}

/** Compile-time exhaustiveness check for switches over `kind`. */
export function assertNever(x: never): never {
  throw new Error(`unexpected node: ${JSON.stringify(x)}`);
}
