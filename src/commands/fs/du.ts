/**
 * du: estimate space use. Virtual mounts have no block allocation, so a file
 * counts as its size rounded up to whole KiB (--apparent-size: exact bytes).
 */
import type { CommandContext } from '../../core/command.js';
import { writeText } from '../../core/io.js';
import type { FileStat } from '../../core/resource.js';
import { defineCommand } from '../lib/define.js';
import { allocatedKiB } from '../lib/file-meta.js';
import { type ParsedFlags, usageError } from '../lib/flags.js';
import { humanSize, inBlocks } from '../lib/human-size.js';
import { quoteAlways } from '../lib/quote.js';
import { TextBatcher } from '../lib/text-batch.js';
import { type WalkNode, walkTree } from '../lib/walk.js';
import { reasonOf, resolveOperand } from './fs-errors.js';

const HELP = `Usage: du [OPTION]... [FILE]...
Summarize the space used by each FILE, recursively for directories.

Virtual mounts have no disk blocks: every file counts as its size rounded up
to whole 1 KiB blocks, and --apparent-size counts exact bytes instead.

  -a, --all             print every file, not only directories
      --apparent-size   count bytes rather than 1 KiB blocks per file
  -b, --bytes           same as --apparent-size --block-size=1
  -c, --total           print a grand total
  -d, --max-depth=N     print a total for a directory only when it is at most
                          N levels below the operand
  -h, --human-readable  print sizes like 1K 234M 2G
  -k                    print sizes in 1024-byte blocks (the default)
  -m                    print sizes in 1 MiB blocks
  -s, --summarize       print only a total for each operand
  -0, --null            end each output line with NUL instead of newline
      --help     display this help and exit
`;

interface DuOptions {
  readonly all: boolean;
  readonly apparent: boolean;
  /** Bytes per printed unit; 0 for -h. */
  readonly blockSize: number;
  readonly maxDepth: number;
  readonly end: string;
}

/** Bytes `st` counts for. */
function usage(st: FileStat, apparent: boolean): number {
  return apparent ? st.size : allocatedKiB(st) * 1024;
}

function sizeText(bytes: number, o: DuOptions): string {
  return o.blockSize === 0 ? humanSize(bytes) : String(inBlocks(bytes, o.blockSize));
}

function readOptions(p: ParsedFlags): DuOptions {
  let blockSize = 1024;
  let apparent = p.has('apparent-size');
  for (const [key] of p.order) {
    if (key === 'bytes') {
      blockSize = 1;
      apparent = true;
    } else if (key === 'k') blockSize = 1024;
    else if (key === 'm') blockSize = 1024 * 1024;
    else if (key === 'human-readable') blockSize = 0;
  }
  const summarize = p.has('summarize');
  const depthText = p.get('max-depth');
  let maxDepth = Number.POSITIVE_INFINITY;
  if (depthText !== undefined) {
    if (!/^\+?\d+$/.test(depthText)) throw usageError('du', `invalid maximum depth ${quoteAlways(depthText)}`);
    maxDepth = Number(depthText);
  }
  if (summarize && p.has('all')) throw usageError('du', 'cannot both summarize and show all entries');
  if (summarize && depthText !== undefined && maxDepth !== 0) {
    throw usageError('du', `warning: summarizing conflicts with --max-depth=${maxDepth}`);
  }
  if (summarize) maxDepth = 0;
  return { all: p.has('all'), apparent, blockSize, maxDepth, end: p.has('null') ? '\0' : '\n' };
}

/** Sums one operand's tree, printing lines as directories complete; returns the total bytes. */
async function measure(
  ctx: CommandContext,
  root: WalkNode,
  o: DuOptions,
  out: TextBatcher,
): Promise<[number, boolean]> {
  const sums: number[] = [];
  let ok = true;
  const line = (bytes: number, display: string) => out.add(`${sizeText(bytes, o)}\t${display}${o.end}`);
  await walkTree(
    ctx.fs,
    root,
    {
      enter: (node) => {
        sums[node.depth] = usage(node.stat, o.apparent);
        return true;
      },
      leaf: async (node) => {
        const bytes = usage(node.stat, o.apparent);
        if (node.depth > 0) sums[node.depth - 1] += bytes;
        else sums[0] = bytes;
        if ((o.all || node.depth === 0) && node.depth <= o.maxDepth) await line(bytes, node.display);
      },
      leave: async (node) => {
        const bytes = sums[node.depth];
        if (node.depth > 0) sums[node.depth - 1] += bytes;
        if (node.depth <= o.maxDepth) await line(bytes, node.display);
      },
      error: async (display, error) => {
        await out.flush();
        await writeText(ctx.stderr, `du: cannot read directory ${quoteAlways(display)}: ${error.reason}\n`);
        ok = false;
      },
    },
    ctx.signal,
  );
  return [sums[0] ?? 0, ok];
}

/** du [OPTION]... [FILE]... */
export const du = defineCommand({
  name: 'du',
  summary: 'estimate file space usage',
  help: HELP,
  flags: [
    { short: 'a', long: 'all' },
    { long: 'apparent-size' },
    { short: 'b', long: 'bytes' },
    { short: 'c', long: 'total' },
    { short: 'd', long: 'max-depth', arg: 'required' },
    { short: 'h', long: 'human-readable' },
    { short: 'k', key: 'k' },
    { short: 'm', key: 'm' },
    { short: 's', long: 'summarize' },
    { short: '0', long: 'null' },
  ],
  async run(ctx, p) {
    const o = readOptions(p);
    const out = new TextBatcher(ctx.stdout);
    let status = 0;
    let total = 0;
    for (const arg of p.operands.length > 0 ? p.operands : ['.']) {
      ctx.signal.throwIfAborted();
      let st: FileStat;
      let path: string;
      try {
        path = resolveOperand(ctx, arg);
        st = await ctx.fs.lstat(path, { signal: ctx.signal });
        if (arg.endsWith('/') && st.type === 'symlink') st = await ctx.fs.stat(path);
      } catch (e) {
        await out.flush();
        await writeText(ctx.stderr, `du: cannot access ${quoteAlways(arg)}: ${reasonOf(e)}\n`);
        status = 1;
        continue;
      }
      const [bytes, ok] = await measure(ctx, { path, display: arg, depth: 0, stat: st }, o, out);
      total += bytes;
      if (!ok) status = 1;
    }
    if (p.has('total')) await out.add(`${sizeText(total, o)}\ttotal${o.end}`);
    await out.flush();
    return status;
  },
});
