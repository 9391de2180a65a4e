/** iconv: convert text between character sets, streaming, with glibc's error positions. */
import type { CommandContext } from '../../core/command.js';
import { writeText } from '../../core/io.js';
import { defineCommand } from '../lib/define.js';
import {
  canonical,
  type Decoder,
  type Encoder,
  knownNames,
  makeDecoder,
  makeEncoder,
  transliterate,
} from './iconv-codecs.js';
import { eachChunk } from './input.js';

const HELP = `Usage: iconv [OPTION...] [FILE...]
Convert the encoding of FILEs (or standard input) from one character set to
another.

  -f, --from-code=NAME   encoding of the input (default ASCII, the C locale's)
  -t, --to-code=NAME     encoding of the output; append //TRANSLIT to write
                           approximations, //IGNORE to drop what cannot be
                           written
  -c                     drop characters that cannot be converted
  -l, --list             list the known character sets
  -o, --output=FILE      write to FILE
  -s, --silent           suppress warnings
      --help     display this help and exit
`;

/** How characters the target cannot hold are handled. */
type Missing = 'error' | 'translit' | 'ignore' | 'drop';

interface Plan {
  readonly from: string;
  readonly to: string;
  readonly missing: Missing;
}

function plan(from: string, to: string, omit: boolean): Plan | null {
  const suffixes = to.toUpperCase().split('//');
  const target = canonical(suffixes[0]);
  const source = canonical(from.split('//')[0]);
  if (!target || !source) return null;
  let missing: Missing = omit ? 'drop' : 'error';
  if (suffixes.includes('TRANSLIT')) missing = 'translit';
  else if (suffixes.includes('IGNORE')) missing = 'ignore';
  return { from: source, to: target, missing };
}

/** iconv [OPTION...] [FILE...] */
export const iconv = defineCommand({
  name: 'iconv',
  summary: 'convert text from one character encoding to another',
  help: HELP,
  flags: [
    { short: 'f', long: 'from-code', arg: 'required' },
    { short: 't', long: 'to-code', arg: 'required' },
    { short: 'c' },
    { short: 'l', long: 'list' },
    { short: 'o', long: 'output', arg: 'required' },
    { short: 's', long: 'silent' },
  ],
  async run(ctx, p) {
    if (p.has('list')) {
      await writeText(
        ctx.stdout,
        knownNames()
          .map((n) => `${n}//\n`)
          .join(''),
      );
      return 0;
    }
    const conversion = plan(p.get('from-code') ?? 'ASCII', p.get('to-code') ?? 'ASCII', p.has('c'));
    if (!conversion) {
      await writeText(ctx.stderr, 'iconv: failed to start conversion processing\n');
      return 1;
    }
    const output = p.get('output');
    const handle = output === undefined ? null : await ctx.fs.openWrite(ctx.resolve(output));
    const sink = handle ?? ctx.stdout;
    let status = 0;
    try {
      const encoder = makeEncoder(conversion.to);
      let preambleDone = false;
      for (const operand of p.operands.length > 0 ? p.operands : ['-']) {
        const r = await convertOne(
          ctx,
          operand,
          makeDecoder(conversion.from),
          encoder,
          conversion.missing,
          async (bytes) => {
            if (!preambleDone && encoder.preamble.length > 0) await sink.write(encoder.preamble);
            preambleDone = true;
            if (bytes.length > 0) await sink.write(bytes);
          },
        );
        if (r !== 0) {
          status = 1;
          if (r === 2) break;
        }
      }
      await handle?.close();
    } catch (e) {
      await handle?.abort();
      throw e;
    }
    return status;
  },
});

/** Converts one operand; 0 on success, 1 after a reported error, 2 when conversion must stop. */
async function convertOne(
  ctx: CommandContext,
  operand: string,
  decoder: Decoder,
  encoder: Encoder,
  missing: Missing,
  emit: (bytes: Uint8Array) => Promise<void>,
): Promise<number> {
  let offset = 0;
  let carry: Uint8Array = new Uint8Array(0);
  let failedAt = -1;
  let ignored = false;
  const failure = await eachChunk(ctx, operand, async (chunk) => {
    const input = carry.length > 0 ? Buffer.concat([carry, chunk]) : chunk;
    const base = offset - carry.length;
    const step = decoder.decode(input, base);
    offset += chunk.length;
    carry = step.rest;
    const parts: Uint8Array[] = [];
    for (const { cp, at } of step.chars) {
      const bytes = encoder.encode(cp);
      if (bytes) {
        parts.push(bytes);
        continue;
      }
      if (missing === 'translit') {
        for (const c of transliterate(cp))
          parts.push(encoder.encode(c.codePointAt(0) as number) ?? Uint8Array.of(0x3f));
      } else if (missing === 'ignore') ignored = true;
      else if (missing !== 'drop') {
        failedAt = at;
        break;
      }
    }
    await emit(Buffer.concat(parts));
    if (failedAt < 0 && step.invalidAt >= 0) failedAt = step.invalidAt;
    return failedAt < 0;
  });
  if (failure) {
    await writeText(ctx.stderr, `iconv: cannot open input file \`${operand}': ${failure.reason}\n`);
    return 1;
  }
  if (failedAt >= 0) {
    await writeText(ctx.stderr, `iconv: illegal input sequence at position ${failedAt}\n`);
    return 2;
  }
  if (carry.length > 0) {
    await writeText(ctx.stderr, 'iconv: incomplete character or shift sequence at end of buffer\n');
    return 2;
  }
  if (ignored) {
    await writeText(ctx.stderr, `iconv: illegal input sequence at position ${offset}\n`);
    return 1;
  }
  return 0;
}
