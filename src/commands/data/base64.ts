/** base64: encode or decode RFC 4648 base64, streaming, with GNU's wrapping and decoding rules. */
import { writeText } from '../../core/io.js';
import { defineCommand, fail } from '../lib/define.js';
import { usageError } from '../lib/flags.js';
import { eachChunk, failureLine } from './input.js';

const HELP = `Usage: base64 [OPTION]... [FILE]
Encode FILE (or standard input) as base64, or decode it, to standard output.
With no FILE, or when FILE is -, read standard input.

  -d, --decode          decode instead of encoding
  -i, --ignore-garbage  when decoding, skip characters outside the alphabet
  -w, --wrap=COLS       break encoded lines after COLS characters (default 76);
                          0 means never
      --help     display this help and exit

Decoding accepts newlines anywhere in the input; anything else outside the
base64 alphabet is an error unless --ignore-garbage is given.
`;

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const PAD = -1;
const INVALID = -2;
/** Value of each byte in the alphabet; PAD for '=', INVALID otherwise. */
const VALUE = new Int8Array(256).fill(INVALID);
for (let i = 0; i < ALPHABET.length; i++) VALUE[ALPHABET.charCodeAt(i)] = i;
VALUE[0x3d] = PAD;

/** Encodes a stream, wrapping lines at `wrap` columns (0: no wrapping). */
class Encoder {
  private carry: Uint8Array = new Uint8Array(0);
  private column = 0;

  constructor(private readonly wrap: number) {}

  /** Encoded bytes for `chunk`, keeping up to two bytes back for the next call (all of them when final). */
  push(chunk: Uint8Array, final = false): Uint8Array {
    let text = '';
    let start = 0;
    if (this.carry.length > 0) {
      const need = 3 - this.carry.length;
      if (chunk.length < need && !final) {
        this.carry = Buffer.concat([this.carry, chunk]);
        return new Uint8Array(0);
      }
      start = Math.min(need, chunk.length);
      text = Buffer.concat([this.carry, chunk.subarray(0, start)]).toString('base64');
      this.carry = new Uint8Array(0);
    }
    const rest = chunk.length - start;
    const whole = final ? rest : rest - (rest % 3);
    text += Buffer.from(chunk.buffer, chunk.byteOffset + start, whole).toString('base64');
    if (whole < rest) this.carry = chunk.slice(start + whole);
    return this.wrapped(text, final);
  }

  /**
   * The text as bytes with a newline after every `wrap` columns. The text is
   * written at the end of the output buffer and moved forward line by line,
   * which keeps the work native (no per-line strings).
   */
  private wrapped(text: string, final: boolean): Uint8Array {
    if (this.wrap === 0) return Buffer.from(text, 'latin1');
    const end = this.column + text.length;
    const trailing = final && end % this.wrap > 0 ? 1 : 0;
    const gap = Math.floor(end / this.wrap) + trailing;
    const out = Buffer.allocUnsafe(text.length + gap);
    out.write(text, gap, 'latin1');
    let src = gap;
    let dst = 0;
    while (src < out.length) {
      const length = Math.min(this.wrap - this.column, out.length - src);
      out.copyWithin(dst, src, src + length);
      dst += length;
      src += length;
      this.column += length;
      if (this.column === this.wrap) {
        out[dst++] = 0x0a;
        this.column = 0;
      }
    }
    if (trailing) {
      out[dst] = 0x0a;
      this.column = 0;
    }
    return out;
  }
}

/** Decodes a stream quantum by quantum, as gnulib's base64 decoder does. */
class Decoder {
  private readonly quantum = new Int8Array(4);
  private filled = 0;
  private out: number[] = [];
  failed = false;

  constructor(private readonly ignoreGarbage: boolean) {}

  /** Decoded bytes of `chunk`; stops (setting `failed`) at the first invalid quantum. */
  push(chunk: Uint8Array): Uint8Array {
    const data = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.length);
    const pieces: Uint8Array[] = [];
    let i = 0;
    while (this.filled > 0 && i < data.length && !this.failed) this.step(data[i++]);
    this.flushInto(pieces);
    if (!this.ignoreGarbage && !this.failed) {
      // Whole quanta of alphabet characters (newlines allowed) go through the native decoder.
      let count = 0;
      let cut = i;
      for (let j = i; j < data.length; j++) {
        const byte = data[j];
        if (byte === 0x0a) continue;
        if (VALUE[byte] < 0) break;
        if ((++count & 3) === 0) cut = j + 1;
      }
      if (cut > i) {
        pieces.push(Buffer.from(data.toString('latin1', i, cut), 'base64'));
        i = cut;
      }
    }
    while (i < data.length && !this.failed) this.step(data[i++]);
    this.flushInto(pieces);
    return pieces.length === 1 ? pieces[0] : Buffer.concat(pieces);
  }

  /** Moves the bytes decoded one by one into `pieces`, keeping their order with the native runs. */
  private flushInto(pieces: Uint8Array[]): void {
    if (this.out.length === 0) return;
    pieces.push(Uint8Array.from(this.out));
    this.out = [];
  }

  /** Decodes what is left at the end of input; a partial quantum yields its bytes and fails. */
  finish(): Uint8Array {
    if (this.filled > 0 && !this.failed) {
      this.decode(this.filled);
      this.failed = true;
    }
    const rest = Uint8Array.from(this.out);
    this.out = [];
    return rest;
  }

  private step(byte: number): void {
    if (byte === 0x0a) return;
    const v = VALUE[byte];
    if (v === INVALID && this.ignoreGarbage) return;
    this.quantum[this.filled++] = v;
    if (this.filled === 4) {
      this.decode(4);
      this.filled = 0;
    }
  }

  /** Emits the bytes a (possibly partial) quantum gives, failing where gnulib fails. */
  private decode(length: number): void {
    const q = this.quantum;
    const out = this.out;
    if (length < 2 || q[0] < 0 || q[1] < 0) {
      this.failed = true;
      return;
    }
    out.push(((q[0] << 2) | (q[1] >> 4)) & 0xff);
    if (length === 2) this.failed = true;
    else if (q[2] === PAD) {
      if (length !== 4 || q[3] !== PAD) this.failed = true;
    } else if (q[2] < 0) this.failed = true;
    else {
      out.push(((q[1] << 4) | (q[2] >> 2)) & 0xff);
      if (length === 3 || (q[3] < 0 && q[3] !== PAD)) this.failed = true;
      else if (q[3] !== PAD) out.push(((q[2] << 6) | q[3]) & 0xff);
    }
  }
}

/** base64 [OPTION]... [FILE] */
export const base64 = defineCommand({
  name: 'base64',
  summary: 'base64 encode/decode data and print to standard output',
  help: HELP,
  flags: [
    { short: 'd', long: 'decode' },
    { short: 'i', long: 'ignore-garbage' },
    { short: 'w', long: 'wrap', arg: 'required' },
  ],
  async run(ctx, p) {
    const wrapText = p.get('wrap') ?? '76';
    if (!/^\d+$/.test(wrapText)) return fail(ctx, `invalid wrap size: '${wrapText}'`);
    if (p.operands.length > 1) throw usageError('base64', `extra operand '${p.operands[1]}'`);
    const operand = p.operands[0] ?? '-';
    if (p.has('decode')) {
      const decoder = new Decoder(p.has('ignore-garbage'));
      const failure = await eachChunk(ctx, operand, async (chunk) => {
        const bytes = decoder.push(chunk);
        if (bytes.length > 0) await ctx.stdout.write(bytes);
        return !decoder.failed;
      });
      if (failure) {
        await writeText(ctx.stderr, failureLine('base64', operand, failure));
        return 1;
      }
      const rest = decoder.finish();
      if (rest.length > 0) await ctx.stdout.write(rest);
      return decoder.failed ? fail(ctx, 'invalid input') : 0;
    }
    const encoder = new Encoder(Number(wrapText));
    const failure = await eachChunk(ctx, operand, async (chunk) => {
      const bytes = encoder.push(chunk);
      if (bytes.length > 0) await ctx.stdout.write(bytes);
      return true;
    });
    if (failure) {
      await writeText(ctx.stderr, failureLine('base64', operand, failure));
      return 1;
    }
    const rest = encoder.push(new Uint8Array(0), true);
    if (rest.length > 0) await ctx.stdout.write(rest);
    return 0;
  },
});
