/**
 * jq's own JSON text parser (a port of the state machine in jq's jv_parse.c):
 * a stream of texts fed piece by piece, with jq's leniencies (nan, infinity,
 * `+1`, `.5`, `01`) and its exact error messages, lines and columns. It keeps
 * number literals and key order, so it is the reference the fast JSON.parse path
 * falls back to.
 */
import { numberFromLiteral } from './numbers.js';
import { type JqObject, objectSet, type Value } from './value.js';

/** A malformed input text: the message jq prints after `jq: parse error: `. */
export class JsonParseError {
  constructor(readonly message: string) {}
}

enum State {
  Normal,
  String,
  Escape,
}

const NO_VALUE: unique symbol = Symbol('no value');
type Slot = Value | typeof NO_VALUE;
/** An object key read and waiting for its value. */
class PendingKey {
  constructor(readonly key: string) {}
}
/** Stack entries: open containers and pending keys. */
type Frame = Value[] | JqObject | PendingKey;

function isKeyFrame(f: Frame): f is PendingKey {
  return f instanceof PendingKey;
}

/** Parses JSON texts incrementally; `feed` returns the values completed so far. */
export class JsonTextParser {
  private state = State.Normal;
  private token = '';
  private stack: Frame[] = [];
  private next: Slot = NO_VALUE;
  private line = 1;
  private column = 0;

  /** True when a text is partly read (so the caller cannot switch to line-wise parsing). */
  get busy(): boolean {
    return this.state !== State.Normal || this.token !== '' || this.stack.length > 0 || this.next !== NO_VALUE;
  }

  /** Feeds text; completed values are pushed to `out`. Throws JsonParseError on malformed input. */
  feed(text: string, out: Value[]): void {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      this.column++;
      if (c === 10) {
        this.line++;
        this.column = 0;
      }
      if (this.state === State.Normal) this.normal(c, text[i], out);
      else if (c === 34 && this.state === State.String) {
        this.foundString();
        this.state = State.Normal;
        this.done(out);
      } else {
        // Strings are copied a run at a time up to the next quote or backslash.
        if (this.state === State.String && c !== 92) {
          let j = i + 1;
          while (j < text.length) {
            const d = text.charCodeAt(j);
            if (d === 34 || d === 92 || d === 10) break;
            j++;
          }
          this.token += text.slice(i, j);
          this.column += j - i - 1;
          i = j - 1;
          continue;
        }
        this.token += text[i];
        this.state = c === 92 && this.state === State.String ? State.Escape : State.String;
      }
    }
  }

  /** Ends the stream: a pending literal completes, an open text is an error. */
  finish(out: Value[]): void {
    if (this.state !== State.Normal) throw this.error('Unfinished string', true);
    this.literal(true);
    if (this.stack.length > 0) throw this.error('Unfinished JSON term', true);
    this.done(out);
  }

  /** Sets the position of the next character fed (the reader may have read lines around this parser). */
  moveTo(line: number): void {
    this.line = line;
    this.column = 0;
  }

  /** Forgets any partial text (after an error). */
  reset(): void {
    this.state = State.Normal;
    this.token = '';
    this.stack = [];
    this.next = NO_VALUE;
  }

  private error(message: string, atEof = false): JsonParseError {
    return new JsonParseError(`${message}${atEof ? ' at EOF' : ''} at line ${this.line}, column ${this.column}`);
  }

  private normal(c: number, ch: string, out: Value[]): void {
    const ws = c === 32 || c === 9 || c === 10 || c === 13;
    const structure = c === 91 || c === 44 || c === 93 || c === 123 || c === 58 || c === 125;
    if (!ws && !structure && c !== 34) {
      this.token += ch;
      return;
    }
    this.literal(false);
    if (c === 34) this.state = State.String;
    else if (structure) this.structure(c);
    this.done(out);
  }

  private done(out: Value[]): void {
    if (this.stack.length === 0 && this.next !== NO_VALUE) {
      out.push(this.next);
      this.next = NO_VALUE;
    }
  }

  private value(v: Value): void {
    if (this.next !== NO_VALUE) throw this.error('Expected separator between values');
    this.next = v;
  }

  private literal(atEof: boolean): void {
    const t = this.token;
    if (t === '') return;
    let v: Value;
    const pattern =
      t[0] === 't' ? 'true' : t[0] === 'f' ? 'false' : t[0] === 'n' ? (t.length === 3 ? 'nan' : 'null') : '';
    if (pattern !== '') {
      if (t !== pattern) throw this.error('Invalid literal', atEof);
      v = t === 'true' ? true : t === 'false' ? false : t === 'nan' ? Number.NaN : null;
    } else {
      const n = parseNumberToken(t);
      if (n === undefined) throw this.error('Invalid numeric literal', atEof);
      v = n;
    }
    this.token = '';
    this.value(v);
  }

  private structure(c: number): void {
    const stack = this.stack;
    const top = stack.length > 0 ? stack[stack.length - 1] : undefined;
    switch (c) {
      case 91:
      case 123:
        if (this.next !== NO_VALUE) throw this.error('Expected separator between values');
        stack.push(c === 91 ? [] : {});
        return;
      case 58: {
        if (top === undefined || Array.isArray(top) || isKeyFrame(top))
          throw this.error("':' not as part of an object");
        if (this.next === NO_VALUE) throw this.error("Expected string key before ':'");
        if (typeof this.next !== 'string') throw this.error('Object keys must be strings');
        stack.push(new PendingKey(this.next));
        this.next = NO_VALUE;
        return;
      }
      case 44:
        if (this.next === NO_VALUE) throw this.error("Expected value before ','");
        if (top === undefined) throw this.error("',' not as part of an object or array");
        if (Array.isArray(top)) top.push(this.next);
        else if (isKeyFrame(top)) {
          stack.pop();
          objectSet(stack[stack.length - 1] as JqObject, top.key, this.next);
        } else throw this.error('Objects must consist of key:value pairs');
        this.next = NO_VALUE;
        return;
      case 93:
        if (top === undefined || !Array.isArray(top)) throw this.error("Unmatched ']'");
        if (this.next !== NO_VALUE) top.push(this.next);
        else if (top.length !== 0) throw this.error('Expected another array element');
        this.next = stack.pop() as Value[];
        return;
      default: {
        if (top === undefined) throw this.error("Unmatched '}'");
        if (this.next !== NO_VALUE) {
          if (!isKeyFrame(top)) throw this.error('Objects must consist of key:value pairs');
          stack.pop();
          objectSet(stack[stack.length - 1] as JqObject, top.key, this.next);
        } else {
          if (Array.isArray(top) || isKeyFrame(top)) throw this.error("Unmatched '}'");
          if (Object.keys(top).length !== 0) throw this.error('Expected another key-value pair');
        }
        this.next = stack.pop() as JqObject;
      }
    }
  }

  private foundString(): void {
    const raw = this.token;
    this.token = '';
    let s = '';
    let run = 0;
    for (let i = 0; i < raw.length; i++) {
      const c = raw.charCodeAt(i);
      if (c < 32) throw this.error('Invalid string: control characters from U+0000 through U+001F must be escaped');
      if (c !== 92) continue;
      s += raw.slice(run, i);
      const e = raw[++i];
      const simple = ESCAPES[e];
      if (simple !== undefined) s += simple;
      else if (e === 'u') {
        const code = this.hex4(raw, i + 1);
        i += 4;
        if (code >= 0xd800 && code < 0xdc00) {
          if (raw[i + 1] !== '\\' || raw[i + 2] !== 'u')
            throw this.error('Invalid \\uXXXX\\uXXXX surrogate pair escape');
          const low = this.hex4(raw, i + 3);
          if (low < 0xdc00 || low > 0xdfff) throw this.error('Invalid \\uXXXX\\uXXXX surrogate pair escape');
          s += String.fromCharCode(code, low);
          i += 6;
        } else s += code >= 0xdc00 && code <= 0xdfff ? '\ufffd' : String.fromCharCode(code);
      } else throw this.error('Invalid escape');
      run = i + 1;
    }
    this.value(run === 0 ? raw : s + raw.slice(run));
  }

  private hex4(raw: string, at: number): number {
    if (at + 4 > raw.length) throw this.error('Invalid \\uXXXX escape');
    const h = raw.slice(at, at + 4);
    if (!/^[0-9a-fA-F]{4}$/.test(h)) throw this.error('Invalid characters in \\uXXXX escape');
    return Number.parseInt(h, 16);
  }
}

const ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

const NUMBER_TOKEN = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const SPECIAL_NUMBER = /^([+-]?)(?:(s?nan)|(inf|infinity))$/i;

/** A number token as decNumber reads it, or undefined when it is not one. */
export function parseNumberToken(t: string): Value | undefined {
  if (NUMBER_TOKEN.test(t)) {
    const text = t[0] === '+' ? t.slice(1) : t;
    return numberFromLiteral(text[0] === '.' || (text[0] === '-' && text[1] === '.') ? text.replace('.', '0.') : text);
  }
  const m = SPECIAL_NUMBER.exec(t);
  if (!m) return undefined;
  if (m[2]) return Number.NaN;
  return m[1] === '-' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
}
