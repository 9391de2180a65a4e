/** Fixtures shared by the fs command tests: a tree in RAM and a read-only mount with content. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parentPath } from '../../../src/core/path.js';
import { DiskResource } from '../../../src/resources/disk/index.js';
import { RAMResource } from '../../../src/resources/ram/ram-resource.js';
import type { MountTable } from '../../../src/workspace/mount-table.js';
import { makeFs } from '../../helpers/command-harness.js';

/** A RAM root with the given files ('dir/' keys make directories) and, when asked, more mounts. */
export async function fsWith(files: Record<string, string>, mounts: Record<string, RAMResource | DiskResource> = {}) {
  const fs = makeFs({ '/': new RAMResource(), ...mounts });
  await populate(fs, files);
  return fs;
}

async function populate(fs: MountTable, files: Record<string, string>): Promise<void> {
  for (const [path, data] of Object.entries(files)) {
    if (path.endsWith('/')) await fs.mkdir(path, { recursive: true });
    else {
      await fs.mkdir(parentPath(path), { recursive: true });
      await fs.writeFile(path, data);
    }
  }
}

/** A read-only disk mount holding the given files (keys relative to the mount root). */
export function readOnlyMount(files: Record<string, string>): DiskResource {
  const root = mkdtempSync(join(tmpdir(), 'mirage-fs-ro-'));
  for (const [path, data] of Object.entries(files)) {
    const host = join(root, path);
    if (path.endsWith('/')) mkdirSync(host, { recursive: true });
    else {
      mkdirSync(dirname(host), { recursive: true });
      writeFileSync(host, data);
    }
  }
  return new DiskResource({ root, readOnly: true });
}
