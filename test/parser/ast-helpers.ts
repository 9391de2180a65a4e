/** Span-free AST builders and a span stripper, so parser tests can state whole trees briefly. */
import type { Node, Script } from '../../src/parser/index.js';
import { parse } from '../../src/parser/index.js';

export type Plain = null | boolean | number | string | Plain[] | { [key: string]: Plain };

/** A deep copy of a node without any `span` field. */
export function strip(node: unknown): Plain {
  if (Array.isArray(node)) return node.map(strip);
  if (node !== null && typeof node === 'object') {
    const out: { [key: string]: Plain } = {};
    for (const [k, v] of Object.entries(node)) if (k !== 'span') out[k] = strip(v);
    return out;
  }
  return node as Plain;
}

/** The statements of `text`, spans stripped. */
export function stmtsOf(text: string): Plain {
  return strip(parse(text).stmts);
}

/** The command of the only statement of `text`, spans stripped. */
export function cmdOf(text: string): Plain {
  const script: Script = parse(text);
  if (script.stmts.length !== 1) throw new Error(`expected one statement in ${JSON.stringify(text)}`);
  return strip(script.stmts[0].cmd);
}

/** The nth argument word of the only (simple) command of `text`. */
export function argOf(text: string, n = 1): Plain {
  const cmd = parse(text).stmts[0].cmd;
  if (cmd?.kind !== 'CallExpr') throw new Error(`not a simple command: ${text}`);
  return strip(cmd.args[n]);
}

export const lit = (value: string) => ({ kind: 'Lit', value });
export const sgl = (value: string, dollar = false) => ({ kind: 'SglQuoted', dollar, value });
export const dbl = (...parts: Plain[]) => ({ kind: 'DblQuoted', dollar: false, parts });
export const word = (...parts: Plain[]) => ({ kind: 'Word', parts });
/** A word of one literal. */
export const w = (value: string) => word(lit(value));
export const call = (...args: string[]) => ({ kind: 'CallExpr', assigns: [], args: args.map(w) });

/** A statement with defaults for everything but the command. */
export function stmt(cmd: Plain, extra: { redirs?: Plain[]; negated?: boolean; background?: boolean } = {}): Plain {
  return {
    kind: 'Stmt',
    cmd,
    redirs: extra.redirs ?? [],
    negated: extra.negated ?? false,
    background: extra.background ?? false,
  };
}

/** `$name` */
export function param(name: string, fields: Partial<Record<string, Plain>> = {}): Plain {
  return {
    kind: 'ParamExp',
    short: false,
    excl: false,
    length: false,
    param: name,
    index: null,
    slice: null,
    repl: null,
    names: null,
    exp: null,
    ...(fields as Record<string, Plain>),
  };
}

export const bin = (op: string, x: Plain, y: Plain) => ({ kind: 'BinaryArithm', op, x, y });
export const un = (op: string, x: Plain, post = false) => ({ kind: 'UnaryArithm', op, post, x });

/** Every node in a tree, depth first. */
export function* nodes(root: unknown): Generator<Node> {
  if (Array.isArray(root)) {
    for (const x of root) yield* nodes(x);
  } else if (root !== null && typeof root === 'object') {
    if ('kind' in root) yield root as Node;
    for (const [k, v] of Object.entries(root)) if (k !== 'span') yield* nodes(v);
  }
}
