/**
 * od's output types (-t a, c, d/u/o/x with sizes 1, 2, 4, 8, f with sizes 4
 * and 8, optional z) and how one block of bytes is laid out for each: GNU's
 * field widths, the padding that lines up types of different widths, and
 * the shortest round-tripping floats.
 */

/** One -t type. */
export interface OdType {
  readonly kind: 'a' | 'c' | 'd' | 'u' | 'o' | 'x' | 'f';
  readonly size: number;
  /** Characters of one value (without the separating space). */
  readonly width: number;
  /** Append the printable characters of the block (the z suffix). */
  readonly dump: boolean;
}

const WIDTHS: Record<string, Record<number, number>> = {
  d: { 1: 4, 2: 6, 4: 11, 8: 20 },
  u: { 1: 3, 2: 5, 4: 10, 8: 20 },
  o: { 1: 3, 2: 6, 4: 11, 8: 22 },
  x: { 1: 2, 2: 4, 4: 8, 8: 16 },
  f: { 4: 15, 8: 24 },
};

const SIZE_LETTERS: Record<string, Record<string, number>> = {
  int: { C: 1, S: 2, I: 4, L: 8 },
  float: { F: 4, D: 8, L: 16 },
};

/** Why a type string is refused, in od's words. */
export class OdTypeError extends Error {}

/** Parses one -t argument (which may hold several types, like "x1z" or "cd2"). */
export function parseTypes(spec: string): OdType[] {
  const out: OdType[] = [];
  let i = 0;
  while (i < spec.length) {
    const kind = spec[i++];
    if (kind === 'a' || kind === 'c') {
      const dump = spec[i] === 'z';
      if (dump) i++;
      out.push({ kind, size: 1, width: 3, dump });
      continue;
    }
    if (!'duoxf'.includes(kind)) throw new OdTypeError(`invalid character '${kind}' in type string '${spec}'`);
    const float = kind === 'f';
    let size = float ? 8 : 4;
    const letter = spec[i];
    if (letter !== undefined && letter in SIZE_LETTERS[float ? 'float' : 'int']) {
      size = SIZE_LETTERS[float ? 'float' : 'int'][letter];
      i++;
    } else {
      const m = /^\d+/.exec(spec.slice(i));
      if (m) {
        size = Number(m[0]);
        i += m[0].length;
      }
    }
    const width = WIDTHS[kind][size];
    if (width === undefined) {
      const what = float ? 'floating point' : 'integral';
      throw new OdTypeError(`invalid type string '${spec}';\nthis system doesn't provide a ${size}-byte ${what} type`);
    }
    const dump = spec[i] === 'z';
    if (dump) i++;
    out.push({ kind: kind as OdType['kind'], size, width, dump });
  }
  return out;
}

const NAMES = [
  'nul',
  'soh',
  'stx',
  'etx',
  'eot',
  'enq',
  'ack',
  'bel',
  'bs',
  'ht',
  'nl',
  'vt',
  'ff',
  'cr',
  'so',
  'si',
  'dle',
  'dc1',
  'dc2',
  'dc3',
  'dc4',
  'nak',
  'syn',
  'etb',
  'can',
  'em',
  'sub',
  'esc',
  'fs',
  'gs',
  'rs',
  'us',
  'sp',
];
const C_ESCAPES: Record<number, string> = {
  0: '\\0',
  7: '\\a',
  8: '\\b',
  9: '\\t',
  10: '\\n',
  11: '\\v',
  12: '\\f',
  13: '\\r',
};

function charText(kind: 'a' | 'c', b: number): string {
  if (kind === 'a') {
    const c = b & 0x7f;
    if (c < 33) return NAMES[c];
    return c === 0x7f ? 'del' : String.fromCharCode(c);
  }
  const esc = C_ESCAPES[b];
  if (esc) return esc;
  if (b >= 0x20 && b < 0x7f) return String.fromCharCode(b);
  return b.toString(8).padStart(3, '0');
}

/** The shortest %g text (from 6 or 15 significant digits up) that reads back as the same value. */
function floatText(v: number, size: number): string {
  if (Number.isNaN(v)) return 'nan';
  if (!Number.isFinite(v)) return v < 0 ? '-inf' : 'inf';
  for (let p = size === 4 ? 6 : 15; p <= 17; p++) {
    const text = formatG(v, p);
    const back = Number(text);
    if ((size === 4 ? Math.fround(back) : back) === v) return text;
  }
  return formatG(v, 17);
}

/** C's %.{p}g. */
function formatG(v: number, p: number): string {
  if (v === 0) return Object.is(v, -0) ? '-0' : '0';
  const exp = Math.floor(Math.log10(Math.abs(Number(v.toExponential(p - 1)))));
  let text: string;
  if (exp < -4 || exp >= p) {
    text = v.toExponential(p - 1).replace(/\.?0+e/, 'e');
    text = text.replace(/e([+-])(\d)$/, 'e$10$2');
  } else {
    text = v.toFixed(Math.max(0, p - 1 - exp));
    if (text.includes('.')) text = text.replace(/\.?0+$/, '');
  }
  return text;
}

function value(t: OdType, view: DataView, at: number, little: boolean): string {
  if (t.kind === 'a' || t.kind === 'c') return charText(t.kind, view.getUint8(at));
  if (t.kind === 'f')
    return floatText(t.size === 4 ? view.getFloat32(at, little) : view.getFloat64(at, little), t.size);
  let n: bigint;
  const signed = t.kind === 'd';
  if (t.size === 1) n = BigInt(signed ? view.getInt8(at) : view.getUint8(at));
  else if (t.size === 2) n = BigInt(signed ? view.getInt16(at, little) : view.getUint16(at, little));
  else if (t.size === 4) n = BigInt(signed ? view.getInt32(at, little) : view.getUint32(at, little));
  else n = signed ? view.getBigInt64(at, little) : view.getBigUint64(at, little);
  if (t.kind === 'o') return n.toString(8).padStart(t.width, '0');
  if (t.kind === 'x') return n.toString(16).padStart(t.width, '0');
  return n.toString();
}

/** The characters -t ...z prints for a block: printable ASCII, '.' for the rest. */
function dumpText(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += b >= 0x20 && b < 0x7f ? String.fromCharCode(b) : '.';
  return s;
}

/** Lays out blocks of `perLine` bytes in every type, aligned as GNU aligns them. */
export class OdLayout {
  private readonly lineWidth: number;

  constructor(
    private readonly types: readonly OdType[],
    private readonly perLine: number,
    private readonly little: boolean,
  ) {
    this.lineWidth = Math.max(...types.map((t) => (t.width + 1) * (perLine / t.size)));
  }

  /** The lines of one block (zero-padded to whole values); `prefix` goes before the first, spaces of its width before the rest. */
  lines(block: Uint8Array, prefix: string): string {
    const padded = new Uint8Array(Math.ceil(block.length / 8) * 8 + 8);
    padded.set(block);
    const view = new DataView(padded.buffer);
    let out = '';
    this.types.forEach((t, k) => {
      const fields = this.perLine / t.size;
      const used = Math.ceil(block.length / t.size);
      const pad = this.lineWidth - (t.width + 1) * fields;
      let remaining = pad;
      let line = k === 0 ? prefix : ' '.repeat(prefix.length);
      for (let i = 0; i < used; i++) {
        // The padding that lines this type up with wider ones goes to the first fields.
        const next = Math.floor((pad * (fields - i - 1)) / fields);
        line += ` ${value(t, view, i * t.size, this.little).padStart(t.width + remaining - next)}`;
        remaining = next;
      }
      if (t.dump) {
        const blank = Math.floor((this.perLine - block.length) / t.size);
        line += `${' '.repeat(blank * (t.width + 1))}  >${dumpText(block)}<`;
      }
      out += `${line}\n`;
    });
    return out;
  }
}
