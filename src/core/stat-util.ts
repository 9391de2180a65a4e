/** Small helpers around FileStat shared by backends and commands. */
import type { FileStat } from './resource.js';

/** A stat record for a directory with the given time. */
export function dirStat(mtimeMs: number, mode = 0o755): FileStat {
  return { type: 'directory', size: 0, mtimeMs, mode, nlink: 2 };
}
