/** printf %q: bash's quoting of a word so the shell reads it back unchanged. */

/** Characters bash's sh_backslash_quote escapes anywhere in a word. */
const SPECIAL = new Set([...' \t\n\'"\\|&;()<>!{}*[?]^$`,']);
const NAMED: Record<number, string> = { 7: 'a', 8: 'b', 9: 't', 10: 'n', 11: 'v', 12: 'f', 13: 'r', 27: 'E' };

function needsAnsiC(word: string, utf8: boolean): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 0x20 || c === 0x7f || (!utf8 && c >= 0x80)) return true;
  }
  return false;
}

/** $'…' quoting, for words with control characters. */
function ansiC(word: string): string {
  let out = "$'";
  for (const b of Buffer.from(word)) {
    if (b in NAMED) out += `\\${NAMED[b]}`;
    else if (b === 0x5c || b === 0x27) out += `\\${String.fromCharCode(b)}`;
    else if (b < 0x20 || b >= 0x7f) out += `\\${b.toString(8).padStart(3, '0')}`;
    else out += String.fromCharCode(b);
  }
  return `${out}'`;
}

/** Quotes `word` as bash's printf %q does. */
export function shellQuote(word: string, utf8: boolean): string {
  if (word === '') return "''";
  if (needsAnsiC(word, utf8)) return ansiC(word);
  let out = '';
  for (let i = 0; i < word.length; i++) {
    const c = word[i];
    const prev = i === 0 ? '' : word[i - 1];
    if (SPECIAL.has(c) || (c === '~' && (i === 0 || prev === '=' || prev === ':')) || (c === '#' && i === 0)) {
      out += '\\';
    }
    out += c;
  }
  return out;
}
