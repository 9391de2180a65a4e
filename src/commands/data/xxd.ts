/** xxd: hex dumps (grouped, plain, bits, C include) and their reverse. */
import type { CommandContext } from '../../core/command.js';
import { writeText } from '../../core/io.js';
import { defineCommand } from '../lib/define.js';
import { TextBatcher } from '../lib/text-batch.js';
import { eachChunk } from './input.js';
import { number, reverse } from './xxd-reverse.js';

const HELP = `Usage:
       xxd [options] [infile [outfile]]
    or
       xxd -r [-s [-]offset] [-c cols] [-ps] [infile [outfile]]
Options:
    -a          toggle autoskip: a single '*' replaces nul-lines.
    -b          binary digit dump. Default columns: 6.
    -C          capitalize variable names in C include file style (-i).
    -c cols     format <cols> octets per line. Default 16 (-i: 12, -ps: 30).
    -e          little-endian dump.
    -g bytes    number of octets per group in normal output. Default 2 (-e: 4).
    -h          print this summary.
    -i          output in C include file style.
    -l len      stop after <len> octets.
    -n name     set the variable name used in C include output (-i).
    -o off      add <off> to the displayed file position.
    -p          output in plain hexdump style.
    -r          reverse operation: convert (or patch) hexdump into binary.
    -s [+][-]seek  start at <seek> bytes abs. (or +: rel.) infile offset.
    -u          use upper case hex letters.
`;

interface XxdOptions {
  autoskip: boolean;
  bits: boolean;
  capitalize: boolean;
  cols: number | null;
  little: boolean;
  group: number | null;
  include: boolean;
  len: number | null;
  name: string | null;
  offset: number;
  plain: boolean;
  reverse: boolean;
  seek: string | null;
  upper: boolean;
}

class XxdUsage extends Error {}

/** Long spellings xxd accepts for its options (any prefix of these). */
const WORDS: [string, keyof XxdOptions, boolean][] = [
  ['autoskip', 'autoskip', false],
  ['bits', 'bits', false],
  ['capitalize', 'capitalize', false],
  ['cols', 'cols', true],
  ['endian', 'little', false],
  ['groupsize', 'group', true],
  ['include', 'include', false],
  ['len', 'len', true],
  ['name', 'name', true],
  ['offset', 'offset', true],
  ['postscript', 'plain', false],
  ['plain', 'plain', false],
  ['ps', 'plain', false],
  ['revert', 'reverse', false],
  ['seek', 'seek', true],
  ['uppercase', 'upper', false],
];

function parse(args: readonly string[]): { o: XxdOptions; files: string[] } {
  const o: XxdOptions = {
    autoskip: false,
    bits: false,
    capitalize: false,
    cols: null,
    little: false,
    group: null,
    include: false,
    len: null,
    name: null,
    offset: 0,
    plain: false,
    reverse: false,
    seek: null,
    upper: false,
  };
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--' || a === '-' || a[0] !== '-') {
      files.push(...(a === '--' ? args.slice(i + 1) : [a]));
      if (a === '--') break;
      continue;
    }
    const body = a.slice(1);
    const single: Record<string, string> = {
      a: 'autoskip',
      b: 'bits',
      C: 'capitalize',
      c: 'cols',
      e: 'endian',
      g: 'groupsize',
      i: 'include',
      l: 'len',
      n: 'name',
      o: 'offset',
      p: 'plain',
      r: 'revert',
      s: 'seek',
      u: 'uppercase',
    };
    let word = WORDS.find(([w]) => body.length > 1 && w.startsWith(body));
    let value: string | null = null;
    if (!word) {
      const full = single[body[0]];
      word = WORDS.find(([w]) => w === full);
      if (!word) throw new XxdUsage();
      if (body.length > 1) {
        if (!word[2]) throw new XxdUsage();
        value = body.slice(1);
      }
    }
    const [, key, takesValue] = word;
    if (takesValue) {
      if (value === null) {
        if (i + 1 >= args.length) throw new XxdUsage();
        value = args[++i];
      }
      if (key === 'name') o.name = value;
      else if (key === 'seek') o.seek = value;
      else (o as unknown as Record<string, number>)[key] = number(value);
    } else (o as unknown as Record<string, boolean>)[key] = true;
  }
  return { o, files };
}

/** xxd [options] [infile [outfile]] */
export const xxd = defineCommand({
  name: 'xxd',
  summary: 'make a hex dump or do the reverse',
  help: HELP,
  parse: false,
  async run(ctx) {
    if (ctx.args[0] === '--help' || ctx.args[0] === '-h') {
      await writeText(ctx.stdout, HELP);
      return 0;
    }
    let parsed: { o: XxdOptions; files: string[] };
    try {
      parsed = parse(ctx.args);
    } catch {
      await writeText(ctx.stderr, HELP);
      return 1;
    }
    const { o, files } = parsed;
    if (files.length > 2) {
      await writeText(ctx.stderr, HELP);
      return 1;
    }
    const input = files[0] ?? '-';
    const output = files[1];
    let sink = ctx.stdout;
    let handle: Awaited<ReturnType<CommandContext['fs']['openWrite']>> | null = null;
    if (output !== undefined && output !== '-') {
      handle = await ctx.fs.openWrite(ctx.resolve(output));
      sink = handle;
    }
    try {
      const status = o.reverse ? await reverse(ctx, o, input, sink) : await forward(ctx, o, input, sink);
      await handle?.close();
      return status;
    } catch (e) {
      await handle?.abort();
      throw e;
    }
  },
});

function fail(ctx: CommandContext, message: string, status: number): Promise<number> {
  return writeText(ctx.stderr, `xxd: ${message}\n`).then(() => status);
}

async function forward(
  ctx: CommandContext,
  o: XxdOptions,
  input: string,
  sink: { write(c: Uint8Array): Promise<void> },
) {
  const cols = o.cols ?? (o.plain ? 30 : o.include ? 12 : o.bits ? 6 : 16);
  if (cols < 1 || (cols > 256 && !o.plain)) return fail(ctx, 'invalid number of columns (max. 256).', 1);
  let group = o.group ?? (o.bits ? 1 : o.little ? 4 : 2);
  if (o.little && group & (group - 1)) return fail(ctx, 'number of octets per group must be a power of 2 with -e.', 1);
  if (group <= 0) group = cols;
  let skip = 0;
  if (o.seek !== null) {
    const n = number(o.seek);
    if (n < 0) {
      const size = input === '-' ? 0 : (await ctx.fs.stat(ctx.resolve(input)).catch(() => ({ size: 0 }))).size;
      skip = Math.max(0, size + n);
    } else skip = n;
  }
  const out = new TextBatcher(sink);
  const hexFmt = (b: number) => {
    const h = b.toString(16).padStart(2, '0');
    return o.upper ? h.toUpperCase() : h;
  };
  const name = (o.name ?? (input === '-' ? null : input.replace(/[^A-Za-z0-9]/g, '_').replace(/^(\d)/, '__$1'))) as
    | string
    | null;
  const includeName = name === null ? null : o.capitalize ? name.toUpperCase() : name;
  if (o.include && includeName !== null) await out.add(`unsigned char ${includeName}[] = {\n`);
  let left = o.len ?? Number.POSITIVE_INFINITY;
  let position = skip;
  let total = 0;
  let line: number[] = [];
  const skipper = new AutoSkip((text) => out.add(text));
  const emitLine = async (bytes: number[], final: boolean) => {
    if (o.plain) {
      await out.add(`${bytes.map(hexFmt).join('')}\n`);
    } else if (o.include) {
      const cells = bytes.map((b) => `${o.upper ? '0X' : '0x'}${hexFmt(b)}`).join(', ');
      await out.add(`  ${cells}${final ? '\n' : ',\n'}`);
    } else {
      await skipper.line(
        dumpLine(bytes, position, o, cols, group, hexFmt),
        !o.autoskip || bytes.some((b) => b !== 0) ? 1 : 0,
      );
    }
    position += bytes.length;
  };
  let toSkip = skip;
  // A full line waits until more input shows it is not the last one (-i ends without a comma).
  let held: number[] | null = null;
  const failure = await eachChunk(ctx, input, async (chunk) => {
    for (let i = 0; i < chunk.length && left > 0; i++) {
      if (toSkip > 0) {
        toSkip--;
        continue;
      }
      if (held) {
        await emitLine(held, false);
        held = null;
      }
      line.push(chunk[i]);
      left--;
      total++;
      if (line.length === cols) {
        held = line;
        line = [];
      }
    }
    return left > 0;
  });
  if (failure) return fail(ctx, `${input}: ${failure.reason}`, 2);
  if (line.length > 0) {
    if (held) await emitLine(held, false);
    await emitLine(line, true);
  } else if (held) {
    await emitLine(held, true);
    if (o.autoskip && !o.plain && !o.include) await skipper.finish();
  }
  if (o.include && includeName !== null) {
    await out.add(`};\nunsigned int ${includeName}${o.capitalize ? '_LEN' : '_len'} = ${total};\n`);
  }
  await out.flush();
  return 0;
}

/**
 * -a: a run of all-zero lines prints its first line, then '*', then its last
 * line if the input ends there; a run of two prints both.
 */
class AutoSkip {
  private zeros = 0;
  private second = '';
  private last = '';

  constructor(private readonly print: (text: string) => Promise<void>) {}

  /** One line; `nonzero` is 0 for an all-zero line (under -a), 1 otherwise, -1 to flush at the end. */
  async line(text: string, nonzero: number): Promise<void> {
    this.last = text;
    if (!nonzero && this.zeros === 1) this.second = text;
    if (!nonzero && this.zeros++ > 0) return;
    if (nonzero) {
      if (nonzero < 0) this.zeros--;
      if (this.zeros === 2) await this.print(this.second);
      if (this.zeros > 2) await this.print('*\n');
    }
    if (nonzero >= 0 || this.zeros > 0) await this.print(text);
    if (nonzero) this.zeros = 0;
  }

  /** At the end of input after a full line: prints what the run held back. */
  async finish(): Promise<void> {
    if (this.zeros > 1) await this.line(this.last, -1);
  }
}

function dumpLine(
  bytes: readonly number[],
  position: number,
  o: XxdOptions,
  cols: number,
  group: number,
  hex: (b: number) => string,
): string {
  const digits = (b: number) => (o.bits ? b.toString(2).padStart(8, '0') : hex(b));
  const unit = o.bits ? 8 : 2;
  const groups: string[] = [];
  for (let g = 0; g < bytes.length; g += group) {
    const part = bytes.slice(g, g + group);
    if (o.little) part.reverse();
    let text = part.map(digits).join('');
    if (o.little && part.length < group) text = text.padStart(group * unit, ' ');
    groups.push(text);
  }
  const width = cols * unit + Math.ceil(cols / group) - 1;
  const ascii = bytes.map((b) => (b >= 0x20 && b < 0x7f ? String.fromCharCode(b) : '.')).join('');
  const address = (position + o.offset).toString(16).padStart(8, '0');
  return `${o.upper ? address.toUpperCase() : address}: ${groups.join(' ').padEnd(width)}  ${ascii}\n`;
}
