/** unzip: list, test or extract ZIP archives through ranged reads, with Info-ZIP's messages. */
import { crc32, createInflateRaw } from 'node:zlib';
import type { CommandContext } from '../../core/command.js';
import { type ByteSource, writeText } from '../../core/io.js';
import { joinPath, parentPath } from '../../core/path.js';
import type { FileStat } from '../../core/resource.js';
import { TimeZone } from '../data/time-zone.js';
import { defineCommand } from '../lib/define.js';
import { TextBatcher } from '../lib/text-batch.js';
import { dataOffset, dosText, NotAZip, readDirectory, type ZipEntry } from './zip-format.js';
import { through } from './zlib-stream.js';

const HELP = `Usage: unzip [-opts[modifiers]] file[.zip] [list] [-d exdir]
Extract the members of a ZIP archive (all, or those in list).

  -l   list files (short format)        -p   extract files to pipe, no messages
  -d   extract files into exdir         -o   overwrite files WITHOUT prompting
  -n   never overwrite existing files   -q   quiet mode
      --help     display this help and exit
`;

const NOT_ZIP = `  End-of-central-directory signature not found.  Either this file is not
  a zipfile, or it constitutes one disk of a multi-part archive.  In the
  latter case the central directory and zipfile comment will be found on
  the last disk(s) of this archive.
`;

/** unzip [-opts] file[.zip] [list] [-d exdir] */
export const unzip = defineCommand({
  name: 'unzip',
  summary: 'list, test and extract compressed files in a ZIP archive',
  help: HELP,
  flags: [
    { short: 'l' },
    { short: 'p' },
    { short: 'd', arg: 'required' },
    { short: 'o' },
    { short: 'n' },
    { short: 'q' },
  ],
  async run(ctx, p) {
    const [archive, ...wanted] = p.operands;
    if (archive === undefined) {
      await writeText(ctx.stdout, HELP);
      return 0;
    }
    let name = archive;
    let stat: FileStat | null = null;
    for (const candidate of [archive, `${archive}.zip`, `${archive}.ZIP`]) {
      stat = await ctx.fs.stat(ctx.resolve(candidate)).catch(() => null);
      if (stat?.type === 'file') {
        name = candidate;
        break;
      }
      stat = null;
    }
    if (!stat) {
      await writeText(ctx.stderr, `unzip:  cannot find or open ${archive}, ${archive}.zip or ${archive}.ZIP.\n`);
      return 9;
    }
    const quiet = p.has('q') || p.has('p');
    if (!quiet) await writeText(ctx.stdout, `Archive:  ${name}\n`);
    let entries: ZipEntry[];
    try {
      entries = await readDirectory(ctx, ctx.resolve(name), stat.size);
    } catch (e) {
      if (!(e instanceof NotAZip)) throw e;
      await writeText(
        ctx.stderr,
        `${NOT_ZIP}unzip:  cannot find zipfile directory in one of ${archive} or\n        ${archive}.zip, and cannot find ${archive}.ZIP, period.\n`,
      );
      return 9;
    }
    const selected = wanted.length === 0 ? entries : entries.filter((e) => wanted.includes(e.name));
    let status = 0;
    for (const w of wanted) {
      if (!entries.some((e) => e.name === w)) {
        await writeText(ctx.stderr, `caution: filename not matched:  ${w}\n`);
        status = 11;
      }
    }
    if (p.has('l')) await list(ctx, selected);
    else if (p.has('p')) await pipe(ctx, ctx.resolve(name), selected);
    else {
      const r = await extract(
        ctx,
        ctx.resolve(name),
        selected,
        p.get('d'),
        p.has('o') ? 'always' : p.has('n') ? 'never' : 'ask',
        quiet,
      );
      status = Math.max(status, r);
    }
    return status;
  },
});

async function list(ctx: CommandContext, entries: readonly ZipEntry[]): Promise<void> {
  const out = new TextBatcher(ctx.stdout);
  await out.add('  Length      Date    Time    Name\n---------  ---------- -----   ----\n');
  let total = 0;
  for (const e of entries) {
    total += e.size;
    await out.add(`${String(e.size).padStart(9)}  ${dosText(e.dosDate, e.dosTime)}   ${e.name}\n`);
  }
  const n = entries.length;
  await out.add(
    `---------                     -------\n${String(total).padStart(9)}                     ${n} file${n === 1 ? '' : 's'}\n`,
  );
  await out.flush();
}

/** The bytes of one member, inflated when deflated, with its CRC checked. */
async function* memberBytes(ctx: CommandContext, archive: string, e: ZipEntry): AsyncGenerator<Uint8Array> {
  const start = await dataOffset(ctx, archive, e);
  const raw: ByteSource = ctx.fs.read(archive, { start, end: start + e.compressedSize, signal: ctx.signal });
  const bytes = e.method === 8 ? through(raw, createInflateRaw()) : raw;
  let crc = 0;
  for await (const chunk of bytes) {
    crc = crc32(chunk, crc);
    yield chunk;
  }
  if (crc >>> 0 !== e.crc >>> 0)
    throw new Error(
      `bad CRC ${(crc >>> 0).toString(16).padStart(8, '0')}  (should be ${(e.crc >>> 0).toString(16).padStart(8, '0')})`,
    );
}

async function pipe(ctx: CommandContext, archive: string, entries: readonly ZipEntry[]): Promise<void> {
  for (const e of entries) {
    if (e.name.endsWith('/')) continue;
    for await (const chunk of memberBytes(ctx, archive, e)) await ctx.stdout.write(chunk);
  }
}

/** A member name made safe to extract: no leading slashes and no '..' components. */
function safeName(name: string): { name: string; skipped: boolean } {
  const parts = name.split('/');
  const kept = parts.filter((part, i) => part !== '..' && !(part === '' && i === 0));
  return { name: kept.join('/'), skipped: kept.length !== parts.length };
}

async function extract(
  ctx: CommandContext,
  archive: string,
  entries: readonly ZipEntry[],
  dir: string | undefined,
  overwrite: 'always' | 'never' | 'ask',
  quiet: boolean,
): Promise<number> {
  const base = ctx.resolve(dir ?? '.');
  const shownBase = dir === undefined ? '' : `${dir.replace(/\/+$/, '')}/`;
  const zone = TimeZone.fromEnv(ctx.env);
  let refused = false;
  let status = 0;
  const say = (text: string) => (quiet ? Promise.resolve() : writeText(ctx.stdout, text));
  for (const e of entries) {
    ctx.signal.throwIfAborted();
    const safe = safeName(e.name);
    if (safe.skipped) await writeText(ctx.stderr, `warning:  skipped "../" path component(s) in ${e.name}\n`);
    if (safe.name === '') continue;
    const path = joinPath(base, safe.name);
    const shown = shownBase + safe.name;
    if (e.name.endsWith('/')) {
      if (!(await ctx.fs.exists(path))) {
        await ctx.fs.mkdir(path, { recursive: true });
        await say(`   creating: ${shown}\n`);
      }
      continue;
    }
    if (await ctx.fs.exists(path)) {
      if (overwrite === 'never' || refused) continue;
      if (overwrite === 'ask') {
        // No terminal to answer: unzip reads EOF and takes it as "[N]one" for the rest.
        await writeText(
          ctx.stdout,
          `replace ${shown}? [y]es, [n]o, [A]ll, [N]one, [r]ename:  NULL\n(EOF or read error, treating as "[N]one" ...)\n`,
        );
        refused = true;
        status = 1;
        continue;
      }
    }
    await ctx.fs.mkdir(parentPath(path), { recursive: true });
    await say(`${e.method === 8 ? '  inflating' : ' extracting'}: ${shown.padEnd(22)}  \n`);
    const handle = await ctx.fs.openWrite(path, { signal: ctx.signal });
    try {
      for await (const chunk of memberBytes(ctx, archive, e)) await handle.write(chunk);
      await handle.close();
    } catch (err) {
      await handle.abort();
      if ((err as Error).name === 'AbortError') throw err;
      await writeText(ctx.stderr, `${shown}:  ${(err as Error).message}\n`);
      status = Math.max(status, 2);
      continue;
    }
    const d = e.dosDate;
    const t = e.dosTime;
    const ms = zone.toInstant((d >> 9) + 1980, (d >> 5) & 15, d & 31, t >> 11, (t >> 5) & 63, (t & 31) * 2);
    await ctx.fs.utimes(path, ms);
  }
  return status;
}
