/** jq's `@name` formats and `tostring`. */
import { numberText, writeJson } from '../values/json-write.js';
import { isNumber, type Value } from '../values/value.js';
import { describe, fail } from './errors.js';

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** `tostring`: strings as they are, everything else as compact JSON. */
export function toText(v: Value): string {
  return typeof v === 'string' ? v : writeJson(v);
}

function rowCell(x: Value, quote: (s: string) => string): string {
  if (typeof x === 'string') return quote(x);
  if (isNumber(x)) {
    const text = numberText(x);
    return text === 'null' ? '' : text;
  }
  if (typeof x === 'boolean') return x ? 'true' : 'false';
  if (x === null) return '';
  throw fail(`${describe(x)} is not valid in a csv row`);
}

function csv(v: Value): string {
  if (!Array.isArray(v)) throw fail(`${describe(v)} cannot be csv-formatted, only array`);
  return v.map((x) => rowCell(x, (s) => `"${s.replaceAll('"', '""')}"`)).join(',');
}

const TSV_ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

function tsv(v: Value): string {
  if (!Array.isArray(v)) throw fail(`${describe(v)} cannot be tsv-formatted, only array`);
  return v.map((x) => rowCell(x, (s) => s.replace(/[\\\t\n\r]/g, (c) => TSV_ESCAPES[c]))).join('\t');
}

const HTML_ESCAPES: Record<string, string> = { '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' };

function shellQuote(x: Value): string {
  if (typeof x === 'string') return `'${x.replaceAll("'", "'\\''")}'`;
  if (Array.isArray(x) || (typeof x === 'object' && x !== null && !isNumber(x)))
    throw fail(`${describe(x)} can not be escaped for shell`);
  return toText(x);
}

function uri(s: string): string {
  let out = '';
  for (const b of encoder.encode(s)) {
    const c = String.fromCharCode(b);
    out += /[A-Za-z0-9\-_.~]/.test(c) ? c : `%${b.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

function base64Decode(s: string): string {
  const clean = s.replace(/=+$/, '');
  if (/[^A-Za-z0-9+/]/.test(clean)) throw fail(`${describe(s)} is not valid base64 data`);
  if (clean.length % 4 === 1) throw fail(`${describe(s)} trailing base64 byte found`);
  return decoder.decode(Buffer.from(clean, 'base64'));
}

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

function base32(s: string): string {
  const bytes = encoder.encode(s);
  let out = '';
  let bits = 0;
  let acc = 0;
  for (const b of bytes) {
    acc = (acc << 8) | b;
    bits += 8;
    while (bits >= 5) {
      out += BASE32[(acc >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += BASE32[(acc << (5 - bits)) & 31];
  while (out.length % 8 !== 0) out += '=';
  return out;
}

function base32Decode(s: string): string {
  const clean = s.replace(/=+$/, '');
  const bytes: number[] = [];
  let bits = 0;
  let acc = 0;
  for (const c of clean) {
    const n = BASE32.indexOf(c);
    if (n < 0) throw fail(`${describe(s)} is not valid base32 data`);
    acc = ((acc << 5) | n) & 0xffff;
    bits += 5;
    if (bits >= 8) {
      bytes.push((acc >>> (bits - 8)) & 255);
      bits -= 8;
    }
  }
  return decoder.decode(new Uint8Array(bytes));
}

/** Applies the format `@name` to a value. */
export function formatValue(name: string, v: Value): Value {
  switch (name) {
    case 'text':
      return toText(v);
    case 'json':
      return writeJson(v);
    case 'csv':
      return csv(v);
    case 'tsv':
      return tsv(v);
    case 'html':
      return toText(v).replace(/[<>&'"]/g, (c) => HTML_ESCAPES[c]);
    case 'uri':
      return uri(toText(v));
    case 'sh':
      return Array.isArray(v) ? v.map(shellQuote).join(' ') : shellQuote(v);
    case 'base64':
      return Buffer.from(encoder.encode(toText(v))).toString('base64');
    case 'base64d':
      return base64Decode(toText(v));
    case 'base32':
      return base32(toText(v));
    case 'base32d':
      return base32Decode(toText(v));
    default:
      throw fail(`${name} is not a valid format`);
  }
}
