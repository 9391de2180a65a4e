import assert from 'node:assert/strict';
import * as fs from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, test } from 'node:test';
import { type ErrnoCode, isFsError } from '../../src/core/errors.js';
import { decodeText } from '../../src/core/io.js';
import { DiskResource } from '../../src/resources/disk/index.js';
import { RAMResource } from '../../src/resources/ram/index.js';
import { MountTable } from '../../src/workspace/mount-table.js';

/** Asserts an FsError with this code that names exactly the path the caller gave. */
async function rejectsAt(p: Promise<unknown>, code: ErrnoCode, path: string): Promise<void> {
  await assert.rejects(p, (e: unknown) => {
    assert.ok(isFsError(e), `expected FsError, got ${String(e)}`);
    assert.equal(e.code, code);
    assert.equal(e.path, path);
    return true;
  });
}

async function text(vfs: MountTable, path: string): Promise<string> {
  return decodeText(await vfs.readFile(path));
}

async function names(vfs: MountTable, path: string): Promise<string[]> {
  return (await vfs.readdir(path)).map((e) => `${e.name}:${e.type}`);
}

let hostDir: string;
let ram: RAMResource;
let disk: DiskResource;
let vfs: MountTable;

beforeEach(async () => {
  hostDir = await fs.mkdtemp(join(tmpdir(), 'mirage-mounts-'));
  ram = new RAMResource();
  disk = new DiskResource({ root: hostDir });
  vfs = new MountTable({ '/': ram, '/disk': disk, '/s3/bucket': new RAMResource() });
});

afterEach(async () => {
  await fs.rm(hostDir, { recursive: true, force: true });
});

describe('mount resolution', () => {
  test('the longest mount prefix wins', () => {
    const deep = new RAMResource();
    vfs.mount('/disk/deep', deep);
    assert.equal(vfs.resolve('/disk/deep/x')?.mount.resource, deep);
    assert.equal(vfs.resolve('/disk/deep/x')?.inner, '/x');
    assert.equal(vfs.resolve('/disk/deeper')?.mount.resource, disk);
    assert.equal(vfs.resolve('/disk/deeper')?.inner, '/deeper');
    assert.equal(vfs.resolve('/disk')?.inner, '/');
    assert.equal(vfs.resolve('/diskette')?.mount.resource, ram);
    assert.deepEqual(
      vfs.mounts().map((m) => m.path),
      ['/', '/disk', '/disk/deep', '/s3/bucket'],
    );
  });

  test('bad or duplicate mount paths are refused', () => {
    assert.throws(() => vfs.mount('/disk', new RAMResource()), /already mounted at \/disk/);
    assert.throws(() => vfs.mount('relative', new RAMResource()), /must be absolute/);
    assert.throws(() => vfs.mount('/dev/x', new RAMResource()), /reserved/);
    const bucket = vfs.resolve('/s3/bucket')?.mount.resource;
    assert.equal(vfs.unmount('/s3/bucket/'), bucket);
    assert.equal(vfs.unmount('/nothing-here'), undefined);
    assert.equal(vfs.resolve('/s3/bucket')?.mount.resource, ram);
  });

  test("'/' lists mount points as directories, shadowing same-named entries", async () => {
    // Written on the RAM root directly: through the table '/disk' is the mount point.
    await new MountTable({ '/': ram }).writeFile('/disk', 'shadowed file on the RAM root');
    await vfs.writeFile('/top.txt', 'x');
    assert.deepEqual(await names(vfs, '/'), ['disk:directory', 's3:directory', 'top.txt:file']);
  });

  test('parents of mounts are synthetic directories, even without a root mount', async () => {
    const bare = new MountTable({ '/s3/bucket': new RAMResource(), '/s3/other': new RAMResource() });
    assert.equal((await bare.stat('/')).type, 'directory');
    assert.equal((await bare.stat('/s3')).type, 'directory');
    assert.equal((await bare.lstat('/s3')).type, 'directory');
    assert.deepEqual(await names(bare, '/'), ['s3:directory']);
    assert.deepEqual(await names(bare, '/s3'), ['bucket:directory', 'other:directory']);
    assert.equal(await bare.realpath('/s3/bucket'), '/s3/bucket');
    await rejectsAt(bare.readFile('/s3'), 'EISDIR', '/s3');
    await rejectsAt(bare.openWrite('/s3'), 'EISDIR', '/s3');
    await bare.mkdir('/s3', { recursive: true });
    await rejectsAt(bare.mkdir('/s3'), 'EEXIST', '/s3');
    // Over a RAM root that has no '/s3' of its own, '/s3' still exists.
    assert.equal((await vfs.stat('/s3')).type, 'directory');
    assert.deepEqual(await names(vfs, '/s3'), ['bucket:directory']);
  });

  test('a path under no mount is ENOENT', async () => {
    const bare = new MountTable({ '/data': new RAMResource() });
    await rejectsAt(bare.stat('/elsewhere/x'), 'ENOENT', '/elsewhere/x');
    await rejectsAt(bare.readFile('/elsewhere'), 'ENOENT', '/elsewhere');
    await rejectsAt(bare.openWrite('/elsewhere'), 'ENOENT', '/elsewhere');
    await rejectsAt(bare.readdir('/elsewhere'), 'ENOENT', '/elsewhere');
    await rejectsAt(bare.realpath('/elsewhere/x'), 'ENOENT', '/elsewhere/x');
    assert.equal(await bare.exists('/elsewhere'), false);
  });
});

describe('symlinks across mounts', () => {
  test('a RAM link to a file on the disk mount is followed by the table', async () => {
    await vfs.writeFile('/disk/f.txt', 'on disk');
    await vfs.symlink('/disk/f.txt', '/abs');
    await vfs.mkdir('/dir');
    await vfs.symlink('../disk/f.txt', '/dir/rel');
    assert.equal(await text(vfs, '/abs'), 'on disk');
    assert.equal(await text(vfs, '/dir/rel'), 'on disk');
    assert.equal((await vfs.stat('/abs')).type, 'file');
    assert.equal((await vfs.lstat('/abs')).type, 'symlink');
    assert.equal(await vfs.readlink('/abs'), '/disk/f.txt');
    await vfs.writeFile('/abs', 'written through the link');
    assert.equal(await fs.readFile(join(hostDir, 'f.txt'), 'utf8'), 'written through the link');
    assert.equal(await vfs.realpath('/dir/rel'), '/disk/f.txt');
  });

  test('a RAM link to a directory on another mount works in the middle of a path', async () => {
    await vfs.mkdir('/disk/sub');
    await vfs.writeFile('/disk/sub/f', 'deep');
    await vfs.symlink('/disk/sub', '/to-sub');
    assert.equal(await text(vfs, '/to-sub/f'), 'deep');
    assert.deepEqual(await names(vfs, '/to-sub'), ['f:file']);
    assert.equal((await vfs.lstat('/to-sub/f')).type, 'file');
    await vfs.writeFile('/to-sub/new', 'made');
    assert.equal(await fs.readFile(join(hostDir, 'sub', 'new'), 'utf8'), 'made');
    await vfs.symlink('f', '/to-sub/ln');
    assert.equal(await vfs.readlink('/to-sub/ln'), 'f');
    assert.equal(await vfs.realpath('/to-sub/ln'), '/disk/sub/f');
  });

  test('realpath resolves disk links by host path through the resource', async () => {
    await fs.mkdir(join(hostDir, 'real'));
    await fs.writeFile(join(hostDir, 'real', 'x'), 'x');
    await fs.symlink(join(hostDir, 'real'), join(hostDir, 'alias'));
    assert.equal(await vfs.realpath('/disk/alias/x'), '/disk/real/x');
    assert.equal(await text(vfs, '/disk/alias/x'), 'x');
    await rejectsAt(vfs.realpath('/disk/alias/missing'), 'ENOENT', '/disk/alias/missing');
  });

  test('symlink loops are ELOOP, naming the path the user gave', async () => {
    await vfs.symlink('/b', '/a');
    await vfs.symlink('/a', '/b');
    await rejectsAt(vfs.stat('/a'), 'ELOOP', '/a');
    await rejectsAt(vfs.readFile('/a'), 'ELOOP', '/a');
    await rejectsAt(vfs.readdir('/a/x'), 'ELOOP', '/a/x');
    await rejectsAt(vfs.realpath('/a'), 'ELOOP', '/a');
    assert.equal((await vfs.lstat('/a')).type, 'symlink');
  });
});

describe('operations across mounts', () => {
  test('rename moves a file and a tree from RAM to disk and back', async () => {
    await vfs.writeFile('/f.txt', 'payload');
    await vfs.rename('/f.txt', '/disk/f.txt');
    await rejectsAt(vfs.stat('/f.txt'), 'ENOENT', '/f.txt');
    assert.equal(await fs.readFile(join(hostDir, 'f.txt'), 'utf8'), 'payload');

    await vfs.mkdir('/disk/tree/sub', { recursive: true });
    await vfs.writeFile('/disk/tree/sub/leaf', 'leaf');
    await vfs.symlink('sub/leaf', '/disk/tree/link');
    await vfs.rename('/disk/tree', '/moved');
    assert.equal(await text(vfs, '/moved/sub/leaf'), 'leaf');
    assert.equal(await vfs.readlink('/moved/link'), 'sub/leaf');
    await assert.rejects(fs.stat(join(hostDir, 'tree')), { code: 'ENOENT' });
  });

  test('rename across mounts refuses what rename(2) refuses', async () => {
    await vfs.writeFile('/f', 'x');
    await vfs.mkdir('/disk/full');
    await vfs.writeFile('/disk/full/y', 'y');
    await vfs.writeFile('/disk/file', 'z');
    await vfs.mkdir('/d');
    await rejectsAt(vfs.rename('/f', '/disk/full'), 'EISDIR', '/disk/full');
    await rejectsAt(vfs.rename('/d', '/disk/file'), 'ENOTDIR', '/disk/file');
    await vfs.writeFile('/d/inner', 'i');
    await vfs.mkdir('/disk/empty');
    await rejectsAt(vfs.rename('/d', '/disk/full'), 'ENOTEMPTY', '/disk/full');
    await rejectsAt(vfs.rename('/missing', '/disk/m'), 'ENOENT', '/missing');
    await vfs.rename('/d', '/disk/empty');
    assert.equal(await text(vfs, '/disk/empty/inner'), 'i');
    assert.equal(await text(vfs, '/f'), 'x');
  });

  test('rename follows a symlinked destination directory onto its real mount', async () => {
    await vfs.mkdir('/disk/inbox');
    await vfs.symlink('/disk/inbox', '/inbox');
    await vfs.writeFile('/letter', 'hello');
    await vfs.rename('/letter', '/inbox/letter');
    assert.equal(await fs.readFile(join(hostDir, 'inbox', 'letter'), 'utf8'), 'hello');
    // And within one mount, a symlinked source directory.
    await vfs.mkdir('/real');
    await vfs.writeFile('/real/a', 'A');
    await vfs.symlink('/real', '/alias');
    await vfs.rename('/alias/a', '/b');
    assert.equal(await text(vfs, '/b'), 'A');
    await rejectsAt(vfs.stat('/real/a'), 'ENOENT', '/real/a');
  });

  test('copyFile copies between RAM and disk both ways, and within a mount', async () => {
    const bytes = new Uint8Array(300_000).map((_, i) => i & 0xff);
    await vfs.writeFile('/src.bin', bytes);
    await vfs.copyFile('/src.bin', '/disk/copy.bin');
    assert.deepEqual(new Uint8Array(await fs.readFile(join(hostDir, 'copy.bin'))), bytes);
    await vfs.copyFile('/disk/copy.bin', '/back.bin');
    assert.deepEqual(await vfs.readFile('/back.bin'), bytes);
    await vfs.copyFile('/disk/copy.bin', '/disk/copy2.bin');
    assert.equal((await vfs.stat('/disk/copy2.bin')).size, bytes.length);
    await rejectsAt(vfs.copyFile('/disk', '/x'), 'EISDIR', '/disk');
    await rejectsAt(vfs.copyFile('/src.bin', '/disk'), 'EISDIR', '/disk');
    await rejectsAt(vfs.copyFile('/nope', '/disk/x'), 'ENOENT', '/nope');
    await rejectsAt(vfs.copyFile('/src.bin', '/disk/no/x'), 'ENOENT', '/disk/no/x');
  });

  test('copyFile writes through a destination link and never truncates its own source', async () => {
    await vfs.writeFile('/disk/target', 'old');
    await vfs.writeFile('/data', 'new');
    await vfs.symlink('/disk/target', '/dest-link');
    await vfs.copyFile('/data', '/dest-link');
    assert.equal(await fs.readFile(join(hostDir, 'target'), 'utf8'), 'new');
    await vfs.symlink('/data', '/self-link');
    await vfs.copyFile('/data', '/self-link');
    await vfs.copyFile('/data', '/data');
    assert.equal(await text(vfs, '/data'), 'new');
  });
});

describe('mount points and error paths', () => {
  test('removing or replacing a mount point is EBUSY', async () => {
    await rejectsAt(vfs.rm('/disk', { recursive: true }), 'EBUSY', '/disk');
    await rejectsAt(vfs.rmdir('/disk'), 'EBUSY', '/disk');
    await rejectsAt(vfs.rm('/s3', { recursive: true }), 'EBUSY', '/s3');
    await rejectsAt(vfs.rename('/disk', '/elsewhere'), 'EBUSY', '/disk');
    await vfs.writeFile('/f', 'x');
    await rejectsAt(vfs.rename('/f', '/disk'), 'EBUSY', '/disk');
    await rejectsAt(vfs.symlink('x', '/disk'), 'EEXIST', '/disk');
    await rejectsAt(vfs.mkdir('/disk'), 'EEXIST', '/disk');
    await vfs.mkdir('/disk', { recursive: true });
    // A directory that holds a mount cannot be removed wholesale either.
    const nested = new MountTable({ '/': new RAMResource(), '/a/b': new RAMResource() });
    await nested.mkdir('/a');
    await rejectsAt(nested.rm('/a', { recursive: true }), 'EBUSY', '/a');
    assert.equal((await vfs.stat('/disk')).type, 'directory');
  });

  test('errors name the virtual path, not the inner one', async () => {
    await rejectsAt(vfs.stat('/disk/missing'), 'ENOENT', '/disk/missing');
    await rejectsAt(vfs.readFile('/disk/missing'), 'ENOENT', '/disk/missing');
    await rejectsAt(vfs.readdir('/s3/bucket/nope'), 'ENOENT', '/s3/bucket/nope');
    await rejectsAt(vfs.rm('/disk/missing'), 'ENOENT', '/disk/missing');
    await vfs.writeFile('/disk/file', 'x');
    await rejectsAt(vfs.readdir('/disk/file'), 'ENOTDIR', '/disk/file');
    await rejectsAt(vfs.readFile('/disk'), 'EISDIR', '/disk');
    await vfs.symlink('/disk/missing', '/dangling');
    await rejectsAt(vfs.stat('/dangling'), 'ENOENT', '/dangling');
    await fs.symlink('/etc/passwd', join(hostDir, 'escape'));
    await rejectsAt(vfs.readFile('/disk/escape'), 'EACCES', '/disk/escape');
  });

  test('a read-only mount refuses writes through the table with EROFS', async () => {
    const ro = new MountTable({ '/': new RAMResource(), '/ro': new DiskResource({ root: hostDir, readOnly: true }) });
    await rejectsAt(ro.writeFile('/ro/x', 'x'), 'EROFS', '/ro/x');
    await rejectsAt(ro.copyFile('/ro/x', '/ro/y'), 'ENOENT', '/ro/x');
    await ro.writeFile('/src', 'x');
    await rejectsAt(ro.copyFile('/src', '/ro/y'), 'EROFS', '/ro/y');
    await rejectsAt(ro.rename('/src', '/ro/y'), 'EROFS', '/ro/y');
    assert.equal(await text(ro, '/src'), 'x');
  });
});
