/** split: split a file into pieces by lines, bytes, line-bytes or -n chunks, written through the VFS (GNU split). */
import type { Command, CommandContext } from '../../core/command.js';
import { concatBytes, writeText } from '../../core/io.js';
import { defineCommand } from '../lib/define.js';
import type { ParsedFlags } from '../lib/flags.js';
import { quote, quoteAlways } from '../lib/quote.js';
import { rewriteNumericOptions, withArgs } from './shared/args.js';
import { InputError, openInput, operandSize, primed } from './shared/input.js';
import { SPLIT_HELP } from './split-help.js';
import { bytesChunks, lineBytes, linesChunks, roundRobin, splitBytes, splitLines } from './split-modes.js';
import { LEGACY_LINES, parseSplitOptions, type SplitMode } from './split-options.js';
import { SplitOutputs } from './split-outputs.js';

async function run(ctx: CommandContext, p: ParsedFlags): Promise<number> {
  const o = parseSplitOptions(p);
  const infile = p.operands[0] ?? '-';
  const needsSize = o.mode.kind === 'chunkBytes' || o.mode.kind === 'chunkLines';
  let input: AsyncIterable<Uint8Array>;
  try {
    input = infile === '-' ? ctx.stdin : await primed(openInput(ctx, infile));
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    await writeText(ctx.stderr, `split: cannot open ${quoteAlways(infile)} for reading: ${e.reason}\n`);
    return 1;
  }
  const outputs = new SplitOutputs(ctx, o);
  try {
    if (needsSize) {
      const size = await operandSize(ctx, infile);
      if (size === null) {
        await writeText(ctx.stderr, `split: ${quote(infile)}: cannot determine file size\n`);
        return 1;
      }
      const chunks: Uint8Array[] = [];
      for await (const c of input) chunks.push(Uint8Array.prototype.slice.call(c));
      const data = Buffer.from(concatBytes(chunks));
      if (o.mode.kind === 'chunkBytes') await bytesChunks(ctx, data, o.mode, outputs);
      else await linesChunks(ctx, data, o.mode, o.eol, outputs);
    } else {
      await dispatch(ctx, input, o.mode, o.eol, outputs);
    }
    await outputs.close();
    return 0;
  } catch (e) {
    await outputs.abort();
    if (e instanceof InputError) {
      await writeText(ctx.stderr, `split: ${quote(e.operand)}: ${e.reason}\n`);
      return 1;
    }
    throw e;
  }
}

async function dispatch(
  ctx: CommandContext,
  input: AsyncIterable<Uint8Array>,
  mode: SplitMode,
  eol: number,
  outputs: SplitOutputs,
): Promise<void> {
  switch (mode.kind) {
    case 'lines':
      return splitLines(ctx, input, mode.count, eol, outputs);
    case 'bytes':
      return splitBytes(ctx, input, mode.count, outputs);
    case 'lineBytes':
      return lineBytes(ctx, input, mode.count, eol, outputs);
    case 'roundRobin':
      return roundRobin(ctx, input, mode, eol, outputs);
    default:
      throw new Error(`split: unexpected mode ${mode.kind}`);
  }
}

const command = defineCommand({
  name: 'split',
  summary: 'split a file into pieces',
  help: SPLIT_HELP,
  flags: [
    { short: 'a', long: 'suffix-length', arg: 'required' },
    { long: 'additional-suffix', arg: 'required' },
    { short: 'b', long: 'bytes', arg: 'required' },
    { short: 'C', long: 'line-bytes', arg: 'required' },
    { short: 'd', key: 'd' },
    { long: 'numeric-suffixes', key: 'd', arg: 'optional' },
    { short: 'x', key: 'x' },
    { long: 'hex-suffixes', key: 'x', arg: 'optional' },
    { short: 'e', long: 'elide-empty-files' },
    { short: 'l', long: 'lines', arg: 'required' },
    { short: 'n', long: 'number', arg: 'required' },
    { short: 't', long: 'separator', arg: 'required' },
    { short: 'u', long: 'unbuffered' },
    { long: 'verbose' },
    // Obsolete `-N` is rewritten to this option, which no user can type.
    { short: LEGACY_LINES, key: 'legacy-lines', arg: 'required' },
  ],
  run,
});

/** split [OPTION]... [FILE [PREFIX]] (and the obsolete split -N) */
export const split: Command = {
  ...command,
  run: (ctx) =>
    command.run(
      withArgs(
        ctx,
        rewriteNumericOptions(ctx.args, (n) => `-${LEGACY_LINES}${n}`),
      ),
    ),
};
