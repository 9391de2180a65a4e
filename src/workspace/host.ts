/**
 * Wires the stages together for the executor: parse (with bash's
 * run-what-came-before-the-error semantics) → lower → plan, arithmetic
 * parsing and function printing.
 */
import type { Command } from '../core/command.js';
import type { VirtualFs } from '../core/vfs.js';
import type { CompileResult, ShellHost } from '../executor/index.js';
import { ShellError } from '../executor/index.js';
import { parseArithmetic, parsePrefix, printNode, ShellSyntaxError } from '../parser/index.js';
import { lowerScript } from '../planner/lower.js';

/** Builds the executor's host over a filesystem and a command table. */
export function createHost(
  fs: VirtualFs,
  commands: ReadonlyMap<string, Command>,
  disabledRules: ReadonlySet<string>,
): ShellHost {
  return {
    fs,
    commands,
    disabledRules,
    compile(text: string): CompileResult {
      const { script, error } = parsePrefix(text);
      const plan = lowerScript(script, text);
      return { plan, error: error ? { line: error.line, col: error.col, reason: error.reason } : null };
    },
    parseArith(text: string) {
      try {
        return parseArithmetic(text);
      } catch (e) {
        if (e instanceof ShellSyntaxError) {
          throw new ShellError(`${text.trim()}: syntax error in expression (error token is "${text.trim()}")`);
        }
        throw e;
      }
    },
    printFunction: (decl) => printNode(decl),
  };
}
