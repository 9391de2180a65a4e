/**
 * jq's regular expressions (Oniguruma, Perl syntax) on JavaScript's RegExp with
 * the `u` flag: named groups and the usual escapes carry over; `\A \z \Z \h \H`
 * are translated. `_match_impl` is the one native; test, match, capture, scan,
 * splits, sub and gsub are defined over it in the prelude, as in jq.
 */
import { describe, fail } from '../eval/errors.js';
import type { Value } from '../values/value.js';
import { cfn, type NativeTable } from './native.js';

const cache = new Map<string, RegExp>();
const CACHE_LIMIT = 256;

/** Oniguruma escapes JavaScript lacks, rewritten outside character classes. */
function translate(pattern: string, extended: boolean): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\' && i + 1 < pattern.length) {
      const d = pattern[i + 1];
      i++;
      if (!inClass && d === 'A') out += '^';
      else if (!inClass && d === 'z') out += '$';
      else if (!inClass && d === 'Z') out += '(?=\\n?$)';
      else if (d === 'h') out += inClass ? '0-9a-fA-F' : '[0-9a-fA-F]';
      else if (d === 'H' && !inClass) out += '[^0-9a-fA-F]';
      else out += c + d;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      out += c;
      continue;
    }
    if (c === '[') inClass = true;
    if (extended && /\s/.test(c)) continue;
    if (extended && c === '#') {
      while (i < pattern.length && pattern[i] !== '\n') i++;
      continue;
    }
    out += c;
  }
  return out;
}

/** Oniguruma's wording for the syntax errors JavaScript reports differently. */
const ONIG_MESSAGES: [RegExp, string][] = [
  [/Unterminated group/, 'end pattern with unmatched parenthesis'],
  [/Unmatched '\)'/, 'unmatched close parenthesis'],
  [/Nothing to repeat/, 'target of repeat operator is not specified'],
  [/Unterminated character class/, 'premature end of char-class'],
  [/\\ at end of pattern/, 'end pattern at escape'],
  [/Invalid capture group name/, 'invalid group name <>'],
  [/Duplicate capture group name/, 'multiplex defined name <>'],
  [/numbers out of order/, 'too big number for repeat range'],
];

function onigMessage(jsMessage: string): string {
  const text = jsMessage.replace(/^Invalid regular expression: \/.*\/[a-z]*: /, '');
  return ONIG_MESSAGES.find(([re]) => re.test(text))?.[1] ?? text;
}

interface Compiled {
  readonly re: RegExp;
  readonly global: boolean;
  readonly skipEmpty: boolean;
}

function compileRegex(pattern: string, modifiers: Value): Compiled {
  if (modifiers !== null && typeof modifiers !== 'string') throw fail(`${describe(modifiers)} is not a string`);
  const mods = modifiers ?? '';
  let flags = 'dgu';
  let global = false;
  let skipEmpty = false;
  let extended = false;
  for (const m of mods) {
    if (m === 'g') global = true;
    else if (m === 'i') flags += 'i';
    else if (m === 'x') extended = true;
    else if (m === 'n') skipEmpty = true;
    else if (m === 'p') flags += 's';
    else if (m !== 's' && m !== 'l') throw fail(`${mods} is not a valid modifier string`);
  }
  const key = `${flags}\u0000${extended}\u0000${pattern}`;
  let re = cache.get(key);
  if (!re) {
    try {
      re = new RegExp(translate(pattern, extended), [...new Set(flags)].join(''));
    } catch (e) {
      throw fail(`Regex failure: ${onigMessage((e as Error).message)}`);
    }
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(key, re);
  }
  return { re, global, skipEmpty };
}

/** UTF-16 index → code point index, for strings that have surrogate pairs. */
function codePointIndexer(s: string): (i: number) => number {
  if (!/[\ud800-\udfff]/.test(s)) return (i) => i;
  return (i) => {
    let n = 0;
    for (let k = 0; k < i; k++) {
      const c = s.charCodeAt(k);
      if (c >= 0xd800 && c < 0xdc00) k++;
      n++;
    }
    return n;
  };
}

function matchObject(m: RegExpExecArray, cp: (i: number) => number, names: readonly (string | null)[]): Value {
  const captures: Value[] = [];
  for (let g = 1; g < m.length; g++) {
    const at = m.indices?.[g];
    const text = m[g];
    const name = names[g - 1] ?? null;
    captures.push(
      at && text !== undefined
        ? { offset: cp(at[0]), length: cp(at[1]) - cp(at[0]), string: text, name }
        : { offset: -1, string: null, length: 0, name },
    );
  }
  const start = m.index;
  const end = start + m[0].length;
  return { offset: cp(start), length: cp(end) - cp(start), string: m[0], captures };
}

/** Group names by position, including groups that did not take part in the match. */
function groupNames(re: RegExp): (string | null)[] {
  const names: (string | null)[] = [];
  const src = re.source;
  let inClass = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === '(') {
      if (src[i + 1] !== '?') names.push(null);
      else {
        const named = /^\(\?<([A-Za-z_][A-Za-z0-9_]*)>/.exec(src.slice(i));
        if (named) names.push(named[1]);
      }
    }
  }
  return names;
}

/** `_match_impl(re; modifiers; test)` */
function matchImpl(input: Value, pattern: Value, modifiers: Value, test: Value): Value {
  if (typeof input !== 'string') throw fail(`${describe(input)} cannot be matched, as it is not a string`);
  if (typeof pattern !== 'string') throw fail(`${describe(pattern)} cannot be matched, as it is not a string`);
  const { re, global, skipEmpty } = compileRegex(pattern, modifiers);
  if (test === true) {
    re.lastIndex = 0;
    return re.test(input);
  }
  const names = groupNames(re);
  const cp = codePointIndexer(input);
  const out: Value[] = [];
  re.lastIndex = 0;
  while (re.lastIndex <= input.length) {
    const m = re.exec(input);
    if (!m) break;
    if (m[0].length === 0) {
      re.lastIndex = m.index + ((input.codePointAt(m.index) ?? 0) > 0xffff ? 2 : 1);
      if (skipEmpty) continue;
    }
    out.push(matchObject(m, cp, names));
    if (!global) break;
  }
  return out;
}

/** Regex natives. */
export const REGEX_NATIVES: NativeTable = {
  '_match_impl/3': cfn(matchImpl),
};
