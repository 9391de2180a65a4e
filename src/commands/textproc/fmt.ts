/** fmt: fill and split paragraphs (GNU fmt's optimal line breaking; see fmt-engine.ts). */
import type { Command, CommandContext } from '../../core/command.js';
import { concatBytes, writeText } from '../../core/io.js';
import { defineCommand } from '../lib/define.js';
import { type ParsedFlags, tryHelp } from '../lib/flags.js';
import { quoteAlways } from '../lib/quote.js';
import { FmtEngine, type FmtOptions } from './fmt-engine.js';
import { withArgs } from './shared/args.js';
import { InputError, openInput, operandsOrStdin } from './shared/input.js';
import { decimalInRange } from './shared/numbers.js';
import { ByteWriter } from './shared/output.js';

const HELP = `Usage: fmt [-WIDTH] [OPTION]... [FILE]...
Refill each paragraph of the FILE(s) and write it to standard output.
A first argument -WIDTH is short for --width=WIDTH.

With no FILE, or when FILE is -, read standard input.

Mandatory arguments to long options are mandatory for short options too.
  -c, --crown-margin        keep the indentation of the first two lines
  -p, --prefix=STRING       refill only lines that start with STRING, and put
                              STRING back in front of the refilled lines
  -s, --split-only          break long lines, but never join short ones
  -t, --tagged-paragraph    let the first line be indented unlike the second
  -u, --uniform-spacing     one space between words, two after sentences
  -w, --width=WIDTH         lines are at most WIDTH columns (default 75)
  -g, --goal=WIDTH          aim at WIDTH columns (default 93% of the width)
      --help        display this help and exit
`;

/** The paragraph buffer holds 5000 bytes; widths beyond half of it are refused, as GNU does. */
const MAX_WIDTH = 2500n;
const LEEWAY = 7;

function optionsOf(p: ParsedFlags, legacyWidth: string | null): FmtOptions {
  const widthText = p.get('width') ?? legacyWidth;
  const goalText = p.get('goal');
  let maxWidth = widthText === null ? 75 : decimalInRange('fmt', widthText, 0n, MAX_WIDTH, 'invalid width');
  let goalWidth: number;
  if (goalText !== undefined) {
    goalWidth = decimalInRange('fmt', goalText, 0n, BigInt(maxWidth), 'invalid width');
    if (widthText === null) maxWidth = goalWidth + 10;
  } else {
    goalWidth = Math.trunc((maxWidth * (2 * (100 - LEEWAY) + 1)) / 200);
  }
  const raw = Buffer.from(p.get('prefix') ?? '', 'utf8');
  let lead = 0;
  while (lead < raw.length && raw[lead] === 0x20) lead++;
  const full = raw.subarray(lead);
  let end = full.length;
  while (end > 0 && full[end - 1] === 0x20) end--;
  return {
    maxWidth,
    goalWidth,
    crown: p.has('crown-margin'),
    tagged: p.has('tagged-paragraph'),
    split: p.has('split-only'),
    uniform: p.has('uniform-spacing'),
    prefix: full.subarray(0, end),
    prefixFullLength: full.length,
    prefixLeadSpace: lead,
  };
}

async function run(ctx: CommandContext, p: ParsedFlags, legacyWidth: string | null): Promise<number> {
  const o = optionsOf(p, legacyWidth);
  const out = new ByteWriter(ctx.stdout);
  let status = 0;
  for (const operand of operandsOrStdin(p.operands)) {
    const chunks: Uint8Array[] = [];
    try {
      for await (const c of openInput(ctx, operand)) chunks.push(Uint8Array.prototype.slice.call(c));
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      await out.flush();
      const text =
        e.code === 'EISDIR'
          ? 'fmt: read error\n'
          : `fmt: cannot open ${quoteAlways(operand)} for reading: ${e.reason}\n`;
      await writeText(ctx.stderr, text);
      status = 1;
      if (e.code !== 'EISDIR') continue;
    }
    const engine = new FmtEngine(concatBytes(chunks), o, out);
    await engine.run(async () => {
      ctx.signal.throwIfAborted();
      if (out.full) await out.flush();
    });
  }
  await out.flush();
  return status;
}

const FLAGS = [
  { short: 'c', long: 'crown-margin' },
  { short: 'p', long: 'prefix', arg: 'required' as const },
  { short: 's', long: 'split-only' },
  { short: 't', long: 'tagged-paragraph' },
  { short: 'u', long: 'uniform-spacing' },
  { short: 'w', long: 'width', arg: 'required' as const },
  { short: 'g', long: 'goal', arg: 'required' as const },
];

/** fmt [-WIDTH] [OPTION]... [FILE]... */
export const fmt: Command = {
  name: 'fmt',
  summary: 'simple optimal text formatter',
  help: HELP,
  async run(ctx) {
    const args = [...ctx.args];
    // Only a first argument -DIGITS is the obsolete width; anywhere else a digit option is refused.
    const legacy = args.length > 0 && /^-[0-9]/.test(args[0]) ? (args.shift() as string).slice(1) : null;
    const digit = misplacedDigit(args);
    if (digit !== null) {
      const message = `fmt: invalid option -- ${digit}; -WIDTH is recognized only when it is the first\noption; use -w N instead\n${tryHelp('fmt')}\n`;
      await writeText(ctx.stderr, message);
      return 1;
    }
    const command = defineCommand({
      name: 'fmt',
      summary: fmt.summary,
      help: HELP,
      flags: FLAGS,
      run: (c, p) => run(c, p, legacy),
    });
    return command.run(withArgs(ctx, args));
  },
};

/** The first digit used as an option letter (getopt would report it), or null. */
function misplacedDigit(args: readonly string[]): string | null {
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--') return null;
    if (a.length < 2 || a[0] !== '-' || a[1] === '-') continue;
    for (let j = 1; j < a.length; j++) {
      if (/[0-9]/.test(a[j])) return a[j];
      if ('wpg'.includes(a[j])) {
        if (j === a.length - 1) i++;
        break;
      }
    }
  }
  return null;
}
