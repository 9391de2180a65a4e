/**
 * Wires the stages together for the executor: parse (with bash's
 * run-what-came-before-the-error semantics) → lower → plan, arithmetic
 * parsing and function printing.
 */
import type { Command } from '../core/command.js';
import type { SafeguardConfig } from '../core/safeguards.js';
import type { VirtualFs } from '../core/vfs.js';
import type { CompileResult, HistoryView, ShellHost } from '../executor/index.js';
import { arithError } from '../executor/index.js';
import { parseArithmetic, parsePrefix, printNode, type Script, ShellSyntaxError } from '../parser/index.js';
import { lowerScript } from '../planner/lower.js';
import { arithmeticSyntaxError, bashSyntaxMessage } from './syntax-message.js';

const EMPTY_SCRIPT: Script = { kind: 'Script', stmts: [], span: { offset: 0, end: 0, line: 1, col: 1 } };

/** Builds the executor's host over a filesystem and a command table. */
export function createHost(
  fs: VirtualFs,
  commands: ReadonlyMap<string, Command>,
  disabledRules: ReadonlySet<string>,
  safeguards?: SafeguardConfig,
  history?: HistoryView,
): ShellHost {
  return {
    fs,
    commands,
    disabledRules,
    safeguards,
    history,
    compile(text: string): CompileResult {
      try {
        const { script, error } = parsePrefix(text);
        const plan = lowerScript(script, text);
        if (!error) return { plan, error: null };
        const arithmetic = arithmeticSyntaxError(text, error) ?? undefined;
        const bash = bashSyntaxMessage(text, error);
        return { plan, error: { line: error.line, col: error.col, reason: error.reason, ...bash, arithmetic } };
      } catch (e) {
        // parsePrefix reports syntax errors as values; anything thrown is a parser failure.
        const reason = e instanceof ShellSyntaxError ? e.reason : `parser failure: ${String(e)}`;
        const error = { line: 1, col: 1, reason, message: `syntax error: ${reason}`, quoted: null };
        return { plan: lowerScript(EMPTY_SCRIPT, ''), error };
      }
    },
    parseArith(text: string) {
      try {
        return parseArithmetic(text);
      } catch (e) {
        if (e instanceof ShellSyntaxError) {
          const token = text.slice(Math.max(0, e.col - 1)).trim() || text.trim();
          throw arithError(`${text.trim()}: syntax error in expression (error token is "${token}")`);
        }
        throw e;
      }
    },
    printFunction: (decl) => printNode(decl),
  };
}
