/**
 * Character sets for iconv: strict decoders that know the byte offset of
 * every character (so errors can name glibc's "position N"), and encoders
 * that say which characters a target cannot hold. UTF-8/16/32, ASCII and
 * Latin-1 are done here by hand; everything else goes through iconv-lite.
 */
import iconvLite from 'iconv-lite';

/** One decoded character and where it started in the input. */
export interface Decoded {
  readonly cp: number;
  readonly at: number;
}

/** Result of decoding a piece of input. */
export interface DecodeStep {
  readonly chars: Decoded[];
  /** Byte offset of an invalid sequence, or -1. */
  readonly invalidAt: number;
  /** Bytes at the end that may start a character completed by the next piece. */
  readonly rest: Uint8Array;
}

/** A source character set. */
export interface Decoder {
  /** Decodes `bytes` that start at absolute offset `base`. */
  decode(bytes: Uint8Array, base: number): DecodeStep;
}

/** A target character set. */
export interface Encoder {
  /** Bytes to write before anything else (a BOM). */
  readonly preamble: Uint8Array;
  /** The bytes of one code point, or null when the target cannot hold it. */
  encode(cp: number): Uint8Array | null;
}

/** Canonical names of the hand-made codecs, by every alias glibc accepts. */
const ALIASES: Record<string, string> = {
  'UTF-8': 'UTF-8',
  UTF8: 'UTF-8',
  ASCII: 'ASCII',
  'US-ASCII': 'ASCII',
  'ANSI_X3.4-1968': 'ASCII',
  '646': 'ASCII',
  'ISO-8859-1': 'LATIN1',
  'ISO8859-1': 'LATIN1',
  ISO_8859_1: 'LATIN1',
  'ISO_8859-1': 'LATIN1',
  LATIN1: 'LATIN1',
  L1: 'LATIN1',
  'UTF-16': 'UTF-16',
  UTF16: 'UTF-16',
  'UTF-16LE': 'UTF-16LE',
  UTF16LE: 'UTF-16LE',
  'UTF-16BE': 'UTF-16BE',
  UTF16BE: 'UTF-16BE',
  'UTF-32': 'UTF-32',
  UTF32: 'UTF-32',
  'UTF-32LE': 'UTF-32LE',
  'UTF-32BE': 'UTF-32BE',
  'UCS-2': 'UTF-16',
  'UCS-2LE': 'UTF-16LE',
  'UCS-2BE': 'UTF-16BE',
  'UCS-4': 'UTF-32BE',
};

/** The canonical codec name for a user's spelling, or null when unsupported. */
export function canonical(name: string): string | null {
  const upper = name.toUpperCase();
  if (ALIASES[upper]) return ALIASES[upper];
  return iconvLite.encodingExists(name) ? name.toLowerCase() : null;
}

/** Every name iconv -l shows. */
export function knownNames(): string[] {
  return [...new Set(Object.keys(ALIASES))].sort();
}

class Utf8Decoder implements Decoder {
  decode(b: Uint8Array, base: number): DecodeStep {
    const chars: Decoded[] = [];
    let i = 0;
    while (i < b.length) {
      const x = b[i];
      let need = 0;
      let cp = 0;
      let min = 0;
      if (x < 0x80) {
        chars.push({ cp: x, at: base + i });
        i++;
        continue;
      }
      if (x >= 0xc2 && x <= 0xdf) [need, cp, min] = [1, x & 0x1f, 0x80];
      else if (x >= 0xe0 && x <= 0xef) [need, cp, min] = [2, x & 0x0f, 0x800];
      else if (x >= 0xf0 && x <= 0xf4) [need, cp, min] = [3, x & 0x07, 0x10000];
      else return { chars, invalidAt: base + i, rest: new Uint8Array(0) };
      if (i + need >= b.length) {
        // Too few bytes left: a valid start is kept for the next piece.
        for (let k = 1; i + k < b.length; k++) {
          if ((b[i + k] & 0xc0) !== 0x80) return { chars, invalidAt: base + i, rest: new Uint8Array(0) };
        }
        return { chars, invalidAt: -1, rest: b.slice(i) };
      }
      for (let k = 1; k <= need; k++) {
        const y = b[i + k];
        if ((y & 0xc0) !== 0x80) return { chars, invalidAt: base + i, rest: new Uint8Array(0) };
        cp = (cp << 6) | (y & 0x3f);
      }
      if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) {
        return { chars, invalidAt: base + i, rest: new Uint8Array(0) };
      }
      chars.push({ cp, at: base + i });
      i += need + 1;
    }
    return { chars, invalidAt: -1, rest: new Uint8Array(0) };
  }
}

class SingleByteDecoder implements Decoder {
  constructor(private readonly max: number) {}

  decode(b: Uint8Array, base: number): DecodeStep {
    const chars: Decoded[] = [];
    for (let i = 0; i < b.length; i++) {
      if (b[i] > this.max) return { chars, invalidAt: base + i, rest: new Uint8Array(0) };
      chars.push({ cp: b[i], at: base + i });
    }
    return { chars, invalidAt: -1, rest: new Uint8Array(0) };
  }
}

/** UTF-16 and UTF-32 in either byte order; the unmarked forms read a BOM (little-endian without one, as glibc does here). */
class WideDecoder implements Decoder {
  private little: boolean | null;

  constructor(
    private readonly width: 2 | 4,
    order: 'le' | 'be' | 'bom',
  ) {
    this.little = order === 'bom' ? null : order === 'le';
  }

  decode(b: Uint8Array, base: number): DecodeStep {
    const chars: Decoded[] = [];
    const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
    let i = 0;
    if (this.little === null && b.length >= this.width) {
      const le = this.width === 2 ? view.getUint16(0, true) : view.getUint32(0, true);
      const be = this.width === 2 ? view.getUint16(0, false) : view.getUint32(0, false);
      this.little = be !== 0xfeff;
      if (le === 0xfeff || be === 0xfeff) i = this.width;
    }
    const little = this.little ?? true;
    while (i + this.width <= b.length) {
      if (this.width === 4) {
        const cp = view.getUint32(i, little);
        if (cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
          return { chars, invalidAt: base + i, rest: new Uint8Array(0) };
        chars.push({ cp, at: base + i });
        i += 4;
        continue;
      }
      const unit = view.getUint16(i, little);
      if (unit >= 0xd800 && unit <= 0xdbff) {
        if (i + 4 > b.length) break;
        const low = view.getUint16(i + 2, little);
        if (low < 0xdc00 || low > 0xdfff) return { chars, invalidAt: base + i, rest: new Uint8Array(0) };
        chars.push({ cp: 0x10000 + ((unit - 0xd800) << 10) + (low - 0xdc00), at: base + i });
        i += 4;
        continue;
      }
      if (unit >= 0xdc00 && unit <= 0xdfff) return { chars, invalidAt: base + i, rest: new Uint8Array(0) };
      chars.push({ cp: unit, at: base + i });
      i += 2;
    }
    return { chars, invalidAt: -1, rest: b.slice(i) };
  }
}

class LiteDecoder implements Decoder {
  private readonly stream: ReturnType<typeof iconvLite.getDecoder>;

  constructor(name: string) {
    this.stream = iconvLite.getDecoder(name);
  }

  decode(b: Uint8Array, base: number): DecodeStep {
    const text = this.stream.write(Buffer.from(b));
    return {
      chars: [...text].map((c) => ({ cp: c.codePointAt(0) as number, at: base })),
      invalidAt: -1,
      rest: new Uint8Array(0),
    };
  }
}

/** A decoder for a canonical name. */
export function makeDecoder(name: string): Decoder {
  switch (name) {
    case 'UTF-8':
      return new Utf8Decoder();
    case 'ASCII':
      return new SingleByteDecoder(0x7f);
    case 'LATIN1':
      return new SingleByteDecoder(0xff);
    case 'UTF-16':
      return new WideDecoder(2, 'bom');
    case 'UTF-16LE':
      return new WideDecoder(2, 'le');
    case 'UTF-16BE':
      return new WideDecoder(2, 'be');
    case 'UTF-32':
      return new WideDecoder(4, 'bom');
    case 'UTF-32LE':
      return new WideDecoder(4, 'le');
    case 'UTF-32BE':
      return new WideDecoder(4, 'be');
    default:
      return new LiteDecoder(name);
  }
}

function wide(cp: number, width: 2 | 4, little: boolean): Uint8Array {
  if (width === 4) {
    const out = Buffer.alloc(4);
    if (little) out.writeUInt32LE(cp);
    else out.writeUInt32BE(cp);
    return out;
  }
  const units = cp < 0x10000 ? [cp] : [0xd800 + ((cp - 0x10000) >> 10), 0xdc00 + ((cp - 0x10000) & 0x3ff)];
  const out = Buffer.alloc(units.length * 2);
  for (let k = 0; k < units.length; k++) {
    if (little) out.writeUInt16LE(units[k], k * 2);
    else out.writeUInt16BE(units[k], k * 2);
  }
  return out;
}

const NONE = new Uint8Array(0);

/** An encoder for a canonical name. */
export function makeEncoder(name: string): Encoder {
  switch (name) {
    case 'UTF-8':
      return { preamble: NONE, encode: (cp) => Buffer.from(String.fromCodePoint(cp), 'utf8') };
    case 'ASCII':
      return { preamble: NONE, encode: (cp) => (cp < 0x80 ? Uint8Array.of(cp) : null) };
    case 'LATIN1':
      return { preamble: NONE, encode: (cp) => (cp < 0x100 ? Uint8Array.of(cp) : null) };
    case 'UTF-16':
      return { preamble: Uint8Array.of(0xff, 0xfe), encode: (cp) => wide(cp, 2, true) };
    case 'UTF-16LE':
      return { preamble: NONE, encode: (cp) => wide(cp, 2, true) };
    case 'UTF-16BE':
      return { preamble: NONE, encode: (cp) => wide(cp, 2, false) };
    case 'UTF-32':
      return { preamble: Uint8Array.of(0xff, 0xfe, 0, 0), encode: (cp) => wide(cp, 4, true) };
    case 'UTF-32LE':
      return { preamble: NONE, encode: (cp) => wide(cp, 4, true) };
    case 'UTF-32BE':
      return { preamble: NONE, encode: (cp) => wide(cp, 4, false) };
    default: {
      const cache = new Map<number, Uint8Array | null>();
      return {
        preamble: NONE,
        encode(cp) {
          let hit = cache.get(cp);
          if (hit === undefined) {
            const ch = String.fromCodePoint(cp);
            const bytes = iconvLite.encode(ch, name);
            hit = iconvLite.decode(bytes, name) === ch ? new Uint8Array(bytes) : null;
            cache.set(cp, hit);
          }
          return hit;
        },
      };
    }
  }
}

/** glibc's C-locale transliterations for characters a target lacks. */
const TRANSLIT: Record<number, string> = {
  8364: 'EUR',
  8216: "'",
  8217: "'",
  8218: "'",
  8220: '"',
  8221: '"',
  8222: '"',
  8211: '-',
  8212: '--',
  8230: '...',
  8226: 'o',
  8249: '<',
  8250: '>',
  8594: '->',
  171: '<<',
  187: '>>',
  169: '(C)',
  174: '(R)',
  8482: '(TM)',
  160: ' ',
  189: ' 1/2 ',
  188: ' 1/4 ',
  190: ' 3/4 ',
  215: 'x',
  223: 'ss',
  230: 'ae',
  198: 'AE',
};

/** The replacement //TRANSLIT writes for `cp` ('?' when nothing closer exists). */
export function transliterate(cp: number): string {
  return TRANSLIT[cp] ?? '?';
}
