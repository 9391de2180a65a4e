/**
 * How a FileStat reads to a user: mode strings (-rw-r--r--), file type names,
 * owner and group with Mirage's fallbacks, and block counts for backends that
 * have no block allocation (sizes rounded up to 1 KiB per file).
 */
import type { FileStat } from '../../core/resource.js';

/** Owner and group shown when a backend does not know them. */
export const DEFAULT_OWNER = 'user';
/** Numeric id shown for an owner or group other than root (backends carry names only). */
export const DEFAULT_ID = 1000;

const TYPE_CHAR: Record<FileStat['type'], string> = { file: '-', directory: 'd', symlink: 'l' };
/** File-type bits of st_mode, for stat's %f. */
const TYPE_BITS: Record<FileStat['type'], number> = { file: 0o100000, directory: 0o040000, symlink: 0o120000 };

/** The ten-character mode string ls -l and stat %A print: `drwxr-xr-x`. */
export function modeString(st: FileStat): string {
  const m = st.mode;
  const rwx = (shift: number, special: number, set: string, unset: string) => {
    const r = m & (4 << shift) ? 'r' : '-';
    const w = m & (2 << shift) ? 'w' : '-';
    const x = m & (1 << shift);
    const xc = m & special ? (x ? set : unset) : x ? 'x' : '-';
    return r + w + xc;
  };
  return TYPE_CHAR[st.type] + rwx(6, 0o4000, 's', 'S') + rwx(3, 0o2000, 's', 'S') + rwx(0, 0o1000, 't', 'T');
}

/** The full st_mode (type bits included), for stat's %f. */
export function rawMode(st: FileStat): number {
  return TYPE_BITS[st.type] | (st.mode & 0o7777);
}

/** What stat's %F prints: `regular file`, `regular empty file`, `directory`, `symbolic link`. */
export function fileTypeName(st: FileStat): string {
  if (st.type === 'directory') return 'directory';
  if (st.type === 'symlink') return 'symbolic link';
  return st.size === 0 ? 'regular empty file' : 'regular file';
}

/** The owner's name, or DEFAULT_OWNER. */
export function ownerName(st: FileStat): string {
  return st.owner ?? DEFAULT_OWNER;
}

/** The group's name, or DEFAULT_OWNER. */
export function groupName(st: FileStat): string {
  return st.group ?? DEFAULT_OWNER;
}

/** A numeric id for an owner or group name: 0 for root, DEFAULT_ID otherwise. */
export function idOf(name: string): number {
  return name === 'root' ? 0 : DEFAULT_ID;
}

/** Space a file takes in KiB: its size rounded up to whole KiB; symlinks take none. */
export function allocatedKiB(st: FileStat): number {
  if (st.type === 'symlink') return 0;
  return Math.ceil(st.size / 1024);
}

/** True when any execute bit is set (ls -F marks such files with '*'). */
export function isExecutable(st: FileStat): boolean {
  return (st.mode & 0o111) !== 0;
}
