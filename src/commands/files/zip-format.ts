/**
 * The ZIP container: writing local headers, data descriptors and the
 * central directory as entries stream out, and reading the central
 * directory back through ranged reads (the archive is never loaded whole).
 */
import type { CommandContext } from '../../core/command.js';
import { readAll } from '../../core/io.js';
import type { TimeZone } from '../data/time-zone.js';

/** A member as the central directory describes it. */
export interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly crc: number;
  readonly compressedSize: number;
  readonly size: number;
  /** Local time fields from the DOS stamp (the zone they were written in is not recorded). */
  readonly dosTime: number;
  readonly dosDate: number;
  readonly localHeaderOffset: number;
  readonly external: number;
}

/** A ZIP file that cannot be read. */
export class NotAZip extends Error {}

/** DOS date and time words for a moment in a zone. */
export function dosStamp(ms: number, zone: TimeZone): { time: number; date: number } {
  const f = zone.fields(ms);
  const year = Math.max(1980, f.year);
  return {
    time: (f.hour << 11) | (f.minute << 5) | Math.floor(f.second / 2),
    date: ((year - 1980) << 9) | (f.month << 5) | f.day,
  };
}

/** "YYYY-MM-DD HH:MM" of a DOS stamp, as unzip -l prints it. */
export function dosText(date: number, time: number): string {
  const two = (n: number) => String(n).padStart(2, '0');
  const year = (date >> 9) + 1980;
  return `${year}-${two((date >> 5) & 15)}-${two(date & 31)} ${two(time >> 11)}:${two((time >> 5) & 63)}`;
}

/** A header for one member, before its data (sizes follow in a data descriptor). */
export function localHeader(name: Buffer, method: number, time: number, date: number): Buffer {
  const h = Buffer.alloc(30);
  h.writeUInt32LE(0x04034b50, 0);
  h.writeUInt16LE(method === 8 ? 20 : 10, 4);
  h.writeUInt16LE(0x0008 | 0x0800, 6);
  h.writeUInt16LE(method, 8);
  h.writeUInt16LE(time, 10);
  h.writeUInt16LE(date, 12);
  h.writeUInt16LE(name.length, 26);
  return Buffer.concat([h, name]);
}

/** The data descriptor after a member's data. */
export function dataDescriptor(crc: number, compressed: number, size: number): Buffer {
  const d = Buffer.alloc(16);
  d.writeUInt32LE(0x08074b50, 0);
  d.writeUInt32LE(crc >>> 0, 4);
  d.writeUInt32LE(compressed, 8);
  d.writeUInt32LE(size, 12);
  return d;
}

/** The central directory and its end record. */
export function centralDirectory(entries: readonly ZipEntry[], offset: number): Buffer {
  const parts: Buffer[] = [];
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const h = Buffer.alloc(46);
    h.writeUInt32LE(0x02014b50, 0);
    h.writeUInt16LE((3 << 8) | 30, 4);
    h.writeUInt16LE(e.method === 8 ? 20 : 10, 6);
    h.writeUInt16LE(0x0008 | 0x0800, 8);
    h.writeUInt16LE(e.method, 10);
    h.writeUInt16LE(e.dosTime, 12);
    h.writeUInt16LE(e.dosDate, 14);
    h.writeUInt32LE(e.crc >>> 0, 16);
    h.writeUInt32LE(e.compressedSize, 20);
    h.writeUInt32LE(e.size, 24);
    h.writeUInt16LE(name.length, 28);
    h.writeUInt32LE(e.external >>> 0, 38);
    h.writeUInt32LE(e.localHeaderOffset, 42);
    parts.push(h, name);
  }
  const body = Buffer.concat(parts);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(body.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([body, end]);
}

/** Bytes from the end searched for the end-of-central-directory record (it may carry a comment). */
const EOCD_SEARCH = 22 + 0xffff;

/** Reads the central directory of the archive at `path`. */
export async function readDirectory(ctx: CommandContext, path: string, size: number): Promise<ZipEntry[]> {
  const from = Math.max(0, size - EOCD_SEARCH);
  const tail = Buffer.from(await readAll(ctx.fs.read(path, { start: from, end: size, signal: ctx.signal })));
  let at = -1;
  for (let i = tail.length - 22; i >= 0; i--) {
    if (tail.readUInt32LE(i) === 0x06054b50) {
      at = i;
      break;
    }
  }
  if (at < 0) throw new NotAZip();
  const count = tail.readUInt16LE(at + 10);
  const dirSize = tail.readUInt32LE(at + 12);
  const dirOffset = tail.readUInt32LE(at + 16);
  const dir = Buffer.from(
    await readAll(ctx.fs.read(path, { start: dirOffset, end: dirOffset + dirSize, signal: ctx.signal })),
  );
  const entries: ZipEntry[] = [];
  let p = 0;
  for (let k = 0; k < count; k++) {
    if (p + 46 > dir.length || dir.readUInt32LE(p) !== 0x02014b50) throw new NotAZip();
    const nameLength = dir.readUInt16LE(p + 28);
    const extraLength = dir.readUInt16LE(p + 30);
    const commentLength = dir.readUInt16LE(p + 32);
    const flags = dir.readUInt16LE(p + 8);
    const rawName = dir.subarray(p + 46, p + 46 + nameLength);
    entries.push({
      name: flags & 0x0800 ? rawName.toString('utf8') : rawName.toString('latin1'),
      method: dir.readUInt16LE(p + 10),
      dosTime: dir.readUInt16LE(p + 12),
      dosDate: dir.readUInt16LE(p + 14),
      crc: dir.readUInt32LE(p + 16),
      compressedSize: dir.readUInt32LE(p + 20),
      size: dir.readUInt32LE(p + 24),
      external: dir.readUInt32LE(p + 38),
      localHeaderOffset: dir.readUInt32LE(p + 42),
    });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Where a member's data starts (after its local header, whose name and extra lengths may differ). */
export async function dataOffset(ctx: CommandContext, path: string, e: ZipEntry): Promise<number> {
  const h = Buffer.from(
    await readAll(ctx.fs.read(path, { start: e.localHeaderOffset, end: e.localHeaderOffset + 30, signal: ctx.signal })),
  );
  if (h.length < 30 || h.readUInt32LE(0) !== 0x04034b50) throw new NotAZip();
  return e.localHeaderOffset + 30 + h.readUInt16LE(26) + h.readUInt16LE(28);
}
