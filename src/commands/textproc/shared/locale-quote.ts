/**
 * GNU's quote() in the C locale (locale_quoting_style): 'text' with backslash
 * escapes for the quote, backslash, C control characters and every byte outside
 * printable ASCII ('a\'b', '\303\251'). Used for option arguments in messages.
 */

const NAMED: Record<number, string> = { 7: 'a', 8: 'b', 9: 't', 10: 'n', 11: 'v', 12: 'f', 13: 'r' };

/** Quotes `text` as GNU's quote() does in the C locale. */
export function localeQuote(text: string): string {
  let out = "'";
  for (const b of Buffer.from(text, 'utf8')) {
    if (b === 0x27 || b === 0x5c) out += `\\${String.fromCharCode(b)}`;
    else if (b >= 0x20 && b < 0x7f) out += String.fromCharCode(b);
    else if (NAMED[b]) out += `\\${NAMED[b]}`;
    else out += `\\${b.toString(8).padStart(3, '0')}`;
  }
  return `${out}'`;
}
