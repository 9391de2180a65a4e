/** The parser layer: bash text → Mirage's readonly AST, and back. */
export type * from './ast.js';
export { parse, parseArithmetic, parsePrefix } from './parse.js';
export { printNode, printScript } from './print.js';
export { ShellSyntaxError } from './syntax-error.js';
