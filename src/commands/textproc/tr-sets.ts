/**
 * tr's SET operands as GNU parses them: backslash escapes, ranges, [:class:],
 * [=c=] and [c*n] repeats, expanded into byte sequences that remember which
 * element (and which case class) every byte came from.
 */
import { UsageError } from '../../core/errors.js';
import { localeQuote } from './shared/locale-quote.js';

/** One parsed element of a SET. */
export type SetElement =
  | { readonly kind: 'char'; readonly c: number }
  | { readonly kind: 'range'; readonly lo: number; readonly hi: number }
  | { readonly kind: 'class'; readonly name: ClassName }
  | { readonly kind: 'equiv'; readonly c: number }
  | { readonly kind: 'repeat'; readonly c: number; count: number };

const CLASS_NAMES = [
  'alnum',
  'alpha',
  'blank',
  'cntrl',
  'digit',
  'graph',
  'lower',
  'print',
  'punct',
  'space',
  'upper',
  'xdigit',
] as const;
/** A character class name. */
export type ClassName = (typeof CLASS_NAMES)[number];

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
const isUpper = (c: number) => c >= 0x41 && c <= 0x5a;
const isLower = (c: number) => c >= 0x61 && c <= 0x7a;
const isAlpha = (c: number) => isUpper(c) || isLower(c);
const isGraph = (c: number) => c > 0x20 && c < 0x7f;

const CLASS_TESTS: Record<ClassName, (c: number) => boolean> = {
  alnum: (c) => isAlpha(c) || isDigit(c),
  alpha: isAlpha,
  blank: (c) => c === 0x20 || c === 0x09,
  cntrl: (c) => c < 0x20 || c === 0x7f,
  digit: isDigit,
  graph: isGraph,
  lower: isLower,
  print: (c) => c >= 0x20 && c < 0x7f,
  punct: (c) => isGraph(c) && !isAlpha(c) && !isDigit(c),
  space: (c) => c === 0x20 || (c >= 0x09 && c <= 0x0d),
  upper: isUpper,
  xdigit: (c) => isDigit(c) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66),
};

/** True when byte `c` belongs to class `name` in the C locale. */
export function inClass(name: ClassName, c: number): boolean {
  return CLASS_TESTS[name](c);
}

/** A SET after backslash processing: bytes, and which of them were escaped. */
interface Unquoted {
  readonly s: number[];
  readonly escaped: boolean[];
}

const NAMED_ESCAPES: Record<string, number> = { a: 7, b: 8, f: 12, n: 10, r: 13, t: 9, v: 11, '\\': 0x5c };

/** GNU's unquote(): resolves escapes; warnings go to `warn`. */
function unquote(text: string, warn: (message: string) => void): Unquoted {
  const b = Buffer.from(text, 'utf8');
  const s: number[] = [];
  const escaped: boolean[] = [];
  const ch = (i: number) => (i < b.length ? String.fromCharCode(b[i]) : '');
  const octal = (i: number) => (i < b.length && b[i] >= 0x30 && b[i] <= 0x37 ? b[i] - 0x30 : -1);
  for (let i = 0; i < b.length; i++) {
    if (b[i] !== 0x5c) {
      s.push(b[i]);
      escaped.push(false);
      continue;
    }
    if (i + 1 >= b.length) {
      warn('warning: an unescaped backslash at end of string is not portable');
      s.push(0x5c);
      escaped.push(false);
      continue;
    }
    const next = ch(i + 1);
    let c: number;
    if (next in NAMED_ESCAPES) {
      c = NAMED_ESCAPES[next];
    } else if (octal(i + 1) >= 0) {
      c = octal(i + 1);
      if (octal(i + 2) >= 0) {
        c = c * 8 + octal(i + 2);
        i++;
        if (octal(i + 2) >= 0) {
          if (c * 8 + octal(i + 2) < 256) {
            c = c * 8 + octal(i + 2);
            i++;
          } else {
            const [d0, d1, d2] = [ch(i), ch(i + 1), ch(i + 2)];
            warn(
              `warning: the ambiguous octal escape \\${d0}${d1}${d2} is being\n\tinterpreted as the 2-byte sequence \\0${d0}${d1}, ${d2}`,
            );
          }
        }
      }
    } else {
      c = b[i + 1];
    }
    i++;
    s.push(c);
    escaped.push(true);
  }
  return { s, escaped };
}

function fatal(message: string): UsageError {
  return new UsageError(`tr: ${message}\n`, 1);
}

/** make_printable_char: a byte as GNU shows it in messages. */
function printable(c: number): string {
  if (c >= 0x20 && c < 0x7f && c !== 0x5c) return String.fromCharCode(c);
  if (c === 0x5c) return '\\\\';
  return `\\${c.toString(8).padStart(3, '0')}`;
}

function latin1(bytes: readonly number[]): string {
  return Buffer.from(bytes).toString('latin1');
}

/** find_bracketed_repeat: `[c*n]` at `start` (just after '['), or null when it is not one. */
function bracketedRepeat(u: Unquoted, start: number): { c: number; count: number; close: number } | null {
  const { s, escaped } = u;
  if (!(start + 1 < s.length && s[start + 1] === 0x2a && !escaped[start + 1])) return null;
  for (let i = start + 2; i < s.length && !escaped[i]; i++) {
    if (s[i] !== 0x5d) continue;
    const digits = latin1(s.slice(start + 2, i));
    let count = 0;
    if (digits.length > 0) {
      const ok = digits[0] === '0' ? /^[0-7]+$/.test(digits) : /^[0-9]+$/.test(digits);
      count = ok ? Number.parseInt(digits, digits[0] === '0' ? 8 : 10) : Number.NaN;
      if (!Number.isSafeInteger(count)) throw fatal(`invalid repeat count ${localeQuote(digits)} in [c*n] construct`);
    }
    return { c: s[start], count, close: i };
  }
  return null;
}

/** Index of the `:]` or `=]` closing a construct opened at `from`, or -1. */
function closingDelim(u: Unquoted, from: number, delim: number): number {
  for (let i = from; i + 1 < u.s.length; i++) {
    if (u.s[i] === delim && u.s[i + 1] === 0x5d && !u.escaped[i] && !u.escaped[i + 1]) return i;
  }
  return -1;
}

/** Parses one SET operand into elements (build_spec_list). */
export function parseSet(text: string, warn: (message: string) => void): SetElement[] {
  const u = unquote(text, warn);
  const { s, escaped } = u;
  const out: SetElement[] = [];
  let i = 0;
  while (i < s.length) {
    if (s[i] === 0x5b && !escaped[i] && i + 1 < s.length) {
      const kind = s[i + 1];
      if ((kind === 0x3a || kind === 0x3d) && !escaped[i + 1]) {
        const close = closingDelim(u, i + 2, kind);
        if (close >= 0) {
          const operand = s.slice(i + 2, close);
          if (operand.length === 0) {
            throw fatal(
              kind === 0x3a ? `missing character class name '[::]'` : `missing equivalence class character '[==]'`,
            );
          }
          if (kind === 0x3a) {
            const name = latin1(operand);
            if (!(CLASS_NAMES as readonly string[]).includes(name)) {
              throw fatal(`invalid character class ${localeQuote(name)}`);
            }
            out.push({ kind: 'class', name: name as ClassName });
          } else {
            if (operand.length !== 1) {
              throw fatal(`${latin1(operand)}: equivalence class operand must be a single character`);
            }
            out.push({ kind: 'equiv', c: operand[0] });
          }
          i = close + 2;
          continue;
        }
      }
      const repeat = bracketedRepeat(u, i + 1);
      if (repeat) {
        out.push({ kind: 'repeat', c: repeat.c, count: repeat.count });
        i = repeat.close + 1;
        continue;
      }
    }
    if (i + 2 < s.length && s[i + 1] === 0x2d && !escaped[i + 1]) {
      const lo = s[i];
      const hi = s[i + 2];
      if (hi < lo) {
        throw fatal(`range-endpoints of '${printable(lo)}-${printable(hi)}' are in reverse collating sequence order`);
      }
      out.push({ kind: 'range', lo, hi });
      i += 3;
      continue;
    }
    out.push({ kind: 'char', c: s[i] });
    i++;
  }
  return out;
}

/** Case class of an expanded byte, for [:lower:]/[:upper:] conversion. */
export type CaseClass = 0 | 1 | 2;
/** Not from a case class. */
export const UL_NONE: CaseClass = 0;
/** From [:lower:]. */
export const UL_LOWER: CaseClass = 1;
/** From [:upper:]. */
export const UL_UPPER: CaseClass = 2;

/** A SET expanded to bytes, with the element each byte came from. */
export interface Expanded {
  readonly bytes: number[];
  readonly caseClass: CaseClass[];
  /** Index of the element each byte came from. */
  readonly element: number[];
}

/** Expands elements in order (repeat counts must be final). */
export function expand(elements: readonly SetElement[]): Expanded {
  const bytes: number[] = [];
  const caseClass: CaseClass[] = [];
  const element: number[] = [];
  const push = (c: number, ul: CaseClass, e: number) => {
    bytes.push(c);
    caseClass.push(ul);
    element.push(e);
  };
  elements.forEach((el, e) => {
    if (el.kind === 'char' || el.kind === 'equiv') push(el.c, UL_NONE, e);
    else if (el.kind === 'range') for (let c = el.lo; c <= el.hi; c++) push(c, UL_NONE, e);
    else if (el.kind === 'repeat') for (let k = 0; k < el.count; k++) push(el.c, UL_NONE, e);
    else {
      const ul = el.name === 'lower' ? UL_LOWER : el.name === 'upper' ? UL_UPPER : UL_NONE;
      for (let c = 0; c < 256; c++) if (inClass(el.name, c)) push(c, ul, e);
    }
  });
  return { bytes, caseClass, element };
}

/** Membership table of a set (set_initialize), optionally complemented. */
export function membership(elements: readonly SetElement[], complement: boolean): Uint8Array {
  const table = new Uint8Array(256);
  for (const c of expand(elements).bytes) table[c] = 1;
  if (complement) for (let c = 0; c < 256; c++) table[c] ^= 1;
  return table;
}
