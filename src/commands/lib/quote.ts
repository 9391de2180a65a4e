/**
 * GNU's shell-escape quoting of file names in messages (quotearg.c), byte for
 * byte in the C locale: 'a b', "it's", 'a'$'\n''b', ''$'\303\274'.
 */

/** Characters that force quoting anywhere in a name. */
const SPECIAL = new Set([...' !"$&\'()*:;<=>?[\\^`|']);
/** Characters that are harmless inside C-style double quotes too (used when the name holds a quote). */
const NOT_DOUBLE_SAFE = new Set([...'"$`\\!']);
const ESCAPES: Record<number, string> = { 7: 'a', 8: 'b', 9: 't', 10: 'n', 11: 'v', 12: 'f', 13: 'r' };

function isPrintable(byte: number): boolean {
  return byte >= 0x20 && byte < 0x7f;
}

/** True when the shell-escape style would quote `name`. */
export function needsQuoting(name: string): boolean {
  if (name.length === 0) return true;
  if (name[0] === '#' || name[0] === '~') return true;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (!isPrintable(c) || SPECIAL.has(name[i])) return true;
  }
  return false;
}

/** Quotes `name` as GNU's shell-escape-always style does (`rm: cannot remove 'x'`). */
export function quoteAlways(name: string): string {
  const bytes = Buffer.from(name, 'utf8');
  const hasQuote = name.includes("'");
  if (hasQuote && bytes.every((b) => isPrintable(b) && !NOT_DOUBLE_SAFE.has(String.fromCharCode(b)))) {
    return `"${name}"`;
  }
  let out = "'";
  let inEscape = false;
  for (const b of bytes) {
    if (!isPrintable(b)) {
      if (!inEscape) out += "'$'";
      inEscape = true;
      const named = ESCAPES[b];
      out += named ? `\\${named}` : `\\${b.toString(8).padStart(3, '0')}`;
      continue;
    }
    if (b === 0x27) {
      out += "'\\''";
      continue;
    }
    if (inEscape) {
      out += "''";
      inEscape = false;
    }
    out += String.fromCharCode(b);
  }
  return `${out}'`;
}

/** Quotes `name` only when the shell would need it (`cat: 'a b': No such file or directory`). */
export function quote(name: string): string {
  return needsQuoting(name) ? quoteAlways(name) : name;
}
