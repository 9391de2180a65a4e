/**
 * A disk resource can never reach outside its root: `..`, absolute and relative
 * symlinks, symlinked directories and dangling links are all EACCES, and the
 * files outside stay exactly as they were.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, test } from 'node:test';
import type { Resource } from '../../src/core/resource.js';
import { DiskResource } from '../../src/resources/disk/index.js';
import { get, getText, put, rejectsWith } from './contract-helpers.js';

let base: string;
let root: string;
let outside: string;
let secret: string;
let disk: DiskResource;

beforeEach(async () => {
  base = await fs.mkdtemp(join(tmpdir(), 'mirage-disk-jail-'));
  root = join(base, 'root');
  outside = join(base, 'outside');
  secret = join(outside, 'secret.txt');
  await fs.mkdir(join(root, 'sub'), { recursive: true });
  await fs.mkdir(join(outside, 'empty'), { recursive: true });
  await fs.writeFile(secret, 'top secret');
  await fs.writeFile(join(root, 'inside.txt'), 'inside');
  disk = new DiskResource({ root });
});

afterEach(async () => {
  await fs.rm(base, { recursive: true, force: true });
});

/** Everything outside the root, so a test can prove nothing there changed. */
async function outsideSnapshot(): Promise<string> {
  const entries = await fs.readdir(outside, { recursive: true });
  const st = await fs.stat(secret);
  return JSON.stringify([entries.sort(), await fs.readFile(secret, 'utf8'), st.mtimeMs]);
}

/** Every operation that follows `link` (a symlink out of the root) must be EACCES. */
async function assertFollowRefused(r: Resource, link: string): Promise<void> {
  await rejectsWith(r.stat(link), 'EACCES');
  await rejectsWith(get(r, link), 'EACCES');
  await rejectsWith(get(r, link, { start: 1, end: 3 }), 'EACCES');
  await rejectsWith(r.openWrite(link), 'EACCES');
  await rejectsWith(r.openWrite(link, { append: true }), 'EACCES');
  await rejectsWith(r.utimes(link, 0), 'EACCES');
  await rejectsWith(r.copyFile!(link, '/copy'), 'EACCES');
  await rejectsWith(r.copyFile!('/inside.txt', link), 'EACCES');
  await rejectsWith(r.realpath!(link), 'EACCES');
}

describe('disk confinement', () => {
  test('`..` segments that climb above the root are EACCES, inner ones work', async () => {
    const before = await outsideSnapshot();
    await rejectsWith(disk.stat('/../outside/secret.txt'), 'EACCES');
    await rejectsWith(disk.stat('/sub/../../outside/secret.txt'), 'EACCES');
    await rejectsWith(get(disk, '/../outside/secret.txt'), 'EACCES');
    await rejectsWith(disk.readdir('/..'), 'EACCES');
    await rejectsWith(disk.openWrite('/../outside/planted'), 'EACCES');
    await rejectsWith(disk.mkdir('/../outside/newdir'), 'EACCES');
    await rejectsWith(disk.rm('/../outside/secret.txt'), 'EACCES');
    await rejectsWith(disk.rename('/inside.txt', '/../outside/moved'), 'EACCES');
    await rejectsWith(disk.symlink('x', '/../outside/l'), 'EACCES');
    assert.equal(await getText(disk, '/sub/../inside.txt'), 'inside');
    assert.equal(await outsideSnapshot(), before);
  });

  test('an absolute symlink out of the root is EACCES when followed', async () => {
    await fs.symlink(secret, join(root, 'abs'));
    const before = await outsideSnapshot();
    await assertFollowRefused(disk, '/abs');
    // Not following it is fine: the link itself lives inside the root.
    assert.equal((await disk.lstat('/abs')).type, 'symlink');
    assert.equal(await disk.readlink('/abs'), secret);
    await disk.rm('/abs');
    assert.equal(await outsideSnapshot(), before);
  });

  test('a relative symlink out of the root is EACCES when followed', async () => {
    await disk.symlink('../../outside/secret.txt', '/sub/rel');
    const before = await outsideSnapshot();
    await assertFollowRefused(disk, '/sub/rel');
    assert.equal(await disk.readlink('/sub/rel'), '../../outside/secret.txt');
    assert.equal(await outsideSnapshot(), before);
  });

  test('a symlinked directory out of the root refuses every operation beneath it', async () => {
    await fs.symlink(outside, join(root, 'outdir'));
    const before = await outsideSnapshot();
    await rejectsWith(disk.stat('/outdir'), 'EACCES');
    await rejectsWith(disk.readdir('/outdir'), 'EACCES');
    await rejectsWith(disk.stat('/outdir/secret.txt'), 'EACCES');
    await rejectsWith(disk.lstat('/outdir/secret.txt'), 'EACCES');
    await rejectsWith(disk.readlink('/outdir/secret.txt'), 'EACCES');
    await rejectsWith(get(disk, '/outdir/secret.txt'), 'EACCES');
    await rejectsWith(disk.openWrite('/outdir/planted'), 'EACCES');
    await rejectsWith(disk.mkdir('/outdir/newdir'), 'EACCES');
    await rejectsWith(disk.mkdir('/outdir/a/b', { recursive: true }), 'EACCES');
    await rejectsWith(disk.rm('/outdir/secret.txt'), 'EACCES');
    await rejectsWith(disk.rm('/outdir/empty', { recursive: true }), 'EACCES');
    await rejectsWith(disk.rmdir('/outdir/empty'), 'EACCES');
    await rejectsWith(disk.rename('/outdir/secret.txt', '/stolen'), 'EACCES');
    await rejectsWith(disk.rename('/inside.txt', '/outdir/planted'), 'EACCES');
    await rejectsWith(disk.symlink('x', '/outdir/link'), 'EACCES');
    await rejectsWith(disk.utimes('/outdir/secret.txt', 0), 'EACCES');
    await rejectsWith(disk.copyFile('/outdir/secret.txt', '/copy'), 'EACCES');
    await rejectsWith(disk.copyFile('/inside.txt', '/outdir/copy'), 'EACCES');
    assert.equal(await outsideSnapshot(), before);
    // Removing the link itself, even recursively, removes only the link.
    await disk.rm('/outdir', { recursive: true });
    await rejectsWith(disk.lstat('/outdir'), 'ENOENT');
    assert.equal(await outsideSnapshot(), before);
  });

  test('a dangling symlink pointing out of the root creates nothing outside', async () => {
    await disk.symlink(join(outside, 'planted'), '/dangling');
    await disk.symlink('../outside/newdir', '/dangling-dir');
    await rejectsWith(disk.openWrite('/dangling'), 'EACCES');
    await rejectsWith(disk.stat('/dangling'), 'EACCES');
    await rejectsWith(disk.mkdir('/dangling-dir/x', { recursive: true }), 'EACCES');
    await rejectsWith(disk.openWrite('/dangling-dir/x'), 'EACCES');
    await assert.rejects(fs.lstat(join(outside, 'planted')), { code: 'ENOENT' });
    await assert.rejects(fs.lstat(join(outside, 'newdir')), { code: 'ENOENT' });
  });

  test('a chain of links that ends outside is EACCES', async () => {
    await disk.symlink('hop2', '/hop1');
    await disk.symlink(join(root, 'sub', 'hop3'), '/hop2');
    await disk.symlink('../../outside/secret.txt', '/sub/hop3');
    await assertFollowRefused(disk, '/hop1');
  });

  test('links that stay inside the root work, by absolute host path or relative', async () => {
    await disk.symlink(join(root, 'inside.txt'), '/abs-in');
    await disk.symlink('../inside.txt', '/sub/rel-in');
    await disk.symlink('sub', '/dirlink');
    assert.equal(await getText(disk, '/abs-in'), 'inside');
    assert.equal(await getText(disk, '/sub/rel-in'), 'inside');
    assert.equal((await disk.stat('/abs-in')).type, 'file');
    assert.deepEqual(
      (await disk.readdir('/dirlink')).map((e) => e.name),
      ['rel-in'],
    );
    assert.equal(await disk.realpath('/dirlink/rel-in'), '/inside.txt');
    await put(disk, '/sub/rel-in', 'rewritten');
    assert.equal(await fs.readFile(join(root, 'inside.txt'), 'utf8'), 'rewritten');
    assert.equal((await disk.lstat('/sub/rel-in')).type, 'symlink');
    await put(disk, '/dirlink/through', 'made via link');
    assert.equal(await fs.readFile(join(root, 'sub', 'through'), 'utf8'), 'made via link');
  });

  test('a dangling link inside the root is followed on write, like bash', async () => {
    await disk.symlink('sub/target', '/pending');
    await rejectsWith(disk.stat('/pending'), 'ENOENT');
    await put(disk, '/pending', 'created');
    assert.equal(await fs.readFile(join(root, 'sub', 'target'), 'utf8'), 'created');
  });

  test('symlink loops are ELOOP', async () => {
    await disk.symlink('loop2', '/loop1');
    await disk.symlink('loop1', '/loop2');
    await rejectsWith(disk.stat('/loop1'), 'ELOOP');
    await rejectsWith(get(disk, '/loop1'), 'ELOOP');
    await rejectsWith(disk.openWrite('/loop1'), 'ELOOP');
    await rejectsWith(disk.stat('/loop1/x'), 'ELOOP');
  });

  test('a NUL byte in a path is EINVAL, not a crash', async () => {
    await rejectsWith(disk.stat('/in\0side.txt'), 'EINVAL');
    await rejectsWith(disk.symlink('a\0b', '/l'), 'EINVAL');
  });

  test('errors name the inner path that was asked for', async () => {
    await assert.rejects(disk.stat('/sub/missing'), { code: 'ENOENT', path: '/sub/missing' });
    await fs.symlink(secret, join(root, 'abs'));
    await assert.rejects(disk.stat('/abs'), { code: 'EACCES', path: '/abs', message: 'Permission denied' });
  });
});
