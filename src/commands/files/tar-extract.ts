/**
 * tar -t and -x: read an archive (gzip detected by its magic bytes), list
 * members in GNU's -tv format, or write them under the -C directory through
 * ctx.fs, refusing absolute and '..' member names as GNU does.
 */
import type { Header } from 'tar-stream';
import type { CommandContext } from '../../core/command.js';
import { toFsError } from '../../core/errors.js';
import { type ByteSource, writeText } from '../../core/io.js';
import { joinPath, parentPath } from '../../core/path.js';
import { strftime } from '../data/strftime.js';
import { TimeZone } from '../data/time-zone.js';
import type { TarRun } from './tar-types.js';
import { GzipFormatError, maybeGunzip } from './zlib-stream.js';

/** One member's body as tar-stream hands it over. */
type Body = AsyncIterable<unknown> & { resume(): unknown };

/** What to do with each member. */
export interface ReadOptions {
  readonly mode: 'list' | 'extract';
  readonly verbose: boolean;
  readonly toStdout: boolean;
  readonly strip: number;
  readonly numericOwner: boolean;
  /** Member names asked for on the command line (all when empty). */
  readonly members: readonly string[];
}

/** Raised when the input is not an archive at all. */
export class NotAnArchive extends Error {}

const TYPE_CHAR: Record<string, string> = { file: '-', directory: 'd', symlink: 'l', link: 'h' };

function modeString(h: Header): string {
  const m = h.mode ?? 0;
  const bit = (mask: number, c: string) => (m & mask ? c : '-');
  const x = (mask: number, special: number, set: string, unset: string) =>
    m & special ? (m & mask ? set : unset) : bit(mask, 'x');
  return (
    (TYPE_CHAR[h.type ?? 'file'] ?? '-') +
    bit(0o400, 'r') +
    bit(0o200, 'w') +
    x(0o100, 0o4000, 's', 'S') +
    bit(0o40, 'r') +
    bit(0o20, 'w') +
    x(0o10, 0o2000, 's', 'S') +
    bit(0o4, 'r') +
    bit(0o2, 'w') +
    x(0o1, 0o1000, 't', 'T')
  );
}

/** Lays out -tv lines; the owner/size column widens as GNU's does and stays wide. */
class VerboseLister {
  private width = 19;
  private readonly zone: TimeZone;

  constructor(
    ctx: CommandContext,
    private readonly numeric: boolean,
  ) {
    this.zone = TimeZone.fromEnv(ctx.env);
  }

  line(h: Header): string {
    const owner = this.numeric || !h.uname ? String(h.uid ?? 0) : h.uname;
    const group = this.numeric || !h.gname ? String(h.gid ?? 0) : h.gname;
    const ug = `${owner}/${group}`;
    const size = String(h.type === 'file' || h.type === undefined ? (h.size ?? 0) : 0);
    this.width = Math.max(this.width, ug.length + 1 + size.length);
    const ms = h.mtime ? h.mtime.getTime() : 0;
    const date = strftime('%Y-%m-%d %H:%M', { fields: this.zone.fields(ms), seconds: Math.floor(ms / 1000), nanos: 0 });
    let name = h.name;
    if (h.type === 'symlink') name += ` -> ${h.linkname}`;
    else if (h.type === 'link') name += ` link to ${h.linkname}`;
    return `${modeString(h)} ${ug} ${size.padStart(this.width - ug.length - 1)} ${date} ${name}`;
  }
}

function wanted(name: string, members: readonly string[], seen: Set<string>): boolean {
  if (members.length === 0) return true;
  const bare = name.replace(/\/+$/, '');
  for (const m of members) {
    const want = m.replace(/\/+$/, '');
    if (bare === want || bare.startsWith(`${want}/`)) {
      seen.add(m);
      return true;
    }
  }
  return false;
}

/** Reads the archive from `source` and lists or extracts it. */
export async function readArchive(ctx: CommandContext, run: TarRun, source: ByteSource, o: ReadOptions): Promise<void> {
  // Loaded on first use: the SDK's import time should not pay for tar.
  const ex = (await import('tar-stream')).extract();
  const feed = (async () => {
    try {
      for await (const chunk of maybeGunzip(source)) {
        if (ex.destroyed) break;
        if (!ex.write(chunk))
          await new Promise<void>((resolve) => {
            ex.once('drain', resolve);
            ex.once('close', resolve);
          });
      }
      ex.end(undefined);
    } catch (e) {
      ex.destroy(e as Error);
    }
  })();
  const lister = new VerboseLister(ctx, o.numericOwner);
  const seen = new Set<string>();
  const dirTimes: [string, number][] = [];
  let entries = 0;
  try {
    for await (const entry of ex) {
      ctx.signal.throwIfAborted();
      entries++;
      const h = entry.header;
      if (!wanted(h.name, o.members, seen)) {
        entry.resume();
        continue;
      }
      if (o.mode === 'list') {
        await writeText(ctx.stdout, `${o.verbose ? lister.line(h) : h.name}\n`);
        entry.resume();
        continue;
      }
      await extractOne(ctx, run, entry, h, o, dirTimes);
    }
  } catch (e) {
    if (e instanceof GzipFormatError) {
      await writeText(ctx.stderr, `gzip: stdin: ${e.message}\n`);
      await run.error('Child returned status 1');
    } else if (/Invalid tar header|Unexpected end of data|invalid/i.test((e as Error).message ?? '') && entries === 0) {
      throw new NotAnArchive();
    } else if (/Unexpected end of data/.test((e as Error).message ?? '')) {
      await run.error('Unexpected EOF in archive');
    } else throw e;
  } finally {
    ex.destroy();
    await feed;
  }
  for (const [path, ms] of dirTimes.reverse()) await ctx.fs.utimes(path, ms).catch(() => undefined);
  for (const m of o.members) if (!seen.has(m)) await run.error(`${m}: Not found in archive`);
}

async function extractOne(
  ctx: CommandContext,
  run: TarRun,
  entry: Body,
  h: Header,
  o: ReadOptions,
  dirTimes: [string, number][],
): Promise<void> {
  let name = h.name;
  if (name.startsWith('/')) {
    await run.removingLeadingSlash();
    name = name.replace(/^\/+/, '');
  }
  if (name.split('/').includes('..')) {
    await run.error(`${h.name}: Member name contains '..'`);
    entry.resume();
    return;
  }
  const parts = name.split('/').filter((p) => p !== '' && p !== '.');
  const kept = parts.slice(o.strip);
  if (kept.length === 0) {
    entry.resume();
    return;
  }
  if (o.verbose) await run.verbose(h.name);
  const path = joinPath(run.base, kept.join('/'));
  const mtime = h.mtime ? h.mtime.getTime() : Date.now();
  const fs = ctx.fs;
  try {
    if (o.toStdout) {
      if (h.type === 'file' || h.type === 'contiguous-file')
        for await (const chunk of entry) await ctx.stdout.write(chunk as Uint8Array);
      else entry.resume();
      return;
    }
    if (h.type === 'directory') {
      await fs.mkdir(path, { recursive: true });
      dirTimes.push([path, mtime]);
      entry.resume();
      return;
    }
    await fs.mkdir(parentPath(path), { recursive: true });
    const existing = await fs.lstat(path).catch(() => null);
    if (existing && existing.type !== 'directory') await fs.rm(path);
    if (h.type === 'symlink') {
      await fs.symlink(h.linkname ?? '', path);
      entry.resume();
      return;
    }
    if (h.type === 'link') {
      const target = (h.linkname ?? '')
        .split('/')
        .filter((p) => p !== '')
        .slice(o.strip)
        .join('/');
      await fs.copyFile(joinPath(run.base, target), path);
      entry.resume();
      return;
    }
    const handle = await fs.openWrite(path, { signal: ctx.signal });
    try {
      for await (const chunk of entry) await handle.write(chunk as Uint8Array);
      await handle.close();
    } catch (e) {
      await handle.abort();
      throw e;
    }
    await fs.utimes(path, mtime);
  } catch (e) {
    if ((e as Error).name === 'AbortError') throw e;
    await run.error(`${kept.join('/')}: Cannot open: ${toFsError(e, name).reason}`);
    entry.resume();
  }
}
