/** zip: package files into a ZIP archive (new or updated), with Info-ZIP's messages. */
import { randomUUID } from 'node:crypto';
import { crc32, createDeflateRaw } from 'node:zlib';
import type { CommandContext } from '../../core/command.js';
import { type ByteSink, readAll, writeText } from '../../core/io.js';
import { MAX_WALK_DEPTH, ZIP_BUFFER_BYTES } from '../../core/limits.js';
import { baseName, joinPath } from '../../core/path.js';
import type { FileStat } from '../../core/resource.js';
import { TimeZone } from '../data/time-zone.js';
import { defineCommand } from '../lib/define.js';
import {
  centralDirectory,
  dataDescriptor,
  dataOffset,
  dosStamp,
  localHeader,
  NotAZip,
  readDirectory,
  type ZipEntry,
} from './zip-format.js';
import { through } from './zlib-stream.js';

const HELP = `Usage: zip [-options] zipfile list
Add the files in list to zipfile (creating it, or updating members of the
same name).

  -r   recurse into directories        -j   junk (don't record) directory names
  -q   quiet operation                 -0   store only
  -1   compress faster                 -9   compress better
      --help     display this help and exit
`;

/** Counts output bytes so the writer knows each member's offset. */
class CountingSink {
  written = 0;
  constructor(private readonly inner: ByteSink) {}
  async write(chunk: Uint8Array): Promise<void> {
    this.written += chunk.length;
    await this.inner.write(chunk);
  }
}

interface Member {
  readonly name: string;
  readonly path: string;
  readonly stat: FileStat;
}

/** Info-ZIP's rounded percentage of space saved. */
function percent(size: number, compressed: number): number {
  return size > compressed ? Math.floor(1 + ((200 * (size - compressed)) / size - 1) / 2) : 0;
}

/** zip [-options] zipfile list */
export const zip = defineCommand({
  name: 'zip',
  summary: 'package and compress (archive) files',
  help: HELP,
  flags: [
    { short: 'r', long: 'recurse-paths' },
    { short: 'j', long: 'junk-paths' },
    { short: 'q', long: 'quiet' },
    ...[0, 1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => ({ short: String(n), key: `level${n}` })),
  ],
  async run(ctx, p) {
    const [archive, ...names] = p.operands;
    if (archive === undefined) {
      await writeText(ctx.stderr, HELP);
      return 16;
    }
    const archiveName = /\.[^/]*$/.test(baseName(`/${archive}`)) ? archive : `${archive}.zip`;
    const level = [...p.order]
      .reverse()
      .find(([k]) => k.startsWith('level'))?.[0]
      .slice(5);
    const quiet = p.has('quiet');
    const members: Member[] = [];
    for (const name of names) await collect(ctx, name, p.has('recurse-paths'), p.has('junk-paths'), members, quiet);
    if (members.length === 0) {
      await writeText(ctx.stdout, `\nzip error: Nothing to do! (${archiveName})\n`);
      return 12;
    }
    const path = ctx.resolve(archiveName);
    let existing: ZipEntry[] = [];
    const old = await ctx.fs.stat(path).catch(() => null);
    if (old) {
      try {
        existing = await readDirectory(ctx, path, old.size);
      } catch (e) {
        if (!(e instanceof NotAZip)) throw e;
        await writeText(ctx.stdout, `\nzip error: Zip file structure invalid (${archiveName})\n`);
        return 3;
      }
    }
    await write(ctx, path, existing, members, level === undefined ? 6 : Number(level), quiet);
    return 0;
  },
});

async function collect(
  ctx: CommandContext,
  name: string,
  recurse: boolean,
  junk: boolean,
  out: Member[],
  quiet: boolean,
  depth = 0,
) {
  const path = ctx.resolve(name);
  let stat: FileStat;
  try {
    stat = await ctx.fs.stat(path);
  } catch {
    if (!quiet) await writeText(ctx.stdout, `\tzip warning: name not matched: ${name}\n`);
    return;
  }
  const clean = name
    .replace(/^(\.\/)+/, '')
    .replace(/^\/+/, '')
    .replace(/\/+$/, '');
  if (stat.type === 'directory') {
    if (!junk) out.push({ name: `${clean}/`, path, stat });
    if (!recurse || depth >= MAX_WALK_DEPTH) return;
    for (const e of await ctx.fs.readdir(path, { signal: ctx.signal })) {
      await collect(
        ctx,
        clean === '' || clean === '.' ? e.name : `${clean}/${e.name}`,
        recurse,
        junk,
        out,
        quiet,
        depth + 1,
      );
    }
    return;
  }
  out.push({ name: junk ? baseName(path) : clean, path, stat });
}

/** Writes the new archive next to the old one, then moves it into place. */
async function write(
  ctx: CommandContext,
  path: string,
  existing: ZipEntry[],
  members: Member[],
  level: number,
  quiet: boolean,
) {
  const zone = TimeZone.fromEnv(ctx.env);
  const temp = joinPath(path, '..', `.${baseName(path)}.${randomUUID()}.tmp`);
  const handle = await ctx.fs.openWrite(temp, { signal: ctx.signal });
  const out = new CountingSink(handle);
  const entries: ZipEntry[] = [];
  const replaced = new Set(members.map((m) => m.name));
  try {
    for (const e of existing) {
      if (replaced.has(e.name)) continue;
      const start = await dataOffset(ctx, path, e);
      const data = ctx.fs.read(path, { start, end: start + e.compressedSize, signal: ctx.signal });
      const offset = out.written;
      await out.write(localHeader(Buffer.from(e.name, 'utf8'), e.method, e.dosTime, e.dosDate));
      for await (const chunk of data) await out.write(chunk);
      await out.write(dataDescriptor(e.crc, e.compressedSize, e.size));
      entries.push({ ...e, localHeaderOffset: offset });
    }
    const had = new Set(existing.map((e) => e.name));
    for (const m of members) {
      ctx.signal.throwIfAborted();
      const entry = await addMember(ctx, out, m, level, zone);
      entries.push(entry);
      if (!quiet) {
        const how = entry.method === 8 ? `deflated ${percent(entry.size, entry.compressedSize)}%` : 'stored 0%';
        await writeText(ctx.stdout, `${had.has(m.name) ? 'updating' : '  adding'}: ${m.name} (${how})\n`);
      }
    }
    await out.write(centralDirectory(entries, out.written));
    await handle.close();
  } catch (e) {
    await handle.abort();
    await ctx.fs.rm(temp).catch(() => undefined);
    throw e;
  }
  await ctx.fs.rename(temp, path);
}

async function addMember(
  ctx: CommandContext,
  out: CountingSink,
  m: Member,
  level: number,
  zone: TimeZone,
): Promise<ZipEntry> {
  const { time, date } = dosStamp(m.stat.mtimeMs, zone);
  const isDir = m.name.endsWith('/');
  const external = ((isDir ? 0o40755 : 0o100000 | (m.stat.mode & 0o7777)) << 16) | (isDir ? 0x10 : 0);
  const offset = out.written;
  const name = Buffer.from(m.name, 'utf8');
  if (isDir || m.stat.size === 0) {
    await out.write(localHeader(name, 0, time, date));
    await out.write(dataDescriptor(0, 0, 0));
    return {
      name: m.name,
      method: 0,
      crc: 0,
      compressedSize: 0,
      size: 0,
      dosTime: time,
      dosDate: date,
      localHeaderOffset: offset,
      external,
    };
  }
  let crc = 0;
  let size = 0;
  const counted = (async function* () {
    for await (const chunk of ctx.fs.read(m.path, { signal: ctx.signal })) {
      crc = crc32(chunk, crc);
      size += chunk.length;
      yield chunk;
    }
  })();
  if (level > 0 && m.stat.size > ZIP_BUFFER_BYTES) {
    // Too big to hold: stream it deflated without the chance to fall back to storing.
    await out.write(localHeader(name, 8, time, date));
    let compressed = 0;
    for await (const chunk of through(counted, createDeflateRaw({ level }))) {
      compressed += chunk.length;
      await out.write(chunk);
    }
    await out.write(dataDescriptor(crc, compressed, size));
    return {
      name: m.name,
      method: 8,
      crc,
      compressedSize: compressed,
      size,
      dosTime: time,
      dosDate: date,
      localHeaderOffset: offset,
      external,
    };
  }
  const plain = await readAll(counted, ZIP_BUFFER_BYTES);
  const packed =
    level > 0
      ? await readAll(
          through(
            (async function* () {
              yield plain;
            })(),
            createDeflateRaw({ level }),
          ),
        )
      : plain;
  const method = level > 0 && packed.length < plain.length ? 8 : 0;
  const body = method === 8 ? packed : plain;
  await out.write(localHeader(name, method, time, date));
  await out.write(body);
  await out.write(dataDescriptor(crc, body.length, size));
  return {
    name: m.name,
    method,
    crc,
    compressedSize: body.length,
    size,
    dosTime: time,
    dosDate: date,
    localHeaderOffset: offset,
    external,
  };
}
