/** tee: copy stdin to stdout and to every FILE, carrying on past a failing file. */
import type { CommandContext } from '../../core/command.js';
import { isAbortError } from '../../core/errors.js';
import { writeText } from '../../core/io.js';
import type { WriteHandle } from '../../core/resource.js';
import { defineCommand } from '../lib/define.js';
import { usageError } from '../lib/flags.js';
import { quote } from '../lib/quote.js';
import { reasonOf, resolveOperand } from './fs-errors.js';

const HELP = `Usage: tee [OPTION]... [FILE]...
Copy standard input to standard output and to every FILE.

  -a, --append              append to the FILEs instead of truncating them
  -i, --ignore-interrupts   accepted; there are no interrupt signals here
  -p                        same as --output-error=warn-nopipe
      --output-error[=MODE]  what to do when an output cannot be written:
                               warn         report it and carry on
                               warn-nopipe  carry on quietly when stdout's
                                              reader has gone, report others
                               exit         stop at the first failure
                               exit-nopipe  like exit, but a gone stdout
                                              reader is not a failure
      --help     display this help and exit

Without -p or --output-error, tee stops when stdout's reader goes away and
reports failures writing a FILE, then carries on with the others.
`;

const MODES = ['warn', 'warn-nopipe', 'exit', 'exit-nopipe'];

interface Output {
  readonly name: string;
  readonly handle: WriteHandle;
}

/** tee [OPTION]... [FILE]... */
export const tee = defineCommand({
  name: 'tee',
  summary: 'read from standard input and write to standard output and files',
  help: HELP,
  flags: [
    { short: 'a', long: 'append' },
    { short: 'i', long: 'ignore-interrupts' },
    { short: 'p', key: 'p' },
    { long: 'output-error', arg: 'optional' },
  ],
  async run(ctx, p) {
    let mode: string | null = p.has('p') ? 'warn-nopipe' : null;
    const given = p.flags['output-error'];
    if (given !== undefined) {
      mode = given === true ? 'warn-nopipe' : given;
      if (!MODES.includes(mode)) {
        const valid = MODES.map((m) => `  - '${m}'`).join('\n');
        throw usageError('tee', `invalid argument '${mode}' for '--output-error'\nValid arguments are:\n${valid}`);
      }
    }
    const outputs: Output[] = [];
    let status = 0;
    const report = async (name: string, reason: string) => {
      await writeText(ctx.stderr, `tee: ${quote(name)}: ${reason}\n`);
      status = 1;
    };
    for (const name of p.operands) {
      try {
        outputs.push({ name, handle: await ctx.fs.openWrite(resolveOperand(ctx, name), { append: p.has('append') }) });
      } catch (e) {
        await report(name, reasonOf(e));
      }
    }
    const stopOnError = mode === 'exit' || mode === 'exit-nopipe';
    try {
      let toStdout = true;
      for await (const chunk of ctx.stdin) {
        if (toStdout) {
          try {
            await ctx.stdout.write(chunk);
          } catch (e) {
            if (!isAbortError(e) || ctx.signal.aborted || mode === null) throw e;
            if (mode === 'warn' || mode === 'exit') await report('standard output', 'Broken pipe');
            if (mode === 'exit') return 1;
            toStdout = false;
          }
        }
        for (const out of [...outputs]) {
          try {
            await out.handle.write(chunk);
          } catch (e) {
            await report(out.name, reasonOf(e));
            outputs.splice(outputs.indexOf(out), 1);
            await out.handle.abort().catch(() => undefined);
            if (stopOnError) return 1;
          }
        }
        if (!toStdout && outputs.length === 0) break;
      }
    } finally {
      await closeAll(ctx, outputs, report);
    }
    return status;
  },
});

async function closeAll(
  ctx: CommandContext,
  outputs: readonly Output[],
  report: (name: string, reason: string) => Promise<void>,
): Promise<void> {
  for (const out of outputs) {
    try {
      await out.handle.close();
    } catch (e) {
      if (ctx.signal.aborted) continue;
      await report(out.name, reasonOf(e));
    }
  }
}
