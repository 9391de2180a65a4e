/**
 * sed's `s` and `y`: parsing their delimited parts and flags with GNU's
 * messages, compiling regexes through the POSIX translator, and applying a
 * substitution with POSIX leftmost-longest matches, \1…\9, & and case escapes.
 */
import { PosixRegexError, translatePosix } from '../lib/posix-regex.js';
import { decodeAt } from '../lib/posix-utf8.js';
import type { SedParser } from './sed-parse.js';
import { SedScriptError } from './sed-parse.js';
import type { ReplacementPart, SedRegex, Substitution } from './sed-program.js';
import { readEscape } from './sed-text.js';

/** Compiles a sed regex (BRE or ERE, GNU escapes, I and M flags). */
export function compileSedRegex(
  body: string,
  opts: { readonly extended: boolean; readonly icase: boolean; readonly multiline: boolean; readonly utf8: boolean },
): SedRegex {
  try {
    const t = translatePosix(body, {
      extended: opts.extended,
      dialect: 'sed',
      icase: opts.icase,
      multiline: opts.multiline,
      sedEscapes: true,
      utf8: opts.utf8,
    });
    return {
      re: new RegExp(t.source, `${t.flags}g`),
      first: new RegExp(t.source, t.flags),
      nullable: t.nullable,
      branches: t.branches.map((b) => new RegExp(b, `${t.flags}y`)),
      groups: t.groups,
    };
  } catch (e) {
    if (e instanceof PosixRegexError) throw new SedScriptError(e.message);
    throw e;
  }
}

/** Parses `s/regex/replacement/flags` after the `s`. */
export function parseSubstitution(p: SedParser, utf8: boolean): Substitution {
  const delim = p.inchar();
  const unterminated = () => p.error("unterminated `s' command");
  if (delim === null || delim === '\n' || delim === '\\') throw unterminated();
  const pattern = p.delimited(delim, true);
  if (pattern === null) throw unterminated();
  const replacementText = p.delimited(delim, false);
  if (replacementText === null) throw unterminated();
  let global = false;
  let print = false;
  let icase = false;
  let multiline = false;
  let occurrence = 0;
  let writeFile: string | null = null;
  for (let ch = p.inchar(); ; ch = p.inchar()) {
    if (ch === null || ch === '\n' || ch === ';') break;
    if (ch === '}' || ch === '#') {
      p.savchar(ch);
      break;
    }
    if (ch === ' ' || ch === '\t' || ch === '\r') continue;
    if (ch === 'g') {
      if (global) throw p.error("multiple `g' options to `s' command");
      global = true;
    } else if (ch === 'p') {
      if (print) throw p.error("multiple `p' options to `s' command");
      print = true;
    } else if (ch === 'i' || ch === 'I') icase = true;
    else if (ch === 'm' || ch === 'M') multiline = true;
    else if (ch === 'w') {
      if (p.sandboxed) throw p.error('e/r/w commands disabled in sandbox mode');
      writeFile = p.fileName();
      break;
    } else if (ch >= '0' && ch <= '9') {
      if (occurrence !== 0) throw p.error("multiple number options to `s' command");
      let digits = ch;
      let d = p.inchar();
      for (; d !== null && d >= '0' && d <= '9'; d = p.inchar()) digits += d;
      p.savchar(d);
      occurrence = Number(digits);
      if (occurrence === 0) throw p.error("number option to `s' command may not be zero");
    } else if (ch === 'e') throw p.error('the e flag is not supported (Mirage runs no external programs)');
    else throw p.error("unknown option to `s'");
  }
  const regex = p.regex(pattern, icase, multiline);
  const replacement = parseReplacement(replacementText);
  const groups = regex?.groups ?? 9;
  for (const part of replacement) {
    if (part.kind === 'group' && part.index > groups) {
      throw p.error(`invalid reference \\${part.index} on \`s' command's RHS`);
    }
  }
  return {
    regex,
    replacement,
    global,
    occurrence: occurrence || 1,
    print,
    writeFile,
    native: nativePattern(replacement),
    utf8,
  };
}

/** The replacement as a String#replace pattern, or null when it uses case conversion. */
function nativePattern(parts: readonly ReplacementPart[]): string | null {
  let out = '';
  for (const part of parts) {
    if (part.kind === 'case') return null;
    // Two-digit group numbers cannot run into a following digit.
    out += part.kind === 'text' ? part.text.replaceAll('$', '$$$$') : part.index === 0 ? '$&' : `$0${part.index}`;
  }
  return out;
}

/** Splits a replacement into text, group references and case operators. */
function parseReplacement(text: string): ReplacementPart[] {
  const parts: ReplacementPart[] = [];
  let literal = '';
  const flush = () => {
    if (literal !== '') parts.push({ kind: 'text', text: literal });
    literal = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '&') {
      flush();
      parts.push({ kind: 'group', index: 0 });
      continue;
    }
    if (c !== '\\' || i + 1 >= text.length) {
      literal += c;
      continue;
    }
    const d = text[++i];
    if (d >= '0' && d <= '9') {
      flush();
      parts.push({ kind: 'group', index: d.charCodeAt(0) - 0x30 });
    } else if (d === 'U' || d === 'L' || d === 'E' || d === 'u' || d === 'l') {
      flush();
      parts.push({ kind: 'case', op: d });
    } else if (d === '\n') literal += '\n';
    else {
      const esc = readEscape(text, i);
      if (esc) {
        literal += esc.ch;
        i += esc.length - 1;
      } else literal += d;
    }
  }
  flush();
  return parts;
}

/** Parses `y/source/dest/` after the `y` into a char map. */
export function parseTransliteration(p: SedParser, utf8: boolean): Map<string, string> {
  const delim = p.inchar();
  const unterminated = () => p.error("unterminated `y' command");
  if (delim === null || delim === '\n' || delim === '\\') throw unterminated();
  const from = p.delimited(delim, false);
  if (from === null) throw unterminated();
  const to = p.delimited(delim, false);
  if (to === null) throw unterminated();
  const a = characters(unescapeY(from), utf8);
  const b = characters(unescapeY(to), utf8);
  if (a.length !== b.length) throw p.error("strings for `y' command are different lengths");
  const map = new Map<string, string>();
  for (let i = 0; i < a.length; i++) if (!map.has(a[i])) map.set(a[i], b[i]);
  return map;
}

/** The characters of a byte string: bytes, or UTF-8 sequences in a UTF-8 locale. */
export function characters(text: string, utf8: boolean): string[] {
  if (!utf8) return [...text];
  const out: string[] = [];
  for (let i = 0; i < text.length; ) {
    const length = text.charCodeAt(i) > 0x7f ? (decodeAt(text, i)?.length ?? 1) : 1;
    out.push(text.slice(i, i + length));
    i += length;
  }
  return out;
}

function unescapeY(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== '\\' || i + 1 >= text.length) {
      out += text[i];
      continue;
    }
    const esc = readEscape(text, i + 1);
    if (esc) {
      out += esc.ch;
      i += esc.length;
    } else out += text[++i];
  }
  return out;
}

/** The longest match at `at` among the top-level alternatives (POSIX leftmost-longest). */
export function longestAt(regex: SedRegex, text: string, m: RegExpExecArray): RegExpExecArray {
  let best = m;
  for (const b of regex.branches) {
    b.lastIndex = m.index;
    const alt = b.exec(text);
    if (alt && alt[0].length > best[0].length) best = alt;
  }
  return best;
}

/** Applies `s` to `text` with `regex`; null when nothing was replaced. */
export function substitute(text: string, s: Substitution, regex: SedRegex): string | null {
  // Without empty matches, alternatives or a count, String#replace does exactly what GNU does.
  if (s.native !== null && s.occurrence === 1 && !regex.nullable && regex.branches.length === 0) {
    const re = s.global ? regex.re : regex.first;
    re.lastIndex = 0;
    if (!re.test(text)) return null;
    return text.replace(re, s.native);
  }
  return substituteStepwise(text, s, regex);
}

/** GNU's do_subst loop, match by match (an empty match right after a match does not count). */
function substituteStepwise(text: string, s: Substitution, regex: SedRegex): string | null {
  let m = matchFrom(regex, text, 0);
  if (!m) return null;
  let out = '';
  let start = 0;
  let lastEnd = 0;
  let count = 0;
  let replaced = false;
  let again = true;
  do {
    const offset = m.index;
    let matched = m[0].length;
    if (start < offset) out += text.slice(start, offset);
    if ((matched > 0 || count === 0 || offset > lastEnd) && ++count >= s.occurrence) {
      replaced = true;
      out += expand(s.replacement, m, s.utf8);
      again = s.global;
    } else {
      // Not replaced: copy it; an empty match copies one char so the scan moves on.
      if (matched === 0) {
        if (start >= text.length) break;
        matched = 1;
      }
      out += text.slice(offset, offset + matched);
    }
    start = offset + matched;
    lastEnd = offset + m[0].length;
  } while (again && start <= text.length && (m = matchFrom(regex, text, start)));
  if (start < text.length) out += text.slice(start);
  return replaced ? out : null;
}

/** The leftmost-longest match at or after `from`. */
function matchFrom(regex: SedRegex, text: string, from: number): RegExpExecArray | null {
  regex.re.lastIndex = from;
  const m = regex.re.exec(text);
  return m ? longestAt(regex, text, m) : null;
}

/** The replacement text for one match, with GNU's case conversions. */
function expand(parts: readonly ReplacementPart[], m: RegExpExecArray, utf8: boolean): string {
  let out = '';
  let mode: 'U' | 'L' | null = null;
  let next: 'u' | 'l' | null = null;
  const upper = utf8 ? (t: string) => recase(t, true) : asciiUpper;
  const lower = utf8 ? (t: string) => recase(t, false) : asciiLower;
  const add = (piece: string) => {
    if (piece === '') return;
    let t = mode === 'U' ? upper(piece) : mode === 'L' ? lower(piece) : piece;
    if (next) {
      const first = characters(t, utf8)[0];
      t = (next === 'u' ? upper(first) : lower(first)) + t.slice(first.length);
      next = null;
    }
    out += t;
  };
  for (const part of parts) {
    if (part.kind === 'text') add(part.text);
    else if (part.kind === 'group') add(m[part.index] ?? '');
    else if (part.op === 'u' || part.op === 'l') next = part.op;
    else mode = part.op === 'E' ? null : part.op;
  }
  return out;
}

/** Upper case for ASCII letters only: the C locale's toupper (bytes above 0x7f stay). */
function asciiUpper(text: string): string {
  return text.replace(/[a-z]+/g, (m) => m.toUpperCase());
}

function asciiLower(text: string): string {
  return text.replace(/[A-Z]+/g, (m) => m.toLowerCase());
}

/** Case conversion of UTF-8 bytes (a latin1 string); text that is not valid UTF-8 gets ASCII rules. */
function recase(bytes: string, up: boolean): string {
  const text = Buffer.from(bytes, 'latin1').toString('utf8');
  if (Buffer.from(text, 'utf8').toString('latin1') !== bytes) return up ? asciiUpper(bytes) : asciiLower(bytes);
  let out = '';
  // towupper maps one character to one: ß stays ß (JavaScript would give SS).
  for (const ch of text) {
    const mapped = up ? ch.toUpperCase() : ch.toLowerCase();
    out += [...mapped].length === 1 ? mapped : ch;
  }
  return Buffer.from(out, 'utf8').toString('latin1');
}
