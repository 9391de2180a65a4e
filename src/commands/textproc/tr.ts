/** tr: translate, squeeze and delete bytes (GNU tr in the C locale), with 256-entry lookup tables on the hot path. */
import type { CommandContext } from '../../core/command.js';
import { UsageError } from '../../core/errors.js';
import { writeText } from '../../core/io.js';
import { defineCommand } from '../lib/define.js';
import { type ParsedFlags, tryHelp } from '../lib/flags.js';
import { localeQuote } from './shared/locale-quote.js';
import { TR_HELP } from './tr-help.js';
import { membership, parseSet, type SetElement } from './tr-sets.js';
import { buildTranslation } from './tr-translate.js';

/** The byte filter a tr invocation amounts to. */
interface TrPlan {
  /** Bytes to drop (delete set), or null. */
  readonly remove: Uint8Array | null;
  /** Byte → byte map applied after deletion, or null. */
  readonly map: Uint8Array | null;
  /** Bytes whose repeats collapse (checked after mapping), or null. */
  readonly squeeze: Uint8Array | null;
}

function operandError(message: string, note?: string): UsageError {
  return new UsageError(`tr: ${message}\n${note ? `${note}\n` : ''}${tryHelp('tr')}\n`, 1);
}

async function planOf(ctx: CommandContext, p: ParsedFlags): Promise<TrPlan> {
  const complement = p.has('complement');
  const del = p.has('delete');
  const squeeze = p.has('squeeze-repeats');
  const ops = p.operands;
  const minOps = 1 + (del === squeeze ? 1 : 0);
  const maxOps = 1 + (!del || squeeze ? 1 : 0);
  if (ops.length < minOps) {
    if (ops.length === 0) throw operandError('missing operand');
    const note = squeeze
      ? 'Two strings must be given when both deleting and squeezing repeats.'
      : 'Two strings must be given when translating.';
    throw operandError(`missing operand after ${localeQuote(ops[ops.length - 1])}`, note);
  }
  if (ops.length > maxOps) {
    const note = ops.length === 2 ? 'Only one string may be given when deleting without squeezing repeats.' : undefined;
    throw operandError(`extra operand ${localeQuote(ops[maxOps])}`, note);
  }
  const warnings: string[] = [];
  const warn = (m: string) => warnings.push(`tr: ${m}\n`);
  const s1 = parseSet(ops[0], warn);
  const s2: SetElement[] | null = ops.length === 2 ? parseSet(ops[1], warn) : null;
  for (const w of warnings) await writeText(ctx.stderr, w);
  const translating = s2 !== null && !del;
  if (s1.some((e) => e.kind === 'repeat' && e.count === 0)) {
    throw new UsageError('tr: the [c*] repeat construct may not appear in string1\n', 1);
  }
  if (s2 && !translating && s2.some((e) => e.kind === 'repeat' && e.count === 0)) {
    throw new UsageError('tr: the [c*] construct may appear in string2 only when translating\n', 1);
  }
  if (!s2) {
    const set = membership(s1, complement);
    return squeeze ? { remove: null, map: null, squeeze: set } : { remove: set, map: null, squeeze: null };
  }
  if (!translating) return { remove: membership(s1, complement), map: null, squeeze: membership(s2, false) };
  const map = buildTranslation(s1, s2, complement, p.has('truncate-set1'));
  return { remove: null, map, squeeze: squeeze ? membership(s2, false) : null };
}

/** The map widened to byte pairs: translating two bytes per lookup halves the work of the hot loop. */
function pairTable(map: Uint8Array): Uint16Array {
  const pairs = new Uint16Array(65536);
  const littleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
  for (let x = 0; x < 65536; x++) {
    const lo = map[x & 0xff];
    const hi = map[x >> 8];
    pairs[x] = littleEndian ? lo | (hi << 8) : (lo << 8) | hi;
  }
  return pairs;
}

/** Translates a chunk through `pairs`, giving the output the input's alignment so both views are 16-bit. */
function translateChunk(map: Uint8Array, pairs: Uint16Array, chunk: Uint8Array): Buffer {
  const odd = chunk.byteOffset & 1;
  const out = Buffer.allocUnsafeSlow(chunk.length + odd).subarray(odd);
  const n = chunk.length;
  let i = 0;
  if (odd && n > 0) {
    out[0] = map[chunk[0]];
    i = 1;
  }
  const words = (n - i) >> 1;
  const src = new Uint16Array(chunk.buffer, chunk.byteOffset + i, words);
  const dst = new Uint16Array(out.buffer, out.byteOffset + i, words);
  for (let k = 0; k < words; k++) dst[k] = pairs[src[k]];
  for (let j = i + words * 2; j < n; j++) out[j] = map[chunk[j]];
  return out;
}

/** Applies a delete/squeeze plan to one chunk; `last` is the previously written byte (-1 at start). */
function filterChunk(plan: TrPlan, chunk: Uint8Array, last: number): { out: Buffer; last: number } {
  const out = Buffer.allocUnsafe(chunk.length);
  const { remove, map, squeeze } = plan;
  let n = 0;
  for (let i = 0; i < chunk.length; i++) {
    let c = chunk[i];
    if (remove?.[c]) continue;
    if (map) c = map[c];
    if (squeeze && c === last && squeeze[c]) continue;
    out[n++] = c;
    last = c;
  }
  return { out: out.subarray(0, n), last };
}

/** tr [OPTION]... SET1 [SET2] */
export const tr = defineCommand({
  name: 'tr',
  summary: 'translate or delete characters',
  help: TR_HELP,
  flags: [
    { short: 'c', long: 'complement', key: 'complement' },
    { short: 'C', key: 'complement' },
    { short: 'd', long: 'delete' },
    { short: 's', long: 'squeeze-repeats' },
    { short: 't', long: 'truncate-set1' },
  ],
  async run(ctx, p) {
    const plan = await planOf(ctx, p);
    if (plan.map && !plan.remove && !plan.squeeze) {
      const pairs = pairTable(plan.map);
      for await (const chunk of ctx.stdin) {
        ctx.signal.throwIfAborted();
        if (chunk.length > 0) await ctx.stdout.write(translateChunk(plan.map, pairs, chunk));
      }
      return 0;
    }
    let last = -1;
    for await (const chunk of ctx.stdin) {
      ctx.signal.throwIfAborted();
      const r = filterChunk(plan, chunk, last);
      last = r.last;
      if (r.out.length > 0) await ctx.stdout.write(r.out);
    }
    return 0;
  },
});
