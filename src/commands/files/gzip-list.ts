/** gzip -l: compressed and uncompressed sizes of gzip files, read from their trailers. */
import type { CommandContext } from '../../core/command.js';
import { toFsError } from '../../core/errors.js';
import { readAll, writeText } from '../../core/io.js';

/** Bytes of a gzip header before the deflate data; null when it is not a gzip file. */
function headerLength(head: Uint8Array): number | null {
  if (head.length < 10 || head[0] !== 0x1f || head[1] !== 0x8b) return null;
  const flags = head[3];
  let at = 10;
  if (flags & 0x04) at += 2 + (head[at] | (head[at + 1] << 8));
  for (const bit of [0x08, 0x10]) {
    if (flags & bit) {
      while (at < head.length && head[at] !== 0) at++;
      at++;
    }
  }
  if (flags & 0x02) at += 2;
  return at;
}

function row(compressed: string, uncompressed: string, ratio: string, name: string): string {
  return `${compressed.padStart(19)} ${uncompressed.padStart(19)} ${ratio.padStart(5)}${ratio ? '%' : ''} ${name}\n`;
}

/** Lists each operand; returns the exit status. */
export async function gzipList(ctx: CommandContext, operands: readonly string[]): Promise<number> {
  let status = 0;
  let header = false;
  let totalPacked = 0;
  let totalPlain = 0;
  let listed = 0;
  for (const name of operands.length > 0 ? operands : ['-']) {
    let size: number;
    let head: Uint8Array;
    let tail: Uint8Array;
    try {
      if (name === '-') {
        const all = await readAll(ctx.stdin);
        [size, head, tail] = [all.length, all.subarray(0, 4096), all.subarray(Math.max(0, all.length - 4))];
      } else {
        const path = ctx.resolve(name);
        size = (await ctx.fs.stat(path)).size;
        head = await readAll(ctx.fs.read(path, { start: 0, end: 4096, signal: ctx.signal }));
        tail = await readAll(ctx.fs.read(path, { start: Math.max(0, size - 4), end: size, signal: ctx.signal }));
      }
    } catch (e) {
      await writeText(ctx.stderr, `gzip: ${name}: ${toFsError(e, name).reason}\n`);
      status = 1;
      continue;
    }
    const hl = headerLength(head);
    if (hl === null || size < hl + 8) {
      await writeText(ctx.stderr, `gzip: ${name}: not in gzip format\n`);
      status = 1;
      continue;
    }
    const plain = Buffer.from(tail).readUInt32LE(0);
    const deflated = size - hl - 8;
    if (!header) {
      await writeText(ctx.stdout, '         compressed        uncompressed  ratio uncompressed_name\n');
      header = true;
    }
    const ratio = plain === 0 ? 0 : ((plain - deflated) * 100) / plain;
    const shown = name === '-' ? '' : name.replace(/(\.gz|-gz|\.z|-z|_z|\.Z)$/, '').replace(/\.t[ga]z$/, '.tar');
    await writeText(ctx.stdout, row(String(size), String(plain), ratio.toFixed(1), shown));
    totalPacked += size;
    totalPlain += plain;
    listed++;
  }
  if (listed > 1) {
    const ratio = totalPlain === 0 ? 0 : ((totalPlain - (totalPacked - listed * 18)) * 100) / totalPlain;
    await writeText(ctx.stdout, row(String(totalPacked), String(totalPlain), ratio.toFixed(1), '(totals)'));
  }
  return status;
}
