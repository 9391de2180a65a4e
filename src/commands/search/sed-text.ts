/**
 * sed's text conventions: the escapes GNU accepts in replacements, y strings
 * and a/i/c text (\t \n \xHH …), and the `l` command's unambiguous dump.
 * Strings here are byte strings (one char per byte).
 */

const SIMPLE: Record<string, string> = { a: '\x07', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v' };

const NUMERIC: Record<string, { re: RegExp; radix: number }> = {
  d: { re: /^[0-9]{1,3}/, radix: 10 },
  o: { re: /^[0-7]{1,3}/, radix: 8 },
  x: { re: /^[0-9a-fA-F]{1,2}/, radix: 16 },
};

/**
 * The character an escape `\c…` at text[i] (i at the letter after the
 * backslash) stands for, and how many chars it used; null when `c` is not one
 * of GNU's escapes.
 */
export function readEscape(text: string, i: number): { ch: string; length: number } | null {
  const c = text[i];
  const simple = SIMPLE[c];
  if (simple !== undefined) return { ch: simple, length: 1 };
  if (c === 'c' && i + 1 < text.length) {
    return { ch: String.fromCharCode(text[i + 1].toUpperCase().charCodeAt(0) ^ 0x40), length: 2 };
  }
  const spec = NUMERIC[c];
  if (spec) {
    const m = spec.re.exec(text.slice(i + 1));
    if (m) return { ch: String.fromCharCode(Number.parseInt(m[0], spec.radix) & 0xff), length: 1 + m[0].length };
  }
  return null;
}

/** a/i/c text as GNU keeps it: escapes processed, `\x` is x, a lone trailing backslash dropped. */
export function unescapeText(raw: string): string {
  let out = '';
  for (let i = 0; i < raw.length; i++) {
    if (raw[i] !== '\\') {
      out += raw[i];
      continue;
    }
    if (i + 1 >= raw.length) break;
    const esc = readEscape(raw, i + 1);
    if (esc) {
      out += esc.ch;
      i += esc.length;
    } else out += raw[++i];
  }
  return out;
}

const L_NAMED: Record<number, string> = {
  7: '\\a',
  8: '\\b',
  9: '\\t',
  10: '\\n',
  11: '\\v',
  12: '\\f',
  13: '\\r',
  92: '\\\\',
};

/**
 * The `l` command's dump: escapes and octal for unprintable bytes, `$` at the
 * end, lines folded with `\` so none is longer than `width` (0: no folding).
 */
export function dumpLine(text: string, width: number, eol = '\n'): string {
  const pieces: string[] = [];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const named = L_NAMED[code];
    if (named) pieces.push(named);
    else if (code < 0x20 || code >= 0x7f) pieces.push(`\\${code.toString(8).padStart(3, '0')}`);
    else pieces.push(text[i]);
  }
  if (width === 0) return `${pieces.join('')}$${eol}`;
  let out = '';
  let col = 0;
  for (const p of pieces) {
    if (col + p.length > width - 1) {
      out += `\\${eol}`;
      col = 0;
    }
    out += p;
    col += p.length;
  }
  return `${out}$${eol}`;
}
