/** The writing half of the resource contract: openWrite, mkdir, rm, rmdir, rename, symlinks, utimes, copyFile. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { FixtureFactory } from './contract-helpers.js';
import { get, getText, names, pattern, put, rejectsWith, useFixture } from './contract-helpers.js';

/** Registers the tests of every change a writable resource must support. */
export function describeMutations(make: FixtureFactory): void {
  describeWrites(make);
  describeTree(make);
  describeRename(make);
  describeLinksAndTimes(make);
}

function describeWrites(make: FixtureFactory): void {
  describe('openWrite', () => {
    const r = useFixture(make);

    test('creates a file from many chunks', async () => {
      const h = await r().openWrite('/f');
      const chunk = new Uint8Array(1024).fill(0x61);
      for (let i = 0; i < 1000; i++) await h.write(chunk);
      await h.close();
      assert.equal((await r().stat('/f')).size, 1024 * 1000);
    });

    test('truncates at open, before any chunk arrives (cat f > f)', async () => {
      await put(r(), '/f', 'old contents');
      const h = await r().openWrite('/f');
      assert.equal(await getText(r(), '/f'), '');
      await h.write(Buffer.from('new'));
      await h.close();
      assert.equal(await getText(r(), '/f'), 'new');
    });

    test('appends', async () => {
      await put(r(), '/f', 'one\n');
      const h = await r().openWrite('/f', { append: true });
      await h.write(Buffer.from('two\n'));
      await h.write(Buffer.from('three\n'));
      await h.close();
      assert.equal(await getText(r(), '/f'), 'one\ntwo\nthree\n');
    });

    test('append creates a missing file', async () => {
      const h = await r().openWrite('/new', { append: true });
      await h.write(Buffer.from('x'));
      await h.close();
      assert.equal(await getText(r(), '/new'), 'x');
    });

    test('copies the bytes: reusing the buffer after write resolves changes nothing', async () => {
      const buf = Buffer.from('original');
      const h = await r().openWrite('/f');
      await h.write(buf);
      buf.fill(0x7a);
      await h.write(Buffer.from('!'));
      await h.close();
      assert.equal(await getText(r(), '/f'), 'original!');
    });

    test('writing after close fails with EBADF; closing twice is harmless', async () => {
      const h = await r().openWrite('/f');
      await h.close();
      await h.close();
      await rejectsWith(h.write(Buffer.from('late')), 'EBADF');
    });

    test('a missing parent is ENOENT, a directory EISDIR, a parent file ENOTDIR', async () => {
      await r().mkdir('/d');
      await put(r(), '/f', 'x');
      await rejectsWith(r().openWrite('/nope/f'), 'ENOENT');
      await rejectsWith(r().openWrite('/d'), 'EISDIR');
      await rejectsWith(r().openWrite('/'), 'EISDIR');
      await rejectsWith(r().openWrite('/f/x'), 'ENOTDIR');
    });

    test('an 8 MB file round-trips, whole and by range', async () => {
      const data = pattern(8 * 1024 * 1024);
      const h = await r().openWrite('/big');
      for (let at = 0; at < data.length; at += 100_000) await h.write(data.subarray(at, at + 100_000));
      await h.close();
      assert.equal((await r().stat('/big')).size, data.length);
      assert.ok(Buffer.from(await get(r(), '/big')).equals(data));
      const mid = 3 * 1024 * 1024 + 17;
      assert.ok(
        Buffer.from(await get(r(), '/big', { start: mid, end: mid + 200_000 })).equals(
          data.subarray(mid, mid + 200_000),
        ),
      );
    });
  });
}

function describeTree(make: FixtureFactory): void {
  describe('mkdir, rm, rmdir', () => {
    const r = useFixture(make);

    test('mkdir creates; an existing name is EEXIST; a missing parent ENOENT', async () => {
      await r().mkdir('/d');
      assert.equal((await r().stat('/d')).type, 'directory');
      await rejectsWith(r().mkdir('/d'), 'EEXIST');
      await put(r(), '/f', 'x');
      await rejectsWith(r().mkdir('/f'), 'EEXIST');
      await rejectsWith(r().mkdir('/a/b'), 'ENOENT');
      await rejectsWith(r().mkdir('/'), 'EEXIST');
    });

    test('mkdir recursive makes parents and tolerates existing directories', async () => {
      await r().mkdir('/a/b/c', { recursive: true });
      assert.equal((await r().stat('/a/b/c')).type, 'directory');
      await r().mkdir('/a/b/c', { recursive: true });
      await r().mkdir('/', { recursive: true });
      await put(r(), '/a/file', 'x');
      await rejectsWith(r().mkdir('/a/file', { recursive: true }), 'EEXIST');
      await rejectsWith(r().mkdir('/a/file/sub', { recursive: true }), 'ENOTDIR');
    });

    test('rm removes files; directories need recursive', async () => {
      await put(r(), '/f', 'x');
      await r().rm('/f');
      await rejectsWith(r().stat('/f'), 'ENOENT');
      await r().mkdir('/d/e', { recursive: true });
      await put(r(), '/d/e/g', 'x');
      await rejectsWith(r().rm('/d'), 'EISDIR');
      await r().rm('/d', { recursive: true });
      await rejectsWith(r().stat('/d'), 'ENOENT');
      await rejectsWith(r().rm('/nope'), 'ENOENT');
      await rejectsWith(r().rm('/nope', { recursive: true }), 'ENOENT');
    });

    test('rmdir removes empty directories only', async () => {
      await r().mkdir('/d');
      await put(r(), '/d/f', 'x');
      await rejectsWith(r().rmdir('/d'), 'ENOTEMPTY');
      await rejectsWith(r().rmdir('/d/f'), 'ENOTDIR');
      await rejectsWith(r().rmdir('/nope'), 'ENOENT');
      await r().rm('/d/f');
      await r().rmdir('/d');
      assert.deepEqual(await names(r(), '/'), []);
    });
  });
}

function describeRename(make: FixtureFactory): void {
  describe('rename', () => {
    const r = useFixture(make);

    test('moves a file, replacing an existing file', async () => {
      await put(r(), '/a', 'A');
      await put(r(), '/b', 'B');
      await r().rename('/a', '/b');
      assert.equal(await getText(r(), '/b'), 'A');
      await rejectsWith(r().stat('/a'), 'ENOENT');
    });

    test('moves a directory with its contents', async () => {
      await r().mkdir('/d/sub', { recursive: true });
      await put(r(), '/d/sub/f', 'deep');
      await r().mkdir('/to');
      await r().rename('/d', '/to/moved');
      assert.equal(await getText(r(), '/to/moved/sub/f'), 'deep');
      await rejectsWith(r().stat('/d'), 'ENOENT');
    });

    test('refuses what rename(2) refuses', async () => {
      await rejectsWith(r().rename('/nope', '/x'), 'ENOENT');
      await put(r(), '/f', 'x');
      await rejectsWith(r().rename('/f', '/nope/x'), 'ENOENT');
      await r().mkdir('/d/e', { recursive: true });
      await rejectsWith(r().rename('/f', '/d'), 'EISDIR');
      await rejectsWith(r().rename('/d', '/f'), 'ENOTDIR');
      await rejectsWith(r().rename('/d', '/d/e/inside'), 'EINVAL');
      await r().mkdir('/full');
      await put(r(), '/full/x', 'x');
      await rejectsWith(r().rename('/d', '/full'), 'ENOTEMPTY');
    });
  });
}

function describeLinksAndTimes(make: FixtureFactory): void {
  describe('symlink, readlink, utimes, copyFile', () => {
    const r = useFixture(make);

    test('symlink stores its target verbatim', async (t) => {
      if (!r().capabilities.symlinks) return t.skip('no symlinks');
      await put(r(), '/target', 'x');
      await r().symlink('target', '/rel');
      await r().symlink('./no/such/../thing', '/dangling');
      assert.equal(await r().readlink('/rel'), 'target');
      assert.equal(await r().readlink('/dangling'), './no/such/../thing');
      assert.equal((await r().lstat('/rel')).type, 'symlink');
      assert.equal((await r().lstat('/dangling')).type, 'symlink');
      const entries = await r().readdir('/');
      assert.equal(entries.find((e) => e.name === 'rel')?.type, 'symlink');
    });

    test('symlink refuses an existing name; readlink of a non-link is EINVAL', async (t) => {
      if (!r().capabilities.symlinks) return t.skip('no symlinks');
      await put(r(), '/f', 'x');
      await rejectsWith(r().symlink('f', '/f'), 'EEXIST');
      await rejectsWith(r().readlink('/f'), 'EINVAL');
      await rejectsWith(r().readlink('/nope'), 'ENOENT');
      await rejectsWith(r().symlink('f', '/nope/link'), 'ENOENT');
    });

    test('rm of a symlink removes the link, not its target', async (t) => {
      if (!r().capabilities.symlinks) return t.skip('no symlinks');
      await r().mkdir('/d');
      await put(r(), '/d/f', 'kept');
      await r().symlink('d', '/link');
      await r().rm('/link');
      await rejectsWith(r().lstat('/link'), 'ENOENT');
      assert.equal(await getText(r(), '/d/f'), 'kept');
    });

    test('utimes sets the modification time and creates nothing', async () => {
      await put(r(), '/f', 'x');
      const when = Date.UTC(2020, 0, 2, 3, 4, 5);
      await r().utimes('/f', when);
      assert.ok(Math.abs((await r().stat('/f')).mtimeMs - when) < 1000);
      await r().mkdir('/d');
      await r().utimes('/d', when);
      assert.ok(Math.abs((await r().stat('/d')).mtimeMs - when) < 1000);
      await rejectsWith(r().utimes('/nope', when), 'ENOENT');
      await rejectsWith(r().stat('/nope'), 'ENOENT');
    });

    test('copyFile copies bytes into an independent file', async (t) => {
      const res = r();
      if (!res.copyFile) return t.skip('no copyFile');
      await put(res, '/a', 'first');
      await res.copyFile('/a', '/b');
      await put(res, '/a', 'changed');
      assert.equal(await getText(res, '/b'), 'first');
      await put(res, '/c', 'old');
      await res.copyFile('/b', '/c');
      assert.equal(await getText(res, '/c'), 'first');
      await res.copyFile('/c', '/c');
      assert.equal(await getText(res, '/c'), 'first');
      await res.mkdir('/d');
      await rejectsWith(res.copyFile('/d', '/e'), 'EISDIR');
      await rejectsWith(res.copyFile('/nope', '/e'), 'ENOENT');
      await rejectsWith(res.copyFile('/a', '/nope/e'), 'ENOENT');
    });

    test('link makes a second name for the same file', async (t) => {
      const res = r();
      if (!res.link) return t.skip('no hard links');
      await put(res, '/a', 'one');
      await res.link('/a', '/b');
      assert.equal((await res.stat('/a')).nlink, 2);
      await put(res, '/a', 'two');
      assert.equal(await getText(res, '/b'), 'two');
      await res.rm('/a');
      assert.equal(await getText(res, '/b'), 'two');
      assert.equal((await res.stat('/b')).nlink, 1);
      await rejectsWith(res.link('/b', '/b'), 'EEXIST');
      await rejectsWith(res.link('/nope', '/c'), 'ENOENT');
      await res.mkdir('/d');
      await rejectsWith(res.link('/d', '/e'), 'EPERM');
    });
  });
}

/**
 * Registers the tests of a read-only resource: every change is EROFS. The factory
 * may pre-fill it; the changes target '/a', '/b', '/d' and '/f' whether or not they exist.
 */
export function describeReadOnly(make: FixtureFactory): void {
  describe('read-only', () => {
    const r = useFixture(make);

    test('declares itself not writable and still answers reads', async () => {
      assert.equal(r().capabilities.writable, false);
      assert.equal((await r().stat('/')).type, 'directory');
      assert.ok(Array.isArray(await r().readdir('/')));
    });

    test('every change is EROFS and leaves the tree as it was', async () => {
      const res = r();
      const before = await names(res, '/');
      await rejectsWith(res.openWrite('/f'), 'EROFS');
      await rejectsWith(res.openWrite('/f', { append: true }), 'EROFS');
      await rejectsWith(res.mkdir('/d'), 'EROFS');
      await rejectsWith(res.mkdir('/d/e', { recursive: true }), 'EROFS');
      await rejectsWith(res.rm('/f'), 'EROFS');
      await rejectsWith(res.rm('/d', { recursive: true }), 'EROFS');
      await rejectsWith(res.rmdir('/d'), 'EROFS');
      await rejectsWith(res.rename('/a', '/b'), 'EROFS');
      await rejectsWith(res.symlink('a', '/l'), 'EROFS');
      await rejectsWith(res.utimes('/', 0), 'EROFS');
      if (res.copyFile) await rejectsWith(res.copyFile('/a', '/b'), 'EROFS');
      assert.deepEqual(await names(res, '/'), before);
    });
  });
}
