/** DiskResource construction, read-only mounts and the stat fields taken from the host. */
import assert from 'node:assert/strict';
import * as fs from 'node:fs/promises';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, test } from 'node:test';
import { DiskResource } from '../../src/resources/disk/index.js';
import { getText, rejectsWith } from './contract-helpers.js';

let base: string;

beforeEach(async () => {
  base = await fs.mkdtemp(join(tmpdir(), 'mirage-disk-opts-'));
});

afterEach(async () => {
  await fs.rm(base, { recursive: true, force: true });
});

describe('disk construction', () => {
  test('a missing root is a clear error naming it', () => {
    const missing = join(base, 'no-such-dir');
    assert.throws(() => new DiskResource({ root: missing }), {
      message: `disk resource root ${JSON.stringify(missing)} does not exist`,
    });
  });

  test('a root that is a file is refused', async () => {
    const file = join(base, 'file');
    await fs.writeFile(file, 'x');
    assert.throws(() => new DiskResource({ root: file }), /is not a directory/);
  });

  test('a symlinked root is resolved to its real path', async () => {
    await fs.mkdir(join(base, 'real'));
    await fs.writeFile(join(base, 'real', 'f'), 'via link');
    await fs.symlink(join(base, 'real'), join(base, 'alias'));
    const disk = new DiskResource({ root: join(base, 'alias') });
    assert.equal(disk.root, await fs.realpath(join(base, 'real')));
    assert.equal(await getText(disk, '/f'), 'via link');
  });

  test('capabilities describe a free, ranged, symlink-capable backend', () => {
    const rw = new DiskResource({ root: base });
    const ro = new DiskResource({ root: base, readOnly: true });
    assert.equal(rw.kind, 'disk');
    assert.deepEqual(
      { ...rw.capabilities, cost: undefined },
      { rangedRead: true, writable: true, symlinks: true, listPrefix: false, cost: undefined },
    );
    assert.deepEqual(rw.capabilities.cost, { perRequestUsd: 0, egressUsdPerByte: 0, latencyMs: 0 });
    assert.equal(ro.capabilities.writable, false);
  });
});

describe('disk read-only mount', () => {
  test('every change to existing files, directories and links is EROFS and nothing changes', async () => {
    await fs.writeFile(join(base, 'f'), 'keep');
    await fs.mkdir(join(base, 'd'));
    await fs.mkdir(join(base, 'empty'));
    await fs.symlink('f', join(base, 'link'));
    const when = (await fs.stat(join(base, 'f'))).mtimeMs;
    const disk = new DiskResource({ root: base, readOnly: true });
    await rejectsWith(disk.openWrite('/f'), 'EROFS');
    await rejectsWith(disk.openWrite('/f', { append: true }), 'EROFS');
    await rejectsWith(disk.openWrite('/new'), 'EROFS');
    await rejectsWith(disk.mkdir('/d2'), 'EROFS');
    await rejectsWith(disk.mkdir('/d', { recursive: true }), 'EROFS');
    await rejectsWith(disk.rm('/f'), 'EROFS');
    await rejectsWith(disk.rm('/d', { recursive: true }), 'EROFS');
    await rejectsWith(disk.rmdir('/empty'), 'EROFS');
    await rejectsWith(disk.rename('/f', '/g'), 'EROFS');
    await rejectsWith(disk.symlink('f', '/link2'), 'EROFS');
    await rejectsWith(disk.utimes('/f', 0), 'EROFS');
    await rejectsWith(disk.copyFile('/f', '/g'), 'EROFS');
    assert.equal(await fs.readFile(join(base, 'f'), 'utf8'), 'keep');
    assert.equal((await fs.stat(join(base, 'f'))).mtimeMs, when);
    assert.deepEqual((await fs.readdir(base)).sort(), ['d', 'empty', 'f', 'link']);
    // Reads still work, links included.
    assert.equal(await getText(disk, '/link'), 'keep');
    assert.equal(await disk.readlink('/link'), 'f');
  });
});

describe('disk stat', () => {
  test('reports permission bits, links, inode and owner from the host', async () => {
    const file = join(base, 'f');
    await fs.writeFile(file, 'abc');
    await fs.chmod(file, 0o4640);
    await fs.link(file, join(base, 'hard'));
    const disk = new DiskResource({ root: base });
    const st = await disk.stat('/f');
    const host = await fs.stat(file);
    assert.equal(st.mode, 0o4640);
    assert.equal(st.nlink, 2);
    assert.equal(st.ino, host.ino);
    assert.equal(st.size, 3);
    // Files we create belong to us; getpwuid may know a name /etc/passwd lacks, so only compare when both agree it exists.
    const me = userInfo().username;
    const passwd = await fs.readFile('/etc/passwd', 'utf8').catch(() => '');
    if (passwd.split('\n').some((l) => l.startsWith(`${me}:`))) assert.equal(st.owner, me);
  });

  test('lstat of a symlink describes the link, stat its target', async () => {
    await fs.mkdir(join(base, 'dir'));
    await fs.symlink('dir', join(base, 'ln'));
    const disk = new DiskResource({ root: base });
    assert.equal((await disk.lstat('/ln')).type, 'symlink');
    assert.equal((await disk.stat('/ln')).type, 'directory');
    assert.equal((await disk.readdir('/')).find((e) => e.name === 'ln')?.type, 'symlink');
  });
});
