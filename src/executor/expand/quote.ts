/** Quote handling: backslash rules per context, $'…' decoding, and bash's ${x@Q} quoting. */

/** Unquoted literal text → [text, quoted] runs: a backslash-escaped character counts as quoted. */
export function unquotedLitRuns(raw: string): [string, boolean][] {
  if (!raw.includes('\\')) return [[raw, false]];
  const out: [string, boolean][] = [];
  let cur = '';
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    if (c === '\\') {
      if (i + 1 >= raw.length) {
        cur += '\\';
        continue;
      }
      const n = raw[++i];
      if (n === '\n') continue;
      if (cur) out.push([cur, false]);
      cur = '';
      out.push([n, true]);
      continue;
    }
    cur += c;
  }
  if (cur) out.push([cur, false]);
  return out;
}

/** Literal text inside double quotes (or a here-document body): only \$ \` \\ \newline (and \" in quotes) escape. */
export function dquoteLit(raw: string, heredoc = false): string {
  if (!raw.includes('\\')) return raw;
  let out = '';
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    if (c === '\\' && i + 1 < raw.length) {
      const n = raw[i + 1];
      if (n === '$' || n === '`' || n === '\\' || (n === '"' && !heredoc)) {
        out += n;
        i++;
        continue;
      }
      if (n === '\n') {
        i++;
        continue;
      }
    }
    out += c;
  }
  return out;
}

const SIMPLE_ESCAPES: Record<string, string> = {
  a: '\x07',
  b: '\b',
  e: '\x1b',
  E: '\x1b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
  '\\': '\\',
  "'": "'",
  '"': '"',
  '?': '?',
};

/** Decodes the body of $'…'. */
export function decodeAnsiC(raw: string): string {
  let out = '';
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    if (c !== '\\' || i + 1 >= raw.length) {
      out += c;
      continue;
    }
    const n = raw[++i];
    if (n in SIMPLE_ESCAPES) {
      out += SIMPLE_ESCAPES[n];
    } else if (n >= '0' && n <= '7') {
      const m = /^[0-7]{1,3}/.exec(raw.slice(i)) as RegExpExecArray;
      out += String.fromCharCode(Number.parseInt(m[0], 8) & 0xff);
      i += m[0].length - 1;
    } else if (n === 'x') {
      const m = /^[0-9a-fA-F]{1,2}/.exec(raw.slice(i + 1));
      if (m) {
        out += String.fromCharCode(Number.parseInt(m[0], 16));
        i += m[0].length;
      } else out += '\\x';
    } else if (n === 'u' || n === 'U') {
      const m = (n === 'u' ? /^[0-9a-fA-F]{1,4}/ : /^[0-9a-fA-F]{1,8}/).exec(raw.slice(i + 1));
      if (m) {
        out += String.fromCodePoint(Number.parseInt(m[0], 16));
        i += m[0].length;
      } else out += `\\${n}`;
    } else if (n === 'c' && i + 1 < raw.length) {
      out += String.fromCharCode(raw.charCodeAt(++i) & 0x1f);
    } else {
      out += `\\${n}`;
    }
  }
  return out;
}

const SAFE = /^[A-Za-z0-9_@%+=:,./-]+$/;

/** Quotes a string for reuse as shell input, as ${x@Q} and `set -x` do. */
export function shellQuote(s: string): string {
  if (s !== '' && SAFE.test(s)) return s;
  if (/[\x00-\x1f\x7f]/.test(s)) {
    return `$'${s.replace(/[\\']/g, '\\$&').replace(/[\x00-\x1f\x7f]/g, (c) => ansiEscape(c))}'`;
  }
  return `'${s.replace(/'/g, "'\\''")}'`;
}

function ansiEscape(c: string): string {
  const map: Record<string, string> = {
    '\n': '\\n',
    '\t': '\\t',
    '\r': '\\r',
    '\x1b': '\\E',
    '\x07': '\\a',
    '\b': '\\b',
    '\f': '\\f',
    '\v': '\\v',
  };
  return map[c] ?? `\\${c.charCodeAt(0).toString(8).padStart(3, '0')}`;
}
