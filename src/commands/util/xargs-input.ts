/**
 * How xargs cuts its input into arguments: by a delimiter byte (-0, -d), or
 * the default way with blanks, quotes and backslashes (one item per line with -I).
 */
import type { ByteSource } from '../../core/io.js';

/** One input item and whether it ended a logical input line (for -L). */
export interface XargsItem {
  readonly text: string;
  readonly endsLine: boolean;
}

/** Unbalanced quotes in the input: xargs stops with this message and exit 1. */
export class XargsInputError extends Error {}

/** Items separated by exactly `delim` (no quoting); a final unterminated item counts. */
export async function* delimitedItems(source: ByteSource, delim: number): AsyncGenerator<XargsItem> {
  const decoder = new TextDecoder();
  const sep = String.fromCharCode(delim);
  let carry = '';
  for await (const chunk of source) {
    const parts = (carry + decoder.decode(chunk, { stream: true })).split(sep);
    carry = parts.pop() as string;
    for (const text of parts) yield { text, endsLine: true };
  }
  carry += decoder.decode();
  if (carry !== '') yield { text: carry, endsLine: true };
}

const BLANK = new Set([' ', '\t']);

/**
 * Items of the default input syntax. With `wholeLines` (-I) blanks do not split
 * items, only newlines do, and leading blanks are dropped. `eof` ends the input
 * at an item equal to it.
 */
export async function* quotedItems(
  source: ByteSource,
  wholeLines: boolean,
  eof: string | null,
): AsyncGenerator<XargsItem> {
  const decoder = new TextDecoder();
  let token = '';
  let inToken = false;
  let quote: string | null = null;
  let escaped = false;
  let lastWasBlank = false;
  let pending: string | null = null;
  for await (const chunk of source) {
    const text = decoder.decode(chunk, { stream: true });
    const out: XargsItem[] = [];
    for (const c of text) {
      if (quote !== null) {
        if (c === quote) quote = null;
        else if (c === '\n') {
          throw new XargsInputError(
            `unmatched ${quote === "'" ? 'single' : 'double'} quote; by default quotes are special to xargs unless you use the -0 option`,
          );
        } else token += c;
        continue;
      }
      if (escaped) {
        token += c;
        escaped = false;
        continue;
      }
      if (c === '\n') {
        if (inToken) {
          if (pending !== null) out.push({ text: pending, endsLine: false });
          pending = token;
        }
        // A line that ends in a blank continues on the next one (for -L).
        if (pending !== null && (!lastWasBlank || wholeLines)) {
          out.push({ text: pending, endsLine: true });
          pending = null;
        }
        token = '';
        inToken = false;
        lastWasBlank = false;
        continue;
      }
      if (BLANK.has(c) && (!wholeLines || !inToken)) {
        if (inToken) {
          if (pending !== null) out.push({ text: pending, endsLine: false });
          pending = token;
          token = '';
          inToken = false;
        }
        lastWasBlank = true;
        continue;
      }
      lastWasBlank = false;
      inToken = true;
      if (c === '\\') escaped = true;
      else if (c === "'" || c === '"') quote = c;
      else token += c;
    }
    for (const item of out) {
      if (eof !== null && item.text === eof) return;
      yield item;
    }
  }
  if (quote !== null) {
    throw new XargsInputError(
      `unmatched ${quote === "'" ? 'single' : 'double'} quote; by default quotes are special to xargs unless you use the -0 option`,
    );
  }
  const rest: XargsItem[] = [];
  if (pending !== null) rest.push({ text: pending, endsLine: !inToken });
  if (inToken) rest.push({ text: token, endsLine: true });
  for (const item of rest) {
    if (eof !== null && item.text === eof) return;
    yield item;
  }
}

/** Parses -d's argument: one character or a C escape (\n, \t, \0, \x41, \101). Null when invalid. */
export function parseDelimiter(spec: string): number | null {
  if (spec.length === 1) return spec.charCodeAt(0);
  if (spec[0] !== '\\') return null;
  const simple: Record<string, number> = { a: 7, b: 8, f: 12, n: 10, r: 13, t: 9, v: 11, '\\': 92 };
  if (spec.length === 2 && spec[1] in simple) return simple[spec[1]];
  if (/^\\x[0-9a-fA-F]{1,2}$/.test(spec)) return Number.parseInt(spec.slice(2), 16);
  if (/^\\[0-7]{1,3}$/.test(spec)) return Number.parseInt(spec.slice(1), 8) & 0xff;
  return null;
}
