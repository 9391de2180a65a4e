/**
 * One comparison of two texts for diff: line splitting, the -i/-b/-w/-E/-Z
 * folding into equivalence keys, binary detection, and the formatted result.
 */
import { diffLines } from './diff-algo.js';
import { type DiffText, formatContext, formatNormal, formatUnified, type HunkOptions } from './diff-format.js';

/** How lines are compared and printed. */
export interface CompareOptions {
  readonly style: 'normal' | 'unified' | 'context';
  readonly context: number;
  readonly ignoreCase: boolean;
  /** -w, -b, -Z, -E; the strongest given wins. */
  readonly whitespace: 'none' | 'all' | 'change' | 'trailing' | 'tabs';
  readonly ignoreBlankLines: boolean;
  readonly text: boolean;
  readonly stripTrailingCr: boolean;
  readonly minimal: boolean;
}

/** What comparing two contents found. */
export type CompareResult =
  | { readonly kind: 'same' }
  | { readonly kind: 'binary' }
  | { readonly kind: 'text'; readonly hunks: readonly string[] };

/** Bytes diff inspects for a NUL to call a file binary (one read buffer). */
const BINARY_PROBE_BYTES = 4096;

function isBinary(bytes: Uint8Array): boolean {
  return bytes.subarray(0, BINARY_PROBE_BYTES).includes(0);
}

/** Splits bytes into binary-string lines. */
export function splitText(bytes: Uint8Array, stripCr: boolean): DiffText {
  let s = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  if (stripCr) s = s.replace(/\r\n/g, '\n').replace(/\r$/, '');
  if (s === '') return { lines: [], missingNewline: false };
  const missingNewline = !s.endsWith('\n');
  const lines = (missingNewline ? s : s.slice(0, -1)).split('\n');
  return { lines, missingNewline };
}

function foldCase(s: string): string {
  return s.replace(/[A-Z]+/g, (m) => m.toLowerCase());
}

function expandTabs(s: string): string {
  if (!s.includes('\t')) return s;
  let out = '';
  for (const c of s) out += c === '\t' ? ' '.repeat(8 - (out.length % 8)) : c;
  return out;
}

/** The key two lines share exactly when diff's options make them equal. */
function keyOf(line: string, o: CompareOptions): string {
  let s = line;
  if (o.whitespace === 'all') s = s.replace(/[ \t\v\f\r]+/g, '');
  else if (o.whitespace === 'change') s = s.replace(/[ \t\v\f\r]+/g, ' ').replace(/ $/, '');
  else if (o.whitespace === 'trailing') s = s.replace(/[ \t\v\f\r]+$/, '');
  else if (o.whitespace === 'tabs') s = expandTabs(s);
  return o.ignoreCase ? foldCase(s) : s;
}

function keys(t: DiffText, o: CompareOptions): string[] {
  const out = t.lines.map((l) => keyOf(l, o));
  // An unterminated last line only equals another unterminated one, unless spaces are being ignored.
  if (t.missingNewline && (o.whitespace === 'none' || o.whitespace === 'tabs')) out[out.length - 1] += '\n';
  return out;
}

function raw(t: DiffText): string[] {
  if (!t.missingNewline) return t.lines as string[];
  const out = t.lines.slice();
  out[out.length - 1] += '\n';
  return out;
}

function isBlank(line: string, o: CompareOptions): boolean {
  return line === '' || (o.whitespace !== 'none' && !/[^ \t\v\f\r]/.test(line));
}

/** Compares two contents; `same` when they do not differ under the options. */
export function compareTexts(bytes0: Uint8Array, bytes1: Uint8Array, o: CompareOptions): CompareResult {
  if (Buffer.compare(bytes0, bytes1) === 0) return { kind: 'same' };
  if (!o.text && (isBinary(bytes0) || isBinary(bytes1))) return { kind: 'binary' };
  const a = splitText(bytes0, o.stripTrailingCr);
  const b = splitText(bytes1, o.stripTrailingCr);
  const changes = diffLines({
    raw0: raw(a),
    raw1: raw(b),
    key0: keys(a, o),
    key1: keys(b, o),
    missingNewline: [a.missingNewline, b.missingNewline],
    horizon: o.style === 'normal' ? 0 : o.context,
    minimal: o.minimal,
  });
  const hunkOpts: HunkOptions = {
    context: o.style === 'normal' ? 0 : o.context,
    ignorable: (c) => {
      if (!o.ignoreBlankLines) return false;
      for (let i = 0; i < c.deleted; i++) if (!isBlank(a.lines[c.line0 + i], o)) return false;
      for (let i = 0; i < c.inserted; i++) if (!isBlank(b.lines[c.line1 + i], o)) return false;
      return true;
    },
  };
  const format = o.style === 'unified' ? formatUnified : o.style === 'context' ? formatContext : formatNormal;
  const hunks = format(changes, a, b, hunkOpts);
  return hunks.length === 0 ? { kind: 'same' } : { kind: 'text', hunks };
}
