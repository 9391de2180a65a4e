/**
 * Shell patterns (globs) compiled to RegExps. A pattern string here uses a
 * backslash to mark characters that were quoted in the source, so `'*'` and
 * `\*` match a literal star. Compiled patterns are cached.
 */

const cache = new Map<string, RegExp>();
const CACHE_MAX = 1024;

/** POSIX bracket classes ([:alpha:] …) as RegExp class ranges, in the C locale. */
export const POSIX_CLASS_RANGES: Readonly<Record<string, string>> = {
  alnum: 'A-Za-z0-9',
  alpha: 'A-Za-z',
  blank: ' \\t',
  cntrl: '\\x00-\\x1f\\x7f',
  digit: '0-9',
  graph: '!-~',
  lower: 'a-z',
  print: ' -~',
  punct: '!-\\/:-@\\[-`{-~',
  space: ' \\t\\n\\r\\f\\v',
  upper: 'A-Z',
  word: 'A-Za-z0-9_',
  xdigit: '0-9A-Fa-f',
};

function escapeRe(ch: string): string {
  return /[\\^$.*+?()[\]{}|/-]/.test(ch) ? `\\${ch}` : ch;
}

/** True when the pattern has an unquoted glob metacharacter (* ? [ or an extglob). */
export function hasGlobChars(pattern: string, extglob = true): boolean {
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (c === '*' || c === '?') return true;
    if (c === '[' && pattern.indexOf(']', i + 2) > 0) return true;
    if (extglob && '@!+'.includes(c) && pattern[i + 1] === '(') return true;
  }
  return false;
}

/** Removes the quoting backslashes from a pattern string, giving the literal text. */
export function unescapePattern(pattern: string): string {
  return pattern.replace(/\\(.)/gs, '$1');
}

/** Escapes every pattern metacharacter so the text matches only itself. */
export function escapePattern(text: string): string {
  return text.replace(/[\\*?[\]@!+()|]/g, '\\$&');
}

/** Options of a compiled pattern. */
export interface PatternOptions {
  readonly nocase?: boolean;
  /** For pathname segments: '*' and '?' do not match a leading '.'; checked by the caller. */
  readonly extglob?: boolean;
}

/** Compiles a whole-string pattern to an anchored RegExp. */
export function patternToRegExp(pattern: string, opts: PatternOptions = {}): RegExp {
  const key = `${opts.nocase ? 'i' : ''}${opts.extglob === false ? 'x' : ''}:${pattern}`;
  let re = cache.get(key);
  if (!re) {
    re = new RegExp(`^${translate(pattern, opts.extglob !== false)}$`, opts.nocase ? 'is' : 's');
    if (cache.size >= CACHE_MAX) cache.delete(cache.keys().next().value as string);
    cache.set(key, re);
  }
  return re;
}

/** Translates a pattern into RegExp source (unanchored). */
export function translate(p: string, extglob: boolean): string {
  let out = '';
  let i = 0;
  while (i < p.length) {
    const c = p[i];
    if (c === '\\') {
      out += i + 1 < p.length ? escapeRe(p[i + 1]) : '\\\\';
      i += 2;
      continue;
    }
    if (extglob && '@!?*+'.includes(c) && p[i + 1] === '(') {
      const close = findClose(p, i + 1);
      if (close > 0) {
        const alts = splitAlts(p.slice(i + 2, close)).map((a) => translate(a, extglob));
        const body = `(?:${alts.join('|')})`;
        if (c === '@') out += body;
        else if (c === '?') out += `${body}?`;
        else if (c === '*') out += `${body}*`;
        else if (c === '+') out += `${body}+`;
        else out += `(?:(?!${body}$)[\\s\\S]*)`;
        i = close + 1;
        continue;
      }
    }
    if (c === '*') {
      out += '[\\s\\S]*';
      i++;
      continue;
    }
    if (c === '?') {
      out += '[\\s\\S]';
      i++;
      continue;
    }
    if (c === '[') {
      const br = bracket(p, i);
      if (br) {
        out += br.re;
        i = br.end;
        continue;
      }
      out += '\\[';
      i++;
      continue;
    }
    out += escapeRe(c);
    i++;
  }
  return out;
}

function findClose(p: string, open: number): number {
  let depth = 0;
  for (let i = open; i < p.length; i++) {
    if (p[i] === '\\') {
      i++;
      continue;
    }
    if (p[i] === '(') depth++;
    else if (p[i] === ')' && --depth === 0) return i;
  }
  return -1;
}

function splitAlts(s: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '\\') {
      cur += c + (s[i + 1] ?? '');
      i++;
      continue;
    }
    if (c === '(') depth++;
    if (c === ')') depth--;
    if (c === '|' && depth === 0) {
      out.push(cur);
      cur = '';
      continue;
    }
    cur += c;
  }
  out.push(cur);
  return out;
}

/** Parses a bracket expression at p[start] === '['; null when it is not one (no closing ']'). */
function bracket(p: string, start: number): { re: string; end: number } | null {
  let i = start + 1;
  let negate = false;
  if (p[i] === '!' || p[i] === '^') {
    negate = true;
    i++;
  }
  let body = '';
  let first = true;
  while (i < p.length) {
    const c = p[i];
    if (c === ']' && !first) {
      return { re: `[${negate ? '^' : ''}${body}]`, end: i + 1 };
    }
    first = false;
    if (c === '[' && p[i + 1] === ':') {
      const close = p.indexOf(':]', i + 2);
      if (close > 0) {
        const cls = POSIX_CLASS_RANGES[p.slice(i + 2, close)];
        if (cls !== undefined) {
          body += cls;
          i = close + 2;
          continue;
        }
      }
    }
    if (c === '\\' && i + 1 < p.length) {
      body += escapeClass(p[i + 1]);
      i += 2;
      continue;
    }
    if (c === '-' && body !== '' && p[i + 1] !== ']' && i + 1 < p.length) {
      body += '-';
      i++;
      continue;
    }
    body += escapeClass(c);
    i++;
  }
  return null;
}

function escapeClass(ch: string): string {
  return /[\\\]^[-]/.test(ch) ? `\\${ch}` : ch;
}
