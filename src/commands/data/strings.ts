/** strings: print the runs of printable characters in files, streaming. */
import type { CommandContext } from '../../core/command.js';
import { writeText } from '../../core/io.js';
import { STRINGS_MAX_RUN_BYTES } from '../../core/limits.js';
import { defineCommand, fail } from '../lib/define.js';
import { TextBatcher } from '../lib/text-batch.js';
import { eachChunk } from './input.js';

const HELP = `Usage: strings [option(s)] [file(s)]
 Display printable strings in [file(s)] (stdin by default)
 The options are:
  -a - --all                Scan the entire file [default]
  -f --print-file-name      Print the name of the file before each string
  -n <number>               Locate & print any sequence of at least <number>
    --bytes=<number>         displayable characters.  (The default is 4).
  -<number>                 Same as -n <number>
  -t --radix={o,d,x}        Print the location of the string in base 8, 10 or 16
  -o                        An alias for --radix=o
  -w --include-all-whitespace Include all whitespace as valid string characters
  -s --output-separator=<string> String used to separate strings in output.
  -h --help                 Display this information
`;

const RADIX: Record<string, number> = { o: 8, d: 10, x: 16 };

interface Options {
  readonly min: number;
  readonly radix: number | null;
  readonly withName: boolean;
  readonly allSpace: boolean;
  readonly separator: string;
}

/** strings [option(s)] [file(s)] */
export const strings = defineCommand({
  name: 'strings',
  summary: 'print the sequences of printable characters in files',
  help: HELP,
  flags: [
    { short: 'a', long: 'all' },
    { short: 'f', long: 'print-file-name' },
    { short: 'n', long: 'bytes', arg: 'required' },
    { short: 't', long: 'radix', arg: 'required' },
    { short: 'o' },
    { short: 'w', long: 'include-all-whitespace' },
    { short: 's', long: 'output-separator', arg: 'required' },
    { short: 'd', long: 'data' },
  ],
  flagOptions: { numericOperands: true },
  async run(ctx, p) {
    let minText = p.get('bytes');
    const operands: string[] = [];
    for (const op of p.operands) {
      if (/^-\d+$/.test(op)) minText = op.slice(1);
      else operands.push(op);
    }
    const min = minText === undefined ? 4 : Number(minText);
    if (!Number.isInteger(min) || min < 1) return fail(ctx, `invalid minimum string length ${minText}`);
    const radixText = p.has('o') ? 'o' : p.get('radix');
    if (radixText !== undefined && !(radixText in RADIX)) {
      await writeText(ctx.stderr, HELP);
      return 1;
    }
    const o: Options = {
      min,
      radix: radixText === undefined ? null : RADIX[radixText],
      withName: p.has('print-file-name'),
      allSpace: p.has('include-all-whitespace'),
      separator: p.get('output-separator') ?? '\n',
    };
    const out = new TextBatcher(ctx.stdout);
    let status = 0;
    for (const operand of operands.length > 0 ? operands : ['-']) {
      if (operand !== '-') {
        const st = await ctx.fs.stat(ctx.resolve(operand)).catch(() => null);
        if (!st) {
          await out.flush();
          await writeText(ctx.stderr, `strings: '${operand}': No such file\n`);
          status = 1;
          continue;
        }
        if (st.type === 'directory') {
          await out.flush();
          await writeText(ctx.stderr, `strings: Warning: '${operand}' is a directory\n`);
          status = 1;
          continue;
        }
      }
      if (!(await scan(ctx, out, operand, o))) status = 1;
    }
    await out.flush();
    return status;
  },
});

function printable(b: number, allSpace: boolean): boolean {
  return (b >= 0x20 && b < 0x7f) || b === 0x09 || (allSpace && (b === 0x0a || b === 0x0d || b === 0x0b || b === 0x0c));
}

async function scan(ctx: CommandContext, out: TextBatcher, operand: string, o: Options): Promise<boolean> {
  let run: number[] = [];
  let start = 0;
  let offset = 0;
  const name = operand === '-' ? '{standard input}' : operand;
  const flush = async () => {
    if (run.length >= o.min) {
      const where = o.radix === null ? '' : `${start.toString(o.radix).padStart(7)} `;
      const prefix = o.withName ? `${name}: ` : '';
      await out.add(`${prefix}${where}${Buffer.from(run).toString('latin1')}${o.separator}`);
    }
    run = [];
  };
  const failure = await eachChunk(ctx, operand, async (chunk) => {
    for (let i = 0; i < chunk.length; i++) {
      const b = chunk[i];
      if (printable(b, o.allSpace)) {
        // A run longer than the limit is printed in pieces rather than held whole.
        if (run.length === STRINGS_MAX_RUN_BYTES) await flush();
        if (run.length === 0) start = offset;
        run.push(b);
      } else if (run.length > 0) await flush();
      offset++;
    }
    return true;
  });
  await flush();
  if (failure) {
    await out.flush();
    await writeText(ctx.stderr, `strings: '${operand}': ${failure.reason}\n`);
    return false;
  }
  return true;
}
