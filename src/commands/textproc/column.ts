/**
 * column: util-linux column in the C locale: fill columns (or rows with -x) at
 * tab stops within the output width, or align a table with -t. Bytes outside
 * printable ASCII are shown as \xHH, as util-linux does when they are not
 * valid characters of the locale.
 */
import type { CommandContext } from '../../core/command.js';
import { UsageError } from '../../core/errors.js';
import { writeText } from '../../core/io.js';
import { defineCommand } from '../lib/define.js';
import type { ParsedFlags } from '../lib/flags.js';
import { InputError, openInput } from './shared/input.js';
import { LineReader } from './shared/line-reader.js';
import { ByteWriter } from './shared/output.js';

const HELP = `Usage:
 column [options] [<file>...]

Arrange a list in columns.

Options:
 -t, --table                      align the input as a table
 -L, --keep-empty-lines           keep empty lines instead of dropping them
 -c, --output-width <width>       output width in characters
 -o, --output-separator <string>  table column separator (default two spaces)
 -s, --separator <string>         characters that separate table cells
 -x, --fillrows                   fill rows before columns

 -h, --help                       show this help and exit

For more details see column(1).
`;

const TAB_WIDTH = 8;

/** A piece of output text with its display width. */
interface Cell {
  readonly text: Buffer;
  readonly width: number;
}

/** Makes an input string safe to print: invalid (non-ASCII) bytes become \xHH. */
function cellOf(bytes: Buffer): Cell {
  let escaped = false;
  for (const b of bytes) if (b >= 0x80) escaped = true;
  const text = escaped
    ? Buffer.from(
        [...bytes].map((b) => (b >= 0x80 ? `\\x${b.toString(16)}` : String.fromCharCode(b))).join(''),
        'latin1',
      )
    : bytes;
  let width = 0;
  for (const b of text) if (b >= 0x20 && b < 0x7f) width++;
  return { text, width };
}

function splitCells(line: Buffer, seps: Buffer, greedy: boolean): Buffer[] {
  const cells: Buffer[] = [];
  let start = 0;
  const isSep = (c: number) => seps.includes(c);
  let i = 0;
  if (greedy) {
    while (i < line.length && isSep(line[i])) i++;
    start = i;
  }
  for (; i < line.length; i++) {
    if (!isSep(line[i])) continue;
    cells.push(line.subarray(start, i));
    if (greedy) while (i + 1 < line.length && isSep(line[i + 1])) i++;
    start = i + 1;
  }
  if (start < line.length || !greedy) cells.push(line.subarray(start));
  return cells;
}

function printTable(rows: Cell[][], sep: Buffer, out: ByteWriter): void {
  const ncols = rows.reduce((n, r) => Math.max(n, r.length), 0);
  const widths = new Array<number>(ncols).fill(0);
  for (const r of rows) {
    for (let i = 0; i < r.length; i++) widths[i] = Math.max(widths[i], r[i].width);
  }
  for (const r of rows) {
    for (let i = 0; i < ncols; i++) {
      const c = r[i];
      if (c) out.put(c.text);
      if (i === ncols - 1) break;
      out.put(Buffer.alloc(widths[i] - (c ? c.width : 0), 0x20));
      out.put(sep);
    }
    out.putByte(0x0a);
  }
}

/** Pads with tabs from `chars` up to the stop at or before `end`, as util-linux does. */
function tabTo(chars: number, end: number, out: ByteWriter): number {
  let n = chars;
  for (let next = (n + TAB_WIDTH) & ~(TAB_WIDTH - 1); next <= end; next = (n + TAB_WIDTH) & ~(TAB_WIDTH - 1)) {
    out.putByte(0x09);
    n = next;
  }
  return n;
}

function printColumns(entries: Cell[], termWidth: number, fillRows: boolean, out: ByteWriter): void {
  const maxLength = (entries.reduce((n, e) => Math.max(n, e.width), 0) + TAB_WIDTH) & ~(TAB_WIDTH - 1);
  if (maxLength >= termWidth) {
    for (const e of entries) {
      out.put(e.text);
      out.putByte(0x0a);
    }
    return;
  }
  const numCols = Math.max(1, Math.floor(termWidth / maxLength));
  if (fillRows) {
    let chars = 0;
    let col = 0;
    let end = maxLength;
    entries.forEach((e, k) => {
      out.put(e.text);
      chars += e.width;
      if (k === entries.length - 1) return;
      if (++col === numCols) {
        chars = col = 0;
        end = maxLength;
        out.putByte(0x0a);
      } else {
        chars = tabTo(chars, end, out);
        end += maxLength;
      }
    });
    if (chars) out.putByte(0x0a);
    return;
  }
  const numRows = Math.ceil(entries.length / numCols);
  for (let row = 0; row < numRows; row++) {
    let end = maxLength;
    let chars = 0;
    for (let base = row, col = 0; col < numCols; col++) {
      out.put(entries[base].text);
      chars += entries[base].width;
      base += numRows;
      if (base >= entries.length) break;
      chars = tabTo(chars, end, out);
      end += maxLength;
    }
    out.putByte(0x0a);
  }
}

function widthOf(ctx: CommandContext, p: ParsedFlags): number {
  const text = p.get('output-width') ?? ctx.env.COLUMNS;
  if (text === undefined) return 80;
  const n = /^[0-9]+$/.test(text) ? Number(text) : Number.NaN;
  if (Number.isNaN(n)) {
    if (p.has('output-width')) throw new UsageError(`column: invalid columns argument: '${text}'\n`, 1);
    return 80;
  }
  return n;
}

async function run(ctx: CommandContext, p: ParsedFlags): Promise<number> {
  const table = p.has('table');
  if (table && p.has('fillrows')) throw new UsageError('column: mutually exclusive arguments: --table --fillrows\n', 1);
  const termWidth = widthOf(ctx, p);
  const keepEmpty = p.has('keep-empty-lines');
  const sepText = p.get('separator');
  const seps = Buffer.from(sepText ?? ' \t', 'utf8');
  const outSep = Buffer.from(p.get('output-separator') ?? '  ', 'utf8');
  const rows: Cell[][] = [];
  const entries: Cell[] = [];
  let status = 0;
  for (const operand of p.operands.length > 0 ? p.operands : [null]) {
    const reader = new LineReader(openInput(ctx, operand, true));
    try {
      for (let line = await reader.next(); line; line = await reader.next()) {
        ctx.signal.throwIfAborted();
        let bytes = line.bytes;
        if (!table) {
          let s = 0;
          while (s < bytes.length && (bytes[s] === 0x20 || bytes[s] === 0x09)) s++;
          if (s === bytes.length) bytes = bytes.subarray(s);
        }
        if (bytes.length === 0 || (table && splitCells(bytes, seps, true).length === 0 && sepText === undefined)) {
          if (!keepEmpty) continue;
        }
        if (table) rows.push(splitCells(Buffer.from(bytes), seps, sepText === undefined).map(cellOf));
        else entries.push(cellOf(Buffer.from(bytes)));
      }
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      if (e.code === 'EISDIR') {
        // A failed read (unlike a failed open) ends util-linux column at once.
        await writeText(ctx.stderr, `column: read failed: ${e.reason}\n`);
        return 1;
      }
      await writeText(ctx.stderr, `column: ${e.operand}: ${e.reason}\n`);
      // util-linux column's exit status counts the files it could not open.
      status++;
    }
  }
  const out = new ByteWriter(ctx.stdout);
  if (table) printTable(rows, outSep, out);
  else if (entries.length > 0) printColumns(entries, termWidth, p.has('fillrows'), out);
  await out.flush();
  return status;
}

/** column [options] [file...] */
export const column = defineCommand({
  name: 'column',
  summary: 'columnate lists',
  help: HELP,
  flags: [
    { short: 't', long: 'table' },
    { short: 'L', long: 'keep-empty-lines' },
    { short: 'c', long: 'output-width', arg: 'required' },
    { short: 'o', long: 'output-separator', arg: 'required' },
    { short: 's', long: 'separator', arg: 'required' },
    { short: 'x', long: 'fillrows' },
    { short: 'h', key: '__help' },
  ],
  run,
});
