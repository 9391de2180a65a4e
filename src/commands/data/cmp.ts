/** cmp: compare two files byte by byte, streaming both in step. */
import type { CommandContext } from '../../core/command.js';
import { toFsError, UsageError } from '../../core/errors.js';
import { type ByteSource, writeText } from '../../core/io.js';
import { defineCommand } from '../lib/define.js';
import { type ParsedFlags, parseFlags } from '../lib/flags.js';
import { TextBatcher } from '../lib/text-batch.js';
import { operandSource } from './input.js';
import { parseByteCount } from './od.js';

const HELP = `Usage: cmp [OPTION]... FILE1 [FILE2 [SKIP1 [SKIP2]]]
Compare two files byte by byte. FILE2 defaults to standard input, as does a
FILE of -. SKIP1 and SKIP2 are byte counts to skip at the start of each file.
Exit status is 0 when the inputs are the same, 1 when they differ, 2 on trouble.

  -b, --print-bytes          print the differing bytes
  -i, --ignore-initial=SKIP  skip the first SKIP bytes of both inputs
  -i, --ignore-initial=SKIP1:SKIP2  skip SKIP1 and SKIP2 bytes respectively
  -l, --verbose              list the offset and values of every difference
  -n, --bytes=LIMIT          compare at most LIMIT bytes
  -s, --quiet, --silent      print nothing; only the exit status tells
      --help     display this help and exit
`;

const FLAGS = [
  { short: 'b', long: 'print-bytes' },
  { short: 'i', long: 'ignore-initial', arg: 'required' as const },
  { short: 'l', long: 'verbose' },
  { short: 'n', long: 'bytes', arg: 'required' as const },
  { short: 's', long: 'quiet' },
  { long: 'silent', key: 'quiet' },
  { long: 'help', key: '__help' },
];

function usage(message: string): UsageError {
  return new UsageError(`cmp: ${message}\ncmp: Try 'cmp --help' for more information.\n`, 2);
}

function skipValue(text: string): number {
  const n = parseByteCount(text);
  if (n === null) throw usage(`invalid --ignore-initial value '${text}'`);
  return n;
}

/** cat -v's picture of a byte, as cmp -b prints it. */
function picture(b: number): string {
  let s = '';
  let c = b;
  if (c >= 0x80) {
    s = 'M-';
    c -= 0x80;
  }
  if (c < 0x20) return `${s}^${String.fromCharCode(c + 0x40)}`;
  if (c === 0x7f) return `${s}^?`;
  return s + String.fromCharCode(c);
}

/** Pulls bytes from a source in pieces of whatever size is ready, after skipping a prefix. */
class Cursor {
  private readonly it: AsyncIterator<Uint8Array>;
  private buf: Uint8Array = new Uint8Array(0);
  private done = false;

  constructor(
    source: ByteSource,
    private skip: number,
  ) {
    this.it = source[Symbol.asyncIterator]();
  }

  /** At least one byte ready, or false at the end. */
  async ready(): Promise<boolean> {
    while (this.buf.length === 0 && !this.done) {
      const r = await this.it.next();
      if (r.done) this.done = true;
      else {
        let chunk = r.value;
        if (this.skip > 0) {
          const n = Math.min(this.skip, chunk.length);
          this.skip -= n;
          chunk = chunk.subarray(n);
        }
        this.buf = chunk;
      }
    }
    return this.buf.length > 0;
  }

  get bytes(): Uint8Array {
    return this.buf;
  }

  consume(n: number): void {
    this.buf = this.buf.subarray(n);
  }

  async close(): Promise<void> {
    if (!this.done) await this.it.return?.();
  }
}

/** cmp [OPTION]... FILE1 [FILE2 [SKIP1 [SKIP2]]] */
export const cmp = defineCommand({
  name: 'cmp',
  summary: 'compare two files byte by byte',
  help: HELP,
  parse: false,
  async run(ctx) {
    let p: ParsedFlags;
    try {
      p = parseFlags('cmp', ctx.args, FLAGS, { usageExit: 2 });
    } catch (e) {
      if (e instanceof UsageError) throw new UsageError(e.message.replace(/\nTry /, '\ncmp: Try '), 2);
      throw e;
    }
    if (p.has('__help')) {
      await writeText(ctx.stdout, HELP);
      return 0;
    }
    const ops = p.operands;
    if (ops.length === 0) throw usage("missing operand after 'cmp'");
    let skip1 = 0;
    let skip2 = 0;
    const initial = p.get('ignore-initial');
    if (initial !== undefined) {
      const [a, b] = initial.split(':');
      skip1 = skipValue(a);
      skip2 = b === undefined ? skip1 : skipValue(b);
    }
    if (ops.length > 2) skip1 = skipValue(ops[2]);
    if (ops.length > 3) skip2 = skipValue(ops[3]);
    if (ops.length > 4) throw usage(`extra operand '${ops[4]}'`);
    const limitText = p.get('bytes');
    const limit = limitText === undefined ? Number.POSITIVE_INFINITY : parseByteCount(limitText);
    if (limit === null) throw usage(`invalid --bytes value '${limitText}'`);
    const name1 = ops[0];
    const name2 = ops[1] ?? '-';
    const mode = p.has('quiet') ? 'quiet' : p.has('verbose') ? 'list' : 'first';
    return compare(ctx, [name1, name2], [skip1, skip2], limit, mode, p.has('print-bytes'));
  },
});

async function sizeOf(ctx: CommandContext, name: string): Promise<number> {
  if (name === '-') return 0;
  return ctx.fs.stat(ctx.resolve(name)).then(
    (s) => s.size,
    () => 0,
  );
}

async function compare(
  ctx: CommandContext,
  names: [string, string],
  skips: [number, number],
  limit: number,
  mode: 'quiet' | 'list' | 'first',
  printBytes: boolean,
): Promise<number> {
  const a = new Cursor(operandSource(ctx, names[0]), skips[0]);
  const b = new Cursor(operandSource(ctx, names[1]), skips[1]);
  const out = new TextBatcher(ctx.stdout);
  // -l pads offsets to the digits of the largest offset that could differ.
  const widest = Math.min(limit, Math.max(await sizeOf(ctx, names[0]), await sizeOf(ctx, names[1])));
  const width = String(Number.isFinite(widest) ? widest : 0).length;
  let offset = 0;
  let line = 1;
  let differed = false;
  const current = { cursor: a, index: 0 };
  try {
    for (;;) {
      ctx.signal.throwIfAborted();
      if (offset >= limit) break;
      let okA: boolean;
      let okB: boolean;
      try {
        current.cursor = a;
        current.index = 0;
        okA = await a.ready();
        current.cursor = b;
        current.index = 1;
        okB = await b.ready();
      } catch (e) {
        await out.flush();
        await writeText(ctx.stderr, `cmp: ${names[current.index]}: ${toFsError(e, names[current.index]).reason}\n`);
        return 2;
      }
      if (!okA || !okB) {
        if (okA === okB) break;
        await out.flush();
        if (mode !== 'quiet') {
          const short = names[okA ? 1 : 0];
          const where =
            offset === 0 ? 'which is empty' : `after byte ${offset}${mode === 'list' ? '' : `, in line ${line}`}`;
          await writeText(ctx.stderr, `cmp: EOF on ${short} ${where}\n`);
        }
        return 1;
      }
      const x = a.bytes;
      const y = b.bytes;
      const n = Math.min(x.length, y.length, limit - offset);
      for (let i = 0; i < n; i++) {
        if (x[i] === y[i]) {
          if (x[i] === 0x0a) line++;
          continue;
        }
        if (mode === 'quiet') return 1;
        const at = offset + i + 1;
        if (mode === 'first') {
          const bytes = printBytes
            ? `, line ${line} is ${x[i].toString(8).padStart(3)} ${picture(x[i])} ${y[i].toString(8).padStart(3)} ${picture(y[i])}`
            : `, line ${line}`;
          await out.add(`${names[0]} ${names[1]} differ: ${printBytes ? 'byte' : 'char'} ${at}${bytes}\n`);
          await out.flush();
          return 1;
        }
        differed = true;
        const values = printBytes
          ? `${x[i].toString(8).padStart(3)} ${picture(x[i]).padEnd(4)} ${y[i].toString(8).padStart(3)} ${picture(y[i])}`
          : `${x[i].toString(8).padStart(3)} ${y[i].toString(8).padStart(3)}`;
        await out.add(`${String(at).padStart(width)} ${values}\n`);
        if (x[i] === 0x0a) line++;
      }
      a.consume(n);
      b.consume(n);
      offset += n;
    }
  } finally {
    await a.close();
    await b.close();
  }
  await out.flush();
  return differed ? 1 : 0;
}
