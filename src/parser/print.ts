/**
 * Prints our AST back to bash that parses to the same tree (spans aside): for
 * `type f`, `declare -f` and diagnostics. Compound commands go on several lines,
 * indented by four spaces; lists inside `$(…)`, conditions and subshells stay on
 * one line. Here-document bodies are queued and written after the next newline,
 * which is where bash reads them.
 */
import type { ArrayElem, Assign, Command, Node, Redirect, Script, Stmt } from './ast.js';
import {
  assertNever,
  heredocDelimiter,
  printArithm,
  printPart,
  printParts,
  printTest,
  printWord,
} from './print-word.js';

const INDENT = '    ';
/** Function names that `name() …` can carry; others need the `function` keyword. */
const PLAIN_FUNC_NAME = /^[A-Za-z_][\w.:@+-]*$/;

class Printer {
  private out = '';
  private depth = 0;
  private pending: Redirect[] = [];
  readonly inner = (stmts: readonly Stmt[]): string => new Printer().substitution(stmts);

  text(): string {
    if (this.pending.length > 0) this.newline();
    return this.out;
  }

  /** Breaks the line: queued heredoc bodies go first, then the indentation. */
  newline(): void {
    this.out += '\n';
    const docs = this.pending;
    this.pending = [];
    for (const r of docs) {
      const body = r.hdoc ? printParts(r.hdoc.parts, this.inner) : '';
      this.out += `${body}${heredocDelimiter(r.word, this.inner)}\n`;
    }
    this.out += INDENT.repeat(this.depth);
  }

  script(stmts: readonly Stmt[]): string {
    stmts.forEach((s, i) => {
      if (i > 0) this.newline();
      this.stmt(s);
    });
    if (stmts.length > 0) this.newline();
    return this.out;
  }

  substitution(stmts: readonly Stmt[]): string {
    this.inline(stmts);
    return this.text();
  }

  /** `a; b & c` on one line; a queued heredoc forces the break it needs. */
  inline(stmts: readonly Stmt[]): void {
    stmts.forEach((s, i) => {
      if (i > 0) this.separator(stmts[i - 1]);
      this.stmt(s);
    });
  }

  /** What follows a statement of an inline list when more follows on the same line. */
  private separator(prev: Stmt): void {
    if (prev.background) this.out += ' ';
    else this.out += '; ';
  }

  /** An inline list followed by a keyword (`then`, `do`): `a; then`, `a & then`. */
  private listThen(stmts: readonly Stmt[], keyword: string): void {
    this.inline(stmts);
    if (stmts.length > 0) this.separator(stmts[stmts.length - 1]);
    this.out += keyword;
  }

  /** An indented body on its own lines, ending on the line of the closing keyword. */
  private body(stmts: readonly Stmt[], close: string): void {
    this.depth++;
    for (const s of stmts) {
      this.newline();
      this.stmt(s);
    }
    this.depth--;
    this.newline();
    this.out += close;
  }

  stmt(s: Stmt): void {
    if (s.negated) this.out += '! ';
    if (s.cmd) this.command(s.cmd);
    s.redirs.forEach((r, i) => {
      if (s.cmd || i > 0) this.out += ' ';
      this.redirect(r);
    });
    if (s.background) this.out += ' &';
  }

  redirect(r: Redirect): void {
    const op = r.op;
    const tight = op === '<<' || op === '<<-' || op === '<&' || op === '>&';
    this.out += `${r.fd ?? ''}${op}${tight ? '' : ' '}${printWord(r.word, this.inner)}`;
    if (r.hdoc) this.pending.push(r);
  }

  command(c: Command): void {
    const inner = this.inner;
    switch (c.kind) {
      case 'CallExpr':
        this.out += [...c.assigns.map((a) => this.assign(a)), ...c.args.map((w) => printWord(w, inner))].join(' ');
        return;
      case 'BinaryCmd':
        this.stmt(c.x);
        this.out += ` ${c.op} `;
        this.stmt(c.y);
        return;
      case 'IfClause':
        c.clauses.forEach((arm, i) => {
          this.out += i === 0 ? 'if ' : 'elif ';
          this.listThen(arm.cond, 'then');
          this.body(arm.body, c.elseBody === null && i === c.clauses.length - 1 ? 'fi' : '');
        });
        if (c.elseBody) {
          this.out += 'else';
          this.body(c.elseBody, 'fi');
        }
        return;
      case 'WhileClause':
        this.out += c.until ? 'until ' : 'while ';
        this.listThen(c.cond, 'do');
        this.body(c.body, 'done');
        return;
      case 'ForClause':
        this.out += c.select ? 'select ' : 'for ';
        if (c.loop.kind === 'WordIter') {
          this.out += c.loop.name;
          if (c.loop.items) this.out += ` in${c.loop.items.map((w) => ` ${printWord(w, inner)}`).join('')}`;
        } else {
          const part = (x: typeof c.loop.init) => (x ? printArithm(x, inner) : '');
          this.out += `((${part(c.loop.init)}; ${part(c.loop.cond)}; ${part(c.loop.post)}))`;
        }
        this.out += '; do';
        this.body(c.body, 'done');
        return;
      case 'CaseClause':
        this.out += `case ${printWord(c.word, inner)} in`;
        this.depth++;
        for (const item of c.items) {
          this.newline();
          this.out += `${item.patterns.map((w) => printWord(w, inner)).join(' | ')})`;
          this.body(item.stmts, item.op);
        }
        this.depth--;
        this.newline();
        this.out += 'esac';
        return;
      case 'Block':
        this.out += '{';
        this.body(c.stmts, '}');
        return;
      case 'Subshell':
        this.out += '( ';
        this.inline(c.stmts);
        this.out += ' )';
        return;
      case 'FuncDecl':
        this.out += PLAIN_FUNC_NAME.test(c.name) ? `${c.name}() ` : `function ${c.name}() `;
        this.stmt(c.body);
        return;
      case 'ArithmCmd':
        this.out += `(( ${printArithm(c.expr, inner)} ))`;
        return;
      case 'TestClause':
        this.out += `[[ ${printTest(c.expr, inner)} ]]`;
        return;
      case 'DeclClause':
        this.out += [c.variant, ...c.args.map((a) => this.assign(a))].join(' ');
        return;
      case 'LetClause':
        this.out += ['let', ...c.exprs.map((x) => printArithm(x, inner))].join(' ');
        return;
      case 'TimeClause':
        this.out += c.posix ? 'time -p' : 'time';
        if (c.stmt) {
          this.out += ' ';
          this.stmt(c.stmt);
        }
        return;
      default:
        assertNever(c);
    }
  }

  assign(a: Assign): string {
    const inner = this.inner;
    const index = a.index ? `[${printArithm(a.index, inner)}]` : '';
    if (a.naked) return a.name !== null ? a.name + index : a.value ? printWord(a.value, inner) : '';
    let out = `${a.name ?? ''}${index}${a.append ? '+=' : '='}`;
    if (a.array) out += `(${a.array.map((e) => this.arrayElem(e)).join(' ')})`;
    else if (a.value) out += printWord(a.value, inner);
    return out;
  }

  arrayElem(e: ArrayElem): string {
    const value = e.value ? printWord(e.value, this.inner) : '';
    return e.index ? `[${printArithm(e.index, this.inner)}]=${value}` : value;
  }
}

/** Prints a whole script, one statement per line, ending with a newline unless empty. */
export function printScript(node: Script): string {
  return new Printer().script(node.stmts);
}

/** Prints any node as bash source (`type f`, diagnostics); statements end without a newline unless a heredoc needs one. */
export function printNode(node: Node): string {
  const p = new Printer();
  switch (node.kind) {
    case 'Script':
      return printScript(node);
    case 'Stmt':
      p.stmt(node);
      return p.text();
    case 'Redirect':
      p.redirect(node);
      return p.text();
    case 'Assign':
      return p.assign(node);
    case 'ArrayElem':
      return p.arrayElem(node);
    case 'CaseItem':
      return `${node.patterns.map((w) => printWord(w, p.inner)).join(' | ')}) ${p.inner(node.stmts)} ${node.op}`;
    case 'WordIter':
      return node.items ? `${node.name} in ${node.items.map((w) => printWord(w, p.inner)).join(' ')}` : node.name;
    case 'CStyleLoop': {
      const part = (x: typeof node.init) => (x ? printArithm(x, p.inner) : '');
      return `((${part(node.init)}; ${part(node.cond)}; ${part(node.post)}))`;
    }
    case 'Word':
      return printWord(node, p.inner);
    case 'BinaryArithm':
    case 'UnaryArithm':
    case 'ParenArithm':
      return printArithm(node, p.inner);
    case 'BinaryTest':
    case 'UnaryTest':
    case 'ParenTest':
      return printTest(node, p.inner);
    case 'Lit':
    case 'SglQuoted':
    case 'DblQuoted':
    case 'ParamExp':
    case 'CmdSubst':
    case 'ArithmExp':
    case 'ProcSubst':
    case 'ExtGlob':
      return printPart(node, p.inner);
    default:
      p.command(node);
      return p.text();
  }
}
