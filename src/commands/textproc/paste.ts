/** paste: merge lines of files side by side, or each file into one line with -s (GNU paste). */
import type { CommandContext } from '../../core/command.js';
import { UsageError } from '../../core/errors.js';
import { writeText } from '../../core/io.js';
import { defineCommand } from '../lib/define.js';
import type { ParsedFlags } from '../lib/flags.js';
import { InputError, inputMessage, openInput, operandsOrStdin, primed } from './shared/input.js';
import { LineReader } from './shared/line-reader.js';
import { ByteWriter } from './shared/output.js';

const HELP = `Usage: paste [OPTION]... [FILE]...
Write the lines of each FILE side by side, separated by TABs, to standard
output.

With no FILE, or when FILE is -, read standard input.

Mandatory arguments to long options are mandatory for short options too.
  -d, --delimiters=LIST   separate with the characters of LIST in turn
  -s, --serial            join all lines of one file, then the next file
  -z, --zero-terminated    lines end with a NUL byte, not a newline
      --help        display this help and exit

LIST may use \\n, \\t, \\\\ and \\0 (no delimiter), as well as \\b \\f \\r \\v.
`;

/** A delimiter slot: one byte, or none (\\0). */
type Delim = number | null;

const ESCAPES: Record<string, Delim> = { '0': null, b: 8, f: 12, n: 10, r: 13, t: 9, v: 11, '\\': 0x5c };

/** GNU's collapse_escapes over the -d list. */
function parseDelimiters(text: string): Delim[] {
  const bytes = Buffer.from(text === '' ? '\\0' : text, 'utf8');
  const out: Delim[] = [];
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] !== 0x5c) {
      out.push(bytes[i]);
      continue;
    }
    if (i + 1 >= bytes.length) {
      throw new UsageError(`paste: delimiter list ends with an unescaped backslash: ${text}\n`, 1);
    }
    const c = String.fromCharCode(bytes[++i]);
    out.push(c in ESCAPES ? ESCAPES[c] : bytes[i]);
  }
  return out;
}

class DelimCycle {
  private at = 0;
  constructor(private readonly list: readonly Delim[]) {}
  reset(): void {
    this.at = 0;
  }
  next(): Delim {
    const d = this.list[this.at];
    this.at = (this.at + 1) % this.list.length;
    return d;
  }
}

async function serial(ctx: CommandContext, p: ParsedFlags, delims: Delim[], eol: number): Promise<number> {
  const out = new ByteWriter(ctx.stdout);
  const cycle = new DelimCycle(delims);
  let status = 0;
  for (const operand of operandsOrStdin(p.operands)) {
    cycle.reset();
    const reader = new LineReader(openInput(ctx, operand), eol);
    try {
      let first = true;
      for (let line = await reader.next(); line; line = await reader.next()) {
        if (!first) {
          const d = cycle.next();
          if (d !== null) out.putByte(d);
        }
        first = false;
        out.put(line.bytes);
        if (out.full) await out.flush();
      }
      out.putByte(eol);
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      // An unreadable file that could be opened (a directory) still ends its output line.
      if (e.code === 'EISDIR') out.putByte(eol);
      await out.flush();
      await writeText(ctx.stderr, inputMessage('paste', e));
      status = 1;
    }
  }
  await out.flush();
  return status;
}

/** One input column of parallel mode; '-' operands share one reader of stdin. */
interface Column {
  readonly reader: LineReader;
  open: boolean;
}

async function parallel(ctx: CommandContext, p: ParsedFlags, delims: Delim[], eol: number): Promise<number> {
  const operands = operandsOrStdin(p.operands);
  let status = 0;
  let stdinReader: LineReader | null = null;
  const columns: Column[] = [];
  for (const operand of operands) {
    if (operand === '-') {
      stdinReader ??= new LineReader(ctx.stdin, eol);
      columns.push({ reader: stdinReader, open: true });
      continue;
    }
    try {
      columns.push({ reader: new LineReader(await primed(openInput(ctx, operand)), eol), open: true });
    } catch (e) {
      if (!(e instanceof InputError) || e.code !== 'EISDIR') throw e;
      await writeText(ctx.stderr, inputMessage('paste', e));
      status = 1;
      columns.push({ reader: new LineReader((async function* () {})(), eol), open: false });
    }
  }
  const out = new ByteWriter(ctx.stdout);
  const cycle = new DelimCycle(delims);
  let openCount = columns.filter((c) => c.open).length;
  const saved: number[] = [];
  while (openCount > 0) {
    ctx.signal.throwIfAborted();
    cycle.reset();
    saved.length = 0;
    let someDone = false;
    for (let i = 0; i < columns.length && openCount > 0; i++) {
      const col = columns[i];
      const line = col.open ? await col.reader.next() : null;
      const last = i + 1 === columns.length;
      if (!line) {
        if (col.open) {
          col.open = false;
          openCount--;
        }
        if (last) {
          if (someDone) {
            for (const d of saved) out.putByte(d);
            out.putByte(eol);
          }
        } else {
          const d = cycle.next();
          if (d !== null) saved.push(d);
        }
        continue;
      }
      for (const d of saved) out.putByte(d);
      saved.length = 0;
      someDone = true;
      out.put(line.bytes);
      if (!last) {
        const d = cycle.next();
        if (d !== null) out.putByte(d);
      } else {
        out.putByte(eol);
      }
    }
    if (out.full) await out.flush();
  }
  await out.flush();
  return status;
}

/** paste [OPTION]... [FILE]... */
export const paste = defineCommand({
  name: 'paste',
  summary: 'merge lines of files',
  help: HELP,
  flags: [
    { short: 'd', long: 'delimiters', arg: 'required' },
    { short: 's', long: 'serial' },
    { short: 'z', long: 'zero-terminated' },
  ],
  async run(ctx, p) {
    const delims = parseDelimiters(p.get('delimiters') ?? '\t');
    const eol = p.has('zero-terminated') ? 0 : 0x0a;
    try {
      return await (p.has('serial') ? serial(ctx, p, delims, eol) : parallel(ctx, p, delims, eol));
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      await writeText(ctx.stderr, inputMessage('paste', e));
      return 1;
    }
  },
});
