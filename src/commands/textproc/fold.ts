/** fold: wrap lines to a width in columns (tabs, backspace, CR as GNU counts them) or bytes. */
import type { Command, CommandContext } from '../../core/command.js';
import { writeText } from '../../core/io.js';
import { defineCommand } from '../lib/define.js';
import { rewriteNumericOptions, withArgs } from './shared/args.js';
import { lineBlocks } from './shared/blocks.js';
import { InputError, inputMessage, openInput, operandsOrStdin } from './shared/input.js';
import { decimalInRange } from './shared/numbers.js';
import { ByteWriter } from './shared/output.js';

const HELP = `Usage: fold [OPTION]... [FILE]...
Break the lines of each FILE so none is wider than a given width.

With no FILE, or when FILE is -, read standard input.

Mandatory arguments to long options are mandatory for short options too.
  -b, --bytes         measure width in bytes, not columns
  -s, --spaces        break after the last blank before the limit
  -w, --width=WIDTH   wrap at WIDTH columns (default 80)
      --help        display this help and exit
`;

const NL = 0x0a;
const TAB_WIDTH = 8;
const MAX_WIDTH = (1n << 64n) - 1n - BigInt(TAB_WIDTH) - 1n;

/** Wraps one input; `line` holds the current output line's bytes between calls. */
class Folder {
  private line = Buffer.allocUnsafe(256);
  private len = 0;
  private column = 0;

  constructor(
    private readonly width: number,
    private readonly bytes: boolean,
    private readonly spaces: boolean,
    private readonly out: ByteWriter,
  ) {}

  private advance(column: number, c: number): number {
    if (this.bytes) return column + 1;
    if (c === 0x08) return column > 0 ? column - 1 : 0;
    if (c === 0x0d) return 0;
    if (c === 0x09) return column + TAB_WIDTH - (column % TAB_WIDTH);
    return column + 1;
  }

  private push(c: number): void {
    if (this.len === this.line.length) {
      const bigger = Buffer.allocUnsafe(this.line.length * 2);
      this.line.copy(bigger, 0, 0, this.len);
      this.line = bigger;
    }
    this.line[this.len++] = c;
  }

  /** Feeds one byte, the way GNU fold's main loop does. */
  feed(c: number): void {
    if (c === NL) {
      this.push(c);
      this.out.put(this.line, 0, this.len);
      this.column = this.len = 0;
      return;
    }
    for (;;) {
      this.column = this.advance(this.column, c);
      if (this.column <= this.width) break;
      if (this.spaces && this.breakAtBlank()) continue;
      if (this.len === 0) break;
      this.push(NL);
      this.out.put(this.line, 0, this.len);
      this.column = this.len = 0;
    }
    this.push(c);
  }

  /** Emits the line up to its last blank and keeps the rest; false when there is no blank. */
  private breakAtBlank(): boolean {
    let end = this.len;
    while (end > 0) {
      const b = this.line[--end];
      if (b === 0x20 || b === 0x09) {
        end++;
        this.out.put(this.line, 0, end);
        this.out.putByte(NL);
        this.line.copy(this.line, 0, end, this.len);
        this.len -= end;
        this.column = 0;
        for (let i = 0; i < this.len; i++) this.column = this.advance(this.column, this.line[i]);
        return true;
      }
    }
    return false;
  }

  /** Writes the unterminated tail of the input. */
  finish(): void {
    if (this.len > 0) this.out.put(this.line, 0, this.len);
    this.len = this.column = 0;
  }
}

async function foldOne(ctx: CommandContext, operand: string, folder: Folder, out: ByteWriter): Promise<void> {
  try {
    for await (const block of lineBlocks(openInput(ctx, operand), NL)) {
      ctx.signal.throwIfAborted();
      for (let i = 0; i < block.length; i++) {
        folder.feed(block[i]);
        if (out.full) await out.flush();
      }
    }
  } finally {
    folder.finish();
  }
}

const command = defineCommand({
  name: 'fold',
  summary: 'wrap each input line to fit in specified width',
  help: HELP,
  flags: [
    { short: 'b', long: 'bytes' },
    { short: 's', long: 'spaces' },
    { short: 'w', long: 'width', arg: 'required' },
  ],
  async run(ctx, p) {
    const widthText = p.get('width');
    const width =
      widthText === undefined ? 80 : decimalInRange('fold', widthText, 1n, MAX_WIDTH, 'invalid number of columns');
    const out = new ByteWriter(ctx.stdout);
    const folder = new Folder(width, p.has('bytes'), p.has('spaces'), out);
    let status = 0;
    for (const operand of operandsOrStdin(p.operands)) {
      try {
        await foldOne(ctx, operand, folder, out);
      } catch (e) {
        if (!(e instanceof InputError)) throw e;
        await out.flush();
        await writeText(ctx.stderr, inputMessage('fold', e));
        status = 1;
      }
    }
    await out.flush();
    return status;
  },
});

/** fold [OPTION]... [FILE]... (and the obsolete fold -WIDTH) */
export const fold: Command = {
  ...command,
  run: (ctx) =>
    command.run(
      withArgs(
        ctx,
        rewriteNumericOptions(ctx.args, (n) => `-w${n}`),
      ),
    ),
};
