/**
 * Brace expansion, the first expansion bash does: `a{b,c}d`, `{1..10..2}`,
 * `{a..e}`, `{05..10}`. It works on a word's parts: only unquoted literal text
 * takes part; other parts ($x, "…") ride along as opaque atoms.
 */
import { MAX_EXPANSION_WORDS } from '../../core/limits.js';
import type { Lit, Word, WordPart } from '../../parser/ast.js';
import { ShellError } from '../signals.js';

/** A character of unquoted literal text (`esc` marks a backslash-escaped one) or an opaque part. */
type Tok = { c: string; esc: boolean } | { part: WordPart };

/** True when the word may contain a brace expression (cheap pre-check). */
export function mayHaveBraces(word: Word): boolean {
  return word.parts.some((p) => p.kind === 'Lit' && p.value.includes('{'));
}

/** Expands braces in a word; returns the word itself when nothing expands. */
export function expandBraces(word: Word): Word[] {
  if (!mayHaveBraces(word)) return [word];
  const toks: Tok[] = [];
  for (const p of word.parts) {
    if (p.kind !== 'Lit') {
      toks.push({ part: p });
      continue;
    }
    const v = p.value;
    for (let i = 0; i < v.length; i++) {
      if (v[i] === '\\' && i + 1 < v.length) {
        toks.push({ c: v[i] + v[i + 1], esc: true });
        i++;
      } else toks.push({ c: v[i], esc: false });
    }
  }
  const out: Tok[][] = [];
  expand(toks, out);
  if (out.length === 1 && out[0] === toks) return [word];
  return out.map((ts) => toWord(ts, word));
}

function isChar(t: Tok, c: string): boolean {
  return 'c' in t && !t.esc && t.c === c;
}

function expand(toks: Tok[], out: Tok[][]): void {
  if (out.length > MAX_EXPANSION_WORDS) throw new ShellError('brace expansion: too many words');
  for (let i = 0; i < toks.length; i++) {
    if (!isChar(toks[i], '{')) continue;
    // `${` is never a brace expression; the parser already made ParamExp parts of those.
    const close = findClose(toks, i);
    if (close < 0) continue;
    const inner = toks.slice(i + 1, close);
    const alts = splitTop(inner);
    let options: Tok[][] | null = null;
    if (alts.length > 1) options = alts;
    else options = sequence(inner);
    if (!options) continue;
    const prefix = toks.slice(0, i);
    const suffix = toks.slice(close + 1);
    for (const opt of options) expand([...prefix, ...opt, ...suffix], out);
    return;
  }
  out.push(toks);
}

function findClose(toks: Tok[], open: number): number {
  let depth = 0;
  for (let i = open; i < toks.length; i++) {
    if (isChar(toks[i], '{')) depth++;
    else if (isChar(toks[i], '}') && --depth === 0) return i;
  }
  return -1;
}

function splitTop(toks: Tok[]): Tok[][] {
  const out: Tok[][] = [];
  let depth = 0;
  let cur: Tok[] = [];
  for (const t of toks) {
    if (isChar(t, '{')) depth++;
    if (isChar(t, '}')) depth--;
    if (depth === 0 && isChar(t, ',')) {
      out.push(cur);
      cur = [];
      continue;
    }
    cur.push(t);
  }
  out.push(cur);
  return out;
}

const NUM_SEQ = /^([+-]?\d+)\.\.([+-]?\d+)(?:\.\.([+-]?\d+))?$/;
const CHAR_SEQ = /^([A-Za-z])\.\.([A-Za-z])(?:\.\.([+-]?\d+))?$/;

/** `{1..10}`, `{a..e}`, with optional step and zero padding; null when not a sequence. */
function sequence(toks: Tok[]): Tok[][] | null {
  if (!toks.every((t) => 'c' in t && !t.esc)) return null;
  const text = toks.map((t) => ('c' in t ? t.c : '')).join('');
  let m = NUM_SEQ.exec(text);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    let step = Math.abs(Number(m[3] ?? 1)) || 1;
    if (a > b) step = -step;
    const width = /^[+-]?0\d/.test(m[1]) || /^[+-]?0\d/.test(m[2]) ? Math.max(m[1].length, m[2].length) : 0;
    const count = Math.floor(Math.abs(b - a) / Math.abs(step)) + 1;
    if (count > MAX_EXPANSION_WORDS) throw new ShellError('brace expansion: too many words');
    const out: Tok[][] = [];
    for (let k = 0, n = a; k < count; k++, n += step) out.push(chars(pad(n, width)));
    return out;
  }
  m = CHAR_SEQ.exec(text);
  if (m) {
    const a = m[1].charCodeAt(0);
    const b = m[2].charCodeAt(0);
    let step = Math.abs(Number(m[3] ?? 1)) || 1;
    if (a > b) step = -step;
    const out: Tok[][] = [];
    for (let n = a; step > 0 ? n <= b : n >= b; n += step) out.push(chars(String.fromCharCode(n)));
    return out;
  }
  return null;
}

function pad(n: number, width: number): string {
  if (width === 0) return String(n);
  const s = String(Math.abs(n)).padStart(n < 0 ? width - 1 : width, '0');
  return n < 0 ? `-${s}` : s;
}

function chars(s: string): Tok[] {
  return [...s].map((c) => ({ c, esc: false }));
}

function toWord(toks: Tok[], orig: Word): Word {
  const parts: WordPart[] = [];
  let lit = '';
  const flush = () => {
    if (lit !== '') {
      parts.push({ kind: 'Lit', value: lit, span: orig.span } satisfies Lit);
      lit = '';
    }
  };
  for (const t of toks) {
    if ('c' in t) lit += t.c;
    else {
      flush();
      parts.push(t.part);
    }
  }
  flush();
  return { kind: 'Word', parts, span: orig.span };
}
