/** bc: an arbitrary-precision calculator language. */
import { readAll, writeText } from '../../core/io.js';
import { MAX_BC_PROGRAM_BYTES } from '../../core/limits.js';
import { defineCommand } from '../lib/define.js';
import { parseProgram } from './bc-parse.js';
import { BcMachine, Halt } from './bc-run.js';

const HELP = `usage: bc [options] [file ...]
  -h  --help         print this usage and exit
  -l  --mathlib      use the predefined math routines (s c a l e j; scale=20)
  -q  --quiet        don't print initial banner
  -s  --standard     non-standard bc constructs are errors
  -w  --warn         warn about non-standard bc constructs
  -v  --version      print version information and exit

Files are run in order, then standard input.
`;

/** bc [options] [file ...] */
export const bc = defineCommand({
  name: 'bc',
  summary: 'an arbitrary precision calculator language',
  help: HELP,
  flags: [
    { short: 'l', long: 'mathlib' },
    { short: 'q', long: 'quiet' },
    { short: 's', long: 'standard' },
    { short: 'w', long: 'warn' },
    { short: 'h', key: '__h' },
  ],
  async run(ctx, p) {
    if (p.has('__h')) {
      await writeText(ctx.stdout, HELP);
      return 0;
    }
    const lineLength = Number(ctx.env.BC_LINE_LENGTH ?? '70');
    const machine = new BcMachine(ctx, Number.isFinite(lineLength) ? lineLength : 70, p.has('mathlib'), (text) =>
      writeText(ctx.stdout, text),
    );
    const sources: string[] = [];
    for (const file of p.operands) {
      try {
        sources.push(Buffer.from(await ctx.fs.readFile(ctx.resolve(file), { signal: ctx.signal })).toString('utf8'));
      } catch {
        await writeText(ctx.stderr, `File ${file} is unavailable.\n`);
        return 1;
      }
    }
    sources.push(Buffer.from(await readAll(ctx.stdin, MAX_BC_PROGRAM_BYTES)).toString('utf8'));
    for (const source of sources) {
      for (const group of parseProgram(source)) {
        ctx.signal.throwIfAborted();
        if (group.kind === 'quit') return 0;
        if (group.kind === 'error') {
          await writeText(ctx.stderr, `${group.message}\n`);
          continue;
        }
        try {
          await machine.runLine(group.stmts);
        } catch (e) {
          if (e instanceof Halt) return 0;
          throw e;
        }
      }
    }
    return 0;
  },
});
