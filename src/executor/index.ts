/** The executor's public surface. */

export { BUILTINS } from './builtins/index.js';
export type { CompileResult, HistoryView, RunOptions, ShellHost, SyntaxProblem } from './host.js';
export { runScript } from './run.js';
export { arithError, ShellError } from './signals.js';
export { ShellState } from './state.js';
