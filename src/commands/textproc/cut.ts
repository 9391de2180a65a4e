/** cut: print selected bytes, characters or fields of each line (GNU cut; characters are bytes in the C locale). */
import type { CommandContext } from '../../core/command.js';
import { writeText } from '../../core/io.js';
import { defineCommand } from '../lib/define.js';
import { type ParsedFlags, usageError } from '../lib/flags.js';
import { type CutPlan, cutFieldBlock, cutWholeInput } from './cut-fields.js';
import { parseList, type Range, Selection } from './cut-list.js';
import { lineBlocks } from './shared/blocks.js';
import { concatInputs, type InputError, inputMessage } from './shared/input.js';
import { ByteWriter } from './shared/output.js';

const HELP = `Usage: cut OPTION... [FILE]...
Print the selected parts of each line of each FILE to standard output.

With no FILE, or when FILE is -, read standard input.

Mandatory arguments to long options are mandatory for short options too.
  -b, --bytes=LIST        print only these bytes
  -c, --characters=LIST   print only these characters
  -d, --delimiter=DELIM   split fields at DELIM instead of at TAB
  -f, --fields=LIST       print only these fields; lines without a delimiter
                            are printed whole unless -s is given
  -n                      (ignored)
      --complement        print what LIST does not select
  -s, --only-delimited    skip lines that contain no delimiter
      --output-delimiter=STRING  join the selected parts with STRING; by
                            default the input delimiter is used
  -z, --zero-terminated     lines end with a NUL byte, not a newline
      --help        display this help and exit

Use exactly one of -b, -c or -f. LIST is one range or several separated by
commas; each range is one of:

  N     the N'th byte, character or field, counted from 1
  N-    from the N'th to the end of the line
  N-M   from the N'th to the M'th, inclusive
  -M    from the first to the M'th, inclusive
`;

/** Writes the selected bytes of line [s, e), with the output delimiter between ranges. */
function cutBytes(plan: CutPlan, buf: Buffer, s: number, e: number, out: ByteWriter): void {
  const len = e - s;
  let printed = false;
  for (const r of plan.selection.ranges) {
    if (r.lo > len) break;
    const hi = Math.min(r.hi, len);
    if (printed && plan.outDelim) out.put(plan.outDelim);
    out.put(buf, s + r.lo - 1, s + hi);
    printed = true;
  }
  out.putByte(plan.eol);
}

function planOf(p: ParsedFlags): CutPlan {
  const kinds = ['bytes', 'characters', 'fields'].filter((k) => p.has(k));
  if (kinds.length > 1) throw usageError('cut', 'only one list may be specified');
  if (p.count('bytes') + p.count('characters') + p.count('fields') > 1) {
    throw usageError('cut', 'only one list may be specified');
  }
  if (kinds.length === 0) throw usageError('cut', 'you must specify a list of bytes, characters, or fields');
  const fields = kinds[0] === 'fields';
  const delimText = p.get('delimiter');
  if (delimText !== undefined && !fields) {
    throw usageError('cut', 'an input delimiter may be specified only when operating on fields');
  }
  if (p.has('only-delimited') && !fields) {
    throw usageError('cut', 'suppressing non-delimited lines makes sense\n\tonly when operating on fields');
  }
  const delimBytes = delimText === undefined ? Buffer.from('\t') : Buffer.from(delimText, 'utf8');
  if (delimBytes.length > 1) throw usageError('cut', 'the delimiter must be a single character');
  const spec = p.get(kinds[0]) ?? '';
  const ranges: Range[] = parseList('cut', spec, !fields, p.has('complement'));
  const outText = p.get('output-delimiter');
  return {
    fields,
    selection: new Selection(ranges),
    delim: delimBytes.length === 0 ? 0 : delimBytes[0],
    outDelim: outText === undefined ? null : Buffer.from(outText, 'utf8'),
    suppress: p.has('only-delimited'),
    eol: p.has('zero-terminated') ? 0 : 0x0a,
  };
}

function cutByteBlock(plan: CutPlan, block: Buffer, out: ByteWriter): void {
  let start = 0;
  while (start < block.length) {
    const nl = block.indexOf(plan.eol, start);
    const end = nl < 0 ? block.length : nl;
    cutBytes(plan, block, start, end, out);
    start = end + 1;
  }
}

async function run(ctx: CommandContext, p: ParsedFlags): Promise<number> {
  const plan = planOf(p);
  const out = new ByteWriter(ctx.stdout);
  let status = 0;
  const report = async (e: InputError) => {
    await out.flush();
    await writeText(ctx.stderr, inputMessage('cut', e));
    status = 1;
  };
  const input = concatInputs(ctx, p.operands, report);
  if (plan.fields && plan.delim === plan.eol) {
    await cutWholeInput(plan, input, out);
    await out.flush();
    return status;
  }
  const cutBlock = plan.fields ? cutFieldBlock : cutByteBlock;
  for await (const block of lineBlocks(input, plan.eol)) {
    ctx.signal.throwIfAborted();
    cutBlock(plan, block, out);
    if (out.full) await out.flush();
  }
  await out.flush();
  return status;
}

/** cut OPTION... [FILE]... */
export const cut = defineCommand({
  name: 'cut',
  summary: 'remove sections from each line of files',
  help: HELP,
  flags: [
    { short: 'b', long: 'bytes', arg: 'required' },
    { short: 'c', long: 'characters', arg: 'required' },
    { short: 'd', long: 'delimiter', arg: 'required' },
    { short: 'f', long: 'fields', arg: 'required' },
    { short: 'n' },
    { long: 'complement' },
    { short: 's', long: 'only-delimited' },
    { long: 'output-delimiter', arg: 'required' },
    { short: 'z', long: 'zero-terminated' },
  ],
  run,
});
