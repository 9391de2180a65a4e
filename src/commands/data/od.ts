/** od: dump files in octal, hexadecimal, decimal, float or character form. */
import { UsageError } from '../../core/errors.js';
import { writeText } from '../../core/io.js';
import { defineCommand, fail } from '../lib/define.js';
import { TextBatcher } from '../lib/text-batch.js';
import { eachChunk, failureLine } from './input.js';
import { OdLayout, type OdType, OdTypeError, parseTypes } from './od-format.js';

const HELP = `Usage: od [OPTION]... [FILE]...
Write an unambiguous representation of FILEs (concatenated), octal bytes by
default, to standard output. With no FILE, or when FILE is -, read standard
input.

  -A, --address-radix=RADIX   offsets in RADIX: d, o (default), x or n (none)
      --endian=ORDER          read multi-byte values as 'big' or 'little'
  -j, --skip-bytes=BYTES      skip BYTES input bytes first
  -N, --read-bytes=BYTES      dump at most BYTES input bytes
  -t, --format=TYPE           output format TYPE (may be repeated)
  -v, --output-duplicates     do not replace repeated lines with '*'
  -w, --width[=BYTES]         BYTES per output line (32 without a value)
      --help     display this help and exit

Traditional format letters:
  -a  -t a    -b  -t o1   -c  -t c    -d  -t u2   -f  -t fF   -i  -t dI
  -l  -t dL   -o  -t o2   -s  -t d2   -x  -t x2

TYPE is a (named character), c (printable character or escape), d, u, o
or x (signed, unsigned, octal, hex integer) followed by a size (1, 2, 4, 8
or C, S, I, L), or f (float) followed by 4, 8, F or D; a trailing z adds
the printable characters of each line. BYTES may be 0x hex or take the
suffixes b (512), K (1024), M, G and kB (1000), MB, GB.
`;

const LEGACY: Record<string, string> = {
  a: 'a',
  b: 'o1',
  c: 'c',
  d: 'u2',
  f: 'fF',
  i: 'dI',
  l: 'dL',
  o: 'o2',
  s: 'd2',
  x: 'x2',
};
const MULTIPLIERS: Record<string, number> = {
  '': 1,
  b: 512,
  k: 1024,
  K: 1024,
  m: 1024 ** 2,
  M: 1024 ** 2,
  G: 1024 ** 3,
  T: 1024 ** 4,
  kB: 1000,
  KB: 1000,
  MB: 1000 ** 2,
  GB: 1000 ** 3,
  KiB: 1024,
  MiB: 1024 ** 2,
  GiB: 1024 ** 3,
};

/** A byte count with C prefixes (0x, leading 0) and od's suffixes; null when malformed. */
export function parseByteCount(text: string): number | null {
  const m = /^(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9]\d*)([a-zA-Z]*)$/.exec(text);
  if (!m || !(m[2] in MULTIPLIERS)) return null;
  const n =
    m[1].startsWith('0x') || m[1].startsWith('0X')
      ? Number.parseInt(m[1], 16)
      : m[1].startsWith('0')
        ? Number.parseInt(m[1], 8)
        : Number(m[1]);
  return n * MULTIPLIERS[m[2]];
}

const RADIX: Record<string, [number, number]> = { o: [8, 7], d: [10, 7], x: [16, 6] };

/** od [OPTION]... [FILE]... */
export const od = defineCommand({
  name: 'od',
  summary: 'dump files in octal and other formats',
  help: HELP,
  flags: [
    { short: 'A', long: 'address-radix', arg: 'required' },
    { long: 'endian', arg: 'required' },
    { short: 'j', long: 'skip-bytes', arg: 'required' },
    { short: 'N', long: 'read-bytes', arg: 'required' },
    { short: 't', long: 'format', arg: 'required' },
    { short: 'v', long: 'output-duplicates' },
    { short: 'w', long: 'width', arg: 'optional' },
    ...Object.keys(LEGACY).map((short) => ({ short, key: `legacy-${short}` })),
  ],
  async run(ctx, p) {
    const radixText = p.get('address-radix') ?? 'o';
    if (radixText.length !== 1 || !'doxn'.includes(radixText)) {
      return fail(ctx, `invalid output address radix '${radixText}'; it must be one character from [doxn]`);
    }
    const types: OdType[] = [];
    try {
      for (const [key, v] of p.order) {
        if (key === 'format') types.push(...parseTypes(v as string));
        else if (key.startsWith('legacy-')) types.push(...parseTypes(LEGACY[key.slice(7)]));
      }
    } catch (e) {
      if (e instanceof OdTypeError) return fail(ctx, e.message);
      throw e;
    }
    if (types.length === 0) types.push(...parseTypes('o2'));
    const counts: Record<string, number | null> = {};
    for (const [key, option] of [
      ['skip-bytes', '-j'],
      ['read-bytes', '-N'],
    ]) {
      const text = p.get(key);
      counts[key] = text === undefined ? null : parseByteCount(text);
      if (text !== undefined && counts[key] === null) return fail(ctx, `invalid ${option} argument '${text}'`);
    }
    const widthArg = p.flags.width;
    let perLine = widthArg === undefined ? 16 : widthArg === true ? 32 : parseByteCount(widthArg);
    if (perLine === null || perLine === 0) throw new UsageError(`od: invalid -w argument '${String(widthArg)}'\n`, 1);
    const unit = types.reduce((l, t) => lcm(l, t.size), 1);
    if (perLine % unit !== 0) perLine = unit;
    const endian = p.get('endian');
    if (endian !== undefined && endian !== 'big' && endian !== 'little') {
      return fail(ctx, `invalid argument '${endian}' for '--endian'`);
    }
    const layout = new OdLayout(types, perLine, endian !== 'big');
    return dump(ctx, p.operands.length > 0 ? p.operands : ['-'], {
      layout,
      perLine,
      radix: radixText,
      skip: counts['skip-bytes'] ?? 0,
      limit: counts['read-bytes'],
      duplicates: p.has('output-duplicates'),
    });
  },
});

function lcm(a: number, b: number): number {
  const gcd = (x: number, y: number): number => (y === 0 ? x : gcd(y, x % y));
  return (a * b) / gcd(a, b);
}

interface DumpOptions {
  readonly layout: OdLayout;
  readonly perLine: number;
  readonly radix: string;
  readonly skip: number;
  readonly limit: number | null;
  readonly duplicates: boolean;
}

async function dump(ctx: Parameters<typeof od.run>[0], operands: readonly string[], o: DumpOptions): Promise<number> {
  const out = new TextBatcher(ctx.stdout);
  const address = (n: number) => {
    if (o.radix === 'n') return '';
    const [base, width] = RADIX[o.radix];
    return n.toString(base).padStart(width, '0');
  };
  let status = 0;
  let opened = 0;
  let toSkip = o.skip;
  let left = o.limit ?? Number.POSITIVE_INFINITY;
  let offset = o.skip;
  let block = new Uint8Array(o.perLine);
  let filled = 0;
  let previous: Uint8Array | null = null;
  let starred = false;
  const emit = async (bytes: Uint8Array) => {
    const full = bytes.length === o.perLine;
    if (!o.duplicates && full && previous !== null && Buffer.compare(bytes, previous) === 0) {
      if (!starred) await out.add('*\n');
      starred = true;
    } else {
      starred = false;
      await out.add(o.layout.lines(bytes, address(offset)));
    }
    if (full) previous = Uint8Array.prototype.slice.call(bytes);
    offset += bytes.length;
  };
  for (const operand of operands) {
    if (left <= 0) break;
    const failure = await eachChunk(ctx, operand, async (chunk) => {
      let data = chunk;
      if (toSkip > 0) {
        const skipped = Math.min(toSkip, data.length);
        toSkip -= skipped;
        data = data.subarray(skipped);
      }
      if (data.length > left) data = data.subarray(0, left);
      left -= data.length;
      let at = 0;
      while (at < data.length) {
        const take = Math.min(o.perLine - filled, data.length - at);
        block.set(data.subarray(at, at + take), filled);
        filled += take;
        at += take;
        if (filled === o.perLine) {
          await emit(block);
          block = new Uint8Array(o.perLine);
          filled = 0;
        }
      }
      return left > 0;
    });
    if (failure) {
      await out.flush();
      await writeText(ctx.stderr, failureLine('od', operand, failure));
      status = 1;
    } else opened++;
  }
  if (opened === 0) return status;
  if (toSkip > 0) {
    await out.flush();
    return fail(ctx, 'cannot skip past end of combined input');
  }
  if (filled > 0) await emit(block.subarray(0, filled));
  if (o.radix !== 'n') await out.add(`${address(offset)}\n`);
  await out.flush();
  return status;
}
