/** A whole jq program: parse, compile, and report jq's compile errors. */

import type { Node } from '../syntax/ast.js';
import { JqCompileError, locate, parseProgram } from '../syntax/parse.js';
import type { Code } from './code.js';
import { type CompileContext, compile } from './compile.js';

/** A compiled program. */
export interface Program {
  readonly code: Code;
  readonly ast: Node;
  /** True when the program may call `input` or `inputs` (which read inputs out of turn). */
  readonly usesInput: boolean;
}

function callsInput(node: Node): boolean {
  let found = false;
  const visit = (n: unknown): void => {
    if (found || n === null || typeof n !== 'object') return;
    if (Array.isArray(n)) {
      for (const x of n) visit(x);
      return;
    }
    const o = n as { kind?: string; name?: string };
    if (o.kind === 'call' && (o.name === 'input' || o.name === 'inputs')) {
      found = true;
      return;
    }
    for (const v of Object.values(n)) visit(v);
  };
  visit(node);
  return found;
}

/** Compiles program text; `globals` are the `$name`s the command line defines. Throws JqCompileError. */
export function compileProgram(text: string, globals: Iterable<string> = []): Program {
  const ast = parseProgram(text);
  const cx: CompileContext = { problems: [], globals: new Set(globals) };
  const code = compile(ast, null, cx);
  if (cx.problems.length > 0) throw new JqCompileError(cx.problems.map((p) => locate(text, p.pos, p.message)));
  return { code, ast, usesInput: callsInput(ast) };
}
