/**
 * JSON text exactly as jq 1.7 prints it: compact (`-c`, `tojson`) or indented
 * with N spaces or tabs, keys in insertion order or sorted (`-S`), strings
 * escaped like jq (DEL as \u007f, lone surrogates as U+FFFD, `-a` escapes all
 * non-ASCII). Strings go through JSON.stringify, whose escapes match jq's
 * otherwise.
 */
import { compareStrings } from './compare.js';
import { formatDouble } from './numbers.js';
import { DecNum, hasOwnOrder, type JqObject, objectKeys, type Value } from './value.js';

/** How to lay out JSON text. */
export interface WriteOptions {
  /** Indent unit: '' for compact output, else spaces or a tab. */
  readonly indent: string;
  readonly sortKeys: boolean;
  readonly ascii: boolean;
}

/** Compact output, as `-c` and `tojson` give. */
export const COMPACT: WriteOptions = { indent: '', sortKeys: false, ascii: false };

const NEEDS_FIX = /[\x7f]|\\ud[89a-f]/;
const LONE_SURROGATE = /(?<!\\)((?:\\\\)*)\\u(d[89a-f][0-9a-f]{2})/g;
const NON_ASCII = /[\u0080-\uffff]/g;

/** A string as a JSON string literal, escaped the way jq does. */
export function quoteString(s: string, ascii = false): string {
  let out = JSON.stringify(s);
  if (NEEDS_FIX.test(out)) {
    out = out.replaceAll('\x7f', '\\u007f').replace(LONE_SURROGATE, '$1\ufffd');
  }
  if (ascii) out = out.replace(NON_ASCII, asciiEscape);
  return out;
}

function asciiEscape(c: string): string {
  return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/** The text of a number value. */
export function numberText(v: number | DecNum): string {
  if (typeof v !== 'number') return v.literal;
  if (Number.isInteger(v) && v < 1e16 && v > -1e16 && (v !== 0 || 1 / v > 0)) return String(v);
  return formatDouble(v);
}

/**
 * True when JSON.stringify prints `v` as jq would: numbers whose JavaScript
 * text is jq's (integers below 1e16 but -0, decimals from 1e-4 up), no literal
 * numbers, no objects with their own key order. Strings are fixed up afterwards.
 */
function stringifiable(v: Value, depth: number): boolean {
  if (typeof v === 'number') {
    const a = v < 0 ? -v : v;
    return Number.isInteger(v) ? a < 1e16 && (v !== 0 || 1 / v > 0) : a >= 1e-4 && a < 1e16;
  }
  if (typeof v !== 'object' || v === null) return true;
  if (depth > 100) return false;
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) if (!stringifiable(v[i], depth + 1)) return false;
    return true;
  }
  if (v instanceof DecNum || hasOwnOrder(v)) return false;
  for (const k in v) if (!stringifiable(v[k], depth + 1)) return false;
  return true;
}

/** Applies jq's string escapes JSON.stringify does not make, over a whole JSON text. */
function fixStrings(text: string, ascii: boolean): string {
  let out = text;
  if (NEEDS_FIX.test(out)) out = out.replaceAll('\x7f', '\\u007f').replace(LONE_SURROGATE, '$1\ufffd');
  if (ascii) out = out.replace(NON_ASCII, asciiEscape);
  return out;
}

/** The JSON text of a value. */
export function writeJson(v: Value, opts: WriteOptions = COMPACT): string {
  if (!opts.sortKeys && stringifiable(v, 0)) {
    const text = opts.indent === '' ? JSON.stringify(v) : JSON.stringify(v, null, opts.indent);
    return fixStrings(text, opts.ascii);
  }
  if (opts.indent === '' && !opts.sortKeys) return compact(v, opts.ascii);
  return pretty(v, opts, '');
}

function compact(v: Value, ascii: boolean): string {
  switch (typeof v) {
    case 'string':
      return quoteString(v, ascii);
    case 'number':
      return numberText(v);
    case 'boolean':
      return v ? 'true' : 'false';
    default: {
      if (v === null) return 'null';
      if (Array.isArray(v)) {
        if (v.length === 0) return '[]';
        let s = `[${compact(v[0], ascii)}`;
        for (let i = 1; i < v.length; i++) s += `,${compact(v[i], ascii)}`;
        return `${s}]`;
      }
      if (v instanceof DecNum) return v.literal;
      let s = '{';
      let first = true;
      for (const k of objectKeys(v)) {
        s += `${first ? '' : ','}${quoteString(k, ascii)}:${compact(v[k], ascii)}`;
        first = false;
      }
      return `${s}}`;
    }
  }
}

function pretty(v: Value, opts: WriteOptions, pad: string): string {
  if (typeof v !== 'object' || v === null || v instanceof DecNum) return compact(v, opts.ascii);
  const inner = pad + opts.indent;
  const nl = opts.indent === '' ? '' : '\n';
  const colon = opts.indent === '' ? ':' : ': ';
  if (Array.isArray(v)) {
    if (v.length === 0) return '[]';
    let s = '[';
    for (let i = 0; i < v.length; i++) s += `${i > 0 ? ',' : ''}${nl}${inner}${pretty(v[i], opts, inner)}`;
    return `${s}${nl}${pad}]`;
  }
  const keys = objectKeys(v as JqObject);
  if (keys.length === 0) return '{}';
  if (opts.sortKeys) keys.sort(compareStrings);
  let s = '{';
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    s += `${i > 0 ? ',' : ''}${nl}${inner}${quoteString(k, opts.ascii)}${colon}${pretty((v as JqObject)[k], opts, inner)}`;
  }
  return `${s}${nl}${pad}}`;
}
