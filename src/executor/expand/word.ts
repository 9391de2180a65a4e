/**
 * Word expansion in bash's order: brace, tilde, parameter/command/arithmetic/
 * process substitution, word splitting on IFS, pathname expansion, quote
 * removal. Expanded text is tracked as pieces that remember whether they were
 * quoted (no splitting, no globbing) and whether they came from an expansion
 * (subject to splitting).
 */

import { escapePattern, hasGlobChars } from '../../core/glob-pattern.js';
import type { VirtualFs } from '../../core/vfs.js';
import type { ArithmExpr, ParamExp, ProcSubst, Span, Stmt, Word, WordPart } from '../../parser/ast.js';
import { EXIT_FATAL_EXPANSION, ShellError } from '../signals.js';
import { expandBraces, mayHaveBraces } from './brace.js';
import { glob } from './glob.js';
import { arrayKeys, lookupParam, type ParamEnv } from './param.js';
import { applyParamOp } from './param-ops.js';
import { decodeAnsiC, dquoteLit, unquotedLitRuns } from './quote.js';

/** A run of expanded text. */
export interface Piece {
  readonly text: string;
  /** From quotes or a backslash escape: never split or globbed. */
  readonly quoted: boolean;
  /** The result of an unquoted expansion: split on IFS. */
  readonly split: boolean;
  /** The empty marker an opening double quote leaves (dropped when only an empty "$@" followed). */
  readonly marker?: boolean;
}

/** What expansion needs from the interpreter. */
export interface ExpandContext extends ParamEnv {
  readonly fs: VirtualFs;
  readonly signal: AbortSignal;
  /** Runs `$(…)` in a subshell and returns its stdout (trailing newlines not yet stripped). */
  commandSubst(stmts: readonly Stmt[]): Promise<string>;
  /** Starts `<(…)`/`>(…)` and returns the path that reaches it. */
  processSubst(p: ProcSubst): Promise<string>;
  /** Evaluates arithmetic (pre-expanding words with $-expansions). */
  arith(expr: ArithmExpr): Promise<bigint>;
  /** Source text of a span, for error messages. */
  text(span: Span): string;
}

type Mode = 'unquoted' | 'dquote' | 'heredoc';

/** Fields under construction: the last one is being appended to. */
class Fields {
  list: Piece[][] = [[]];
  /** A quoted "$@" (or "${a[@]}") expanded to nothing: its word may vanish. */
  emptyAt = false;
  push(p: Piece): void {
    this.list[this.list.length - 1].push(p);
  }
  break(): void {
    this.list.push([]);
  }
}

const DEFAULT_IFS = ' \t\n';

/** Expands words for a command line, an array literal or a for list. */
export class Expander {
  constructor(private readonly ctx: ExpandContext) {}

  private get ifs(): string {
    const v = this.ctx.state.getScalar('IFS');
    return v === undefined ? DEFAULT_IFS : v;
  }

  /** Full expansion: words → argv fields. */
  async words(words: readonly Word[]): Promise<string[]> {
    const out: string[] = [];
    for (const w of words) {
      const variants = mayHaveBraces(w) ? expandBraces(w) : [w];
      for (const v of variants) await this.wordInto(v, out);
    }
    return out;
  }

  private async wordInto(word: Word, out: string[]): Promise<void> {
    const fields = new Fields();
    await this.parts(word.parts, 'unquoted', fields, true);
    const opts = this.ctx.state.options;
    for (const f of this.split(fields.list, fields.emptyAt)) {
      const hasUnquotedGlob = !opts.noglob && f.some((p) => !p.quoted && hasGlobChars(p.text, opts.extglob));
      if (!hasUnquotedGlob) {
        out.push(f.map((p) => p.text).join(''));
        continue;
      }
      const pattern = f.map((p) => (p.quoted ? escapePattern(p.text) : p.text)).join('');
      const matches = await glob(this.ctx.fs, this.ctx.state.cwd, pattern, {
        dotglob: opts.dotglob,
        globstar: opts.globstar,
        nocaseglob: opts.nocaseglob,
        extglob: opts.extglob,
        signal: this.ctx.signal,
      });
      if (matches.length > 0) out.push(...matches);
      else if (opts.failglob) throw new ShellError(`no match: ${f.map((p) => p.text).join('')}`);
      else if (!opts.nullglob) out.push(f.map((p) => p.text).join(''));
    }
  }

  /** Expansion without splitting or globbing (assignments, redirect targets, case words). */
  async string(word: Word): Promise<string> {
    const fields = new Fields();
    await this.parts(word.parts, 'unquoted', fields, true, true);
    return fields.list.map((f) => f.map((p) => p.text).join('')).join(' ');
  }

  /** An assignment value: like string(), plus tilde expansion after each unquoted ':' (PATH=a:~/bin). */
  async assignValue(word: Word): Promise<string> {
    const home = this.ctx.state.getScalar('HOME');
    if (home === undefined || !word.parts.some((p) => p.kind === 'Lit' && p.value.includes(':~'))) {
      return this.string(word);
    }
    const parts = word.parts.map((p) =>
      p.kind === 'Lit' ? { ...p, value: p.value.replace(/:~(?=\/|:|$)/g, `:${home}`) } : p,
    );
    return this.string({ ...word, parts });
  }

  /** Expansion as a pattern: quoted characters are escaped, unquoted expansions stay live. */
  async pattern(word: Word): Promise<string> {
    const fields = new Fields();
    await this.parts(word.parts, 'unquoted', fields, true, true);
    return fields.list.map((f) => f.map((p) => (p.quoted ? escapePattern(p.text) : p.text)).join('')).join(' ');
  }

  /** Expansion as an extended regex (`[[ =~ ]]`): quoted parts match literally. */
  async regex(word: Word): Promise<string> {
    const fields = new Fields();
    await this.parts(word.parts, 'unquoted', fields, true, true);
    const lit = (t: string) => t.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
    return fields.list.map((f) => f.map((p) => (p.quoted ? lit(p.text) : p.text)).join('')).join(' ');
  }

  /** A here-document body: expansions and backslash rules of here-docs, no splitting. */
  async heredoc(word: Word): Promise<string> {
    const fields = new Fields();
    await this.parts(word.parts, 'heredoc', fields, false, true);
    return fields.list.map((f) => f.map((p) => p.text).join('')).join(' ');
  }

  /** Word splitting of the fields' `split` pieces on IFS. */
  private split(list: Piece[][], emptyAt: boolean): Piece[][] {
    const ifs = this.ifs;
    const out: Piece[][] = [];
    const content = (p: Piece) => p.text !== '' || (p.quoted && !(emptyAt && p.marker));
    for (const field of list) {
      if (ifs === '' || !field.some((p) => p.split && p.text !== '')) {
        if (field.some(content)) out.push(field);
        continue;
      }
      let cur: Piece[] = [];
      let has = false;
      let state: 'none' | 'ws' | 'nonws' = 'none';
      const emit = () => {
        out.push(cur);
        cur = [];
        has = false;
      };
      for (const p of field) {
        if (!p.split) {
          cur.push(p);
          if (content(p)) {
            has = true;
            state = 'none';
          }
          continue;
        }
        let run = '';
        for (const ch of p.text) {
          if (!ifs.includes(ch)) {
            run += ch;
            has = true;
            state = 'none';
            continue;
          }
          if (run) cur.push({ text: run, quoted: false, split: false });
          run = '';
          const ws = ch === ' ' || ch === '\t' || ch === '\n';
          if (ws) {
            if (has) {
              emit();
              state = 'ws';
            }
          } else if (has) {
            emit();
            state = 'nonws';
          } else if (state === 'ws') {
            state = 'nonws';
          } else {
            emit();
            state = 'nonws';
          }
        }
        if (run) cur.push({ text: run, quoted: false, split: false });
      }
      if (has) out.push(cur);
    }
    return out;
  }

  /** Appends the expansion of `parts` to `fields`. `first` marks the start of a word (for tilde). */
  private async parts(
    parts: readonly WordPart[],
    mode: Mode,
    fields: Fields,
    first: boolean,
    noSplit = false,
    splitLits = false,
  ): Promise<void> {
    for (let i = 0; i < parts.length; i++) {
      const part = parts[i];
      switch (part.kind) {
        case 'Lit': {
          let raw = part.value;
          if (mode === 'unquoted' && first && i === 0 && raw.startsWith('~')) {
            const t = this.tilde(raw, parts.length === 1);
            if (t) {
              fields.push({ text: t.home, quoted: true, split: false });
              raw = t.rest;
            }
          }
          if (mode === 'unquoted') {
            for (const [text, quoted] of unquotedLitRuns(raw)) {
              fields.push({ text, quoted, split: splitLits && !quoted && !noSplit });
            }
          } else {
            fields.push({ text: dquoteLit(raw, mode === 'heredoc'), quoted: true, split: false });
          }
          break;
        }
        case 'SglQuoted':
          fields.push({ text: part.dollar ? decodeAnsiC(part.value) : part.value, quoted: true, split: false });
          break;
        case 'DblQuoted':
          fields.push({ text: '', quoted: true, split: false, marker: true });
          await this.parts(part.parts, 'dquote', fields, false, noSplit);
          break;
        case 'ParamExp':
          await this.param(part, mode !== 'unquoted', fields, noSplit);
          break;
        case 'CmdSubst': {
          const out = (await this.ctx.commandSubst(part.stmts)).replace(/\n+$/, '');
          fields.push({ text: out, quoted: mode !== 'unquoted', split: mode === 'unquoted' && !noSplit });
          break;
        }
        case 'ArithmExp': {
          const n = await this.ctx.arith(part.expr);
          fields.push({ text: n.toString(), quoted: mode !== 'unquoted', split: mode === 'unquoted' && !noSplit });
          break;
        }
        case 'ProcSubst':
          fields.push({ text: await this.ctx.processSubst(part), quoted: true, split: false });
          break;
        case 'ExtGlob':
          fields.push({ text: `${part.op}${part.pattern})`, quoted: mode !== 'unquoted', split: false });
          break;
      }
    }
  }

  private tilde(raw: string, whole: boolean): { home: string; rest: string } | null {
    const m = /^~([^/]*)(\/.*)?$/s.exec(raw);
    // The tilde prefix runs to the first unquoted slash; if another part follows first, no expansion.
    if (!m || (!whole && m[2] === undefined)) return null;
    const user = m[1];
    let home: string | undefined;
    if (user === '') home = this.ctx.state.getScalar('HOME');
    else if (user === '+') home = this.ctx.state.getScalar('PWD') ?? this.ctx.state.cwd;
    else if (user === '-') home = this.ctx.state.getScalar('OLDPWD');
    if (home === undefined) return null;
    return { home, rest: m[2] ?? '' };
  }

  /** Expands one ParamExp into fields. */
  private async param(pe: ParamExp, quoted: boolean, fields: Fields, noSplit: boolean): Promise<void> {
    const st = this.ctx.state;
    let name = pe.param;
    // ${!prefix*} / ${!prefix@}: variable names.
    if (pe.excl && pe.names) {
      const names = [...st.vars.keys()].filter((n) => n.startsWith(name)).sort();
      return this.emitValues(names, pe.names, quoted, fields, noSplit);
    }
    // ${!a[@]}: array keys.
    if (pe.excl && isAllIndex(pe)) {
      const v = st.get(name);
      const keys = v ? arrayKeys(v) : [];
      return this.emitValues(keys, indexLit(pe) as '@' | '*', quoted, fields, noSplit);
    }
    let target: ParamExp = pe;
    if (pe.excl) {
      const ref = await lookupParam(this.ctx, name, pe);
      const refName = ref.values[0];
      if (refName === undefined || refName === '') {
        if (!pe.exp) throw new ShellError(`${name}: invalid indirect expansion`);
      } else {
        const m = /^([A-Za-z_][A-Za-z0-9_]*|[0-9]+|[@*#?$!-])(?:\[(.*)\])?$/s.exec(refName);
        if (!m) throw new ShellError(`${refName}: invalid variable name`);
        name = m[1];
        target = { ...pe, param: name, index: m[2] !== undefined ? litIndex(m[2], pe.span) : null };
      }
    }
    if (pe.length) {
      const val = await lookupParam(this.ctx, name, target);
      if (!val.isSet && st.options.nounset && !val.multi) throw unbound(name);
      const n = val.multi ? val.values.length : [...(val.values[0] ?? '')].length;
      fields.push({ text: String(n), quoted, split: !quoted && !noSplit });
      return;
    }
    const val = await lookupParam(this.ctx, name, target);
    const result = await applyParamOp(this, this.ctx, pe, name, val, quoted);
    if (result.kind === 'word') {
      // The operand word of ${x:-word} is itself split when the expansion is unquoted.
      await this.parts(result.word.parts, quoted ? 'dquote' : 'unquoted', fields, false, noSplit, true);
      return;
    }
    if (!result.isSet && st.options.nounset && !result.multi && !pe.exp) throw unbound(displayName(pe));
    return this.emitValues(result.values, result.multi, quoted, fields, noSplit);
  }

  /** Pushes values: several values become several fields for `@` lists (and unquoted `*`). */
  emitValues(values: string[], multi: '@' | '*' | null, quoted: boolean, fields: Fields, noSplit: boolean): void {
    const split = !quoted && !noSplit;
    if (!multi || values.length === 0) {
      if (values.length > 0) fields.push({ text: values[0], quoted, split });
      else if (!multi) fields.push({ text: '', quoted, split });
      else if (quoted && multi === '*') fields.push({ text: '', quoted, split: false });
      else if (quoted) fields.emptyAt = true;
      return;
    }
    if (noSplit || (quoted && multi === '*')) {
      const sep = multi === '*' ? (this.ifs[0] ?? '') : ' ';
      fields.push({ text: values.join(noSplit && multi === '@' ? ' ' : sep), quoted, split: false });
      return;
    }
    values.forEach((v, i) => {
      if (i > 0) fields.break();
      fields.push({ text: v, quoted, split });
    });
  }

  /** Expands a word used as the argument of a ${x…} operator, as a string. */
  async operand(word: Word | null, quoted: boolean): Promise<string> {
    if (!word) return '';
    const fields = new Fields();
    await this.parts(word.parts, quoted ? 'dquote' : 'unquoted', fields, false, true);
    return fields.list.map((f) => f.map((p) => p.text).join('')).join(' ');
  }

  /** Expands a word used as a pattern operand of a ${x…} operator. */
  async operandPattern(word: Word | null): Promise<string> {
    if (!word) return '';
    const fields = new Fields();
    // The pattern word is its own quoting context: outer double quotes do not make it literal.
    await this.parts(word.parts, 'unquoted', fields, false, true);
    return fields.list.map((f) => f.map((p) => (p.quoted ? escapePattern(p.text) : p.text)).join('')).join(' ');
  }
}

function isAllIndex(pe: ParamExp): boolean {
  const l = indexLit(pe);
  return l === '@' || l === '*';
}

function indexLit(pe: ParamExp): string | null {
  const idx = pe.index;
  if (idx && idx.kind === 'Word' && idx.parts.length === 1 && idx.parts[0].kind === 'Lit') return idx.parts[0].value;
  return null;
}

function litIndex(text: string, span: Span): Word {
  return { kind: 'Word', parts: [{ kind: 'Lit', value: text, span }], span };
}

function displayName(pe: ParamExp): string {
  return pe.param;
}

/** The error of `set -u` for an unset parameter: fatal in a non-interactive shell. */
export function unbound(name: string): ShellError {
  const shown = /^[0-9]+$/.test(name) ? `$${name}` : name;
  return new ShellError(`${shown}: unbound variable`, EXIT_FATAL_EXPANSION, true);
}
