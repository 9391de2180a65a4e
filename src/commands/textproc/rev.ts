/** rev: reverse the bytes of every line (util-linux rev in the C locale). */
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

/** Reverses every line of one source into `out`. */
async function reverseLines(ctx: CommandContext, operand: string | null, out: ByteWriter): Promise<void> {
  for await (const block of lineBlocks(openInput(ctx, operand, true), NL)) {
    ctx.signal.throwIfAborted();
    let start = 0;
    while (start < block.length) {
      const nl = block.indexOf(NL, start);
      const end = nl < 0 ? block.length : nl;
      for (let i = end - 1; i >= start; i--) out.putByte(block[i]);
      if (nl >= 0) out.putByte(NL);
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
      try {
        await reverseLines(ctx, operand, out);
      } catch (e) {
        if (!(e instanceof InputError)) throw e;
        await out.flush();
        const text = e.code === 'ENOENT' || e.code === 'EACCES' ? `cannot open ${e.operand}` : `${e.operand}: 0`;
        await writeText(ctx.stderr, `rev: ${text}: ${e.reason}\n`);
        status = 1;
      }
    }
    await out.flush();
    return status;
  },
});
