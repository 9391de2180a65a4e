/** tar -c: walk the operands through ctx.fs and stream a ustar archive built with tar-stream. */
import type { Header, Pack } from 'tar-stream';
import type { CommandContext } from '../../core/command.js';
import { toFsError } from '../../core/errors.js';
import { MAX_WALK_DEPTH } from '../../core/limits.js';
import { joinPath, resolvePath } from '../../core/path.js';
import type { FileStat } from '../../core/resource.js';
import { groupName, idOf, ownerName } from '../lib/file-meta.js';
import type { TarRun } from './tar-types.js';

function waitDrain(w: { once(event: string, fn: () => void): unknown }): Promise<void> {
  return new Promise((resolve) => {
    w.once('drain', resolve);
    w.once('close', resolve);
  });
}

/** Streams the archive of `operands` (relative to the -C directory). */
export async function* createArchive(
  ctx: CommandContext,
  run: TarRun,
  operands: readonly string[],
): AsyncGenerator<Uint8Array> {
  // Loaded on first use: the SDK's import time should not pay for tar.
  const pack = (await import('tar-stream')).pack();
  const producer = (async () => {
    try {
      for (const operand of operands) {
        if (pack.destroyed) break;
        await addOperand(ctx, run, pack, operand);
      }
      pack.finalize();
    } catch (e) {
      pack.destroy(e as Error);
    }
  })();
  try {
    for await (const chunk of pack) yield chunk as Uint8Array;
  } finally {
    pack.destroy();
    await producer;
  }
}

async function addOperand(ctx: CommandContext, run: TarRun, pack: Pack, operand: string): Promise<void> {
  let member = operand.replace(/\/+$/, '') || operand;
  if (member.startsWith('/')) {
    await run.removingLeadingSlash();
    member = member.replace(/^\/+/, '');
  }
  const path = resolvePath(run.base, operand);
  let stat: FileStat;
  try {
    stat = await ctx.fs.lstat(path);
  } catch (e) {
    await run.error(`${operand}: Cannot stat: ${toFsError(e, operand).reason}`);
    return;
  }
  await addNode(ctx, run, pack, path, member, stat, 0);
}

function header(run: TarRun, name: string, stat: FileStat): Partial<Header> & Pick<Header, 'name'> {
  const uname = run.owner ?? ownerName(stat);
  const gname = run.group ?? groupName(stat);
  return {
    name,
    mode: stat.mode & 0o7777,
    mtime: new Date(Math.floor(stat.mtimeMs / 1000) * 1000),
    uname,
    gname,
    uid: idOf(uname),
    gid: idOf(gname),
  };
}

async function addNode(
  ctx: CommandContext,
  run: TarRun,
  pack: Pack,
  path: string,
  member: string,
  stat: FileStat,
  depth: number,
): Promise<void> {
  ctx.signal.throwIfAborted();
  if (run.excluded(member)) return;
  if (stat.type === 'directory') {
    await run.verbose(`${member}/`);
    await entry(pack, { ...header(run, `${member}/`, stat), type: 'directory', size: 0 });
    if (depth >= MAX_WALK_DEPTH) return;
    let names: { name: string }[];
    try {
      names = await ctx.fs.readdir(path, { signal: ctx.signal });
    } catch (e) {
      await run.error(`${member}: Cannot open: ${toFsError(e, member).reason}`);
      return;
    }
    for (const { name } of names) {
      const child = joinPath(path, name);
      let childStat: FileStat;
      try {
        childStat = await ctx.fs.lstat(child);
      } catch (e) {
        await run.error(`${member}/${name}: Cannot stat: ${toFsError(e, name).reason}`);
        continue;
      }
      await addNode(ctx, run, pack, child, `${member}/${name}`, childStat, depth + 1);
    }
    return;
  }
  await run.verbose(member);
  const earlier = run.archived.get(path);
  if (earlier !== undefined && stat.type === 'file') {
    // A file met twice is stored once; later names become hard links to the first.
    await entry(pack, { ...header(run, member, stat), type: 'link', linkname: earlier, size: 0 });
    return;
  }
  if (stat.type === 'file') run.archived.set(path, member);
  if (stat.type === 'symlink') {
    const target = await ctx.fs.readlink(path);
    await entry(pack, { ...header(run, member, stat), type: 'symlink', linkname: target, size: 0 });
    return;
  }
  const w = pack.entry({ ...header(run, member, stat), type: 'file', size: stat.size });
  const done = new Promise<void>((resolve, reject) => {
    w.once('close', resolve);
    w.once('error', reject);
  });
  try {
    for await (const chunk of ctx.fs.read(path, { signal: ctx.signal })) {
      if (!w.write(chunk)) await waitDrain(w);
    }
    w.end(undefined);
  } catch (e) {
    await run.error(`${member}: Read error: ${toFsError(e, member).reason}`);
    w.destroy(e as Error);
    throw e;
  }
  await done;
}

function entry(pack: Pack, h: Partial<Header> & Pick<Header, 'name'>): Promise<void> {
  return new Promise((resolve, reject) => {
    pack.entry(h, (err?: Error | null) => (err ? reject(err) : resolve()));
  });
}
