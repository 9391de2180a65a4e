/**
 * Bytes ↔ awk strings. In the C locale a string holds one char per byte
 * (latin1), exactly as gawk's byte semantics; in a UTF-8 locale it holds
 * Unicode text, and bytes that are not valid UTF-8 travel as lone surrogates
 * U+DC80..U+DCFF (Python's surrogateescape), so they come out unchanged.
 */

/** A text codec for one awk run. */
export interface Codec {
  readonly utf8: boolean;
  /** Decodes a complete run of bytes (no sequence split at the end). */
  decode(bytes: Uint8Array): string;
  encode(text: string): Uint8Array;
  /** How many trailing bytes of `bytes` start an incomplete character (0 for latin1). */
  incompleteTail(bytes: Uint8Array): number;
  /** A JS string (program text, arguments, environment) in this codec's char set. */
  fromJs(text: string): string;
  /** Back to a JS string (file names, commands). */
  toJs(text: string): string;
}

/** Byte-per-char strings: the C locale. */
export const LATIN1: Codec = {
  utf8: false,
  decode: (bytes) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1'),
  encode: (text) => Buffer.from(text, 'latin1'),
  incompleteTail: () => 0,
  fromJs: (text) => (/[^\x00-\x7f]/.test(text) ? Buffer.from(text, 'utf8').toString('latin1') : text),
  toJs: (text) => (/[^\x00-\x7f]/.test(text) ? Buffer.from(text, 'latin1').toString('utf8') : text),
};

const ESCAPED = /[\udc80-\udcff]/;
/** U+FFFD in UTF-8. */
const REPLACEMENT = Buffer.from([0xef, 0xbf, 0xbd]);

/** Unicode strings with surrogate-escaped invalid bytes: a UTF-8 locale. */
export const UTF8: Codec = {
  utf8: true,
  decode(bytes) {
    const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const text = buf.toString('utf8');
    return text.includes('\ufffd') ? decodeEscaping(buf) : text;
  },
  encode(text) {
    // A lone surrogate encodes as U+FFFD; only then is the slower, escape-aware encoding needed.
    const bytes = Buffer.from(text, 'utf8');
    return bytes.indexOf(REPLACEMENT) >= 0 && ESCAPED.test(text) ? encodeEscaped(text) : bytes;
  },
  incompleteTail(bytes) {
    const n = bytes.length;
    for (let back = 1; back <= 3 && back <= n; back++) {
      const b = bytes[n - back];
      if ((b & 0xc0) === 0x80) continue;
      const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
      return need > back ? back : 0;
    }
    return 0;
  },
  fromJs: (text) => text,
  toJs: (text) => (ESCAPED.test(text) ? encodeEscaped(text).toString('utf8') : text),
};

/** Strict UTF-8 decoding where each invalid byte becomes U+DC00 + byte. */
function decodeEscaping(buf: Buffer): string {
  let out = '';
  let i = 0;
  let runStart = 0;
  while (i < buf.length) {
    const b = buf[i];
    const len = sequenceLength(buf, i);
    if (len > 0) {
      i += len;
      continue;
    }
    if (runStart < i) out += buf.toString('utf8', runStart, i);
    out += String.fromCharCode(0xdc00 + b);
    i++;
    runStart = i;
  }
  if (runStart < buf.length) out += buf.toString('utf8', runStart, buf.length);
  return out;
}

/** Length of the valid UTF-8 sequence at i, or 0 when the byte there starts none. */
function sequenceLength(buf: Buffer, i: number): number {
  const b = buf[i];
  if (b < 0x80) return 1;
  let need: number;
  let min: number;
  if (b >= 0xc2 && b <= 0xdf) {
    need = 1;
    min = 0x80;
  } else if (b >= 0xe0 && b <= 0xef) {
    need = 2;
    min = 0x800;
  } else if (b >= 0xf0 && b <= 0xf4) {
    need = 3;
    min = 0x10000;
  } else return 0;
  let cp = b & (0x3f >> need);
  for (let k = 1; k <= need; k++) {
    const c = buf[i + k];
    if (c === undefined || (c & 0xc0) !== 0x80) return 0;
    cp = (cp << 6) | (c & 0x3f);
  }
  if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return 0;
  return need + 1;
}

function encodeEscaped(text: string): Buffer {
  const parts: Buffer[] = [];
  let runStart = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xdc80 && c <= 0xdcff && !(i > 0 && isHigh(text.charCodeAt(i - 1)))) {
      if (runStart < i) parts.push(Buffer.from(text.slice(runStart, i), 'utf8'));
      parts.push(Buffer.of(c - 0xdc00));
      runStart = i + 1;
    }
  }
  if (runStart < text.length) parts.push(Buffer.from(text.slice(runStart), 'utf8'));
  return Buffer.concat(parts);
}

function isHigh(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}
