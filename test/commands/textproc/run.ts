/** Shared setup of the textproc command tests: a RAM filesystem with files, and one command run. */
import type { MountTable } from '../../../src/workspace/mount-table.js';
import { makeFs, type RunResult, runCommand } from '../../helpers/command-harness.js';

/** A fresh RAM filesystem holding `files` (paths relative to /). */
export async function fsWith(files: Record<string, string | Uint8Array> = {}): Promise<MountTable> {
  const fs = makeFs();
  for (const [path, data] of Object.entries(files)) {
    const parts = path.split('/').slice(0, -1).join('/');
    if (parts) await fs.mkdir(`/${parts}`, { recursive: true });
    await fs.writeFile(`/${path}`, data);
  }
  return fs;
}

/** Runs argv with `stdin` in a filesystem holding `files`. */
export async function run(
  argv: readonly string[],
  stdin?: string | Uint8Array,
  files: Record<string, string | Uint8Array> = {},
): Promise<RunResult> {
  return runCommand(await fsWith(files), argv, { stdin });
}
