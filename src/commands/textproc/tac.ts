/** tac: print records (lines by default) in reverse order, GNU semantics for -b, -r and -s. */
import type { CommandContext } from '../../core/command.js';
import { concatBytes, writeText } from '../../core/io.js';
import { LOOP_YIELD_EVERY } from '../../core/limits.js';
import { defineCommand } from '../lib/define.js';
import { quote, quoteAlways } from '../lib/quote.js';
import { emacsRegex } from './shared/emacs-regex.js';
import { InputError, openInput, operandsOrStdin } from './shared/input.js';
import { ByteWriter } from './shared/output.js';

const HELP = `Usage: tac [OPTION]... [FILE]...
Print each FILE to standard output with its last line first.

With no FILE, or when FILE is -, read standard input.

Mandatory arguments to long options are mandatory for short options too.
  -b, --before             put the separator before each record, not after it
  -r, --regex              treat the separator as a regular expression
  -s, --separator=STRING   split records at STRING instead of at newline
      --help        display this help and exit
`;

/** Finds separators from the end: each call returns the match before `limit` as [start, end], or null. */
type BackwardSearch = (limit: number) => readonly [number, number] | null;

function literalSearch(data: Buffer, sep: Buffer): BackwardSearch {
  return (limit) => {
    if (limit < sep.length) return null;
    const at = data.lastIndexOf(sep, limit - sep.length);
    return at < 0 ? null : [at, at + sep.length];
  };
}

/**
 * GNU's re_search with a negative range: the match must start before `limit`
 * and lie within the text before it; start positions are tried right to left.
 */
function regexSearch(ctx: CommandContext, data: Buffer, re: RegExp): BackwardSearch {
  const text = data.toString('latin1');
  return (limit) => {
    const head = text.slice(0, limit);
    for (let p = limit - 1; p >= 0; p--) {
      if (p % LOOP_YIELD_EVERY === 0) ctx.signal.throwIfAborted();
      re.lastIndex = p;
      const m = re.exec(head);
      if (m) return [p, p + m[0].length];
    }
    return null;
  };
}

/** Writes the records of `data` last first. */
async function reverseRecords(data: Buffer, search: BackwardSearch, before: boolean, out: ByteWriter): Promise<void> {
  let pastEnd = data.length;
  let limit = data.length;
  for (;;) {
    const m = search(limit);
    if (!m) break;
    const [start, end] = m;
    if (before) {
      out.put(data, start, pastEnd);
      pastEnd = start;
    } else {
      if (end !== pastEnd) out.put(data, end, pastEnd);
      pastEnd = end;
    }
    if (out.full) await out.flush();
    limit = start;
  }
  out.put(data, 0, pastEnd);
}

async function readWhole(ctx: CommandContext, operand: string): Promise<Buffer> {
  const chunks: Uint8Array[] = [];
  for await (const c of openInput(ctx, operand)) chunks.push(Uint8Array.prototype.slice.call(c));
  const all = concatBytes(chunks);
  return Buffer.from(all.buffer, all.byteOffset, all.byteLength);
}

/** tac [OPTION]... [FILE]... */
export const tac = defineCommand({
  name: 'tac',
  summary: 'concatenate and print files in reverse',
  help: HELP,
  flags: [
    { short: 'b', long: 'before' },
    { short: 'r', long: 'regex' },
    { short: 's', long: 'separator', arg: 'required' },
  ],
  async run(ctx, p) {
    const sepText = p.get('separator') ?? '\n';
    const sep = sepText === '' ? Buffer.from([0]) : Buffer.from(sepText, 'utf8');
    let re: RegExp | null = null;
    if (p.has('regex')) {
      try {
        re = emacsRegex(sep.toString('latin1'), 'ys');
      } catch (e) {
        await writeText(ctx.stderr, `tac: ${(e as Error).message}\n`);
        return 1;
      }
    }
    const out = new ByteWriter(ctx.stdout);
    let status = 0;
    for (const operand of operandsOrStdin(p.operands)) {
      let data: Buffer;
      try {
        data = await readWhole(ctx, operand);
      } catch (e) {
        if (!(e instanceof InputError)) throw e;
        const message =
          e.code === 'EISDIR'
            ? `${quote(operand)}: read error: Invalid argument`
            : `failed to open ${quoteAlways(operand)} for reading: ${e.reason}`;
        await writeText(ctx.stderr, `tac: ${message}\n`);
        status = 1;
        continue;
      }
      const search = re ? regexSearch(ctx, data, re) : literalSearch(data, sep);
      await reverseRecords(data, search, p.has('before'), out);
    }
    await out.flush();
    return status;
  },
});
