/**
 * The input side of jq: a byte stream read as a stream of JSON texts, one value
 * at a time, without waiting for the end of input. A line holding exactly one
 * text (JSONL, the common case) goes through JSON.parse; anything else (texts
 * spanning lines, several per line, jq-only syntax, errors) and lines whose
 * numbers or keys JSON.parse would not keep exactly go through JsonTextParser.
 */
import type { ByteSource } from '../../../core/io.js';
import { JsonTextParser } from './json-parse.js';
import { numberFromLiteral } from './numbers.js';
import { DecNum, type Value } from './value.js';

/** Number literals JSON.parse may round differently than jq prints them, and integer-like keys. */
const SUSPECT = /[0-9][.eE]|[0-9]{16}|"(?:0|[1-9][0-9]*)"\s*:/g;
const LONE_SURROGATE_ESCAPE = /\\u[dD][89abAB]/;

function isNumberChar(c: number): boolean {
  return (c >= 48 && c <= 57) || c === 46 || c === 101 || c === 69 || c === 43 || c === 45;
}

/** True when JSON.parse of `text` could differ from jq's reading (literal numbers, key order, surrogates). */
export function needsExactParse(text: string): boolean {
  if (text.includes('\\u') && LONE_SURROGATE_ESCAPE.test(text)) return true;
  SUSPECT.lastIndex = 0;
  for (let m = SUSPECT.exec(text); m !== null; m = SUSPECT.exec(text)) {
    if (m[0].charCodeAt(0) === 34) return true;
    let a = m.index;
    while (a > 0 && isNumberChar(text.charCodeAt(a - 1))) a--;
    let b = m.index + m[0].length;
    while (b < text.length && isNumberChar(text.charCodeAt(b))) b++;
    if (numberFromLiteral(text.slice(a, b)) instanceof DecNum) return true;
    SUSPECT.lastIndex = b;
  }
  return false;
}

/** Parses one line that should hold exactly one JSON text; undefined when the exact parser must read it. */
export function parseLineFast(text: string): Value | undefined {
  const c = text.charCodeAt(0);
  // Only texts starting with a JSON token; anything else needs jq's own reading.
  if (!(c === 123 || c === 91 || c === 34 || (c >= 48 && c <= 57) || c === 45 || c === 116 || c === 102 || c === 110))
    return undefined;
  let v: Value;
  try {
    v = JSON.parse(text);
  } catch {
    return undefined;
  }
  return needsExactParse(text) ? undefined : v;
}

/** The values read from one chunk of input, each with jq's input line position. */
export interface InputBatch {
  readonly values: Value[];
  /** Newline-terminated lines read when each value was complete (jq's `<stdin>:N`). */
  readonly positions: number[];
  /** Set on the values that were complete only at the end of the input (an unterminated last line). */
  readonly atEnd?: boolean;
}

/** Reads a whole line's value from its bytes faster than the exact readers, or declines with undefined. */
export interface LineReader {
  /** Starts a chunk of input. */
  begin(buf: Buffer): void;
  /** The value of the line [start, end) of the chunk. */
  projectLine(start: number, end: number): Value | undefined;
  /** The offset of the next newline of the chunk at or after `from`, or -1. */
  nextNewline(from: number): number;
}

function asBuffer(chunk: Uint8Array): Buffer {
  return Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
}

/** Reads JSON texts from bytes, a chunk at a time, never waiting for more input than a value needs. */
export class JsonInputReader {
  private readonly parser = new JsonTextParser();
  private lines = 0;

  /** @param projector reads lines holding one object when the filter needs only part of it. */
  constructor(private readonly projector?: LineReader) {}

  /** Every value of `source`, in batches (one per input chunk). Throws JsonParseError at a malformed text. */
  async *batches(source: ByteSource, signal?: AbortSignal): AsyncGenerator<InputBatch> {
    let carry: Buffer | null = null;
    for await (const chunk of source) {
      signal?.throwIfAborted();
      const buf = asBuffer(chunk);
      const batch: InputBatch = { values: [], positions: [] };
      try {
        let start = 0;
        if (carry) {
          const nl = buf.indexOf(10);
          if (nl < 0) {
            carry = Buffer.concat([carry, buf]);
            continue;
          }
          const line = Buffer.concat([carry, buf.subarray(0, nl)]);
          carry = null;
          this.projector?.begin(line);
          this.line(line, 0, line.length, true, batch);
          start = nl + 1;
        }
        const projector = this.projector;
        projector?.begin(buf);
        const next = projector
          ? (from: number) => projector.nextNewline(from)
          : (from: number) => buf.indexOf(10, from);
        for (let nl = next(start); nl >= 0; nl = next(start)) {
          this.line(buf, start, nl, true, batch);
          start = nl + 1;
        }
        // Copy the tail: the producer may reuse the chunk once we ask for the next one.
        if (start < buf.length) carry = Buffer.from(buf.subarray(start));
      } finally {
        if (batch.values.length > 0) yield batch;
      }
    }
    const batch: InputBatch = { values: [], positions: [], atEnd: true };
    try {
      if (carry) {
        this.projector?.begin(carry);
        this.line(carry, 0, carry.length, false, batch);
      }
      const out: Value[] = [];
      this.parser.finish(out);
      for (const v of out) this.push(batch, v);
    } finally {
      if (batch.values.length > 0) yield batch;
    }
  }

  /** One line (without its newline). */
  private line(buf: Buffer, start: number, end: number, terminated: boolean, batch: InputBatch): void {
    if (terminated) this.lines++;
    if (!this.parser.busy) {
      if (start === end) return;
      if (this.projector) {
        const v = this.projector.projectLine(start, end);
        if (v !== undefined) {
          this.push(batch, v);
          return;
        }
      }
      const text = buf.toString('utf8', start, end);
      const v = parseLineFast(text);
      if (v !== undefined) {
        this.push(batch, v);
        return;
      }
      this.parser.moveTo(terminated ? this.lines : this.lines + 1);
      this.feedSlow(terminated ? `${text}\n` : text, batch);
      return;
    }
    const text = buf.toString('utf8', start, end);
    this.feedSlow(terminated ? `${text}\n` : text, batch);
  }

  private feedSlow(text: string, batch: InputBatch): void {
    const out: Value[] = [];
    try {
      this.parser.feed(text, out);
    } finally {
      for (const v of out) this.push(batch, v);
    }
  }

  private push(batch: InputBatch, v: Value): void {
    batch.values.push(v);
    batch.positions.push(this.lines);
  }
}
