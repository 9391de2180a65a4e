/** shuf: random permutations of lines, arguments (-e) or a range (-i), GNU's algorithms and random-byte use. */
import type { CommandContext } from '../../core/command.js';
import { toFsError, UsageError } from '../../core/errors.js';
import { writeText } from '../../core/io.js';
import type { WriteHandle } from '../../core/resource.js';
import { defineCommand } from '../lib/define.js';
import { type ParsedFlags, usageError } from '../lib/flags.js';
import { quote } from '../lib/quote.js';
import { InputError, openInput, operandSize } from './shared/input.js';
import { LineReader } from './shared/line-reader.js';
import { localeQuote } from './shared/locale-quote.js';
import { decimalInRange, parseDecimal } from './shared/numbers.js';
import { ByteWriter } from './shared/output.js';
import { ByteSupplier, RandomInts, RandomSourceEnd, randomPermutation } from './shuf-random.js';
import { LineStore } from './sort/line-store.js';

const HELP = `Usage: shuf [OPTION]... [FILE]
  or:  shuf -e [OPTION]... [ARG]...
  or:  shuf -i LO-HI [OPTION]...
Write a random permutation of the input lines to standard output.

With no FILE, or when FILE is -, read standard input.

Mandatory arguments to long options are mandatory for short options too.
  -e, --echo                shuffle the ARGs instead of input lines
  -i, --input-range=LO-HI   shuffle the numbers LO through HI
  -n, --head-count=COUNT    print at most COUNT lines
  -o, --output=FILE         write to FILE instead of standard output
      --random-source=FILE  take random bytes from FILE
  -r, --repeat              draw with replacement (forever unless -n)
  -z, --zero-terminated     lines end with a NUL byte, not a newline
      --help        display this help and exit
`;

/** Inputs at most this big are read whole; bigger ones read from a pipe with -n use reservoir sampling. */
const RESERVOIR_MIN_INPUT = 8192 * 1024;
const SIZE_MAX = (1n << 64n) - 1n;

/** The lines (line i is data[starts[i], starts[i + 1]), delimiter included) or the range being shuffled. */
type Pool =
  | { readonly store: LineStore }
  | { readonly lines: Buffer[] }
  | { readonly lo: bigint; readonly count: number };

function parseRange(text: string): { lo: bigint; count: number } {
  const dash = text.indexOf('-');
  const what = 'invalid input range';
  let lo = 0n;
  let hiText = text;
  if (dash >= 0) {
    lo = BigInt(decimalInRange('shuf', text.slice(0, dash), 0n, SIZE_MAX, what));
    hiText = text.slice(dash + 1);
  }
  const hi = BigInt(decimalInRange('shuf', hiText, 0n, SIZE_MAX, what));
  if (dash < 0 || hi < lo || hi - lo + 1n > SIZE_MAX) throw new UsageError(`shuf: ${what}: ${localeQuote(text)}\n`, 1);
  return { lo, count: Number(hi - lo + 1n) };
}

function headCount(p: ParsedFlags): number {
  let head = Number.POSITIVE_INFINITY;
  for (const v of p.lists['head-count'] ?? []) {
    const r = parseDecimal(v);
    if (r.ok) head = Math.min(head, Number(r.value));
    else if (!r.overflow) throw new UsageError(`shuf: invalid line count: ${localeQuote(v)}\n`, 1);
  }
  return head;
}

function single(p: ParsedFlags, key: string, what: string): string | null {
  const values = p.lists[key] ?? [];
  if (new Set(values).size > 1) throw new UsageError(`shuf: multiple ${what} specified\n`, 1);
  return values[0] ?? null;
}

async function readLines(source: AsyncIterable<Uint8Array>, eol: number): Promise<LineStore> {
  const store = new LineStore(eol);
  for await (const chunk of source) store.append(chunk);
  store.endInput();
  return store;
}

/** GNU's reservoir sampling: note that a draw precedes every read after the first K lines, even the last one. */
async function reservoir(source: AsyncIterable<Uint8Array>, eol: number, k: number, r: RandomInts): Promise<Buffer[]> {
  const reader = new LineReader(source, eol);
  const kept: Buffer[] = [];
  const read = async () => {
    const l = await reader.next();
    return l ? Buffer.concat([l.bytes, Buffer.from([eol])]) : null;
  };
  let line: Buffer | null = null;
  while (kept.length < k && (line = await read()) !== null) kept.push(line);
  if (line !== null) {
    let seen = kept.length;
    for (;;) {
      const j = r.tryChoose(seen + 1) ?? (await r.choose(seen + 1));
      const next = await reader.next();
      if (next === null) break;
      if (j < k) kept[j] = Buffer.concat([next.bytes, Buffer.from([eol])]);
      seen++;
    }
  }
  return kept;
}

async function run(ctx: CommandContext, p: ParsedFlags): Promise<number> {
  const echo = p.has('echo');
  const rangeText = p.lists['input-range'] ?? [];
  if (rangeText.length > 1) throw new UsageError('shuf: multiple -i options specified\n', 1);
  const range = rangeText.length === 1 ? parseRange(rangeText[0]) : null;
  const head = headCount(p);
  const output = single(p, 'output', 'output files');
  const randomSource = single(p, 'random-source', 'random sources');
  const repeat = p.has('repeat');
  const eol = p.has('zero-terminated') ? 0 : 0x0a;
  const ops = p.operands;
  if (echo && range) throw usageError('shuf', 'cannot combine -e and -i options');
  if (range ? ops.length > 0 : !echo && ops.length > 1) {
    throw usageError('shuf', `extra operand ${localeQuote(ops[range ? 0 : 1])}`);
  }
  let pool: Pool = { lines: [] };
  let sampleFrom: AsyncIterable<Uint8Array> | null = null;
  if (head === 0) pool = { lines: [] };
  else if (echo) pool = { lines: ops.map((a) => Buffer.concat([Buffer.from(a, 'utf8'), Buffer.from([eol])])) };
  else if (range) pool = range;
  else {
    const file = ops[0] ?? '-';
    const size = file === '-' ? null : await operandSize(ctx, file);
    const source = openInput(ctx, file);
    if (repeat || head === Number.POSITIVE_INFINITY || (size !== null && size <= RESERVOIR_MIN_INPUT)) {
      pool = { store: await readLines(source, eol) };
    } else {
      sampleFrom = source;
    }
  }
  const randomInput = randomSource === null ? null : openInput(ctx, randomSource);
  const bytes = new ByteSupplier(randomInput);
  const random = new RandomInts(bytes);
  try {
    if (sampleFrom) pool = { lines: await reservoir(sampleFrom, eol, head, random) };
    const n = 'store' in pool ? pool.store.count : 'lines' in pool ? pool.lines.length : pool.count;
    const ahead = repeat || head < n ? head : n;
    const permutation = repeat ? [] : await randomPermutation(random, ahead, n, ctx.signal);
    let handle: WriteHandle | null = null;
    if (output !== null) {
      try {
        handle = await ctx.fs.openWrite(ctx.resolve(output));
      } catch (e) {
        throw new UsageError(`shuf: ${quote(output)}: ${toFsError(e, output).reason}\n`, 1);
      }
    }
    const out = new ByteWriter(handle ?? ctx.stdout);
    const emit = async (i: number) => {
      if ('store' in pool) out.put(pool.store.data, pool.store.starts[i], pool.store.starts[i + 1]);
      else if ('lines' in pool) out.put(pool.lines[i]);
      else out.putText(`${pool.lo + BigInt(i)}${eol === 0 ? '\0' : '\n'}`);
      if (out.full) {
        ctx.signal.throwIfAborted();
        await out.flush();
      }
    };
    if (repeat) {
      if (head > 0) {
        if (n === 0) throw new UsageError('shuf: no lines to repeat\n', 1);
        for (let i = 0; i < ahead; i++) await emit(random.tryChoose(n) ?? (await random.choose(n)));
      }
    } else {
      for (const i of permutation) await emit(i);
    }
    await out.flush();
    await handle?.close();
    return 0;
  } catch (e) {
    if (e instanceof RandomSourceEnd) {
      await writeText(ctx.stderr, `shuf: ${localeQuote(randomSource ?? '')}: end of file\n`);
      return 1;
    }
    throw e;
  } finally {
    await bytes.close();
  }
}

/** shuf [OPTION]... [FILE] | -e [ARG]... | -i LO-HI */
export const shuf = defineCommand({
  name: 'shuf',
  summary: 'generate random permutations',
  help: HELP,
  flags: [
    { short: 'e', long: 'echo' },
    { short: 'i', long: 'input-range', arg: 'required' },
    { short: 'n', long: 'head-count', arg: 'required' },
    { short: 'o', long: 'output', arg: 'required' },
    { long: 'random-source', arg: 'required' },
    { short: 'r', long: 'repeat' },
    { short: 'z', long: 'zero-terminated' },
  ],
  async run(ctx, p) {
    try {
      return await run(ctx, p);
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      await writeText(ctx.stderr, `shuf: ${quote(e.operand)}: ${e.reason}\n`);
      return 1;
    }
  },
});
