/**
 * Projected reading of one-object-per-line input, on bytes: when the filter
 * reads only some top-level fields (analysis.ts), a line is checked by a strict
 * JSON scanner that decodes just those fields and skips the rest without
 * building strings. Anything unusual (escapes, control characters, not an
 * object, several texts, deep nesting) returns undefined, and the line goes to
 * the exact readers, which also produce jq's error messages.
 */
import { isAscii as isAsciiBuffer } from 'node:buffer';
import { type LineReader, needsExactParse } from './json-input.js';
import { numberFromLiteral } from './numbers.js';
import { type JqObject, objectSet, type Value } from './value.js';

/** Nesting the scanner follows before handing the line to the exact readers. */
const MAX_SCAN_DEPTH = 64;

const QUOTE = 34;
const BACKSLASH = 92;

function skipWs(b: Uint8Array, i: number, end: number): number {
  while (i < end) {
    const c = b[i];
    if (c !== 32 && c !== 9 && c !== 13) return i;
    i++;
  }
  return i;
}

/** End of the string whose opening quote is at `i`, or -1 (escapes and control characters need the exact reader). */
function skipString(b: Uint8Array, i: number, end: number): number {
  for (let j = i + 1; j < end; j++) {
    const c = b[j];
    if (c === QUOTE) return j + 1;
    if (c < 32 || c === BACKSLASH) return -1;
  }
  return -1;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function skipNumber(b: Uint8Array, i: number, end: number): number {
  if (b[i] === 45) i++;
  if (b[i] === 48) i++;
  else if (i < end && b[i] >= 49 && b[i] <= 57) while (i < end && isDigit(b[i])) i++;
  else return -1;
  if (b[i] === 46) {
    if (!isDigit(b[++i])) return -1;
    while (i < end && isDigit(b[i])) i++;
  }
  if (b[i] === 101 || b[i] === 69) {
    i++;
    if (b[i] === 43 || b[i] === 45) i++;
    if (!isDigit(b[i])) return -1;
    while (i < end && isDigit(b[i])) i++;
  }
  return i > end ? -1 : i;
}

function matches(b: Uint8Array, i: number, word: string): boolean {
  for (let k = 0; k < word.length; k++) if (b[i + k] !== word.charCodeAt(k)) return false;
  return true;
}

function matchesBytes(b: Uint8Array, i: number, word: Uint8Array): boolean {
  for (let k = 0; k < word.length; k++) if (b[i + k] !== word[k]) return false;
  return true;
}

/** End of the JSON value starting at `i`, or -1 when the scanner does not accept it. */
function skipValue(b: Uint8Array, i: number, end: number, depth: number): number {
  const c = b[i];
  if (c === QUOTE) return skipString(b, i, end);
  if (c === 123 || c === 91) {
    if (depth >= MAX_SCAN_DEPTH) return -1;
    const close = c === 123 ? 125 : 93;
    let j = skipWs(b, i + 1, end);
    if (b[j] === close) return j + 1;
    for (;;) {
      if (c === 123) {
        if (b[j] !== QUOTE) return -1;
        j = skipString(b, j, end);
        if (j < 0) return -1;
        j = skipWs(b, j, end);
        if (b[j] !== 58) return -1;
        j = skipWs(b, j + 1, end);
      }
      j = skipValue(b, j, end, depth + 1);
      if (j < 0) return -1;
      j = skipWs(b, j, end);
      const d = b[j];
      if (d === close) return j + 1;
      if (d !== 44) return -1;
      j = skipWs(b, j + 1, end);
    }
  }
  if (c === 116) return end - i >= 4 && matches(b, i, 'true') ? i + 4 : -1;
  if (c === 102) return end - i >= 5 && matches(b, i, 'false') ? i + 5 : -1;
  if (c === 110) return end - i >= 4 && matches(b, i, 'null') ? i + 4 : -1;
  return skipNumber(b, i, end);
}

const NO_VALUE: unique symbol = Symbol('no value');

function isAscii(b: Uint8Array, a: number, z: number): boolean {
  for (let i = a; i < z; i++) if (b[i] >= 0x80) return false;
  return true;
}

/** The value of the bytes [a, z), which skipValue accepted; NO_VALUE when it needs the exact reader. */
function fieldValue(buf: Buffer, a: number, z: number): Value | typeof NO_VALUE {
  const c = buf[a];
  if (c === QUOTE) return buf.toString(isAscii(buf, a + 1, z - 1) ? 'latin1' : 'utf8', a + 1, z - 1);
  if (c === 116) return true;
  if (c === 102) return false;
  if (c === 110) return null;
  const text = buf.toString('utf8', a, z);
  if (c === 123 || c === 91) return needsExactParse(text) ? NO_VALUE : JSON.parse(text);
  if (z - a < 16 && text.indexOf('.') < 0 && text.indexOf('e') < 0 && text.indexOf('E') < 0) return Number(text);
  return numberFromLiteral(text);
}

/** Control characters (but newline) and backslashes: a chunk without any can be scanned without checking string contents. */
const NEEDS_CHECK = /[\x00-\x09\x0b-\x1f\\]/;

function skipWsText(s: string, i: number, end: number): number {
  while (i < end) {
    const c = s.charCodeAt(i);
    if (c !== 32 && c !== 13) return i;
    i++;
  }
  return i;
}

/** skipValue over a clean chunk's latin1 text: strings end at the next quote. */
function skipValueText(s: string, i: number, end: number, depth: number): number {
  const c = s.charCodeAt(i);
  if (c === QUOTE) {
    const q = s.indexOf('"', i + 1);
    return q < 0 || q >= end ? -1 : q + 1;
  }
  if (c === 123 || c === 91) {
    if (depth >= MAX_SCAN_DEPTH) return -1;
    const close = c === 123 ? 125 : 93;
    let j = skipWsText(s, i + 1, end);
    if (s.charCodeAt(j) === close) return j + 1;
    for (;;) {
      if (c === 123) {
        if (s.charCodeAt(j) !== QUOTE) return -1;
        j = s.indexOf('"', j + 1);
        if (j < 0 || j >= end) return -1;
        j = skipWsText(s, j + 1, end);
        if (s.charCodeAt(j) !== 58) return -1;
        j = skipWsText(s, j + 1, end);
      }
      j = skipValueText(s, j, end, depth + 1);
      if (j < 0) return -1;
      j = skipWsText(s, j, end);
      const d = s.charCodeAt(j);
      if (d === close) return j + 1;
      if (d !== 44) return -1;
      j = skipWsText(s, j + 1, end);
    }
  }
  if (c === 116) return s.startsWith('true', i) && i + 4 <= end ? i + 4 : -1;
  if (c === 102) return s.startsWith('false', i) && i + 5 <= end ? i + 5 : -1;
  if (c === 110) return s.startsWith('null', i) && i + 4 <= end ? i + 4 : -1;
  return skipNumberText(s, i, end);
}

function skipNumberText(s: string, i: number, end: number): number {
  let c = s.charCodeAt(i);
  if (c === 45) c = s.charCodeAt(++i);
  if (c === 48) c = s.charCodeAt(++i);
  else if (c >= 49 && c <= 57) {
    do c = s.charCodeAt(++i);
    while (c >= 48 && c <= 57);
  } else return -1;
  if (c === 46) {
    c = s.charCodeAt(++i);
    if (!(c >= 48 && c <= 57)) return -1;
    do c = s.charCodeAt(++i);
    while (c >= 48 && c <= 57);
  }
  if (c === 101 || c === 69) {
    c = s.charCodeAt(++i);
    if (c === 43 || c === 45) c = s.charCodeAt(++i);
    if (!(c >= 48 && c <= 57)) return -1;
    do c = s.charCodeAt(++i);
    while (c >= 48 && c <= 57);
  }
  return i > end ? -1 : i;
}

/** Reads lines holding one JSON object, keeping only the given top-level fields. */
export class LineProjector implements LineReader {
  private buf: Buffer = Buffer.alloc(0);
  /** The chunk as latin1 text (one char per byte) when it needs no per-character checks, else null. */
  private text: string | null = null;
  private ascii = false;

  private readonly keys: string[];
  private readonly keyBytes: Uint8Array[];
  /** The UTF-8 bytes of each key as latin1 text, to compare against a chunk's latin1 text. */
  private readonly keysLatin1: string[];
  private readonly plain: boolean[];

  constructor(fields: ReadonlySet<string>) {
    this.keys = [...fields];
    this.keyBytes = this.keys.map((k) => Buffer.from(k, 'utf8'));
    this.keysLatin1 = this.keyBytes.map((b) => Buffer.from(b).toString('latin1'));
    // Keys JavaScript would reorder, or that are special, go through objectSet.
    this.plain = this.keys.map((k) => k !== '__proto__' && !/^(0|[1-9][0-9]*)$/.test(k));
  }

  /** Starts a chunk: its lines are then projected by offsets into it. */
  begin(buf: Buffer): void {
    this.buf = buf;
    this.ascii = isAsciiBuffer(buf);
    const text = buf.toString('latin1');
    this.text = NEEDS_CHECK.test(text) ? null : text;
  }

  /** The projected object of the line [start, end) of the current chunk, or undefined for the exact readers. */
  projectLine(start: number, end: number): Value | undefined {
    return this.text === null ? this.project(this.buf, start, end) : this.projectText(this.text, start, end);
  }

  /** The next newline of the chunk at or after `from`, or -1. */
  nextNewline(from: number): number {
    return this.text === null ? this.buf.indexOf(10, from) : this.text.indexOf('\n', from);
  }

  /** Which wanted key the text [a, z) spells, or -1. */
  private keyAtText(s: string, a: number, z: number): number {
    const len = z - a;
    for (let k = 0; k < this.keysLatin1.length; k++) {
      const key = this.keysLatin1[k];
      if (key.length === len && s.startsWith(key, a)) return k;
    }
    return -1;
  }

  private projectText(s: string, start: number, end: number): Value | undefined {
    let i = skipWsText(s, start, end);
    if (s.charCodeAt(i) !== 123) return undefined;
    const out: JqObject = {};
    i = skipWsText(s, i + 1, end);
    if (s.charCodeAt(i) === 125) return skipWsText(s, i + 1, end) === end ? out : undefined;
    for (;;) {
      if (s.charCodeAt(i) !== QUOTE) return undefined;
      const keyEnd = s.indexOf('"', i + 1);
      if (keyEnd < 0 || keyEnd >= end) return undefined;
      const k = this.keyAtText(s, i + 1, keyEnd);
      i = skipWsText(s, keyEnd + 1, end);
      if (s.charCodeAt(i) !== 58) return undefined;
      const from = skipWsText(s, i + 1, end);
      const to = skipValueText(s, from, end, 1);
      if (to < 0) return undefined;
      if (k >= 0) {
        const v =
          this.ascii && s.charCodeAt(from) === QUOTE ? s.slice(from + 1, to - 1) : fieldValue(this.buf, from, to);
        if (v === NO_VALUE) return undefined;
        if (this.plain[k]) out[this.keys[k]] = v;
        else objectSet(out, this.keys[k], v);
      }
      i = skipWsText(s, to, end);
      const c = s.charCodeAt(i);
      if (c === 125) return skipWsText(s, i + 1, end) === end ? out : undefined;
      if (c !== 44) return undefined;
      i = skipWsText(s, i + 1, end);
    }
  }

  /** Which wanted key the bytes [a, z) spell, or -1. */
  private keyAt(b: Uint8Array, a: number, z: number): number {
    const len = z - a;
    for (let k = 0; k < this.keyBytes.length; k++) {
      const key = this.keyBytes[k];
      if (key.length === len && matchesBytes(b, a, key)) return k;
    }
    return -1;
  }

  /** The projected object of the line buf[start:end), or undefined when the exact readers must take it. */
  project(buf: Buffer, start: number, end: number): Value | undefined {
    let i = skipWs(buf, start, end);
    if (buf[i] !== 123) return undefined;
    const out: JqObject = {};
    i = skipWs(buf, i + 1, end);
    if (buf[i] === 125) return skipWs(buf, i + 1, end) === end ? out : undefined;
    for (;;) {
      if (buf[i] !== QUOTE) return undefined;
      const keyEnd = skipString(buf, i, end);
      if (keyEnd < 0) return undefined;
      const k = this.keyAt(buf, i + 1, keyEnd - 1);
      i = skipWs(buf, keyEnd, end);
      if (buf[i] !== 58) return undefined;
      const from = skipWs(buf, i + 1, end);
      const to = skipValue(buf, from, end, 1);
      if (to < 0) return undefined;
      if (k >= 0) {
        const v = fieldValue(buf, from, to);
        if (v === NO_VALUE) return undefined;
        if (this.plain[k]) out[this.keys[k]] = v;
        else objectSet(out, this.keys[k], v);
      }
      i = skipWs(buf, to, end);
      const c = buf[i];
      if (c === 125) return skipWs(buf, i + 1, end) === end ? out : undefined;
      if (c !== 44) return undefined;
      i = skipWs(buf, i + 1, end);
    }
  }
}
