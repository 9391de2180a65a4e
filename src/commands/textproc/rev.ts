/**
 * rev: reverse the characters of every line, as util-linux rev does in the C
 * locale: bytes, where a non-ASCII byte is an invalid character that ends the
 * file with "NAME: LINES: Invalid or incomplete multibyte or wide character".
 */
import type { CommandContext } from '../../core/command.js';
import { writeText } from '../../core/io.js';
import { defineCommand } from '../lib/define.js';
import { lineBlocks } from './shared/blocks.js';
import { InputError, openInput } from './shared/input.js';
import { ByteWriter } from './shared/output.js';

const HELP = `Usage: rev [options] [file ...]

Print each line of the files with its characters in reverse order.

Options:
 -h, --help     show this help and exit

For more details see rev(1).
`;

const NL = 0x0a;
const INVALID_CHARACTER = 'Invalid or incomplete multibyte or wide character';

/** A file stopped at a byte that is not a character of the C locale. */
class InvalidCharacter extends Error {
  constructor(readonly lines: number) {
    super(INVALID_CHARACTER);
  }
}

/** Reverses every line of one source into `out`; returns the number of lines written. */
async function reverseLines(
  ctx: CommandContext,
  operand: string | null,
  out: ByteWriter,
  progress: { lines: number },
): Promise<void> {
  for await (const block of lineBlocks(openInput(ctx, operand, true), NL)) {
    ctx.signal.throwIfAborted();
    let start = 0;
    while (start < block.length) {
      const nl = block.indexOf(NL, start);
      const end = nl < 0 ? block.length : nl;
      for (let i = start; i < end; i++) if (block[i] >= 0x80) throw new InvalidCharacter(progress.lines);
      for (let i = end - 1; i >= start; i--) out.putByte(block[i]);
      if (nl >= 0) out.putByte(NL);
      progress.lines++;
      if (out.full) await out.flush();
      start = end + 1;
    }
  }
}

/** rev [FILE]... */
export const rev = defineCommand({
  name: 'rev',
  summary: 'reverse lines characterwise',
  help: HELP,
  flags: [{ short: 'h', key: '__help' }],
  async run(ctx, p) {
    const out = new ByteWriter(ctx.stdout);
    let status = 0;
    for (const operand of p.operands.length > 0 ? p.operands : [null]) {
      const progress = { lines: 0 };
      const name = operand ?? 'stdin';
      try {
        await reverseLines(ctx, operand, out, progress);
      } catch (e) {
        let text: string;
        if (e instanceof InvalidCharacter) text = `${name}: ${e.lines}: ${INVALID_CHARACTER}`;
        else if (!(e instanceof InputError)) throw e;
        else if (e.code === 'ENOENT' || e.code === 'EACCES') text = `cannot open ${e.operand}: ${e.reason}`;
        else text = `${name}: ${progress.lines}: ${e.reason}`;
        await out.flush();
        await writeText(ctx.stderr, `rev: ${text}\n`);
        status = 1;
      }
    }
    await out.flush();
    return status;
  },
});
