/**
 * GNU regex's default (Emacs) syntax, used by `tac -r`, translated to a JS
 * RegExp over latin1 text (one char per byte): `+ ? *` are operators, `\( \)`
 * group, `\|` alternates, while bare `( ) | { }` are literal.
 */

const CLASS_NAMES: Record<string, string> = {
  alpha: 'A-Za-z',
  digit: '0-9',
  alnum: '0-9A-Za-z',
  upper: 'A-Z',
  lower: 'a-z',
  space: ' \\t\\n\\v\\f\\r',
  blank: ' \\t',
  punct: '!-\\/:-@\\[-`{-~',
  print: ' -~',
  graph: '!-~',
  cntrl: '\\x00-\\x1f\\x7f',
  xdigit: '0-9A-Fa-f',
};

/** Translates an Emacs-syntax pattern; throws SyntaxError for an unbalanced one. */
export function emacsRegex(pattern: string, flags = ''): RegExp {
  let out = '';
  let i = 0;
  while (i < pattern.length) {
    const c = pattern[i];
    if (c === '\\' && i + 1 < pattern.length) {
      const n = pattern[i + 1];
      i += 2;
      if (n === '(') out += '(';
      else if (n === ')') out += ')';
      else if (n === '|') out += '|';
      else if (n === 'w') out += '[0-9A-Za-z_]';
      else if (n === 'W') out += '[^0-9A-Za-z_]';
      else if (n === '<' || n === '>' || n === 'b') out += '\\b';
      else if (n === 'B') out += '\\B';
      else if (n === '`') out += '^';
      else if (n === "'") out += '$';
      else if (/[1-9]/.test(n)) out += `\\${n}`;
      else out += escapeChar(n);
      continue;
    }
    if (c === '[') {
      const end = bracketEnd(pattern, i);
      out += translateBracket(pattern.slice(i + 1, end));
      i = end + 1;
      continue;
    }
    if ('(){}|/'.includes(c)) out += `\\${c}`;
    else out += c;
    i++;
  }
  return new RegExp(out, flags);
}

function escapeChar(c: string): string {
  return /[\\^$.*+?()[\]{}|/]/.test(c) ? `\\${c}` : c;
}

/** Index of the `]` closing the bracket expression opened at `open`. */
function bracketEnd(p: string, open: number): number {
  let i = open + 1;
  if (p[i] === '^') i++;
  if (p[i] === ']') i++;
  while (i < p.length && p[i] !== ']') {
    if (p[i] === '[' && (p[i + 1] === ':' || p[i + 1] === '.' || p[i + 1] === '=')) {
      const close = p.indexOf(`${p[i + 1]}]`, i + 2);
      i = close < 0 ? i + 1 : close + 2;
    } else {
      i++;
    }
  }
  if (i >= p.length) throw new SyntaxError('Unmatched [, [^, [:, [., or [=');
  return i;
}

function translateBracket(body: string): string {
  let out = '[';
  let i = 0;
  if (body[0] === '^') {
    out += '^';
    i = 1;
  }
  for (; i < body.length; i++) {
    const c = body[i];
    if (c === '[' && body[i + 1] === ':') {
      const close = body.indexOf(':]', i + 2);
      const name = body.slice(i + 2, close);
      const set = CLASS_NAMES[name];
      if (close < 0 || set === undefined) throw new SyntaxError('Invalid character class name');
      out += set;
      i = close + 1;
    } else if (c === '\\' || c === ']' || c === '[' || c === '^') {
      out += `\\${c}`;
    } else {
      out += c;
    }
  }
  return `${out}]`;
}
