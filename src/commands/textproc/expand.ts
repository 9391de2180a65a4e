/** expand: convert tabs to spaces (GNU expand, including -i and tab stop lists). */
import type { Command } from '../../core/command.js';
import { writeText } from '../../core/io.js';
import { defineCommand } from '../lib/define.js';
import { rewriteNumericOptions, withArgs } from './shared/args.js';
import { concatInputs, inputMessage } from './shared/input.js';
import { ByteWriter } from './shared/output.js';
import { nextTabColumn, TabStopParser } from './shared/tabstops.js';

const HELP = `Usage: expand [OPTION]... [FILE]...
Replace the tabs in each FILE by spaces, writing to standard output.

With no FILE, or when FILE is -, read standard input.

Mandatory arguments to long options are mandatory for short options too.
  -i, --initial    leave tabs that follow a non-blank alone
  -t, --tabs=N     put tab stops every N columns instead of every 8
  -t, --tabs=LIST  put tab stops at the comma-separated columns of LIST;
                     a '/' before the last value repeats it as a tab size
                     after the last stop, a '+' before it repeats it
                     counting from the last stop instead of from column 0
      --help        display this help and exit
`;

const NL = 0x0a;

const command = defineCommand({
  name: 'expand',
  summary: 'convert tabs to spaces',
  help: HELP,
  flags: [
    { short: 'i', long: 'initial' },
    { short: 't', long: 'tabs', arg: 'required' },
  ],
  async run(ctx, p) {
    const parser = new TabStopParser('expand');
    for (const spec of p.lists.tabs ?? []) parser.add(spec);
    const stops = parser.finish();
    const initialOnly = p.has('initial');
    const out = new ByteWriter(ctx.stdout);
    let status = 0;
    const report = async (e: Parameters<typeof inputMessage>[1]) => {
      await out.flush();
      await writeText(ctx.stderr, inputMessage('expand', e));
      status = 1;
    };
    let column = 0;
    let convert = true;
    const index = { at: 0 };
    for await (const chunk of concatInputs(ctx, p.operands, report)) {
      ctx.signal.throwIfAborted();
      for (let i = 0; i < chunk.length; i++) {
        const c = chunk[i];
        if (c === NL) {
          out.putByte(c);
          column = 0;
          convert = true;
          index.at = 0;
          if (out.full) await out.flush();
          continue;
        }
        if (convert) {
          if (c === 0x09) {
            let next = nextTabColumn(stops, column, index);
            if (next < 0) next = column + 1;
            while (++column < next) out.putByte(0x20);
            out.putByte(0x20);
            if (out.full) await out.flush();
            continue;
          }
          if (c === 0x08) {
            if (column > 0) column--;
            if (index.at > 0) index.at--;
          } else {
            column++;
          }
          if (initialOnly && c !== 0x20) convert = false;
        }
        out.putByte(c);
        if (out.full) await out.flush();
      }
    }
    await out.flush();
    return status;
  },
});

/** expand [OPTION]... [FILE]... (and the obsolete expand -N) */
export const expand: Command = {
  ...command,
  run: (ctx) =>
    command.run(
      withArgs(
        ctx,
        rewriteNumericOptions(ctx.args, (n) => `-t${n}`),
      ),
    ),
};
