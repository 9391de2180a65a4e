import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DiskResource } from '../../src/resources/disk/index.js';
import { runResourceContract } from './contract.js';

async function tempRoot(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'mirage-disk-contract-'));
}

runResourceContract(
  'disk',
  async () => {
    const root = await tempRoot();
    return { resource: new DiskResource({ root }), cleanup: () => rm(root, { recursive: true, force: true }) };
  },
  async () => {
    const root = await tempRoot();
    // Real targets, so EROFS is proven to win over an operation that would succeed.
    await writeFile(join(root, 'a'), 'A');
    await mkdir(join(root, 'd'));
    return {
      resource: new DiskResource({ root, readOnly: true }),
      cleanup: () => rm(root, { recursive: true, force: true }),
    };
  },
);
