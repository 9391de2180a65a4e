/** unexpand: convert runs of blanks to tabs (GNU unexpand: leading blanks only unless -a or -t). */
import type { Command } from '../../core/command.js';
import { writeText } from '../../core/io.js';
import { defineCommand } from '../lib/define.js';
import { rewriteNumericOptions, withArgs } from './shared/args.js';
import { concatInputs, type InputError, inputMessage } from './shared/input.js';
import { ByteWriter } from './shared/output.js';
import { nextTabColumn, TabStopParser, type TabStops } from './shared/tabstops.js';

const HELP = `Usage: unexpand [OPTION]... [FILE]...
Replace runs of blanks in each FILE by tabs, writing to standard output.

With no FILE, or when FILE is -, read standard input.

Mandatory arguments to long options are mandatory for short options too.
  -a, --all        convert every run of blanks, not only the leading ones
      --first-only  convert only the leading blanks (cancels -a)
  -t, --tabs=N     put tab stops every N columns instead of every 8 (implies -a)
  -t, --tabs=LIST  put tab stops at the comma-separated columns of LIST,
                     with '/' or '+' before the last value as for expand
                     (implies -a)
      --help        display this help and exit
`;

const NL = 0x0a;
const TAB = 0x09;
const LEGACY_TABS = '\u0000';

/** GNU unexpand's per-line state machine, fed one byte at a time (-1 = end of input). */
class Unexpander {
  private column = 0;
  private nextTab = 0;
  private readonly index = { at: 0 };
  private convert = true;
  private prevBlank = true;
  private oneBlankBeforeStop = false;
  private pending: number[] = [];

  constructor(
    private readonly stops: TabStops,
    private readonly entireLine: boolean,
    private readonly out: ByteWriter,
  ) {}

  feed(input: number): void {
    let c = input;
    if (this.convert) {
      const blank = c === 0x20 || c === TAB;
      if (blank) {
        const next = nextTabColumn(this.stops, this.column, this.index);
        if (next < 0) this.convert = false;
        else this.nextTab = next;
        if (this.convert) {
          if (c === TAB) {
            this.column = this.nextTab;
            if (this.pending.length > 0) this.pending[0] = TAB;
          } else {
            this.column++;
            if (!(this.prevBlank && this.column === this.nextTab)) {
              if (this.column === this.nextTab) this.oneBlankBeforeStop = true;
              this.pending.push(c);
              this.prevBlank = true;
              return;
            }
            c = TAB;
            if (this.pending.length > 0) this.pending[0] = TAB;
          }
          this.pending.length = this.oneBlankBeforeStop ? Math.min(1, this.pending.length) : 0;
        }
      } else if (c === 0x08) {
        if (this.column > 0) this.column--;
        this.nextTab = this.column;
        if (this.index.at > 0) this.index.at--;
      } else {
        this.column++;
      }
      if (this.pending.length > 0) {
        if (this.pending.length > 1 && this.oneBlankBeforeStop) this.pending[0] = TAB;
        for (const b of this.pending) this.out.putByte(b);
        this.pending.length = 0;
        this.oneBlankBeforeStop = false;
      }
      this.prevBlank = blank;
      this.convert &&= this.entireLine || blank;
    }
    if (c < 0) return;
    this.out.putByte(c);
    if (c === NL) this.newLine();
  }

  private newLine(): void {
    this.column = this.nextTab = this.index.at = 0;
    this.convert = this.prevBlank = true;
    this.oneBlankBeforeStop = false;
    this.pending.length = 0;
  }
}

const command = defineCommand({
  name: 'unexpand',
  summary: 'convert spaces to tabs',
  help: HELP,
  flags: [
    { short: 'a', long: 'all' },
    { long: 'first-only' },
    { short: 't', long: 'tabs', arg: 'required' },
    // `-N` is rewritten to this option, which no user can type: it sets stops without implying -a.
    { key: 'legacy-tabs', short: LEGACY_TABS, arg: 'required' },
  ],
  async run(ctx, p) {
    const parser = new TabStopParser('unexpand');
    for (const [key, spec] of p.order) if ((key === 'tabs' || key === 'legacy-tabs') && spec !== true) parser.add(spec);
    const stops = parser.finish();
    const entireLine = (p.has('all') || p.has('tabs')) && !p.has('first-only');
    const out = new ByteWriter(ctx.stdout);
    const machine = new Unexpander(stops, entireLine, out);
    let status = 0;
    const report = async (e: InputError) => {
      await out.flush();
      await writeText(ctx.stderr, inputMessage('unexpand', e));
      status = 1;
    };
    for await (const chunk of concatInputs(ctx, p.operands, report)) {
      ctx.signal.throwIfAborted();
      for (let i = 0; i < chunk.length; i++) {
        machine.feed(chunk[i]);
        if (out.full) await out.flush();
      }
    }
    machine.feed(-1);
    await out.flush();
    return status;
  },
});

/** unexpand [OPTION]... [FILE]... (and the obsolete unexpand -N, which sets stops without implying -a) */
export const unexpand: Command = {
  ...command,
  run: (ctx) =>
    command.run(
      withArgs(
        ctx,
        rewriteNumericOptions(ctx.args, (n) => `-${LEGACY_TABS}${n}`),
      ),
    ),
};
