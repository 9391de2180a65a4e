/** yes: output a string repeatedly until killed; writes large blocks and stops on a closed pipe or abort. */
import { encodeText } from '../../core/io.js';
import { YES_BLOCK_BYTES } from '../../core/limits.js';
import { defineCommand } from '../lib/define.js';
import { yieldToEventLoop } from './event-loop.js';

const HELP = `Usage: yes [STRING]...
  or:  yes OPTION
Repeatedly output a line with all specified STRING(s), or 'y'.

      --help     display this help and exit
`;

/** A block of whole copies of `line`, about YES_BLOCK_BYTES long. */
function block(line: Uint8Array): Uint8Array {
  const copies = Math.max(1, Math.floor(YES_BLOCK_BYTES / line.length));
  const out = new Uint8Array(copies * line.length);
  for (let at = 0; at < out.length; at += line.length) out.set(line, at);
  return out;
}

/** The yes command. */
export const yes = defineCommand({
  name: 'yes',
  summary: 'output a string repeatedly until killed',
  help: HELP,
  async run(ctx, parsed) {
    const text = parsed.operands.length > 0 ? parsed.operands.join(' ') : 'y';
    const chunk = block(encodeText(`${text}\n`));
    // Each write waits for the reader (backpressure) and throws BrokenPipeError once it has gone.
    for (let n = 1; ; n++) {
      // A sink that never waits (a collecting one) would otherwise starve the abort timer.
      if (n % 64 === 0) await yieldToEventLoop();
      ctx.signal.throwIfAborted();
      // The block is never modified, so sinks may keep a reference to it.
      await ctx.stdout.write(chunk);
    }
  },
});
