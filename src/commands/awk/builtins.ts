/**
 * awk's string built-ins over awk strings (bytes in the C locale, code points
 * in UTF-8): length, substr, index, split, sub/gsub/gensub with gawk's
 * backslash rules, match (with gawk's array), tolower/toupper.
 */
import { splitBlanks, splitRegex } from './fields.js';
import { type AwkRegex, execRegex } from './regex.js';
import type { Runtime } from './runtime.js';
import { type AwkArray, inputValue } from './values.js';

const PAIR = /[\ud800-\udbff][\udc00-\udfff]/;

/** Characters in a string: code points in UTF-8, bytes in the C locale. */
export function length(rt: Runtime, s: string): number {
  if (!rt.utf8 || !PAIR.test(s)) return s.length;
  let n = 0;
  for (const _ of s) n++;
  return n;
}

/** substr(s, m[, n]) with gawk's truncation and its start-below-one rule. */
export function substr(rt: Runtime, s: string, m: number, n?: number): string {
  const chars = rt.utf8 && PAIR.test(s) ? Array.from(s) : null;
  const len = chars ? chars.length : s.length;
  let start = Number.isNaN(m) ? 1 : Math.trunc(m);
  if (start < 1) start = 1;
  let count: number;
  if (n === undefined) count = len;
  else {
    if (!(n >= 1)) return '';
    count = n === Number.POSITIVE_INFINITY ? len : Math.trunc(n);
  }
  if (start > len) return '';
  const end = Math.min(len, start - 1 + count);
  return chars ? chars.slice(start - 1, end).join('') : s.slice(start - 1, end);
}

/** index(s, t): 1-based position of t in s, 0 when absent. */
export function index(rt: Runtime, s: string, t: string): number {
  const i = s.indexOf(t);
  if (i < 0) return 0;
  return rt.utf8 && PAIR.test(s) ? length(rt, s.slice(0, i)) + 1 : i + 1;
}

/** How split() separates: FS rules for a string, or a regex. */
export type SplitSeparator = string | AwkRegex;

/** split(s, a[, sep[, seps]]): fills `a` (and `seps`) and returns the count. */
export function split(
  rt: Runtime,
  s: string,
  target: AwkArray,
  sep: SplitSeparator,
  seps: AwkArray | null,
  pos: number,
): number {
  target.clear();
  seps?.clear();
  let parts: string[];
  const between: string[] | null = seps ? [] : null;
  if (typeof sep === 'string') {
    if (sep === ' ') {
      parts = splitBlanks(s);
      if (between) blankSeparators(s, between);
    } else if (sep === '') parts = rt.utf8 ? Array.from(s) : s.split('');
    else if (sep.length === 1 && sep !== '\\') {
      parts = s === '' ? [] : s.split(sep);
      if (between) for (let i = 1; i < parts.length; i++) between.push(sep);
    } else parts = splitRegex(s, rt.re(sep.length === 1 ? escapeChar(sep) : sep, pos), between);
  } else parts = splitRegex(s, sep, between);
  for (let i = 0; i < parts.length; i++) target.set(String(i + 1), inputValue(parts[i]));
  if (seps && between) for (const [i, b] of between.entries()) seps.set(String(i + 1), b);
  return parts.length;
}

function escapeChar(c: string): string {
  return '.[]()*+?{}|^$\\'.includes(c) ? `\\${c}` : c;
}

/** The blank runs between default-split fields, with leading and trailing ones at 0 and n. */
function blankSeparators(s: string, out: string[]): void {
  const runs = s.match(/[ \t\n]+/g) ?? [];
  const leading = /^[ \t\n]/.test(s);
  const trailing = /[ \t\n]$/.test(s);
  const inner = runs.slice(leading ? 1 : 0, trailing ? runs.length - 1 : runs.length);
  out.push(...inner);
}

/** sub/gsub: the new text and the count of replacements (gawk's `&`, `\&`, `\\&` rules). */
export function substitute(re: AwkRegex, repl: string, s: string, global: boolean): { text: string; count: number } {
  let out = '';
  let pos = 0;
  let count = 0;
  let lastNonEmptyEnd = -1;
  while (pos <= s.length) {
    const m = execRegex(re, s, pos);
    if (m === null) break;
    if (m.start === m.end && m.start === lastNonEmptyEnd) {
      // An empty match right after a replaced one is not a new match.
      const step = charWidth(s, m.start);
      out += s.slice(pos, m.start + step);
      pos = m.start + step;
      lastNonEmptyEnd = -1;
      if (step === 0) break;
      continue;
    }
    out += s.slice(pos, m.start) + expandReplacement(repl, s.slice(m.start, m.end));
    count++;
    if (m.end === m.start) {
      const step = charWidth(s, m.start);
      out += s.slice(m.start, m.start + step);
      pos = m.start + step;
      if (step === 0) {
        pos = s.length + 1;
        break;
      }
    } else {
      pos = m.end;
      lastNonEmptyEnd = m.end;
    }
    if (!global) break;
  }
  if (count === 0) return { text: s, count };
  if (pos <= s.length) out += s.slice(pos);
  return { text: out, count };
}

/** Width of the character at i (a surrogate pair is one character); 0 at the end. */
function charWidth(s: string, i: number): number {
  if (i >= s.length) return 0;
  const c = s.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
    const d = s.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return 2;
  }
  return 1;
}

/** sub/gsub replacement text for one match. */
function expandReplacement(repl: string, matched: string): string {
  if (!repl.includes('&') && !repl.includes('\\')) return repl;
  let out = '';
  for (let i = 0; i < repl.length; i++) {
    const c = repl[i];
    if (c === '&') out += matched;
    else if (c === '\\') {
      if (repl.startsWith('\\\\\\&', i) || repl.startsWith('\\\\\\\\', i)) {
        out += `\\${repl[i + 3]}`;
        i += 3;
      } else if (repl.startsWith('\\\\&', i)) {
        out += `\\${matched}`;
        i += 2;
      } else if (repl[i + 1] === '&') {
        out += '&';
        i++;
      } else out += '\\';
    } else out += c;
  }
  return out;
}

/** gensub(re, repl, how, target): `\0`/`&` for the match, `\1`..`\9` for groups, `\q` for q. */
export function gensub(rt: Runtime, re: AwkRegex, repl: string, how: string | number, s: string): string {
  const global = typeof how === 'string' && (how[0] === 'g' || how[0] === 'G');
  let which = global ? 0 : typeof how === 'number' ? Math.trunc(how) : 1;
  if (!global && !(which >= 1)) {
    rt.warn(`gensub: third argument \`${how}' treated as 1`, -1);
    which = 1;
  }
  let out = '';
  let pos = 0;
  let seen = 0;
  let lastNonEmptyEnd = -1;
  while (pos <= s.length) {
    const m = execRegex(re, s, pos);
    if (m === null) break;
    const empty = m.start === m.end;
    if (empty && m.start === lastNonEmptyEnd) {
      const step = charWidth(s, m.start);
      out += s.slice(pos, m.start + step);
      pos = m.start + step;
      lastNonEmptyEnd = -1;
      if (step === 0) break;
      continue;
    }
    seen++;
    const replace = global || seen === which;
    out += s.slice(pos, m.start) + (replace ? gensubReplacement(repl, m.groups) : s.slice(m.start, m.end));
    if (empty) {
      const step = charWidth(s, m.start);
      out += s.slice(m.start, m.start + step);
      pos = m.start + step;
      if (step === 0) {
        pos = s.length + 1;
        break;
      }
    } else {
      pos = m.end;
      lastNonEmptyEnd = m.end;
    }
    if (!global && seen >= which) break;
  }
  if (pos <= s.length) out += s.slice(pos);
  return out;
}

function gensubReplacement(repl: string, groups: RegExpExecArray): string {
  let out = '';
  for (let i = 0; i < repl.length; i++) {
    const c = repl[i];
    if (c === '&') out += groups[0];
    else if (c === '\\' && i + 1 < repl.length) {
      const d = repl[++i];
      if (d >= '0' && d <= '9') out += groups[Number(d)] ?? '';
      else out += d;
    } else out += c;
  }
  return out;
}

/** match(s, re[, arr]): sets RSTART and RLENGTH, fills gawk's group array; returns RSTART. */
export function match(rt: Runtime, s: string, re: AwkRegex, arr: AwkArray | null): number {
  arr?.clear();
  const m = execRegex(re, s, 0);
  if (m === null) {
    rt.RSTART = 0;
    rt.RLENGTH = -1;
    return 0;
  }
  const charsBefore = (i: number) => (rt.utf8 ? length(rt, s.slice(0, i)) : i);
  rt.RSTART = charsBefore(m.start) + 1;
  rt.RLENGTH = length(rt, s.slice(m.start, m.end));
  if (arr !== null) {
    const offsets = groupOffsets(re, s, m.start, m.end);
    for (let k = 0; k < offsets.length; k++) {
      const span = offsets[k];
      if (span === undefined) continue;
      const text = s.slice(span[0], span[1]);
      arr.set(String(k), inputValue(text));
      arr.set(`${k}${rt.SUBSEP}start`, charsBefore(span[0]) + 1);
      arr.set(`${k}${rt.SUBSEP}length`, length(rt, text));
    }
  }
  return rt.RSTART;
}

const WITH_INDICES = new WeakMap<AwkRegex, RegExp>();

/** Start and end of the whole match and of each group, from a sticky run with indices at the match. */
function groupOffsets(re: AwkRegex, s: string, start: number, end: number): ([number, number] | undefined)[] {
  let sticky = WITH_INDICES.get(re);
  if (sticky === undefined) {
    sticky = new RegExp(re.test.source, `${re.test.flags}dy`);
    WITH_INDICES.set(re, sticky);
  }
  sticky.lastIndex = start;
  const m = sticky.exec(s);
  if (m === null || m.indices === undefined) return [[start, end]];
  const spans: ([number, number] | undefined)[] = [...m.indices];
  spans[0] = [start, end];
  return spans;
}

/** tolower/toupper: ASCII only in the C locale, Unicode one-for-one in UTF-8. */
export function changeCase(rt: Runtime, s: string, upper: boolean): string {
  if (!/[^\x00-\x7f]/.test(s)) return upper ? s.toUpperCase() : s.toLowerCase();
  if (!rt.utf8) return s.replace(upper ? /[a-z]+/g : /[A-Z]+/g, (m) => (upper ? m.toUpperCase() : m.toLowerCase()));
  let out = '';
  for (const ch of s) {
    const mapped = upper ? ch.toUpperCase() : ch.toLowerCase();
    out += [...mapped].length === 1 ? mapped : ch;
  }
  return out;
}
