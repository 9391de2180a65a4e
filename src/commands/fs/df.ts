/**
 * df: one line per mount. Filesystem and Type are the resource kind; backends
 * report no capacity, so sizes are 0 and Use% is '-'.
 */
import type { CommandContext } from '../../core/command.js';
import { writeText } from '../../core/io.js';
import type { MountInfo } from '../../core/vfs.js';
import { defineCommand } from '../lib/define.js';
import { humanSize } from '../lib/human-size.js';
import { quote } from '../lib/quote.js';
import { reasonOf, resolveOperand } from './fs-errors.js';

const HELP = `Usage: df [OPTION]... [FILE]...
Show every mount, or the mounts holding each FILE: its backend kind, sizes and
mount point. Backends report no capacity, so sizes show as 0.

  -a, --all             include every mount (they always are)
  -h, --human-readable  print sizes like 1K 234M 2G
  -k                    print sizes in 1024-byte blocks (the default)
  -t, --type=TYPE       only mounts of backend kind TYPE
  -T, --print-type      print the backend kind in a Type column
  -x, --exclude-type=TYPE  leave out mounts of backend kind TYPE
      --help     display this help and exit
`;

interface Column {
  readonly header: string;
  readonly min: number;
  readonly left: boolean;
}

/** One row's cells for a mount with unknown capacity. */
function row(m: MountInfo, withType: boolean, human: boolean): string[] {
  const zero = human ? humanSize(0) : '0';
  const cells = [m.resource.kind];
  if (withType) cells.push(m.resource.kind);
  cells.push(zero, zero, zero, '-', m.path);
  return cells;
}

function columns(withType: boolean, human: boolean): Column[] {
  const cols: Column[] = [{ header: 'Filesystem', min: 14, left: true }];
  if (withType) cols.push({ header: 'Type', min: 4, left: true });
  cols.push(
    { header: human ? 'Size' : '1K-blocks', min: 5, left: false },
    { header: 'Used', min: 5, left: false },
    { header: human ? 'Avail' : 'Available', min: 5, left: false },
    { header: 'Use%', min: 4, left: false },
    { header: 'Mounted on', min: 0, left: true },
  );
  return cols;
}

/** Aligns rows the way GNU df does: minimum widths, numbers right, the last column unpadded. */
function table(cols: readonly Column[], rows: readonly string[][]): string {
  const all = [cols.map((c) => c.header), ...rows];
  const widths = cols.map((c, i) => Math.max(c.min, ...all.map((r) => r[i].length)));
  return all
    .map((r) =>
      r
        .map((cell, i) => {
          if (i === cols.length - 1) return cell;
          return cols[i].left ? cell.padEnd(widths[i]) : cell.padStart(widths[i]);
        })
        .join(' '),
    )
    .map((line) => `${line}\n`)
    .join('');
}

async function mountsFor(ctx: CommandContext, operands: readonly string[]): Promise<[MountInfo[], number]> {
  if (operands.length === 0) return [[...ctx.fs.mounts()], 0];
  const found: MountInfo[] = [];
  let status = 0;
  for (const arg of operands) {
    try {
      const path = resolveOperand(ctx, arg);
      await ctx.fs.stat(path);
      const where = ctx.fs.resolve(path);
      if (where) found.push(where.mount);
    } catch (e) {
      await writeText(ctx.stderr, `df: ${quote(arg)}: ${reasonOf(e)}\n`);
      status = 1;
    }
  }
  return [found, status];
}

/** df [OPTION]... [FILE]... */
export const df = defineCommand({
  name: 'df',
  summary: 'report file system space usage',
  help: HELP,
  flags: [
    { short: 'a', long: 'all' },
    { short: 'h', long: 'human-readable' },
    { short: 'k', key: 'k' },
    { short: 't', long: 'type', arg: 'required' },
    { short: 'T', long: 'print-type' },
    { short: 'x', long: 'exclude-type', arg: 'required' },
  ],
  async run(ctx, p) {
    let human = false;
    for (const [key] of p.order) {
      if (key === 'human-readable') human = true;
      else if (key === 'k') human = false;
    }
    const only = p.lists.type ?? [];
    const exclude = p.lists['exclude-type'] ?? [];
    const [mounts, status] = await mountsFor(ctx, p.operands);
    const shown = mounts.filter(
      (m) => (only.length === 0 || only.includes(m.resource.kind)) && !exclude.includes(m.resource.kind),
    );
    if (shown.length === 0 && status === 0) {
      await writeText(ctx.stderr, 'df: no file systems processed\n');
      return 1;
    }
    const withType = p.has('print-type');
    if (shown.length > 0) {
      await writeText(
        ctx.stdout,
        table(
          columns(withType, human),
          shown.map((m) => row(m, withType, human)),
        ),
      );
    }
    return status;
  },
});
