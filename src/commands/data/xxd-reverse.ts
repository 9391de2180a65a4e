/** xxd -r: hex dumps (or plain hex with -p) back to bytes. */
import type { CommandContext } from '../../core/command.js';
import { writeText } from '../../core/io.js';
import { byteLines } from '../../core/lines.js';
import { operandSource } from './input.js';

/** xxd's number syntax: decimal, 0x hex or 0 octal, optionally signed. */
export function number(text: string): number {
  const m = /^([+-]?)(0[xX][0-9a-fA-F]+|0[0-7]*|\d+)/.exec(text);
  if (!m) return 0;
  const body = m[2];
  const v = /^0[xX]/.test(body)
    ? Number.parseInt(body, 16)
    : body.length > 1 && body[0] === '0'
      ? Number.parseInt(body, 8)
      : Number(body);
  return m[1] === '-' ? -v : v;
}

/** What -r needs to know. */
export interface ReverseOptions {
  readonly plain: boolean;
  readonly seek: string | null;
}

/** -r: hex dump (or plain hex with -p) back to bytes; gaps between offsets are zero-filled. */
export async function reverse(
  ctx: CommandContext,
  o: ReverseOptions,
  input: string,
  sink: { write(c: Uint8Array): Promise<void> },
): Promise<number> {
  let written = 0;
  const base = o.seek === null ? 0 : number(o.seek);
  try {
    for await (const { bytes } of byteLines(operandSource(ctx, input))) {
      const text = Buffer.from(bytes).toString('latin1');
      let hexPart = text;
      let at: number | null = null;
      if (!o.plain) {
        const m = /^\s*([0-9a-fA-F]+):/.exec(text);
        if (!m) continue;
        at = Number.parseInt(m[1], 16) + base;
        hexPart = text.slice(m[0].length).split(/ {2}/)[0];
      }
      const out: number[] = [];
      let nibble = -1;
      for (const c of hexPart) {
        if (c === ' ' || c === '\t' || c === '\r') continue;
        const v = Number.parseInt(c, 16);
        if (Number.isNaN(v)) break;
        if (nibble < 0) nibble = v;
        else {
          out.push((nibble << 4) | v);
          nibble = -1;
        }
      }
      if (at !== null && at > written) {
        await sink.write(new Uint8Array(at - written));
        written = at;
      }
      if (out.length > 0) {
        await sink.write(Uint8Array.from(out));
        written += out.length;
      }
    }
  } catch (e) {
    const reason = (e as { reason?: unknown }).reason;
    if (typeof reason !== 'string') throw e;
    await writeText(ctx.stderr, `xxd: ${input}: ${reason}\n`);
    return 2;
  }
  return 0;
}
