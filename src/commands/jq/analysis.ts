/**
 * Which top-level fields of its input a jq filter reads, for the planner's
 * projection pushdown (and jq's own projected input reading): `.user` reads
 * {user}; `select(.level == "error") | .msg` reads {level, msg}. The answer is
 * null whenever the filter may look at its input any other way (output it,
 * iterate it, index it by a computed key, pass it to a function, bind it to a
 * variable, …): then every field matters.
 */
import type { Node } from './syntax/ast.js';
import { parseProgram } from './syntax/parse.js';

/** Builtins that never read their input (so calling them on the root is harmless). */
const INPUT_FREE = new Set([
  'empty/0',
  'now/0',
  'env/0',
  'input_line_number/0',
  'halt/0',
  'builtins/0',
  'infinite/0',
  'nan/0',
]);

class Escape extends Error {}

/** What evaluating a node produces: can it output the root input unchanged? */
interface Flow {
  readonly root: boolean;
}

const ROOT: Flow = { root: true };
const OTHER: Flow = { root: false };

/** Walks nodes with the knowledge of whether their input is the root value. */
class FieldWalker {
  readonly fields = new Set<string>();

  /** Analyses `n` run on the root (`onRoot`) or on some other value. */
  visit(n: Node, onRoot: boolean): Flow {
    switch (n.kind) {
      case 'identity':
        return onRoot ? ROOT : OTHER;
      case 'literal':
      case 'loc':
      case 'var':
        return OTHER;
      case 'index': {
        const target = this.visit(n.target, onRoot);
        this.value(n.key, onRoot);
        if (target.root) {
          if (n.key.kind !== 'literal' || typeof n.key.value !== 'string') throw new Escape();
          this.fields.add(n.key.value);
        }
        return OTHER;
      }
      case 'pipe':
        return this.visit(n.right, this.visit(n.left, onRoot).root);
      case 'comma': {
        const a = this.visit(n.left, onRoot);
        const b = this.visit(n.right, onRoot);
        return a.root || b.root ? ROOT : OTHER;
      }
      case 'alternative': {
        const a = this.visit(n.left, onRoot);
        const b = this.visit(n.right, onRoot);
        return a.root || b.root ? ROOT : OTHER;
      }
      case 'logic':
        // Only truthiness is used, and an object is always truthy.
        this.visit(n.left, onRoot);
        this.visit(n.right, onRoot);
        return OTHER;
      case 'binary':
      case 'slice':
      case 'array':
        for (const child of childrenOf(n)) this.value(child, onRoot);
        return OTHER;
      case 'bind':
        this.value(n.source, onRoot);
        return this.visit(n.body, onRoot);
      case 'reduce':
      case 'foreach':
        this.value(n.source, onRoot);
        this.value(n.init, onRoot);
        this.value(n.update, false);
        if (n.kind === 'foreach' && n.extract) this.value(n.extract, false);
        return OTHER;
      case 'if': {
        this.visit(n.cond, onRoot);
        const a = this.visit(n.then, onRoot);
        const b = n.otherwise ? this.visit(n.otherwise, onRoot) : onRoot ? ROOT : OTHER;
        return a.root || b.root ? ROOT : OTHER;
      }
      case 'try': {
        const a = this.visit(n.body, onRoot);
        if (n.handler) this.value(n.handler, false);
        return a;
      }
      case 'object':
        for (const e of n.entries) {
          this.value(e.key, onRoot);
          this.value(e.value, onRoot);
        }
        return OTHER;
      case 'template':
        for (const p of n.parts) if (typeof p !== 'string') this.value(p, onRoot);
        return OTHER;
      case 'call':
        return this.call(n, onRoot);
      case 'label':
        return this.visit(n.body, onRoot);
      case 'break':
        return OTHER;
      case 'iterate':
        this.value(n.target, onRoot);
        return OTHER;
      case 'negate':
        this.value(n.expr, onRoot);
        return OTHER;
      case 'recurse':
      case 'format':
      case 'assign':
      case 'def':
        return this.opaque(n, onRoot);
    }
  }

  /** A node whose output is used as a value: the root must not flow out of it. */
  private value(n: Node, onRoot: boolean): void {
    if (this.visit(n, onRoot).root) throw new Escape();
  }

  /** Nodes that read their input wholesale; harmless only when that input is not the root. */
  private opaque(n: Node, onRoot: boolean): Flow {
    if (onRoot) throw new Escape();
    for (const child of childrenOf(n)) this.value(child, false);
    return OTHER;
  }

  private call(n: Extract<Node, { kind: 'call' }>, onRoot: boolean): Flow {
    const key = `${n.name}/${n.args.length}`;
    if (key === 'select/1') {
      this.visit(n.args[0], onRoot);
      return onRoot ? ROOT : OTHER;
    }
    if (key === 'not/0' || INPUT_FREE.has(key)) return OTHER;
    if (key === 'input/0' || key === 'inputs/0') throw new Escape();
    if (onRoot) throw new Escape();
    for (const a of n.args) this.value(a, false);
    return OTHER;
  }
}

function childrenOf(n: Node): Node[] {
  const out: Node[] = [];
  for (const v of Object.values(n)) {
    if (v && typeof v === 'object' && 'kind' in v && typeof (v as { pos?: unknown }).pos === 'number')
      out.push(v as Node);
    else if (Array.isArray(v))
      for (const x of v) {
        if (x && typeof x === 'object' && 'kind' in x && typeof x.pos === 'number') out.push(x as Node);
        else if (x && typeof x === 'object' && 'value' in x && 'key' in x) out.push(x.key, x.value);
      }
  }
  return out;
}

/**
 * The top-level fields `filter` reads from each input, or null when it may use
 * its input in any other way (or does not compile).
 */
export function fieldsUsed(filter: string | Node): ReadonlySet<string> | null {
  let ast: Node;
  try {
    ast = typeof filter === 'string' ? parseProgram(filter) : filter;
  } catch {
    return null;
  }
  const walker = new FieldWalker();
  try {
    if (walker.visit(ast, true).root) return null;
  } catch (e) {
    if (e instanceof Escape) return null;
    throw e;
  }
  return walker.fields;
}
