/**
 * The Redis resource's key layout as another client sees it, the commands it
 * sends (never KEYS or SCAN; readdir is one HGETALL), staged writes, windowed
 * ranged reads, and symlinks handed back to the VFS.
 */
import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import { Redis } from 'ioredis';
import { SymlinkRedirect } from '../../src/core/errors.js';
import { CHUNK_SIZE, REDIS_READ_WINDOW_BYTES, REDIS_WRITE_FLUSH_BYTES } from '../../src/core/limits.js';
import { RedisResource } from '../../src/resources/redis/index.js';
import { dropKeys, keysUnder, startRedis } from '../helpers/redis-server.js';
import { get, getText, pattern, put, rejectsWith } from './contract-helpers.js';

const server = await startRedis();

/** Calls per command since the last CONFIG RESETSTAT, from INFO commandstats. */
async function commandCalls(client: Redis): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  for (const m of (await client.info('commandstats')).matchAll(/^cmdstat_([^:]+):calls=(\d+)/gm)) {
    out.set(m[1], Number(m[2]));
  }
  return out;
}

if (server.url === undefined) {
  test('Redis key layout', { skip: server.skip }, () => undefined);
} else {
  const url = server.url;
  const admin = new Redis(url);
  const opened: RedisResource[] = [];
  let n = 0;
  /** A resource over a fresh prefix, closed and emptied after the file's tests. */
  const fresh = () => {
    const r = new RedisResource({ url, keyPrefix: `layout:${process.pid}:${n++}:` });
    opened.push(r);
    return r;
  };
  after(async () => {
    for (const r of opened) {
      await r.close();
      await dropKeys(admin, r.keyPrefix);
    }
    await admin.quit();
    await server.stop();
  });

  describe('Redis key layout', () => {
    test('metadata, listings and bytes live under the documented keys, and nothing else', async () => {
      const r = fresh();
      const p = r.keyPrefix;
      await r.mkdir('/a');
      await put(r, '/a/f.txt', 'hi');
      await r.mkdir('/empty');
      await r.symlink('a/f.txt', '/l');
      assert.deepEqual(
        await keysUnder(admin, p),
        ['d:/', 'd:/a', 'f:/a/f.txt', 'm:/', 'm:/a', 'm:/a/f.txt', 'm:/empty', 'm:/l'].map((k) => p + k),
      );
      assert.deepEqual(await admin.hgetall(`${p}d:/`), { a: 'directory', empty: 'directory', l: 'symlink' });
      assert.deepEqual(await admin.hgetall(`${p}d:/a`), { 'f.txt': 'file' });
      const meta = await admin.hgetall(`${p}m:/a/f.txt`);
      assert.equal(meta.type, 'file');
      assert.equal(meta.size, '2');
      assert.equal(meta.mode, String(0o644));
      assert.ok(Math.abs(Number(meta.mtime) - Date.now()) < 5000, `mtime ${meta.mtime}`);
      assert.equal(await admin.get(`${p}f:/a/f.txt`), 'hi');
      assert.equal(await admin.type(`${p}f:/a/f.txt`), 'string');
      assert.deepEqual(await admin.hmget(`${p}m:/l`, 'type', 'target'), ['symlink', 'a/f.txt']);
      assert.equal((await admin.hgetall(`${p}m:/`)).type, 'directory');

      await r.rename('/a', '/b');
      await r.rm('/l');
      await r.rmdir('/empty');
      assert.deepEqual(
        await keysUnder(admin, p),
        ['d:/', 'd:/b', 'f:/b/f.txt', 'm:/', 'm:/b', 'm:/b/f.txt'].map((k) => p + k),
      );
      await r.rm('/b', { recursive: true });
      assert.deepEqual(await keysUnder(admin, p), [`${p}m:/`]);
    });

    test('an empty prefix reads as an empty root and is not written to by reads', async () => {
      const r = fresh();
      assert.equal((await r.stat('/')).type, 'directory');
      assert.deepEqual(await r.readdir('/'), []);
      await rejectsWith(r.stat('/x'), 'ENOENT');
      assert.deepEqual(await keysUnder(admin, r.keyPrefix), []);
    });

    test('files are found from another client as soon as close resolves', async (t) => {
      const r = fresh();
      const other = new RedisResource({ url, keyPrefix: r.keyPrefix });
      t.after(() => other.close());
      await put(r, '/shared', 'seen');
      assert.equal(await getText(other, '/shared'), 'seen');
      assert.deepEqual(
        (await other.readdir('/')).map((e) => e.name),
        ['shared'],
      );
    });

    test("a caller's ioredis client is used as it is and stays open after close", async () => {
      const client = new Redis(url);
      try {
        const r = new RedisResource({ client, keyPrefix: `layout:${process.pid}:client:` });
        await put(r, '/f', 'via client');
        await r.close();
        assert.equal(await client.get(`${r.keyPrefix}f:/f`), 'via client');
        await rejectsWith(r.stat('/f'), 'EIO');
        await dropKeys(client, r.keyPrefix);
        const prefixed = new Redis(url, { keyPrefix: 'x:', lazyConnect: true });
        assert.throws(() => new RedisResource({ client: prefixed }), /pass keyPrefix to RedisResource/);
        prefixed.disconnect();
      } finally {
        await client.quit();
      }
    });

    test('no KEYS or SCAN, and readdir is a single HGETALL', { skip: !server.private && 'shared server' }, async () => {
      const r = fresh();
      await r.mkdir('/d/e', { recursive: true });
      for (let i = 0; i < 100; i++) await put(r, `/d/f${i}`, `${i}`);
      await admin.config('RESETSTAT');
      assert.equal((await r.readdir('/d')).length, 101);
      const calls = await commandCalls(admin);
      assert.equal(calls.get('hgetall'), 1);
      await r.rename('/d', '/moved');
      await r.copyFile('/moved/f1', '/copy');
      await r.rm('/moved', { recursive: true });
      await r.stat('/copy');
      await get(r, '/copy');
      const after = await commandCalls(admin);
      assert.equal(after.has('keys'), false, 'KEYS was used');
      assert.equal(after.has('scan'), false, 'SCAN was used');
    });
  });

  describe('Redis writes', () => {
    test('a big write goes through a staging key that is gone after close', async () => {
      const r = fresh();
      const data = pattern(3 * REDIS_WRITE_FLUSH_BYTES + 5);
      const h = await r.openWrite('/big');
      for (let at = 0; at < data.length; at += 100_000) await h.write(data.subarray(at, at + 100_000));
      const staged = (await keysUnder(admin, r.keyPrefix)).filter((k) => k.startsWith(`${r.keyPrefix}w:`));
      assert.equal(staged.length, 1);
      assert.ok((await admin.pttl(staged[0])) > 0, 'a staging key expires');
      assert.equal((await r.stat('/big')).size, 0, 'nothing shows before close');
      await h.close();
      assert.ok(Buffer.from(await get(r, '/big')).equals(data));
      assert.equal((await r.stat('/big')).size, data.length);
      assert.equal(await admin.exists(staged[0]), 0);
      assert.equal(await admin.pttl(`${r.keyPrefix}f:/big`), -1, 'the file does not inherit the expiry');
    });

    test('abort drops what was written: a new file stays empty, an appended one keeps its bytes', async () => {
      const r = fresh();
      const big = pattern(2 * REDIS_WRITE_FLUSH_BYTES);
      const h = await r.openWrite('/f');
      await h.write(big);
      await h.abort();
      assert.equal((await r.stat('/f')).size, 0);
      await put(r, '/g', 'kept\n');
      const a = await r.openWrite('/g', { append: true });
      await a.write(big);
      await a.write(Buffer.from('small'));
      await a.abort();
      assert.equal(await getText(r, '/g'), 'kept\n');
      assert.deepEqual(
        (await keysUnder(admin, r.keyPrefix)).filter((k) => k.startsWith(`${r.keyPrefix}w:`)),
        [],
      );
      await rejectsWith(a.write(Buffer.from('late')), 'EBADF');
    });

    test('a big append lands after the existing bytes', async () => {
      const r = fresh();
      await put(r, '/log', 'head\n');
      const tail = pattern(REDIS_WRITE_FLUSH_BYTES + 10);
      const h = await r.openWrite('/log', { append: true });
      await h.write(tail);
      await h.close();
      const got = Buffer.from(await get(r, '/log'));
      assert.equal(got.subarray(0, 5).toString(), 'head\n');
      assert.ok(got.subarray(5).equals(tail));
    });

    test('a file removed while being written is recreated at close when its directory remains', async () => {
      const r = fresh();
      await r.mkdir('/d');
      const h = await r.openWrite('/d/f');
      await h.write(Buffer.from('late'));
      await r.rm('/d/f');
      await h.close();
      assert.equal(await getText(r, '/d/f'), 'late');
      const h2 = await r.openWrite('/d/g');
      await h2.write(Buffer.from('lost'));
      await r.rm('/d', { recursive: true });
      await rejectsWith(h2.close(), 'ENOENT');
    });
  });

  describe('Redis ranged reads', () => {
    test('ranges across window boundaries match the stored bytes', async () => {
      const r = fresh();
      const data = pattern(3 * REDIS_READ_WINDOW_BYTES + 17);
      await put(r, '/f', data);
      const size = data.length;
      const ranges: [number, number][] = [
        [0, 1],
        [CHUNK_SIZE - 1, CHUNK_SIZE + 1],
        [REDIS_READ_WINDOW_BYTES - 3, 2 * REDIS_READ_WINDOW_BYTES + 3],
        [size - 10, size],
        [size - 1, size + 100],
        [size, size + 1],
      ];
      for (const [start, end] of ranges) {
        const got = Buffer.from(await get(r, '/f', { start, end }));
        assert.ok(got.equals(data.subarray(start, end)), `range ${start}-${end}`);
      }
    });

    test('a whole read comes in windows that start small and double', async () => {
      const r = fresh();
      await put(r, '/f', pattern(4 * REDIS_READ_WINDOW_BYTES));
      const sizes: number[] = [];
      for await (const c of r.read('/f')) sizes.push(c.length);
      assert.equal(sizes[0], CHUNK_SIZE);
      assert.equal(sizes[1], 2 * CHUNK_SIZE);
      assert.equal(Math.max(...sizes), REDIS_READ_WINDOW_BYTES);
      assert.equal(
        sizes.reduce((a, b) => a + b, 0),
        4 * REDIS_READ_WINDOW_BYTES,
      );
    });
  });

  describe('Redis symlinks', () => {
    const redirectOf = async (p: Promise<unknown>) => {
      const e = await p.then(
        () => assert.fail('expected a SymlinkRedirect'),
        (x: unknown) => x,
      );
      assert.ok(e instanceof SymlinkRedirect, `expected a SymlinkRedirect, got ${String(e)}`);
      return { linkPath: e.linkPath, target: e.target, rest: e.rest };
    };

    test('links in a path come back to the VFS with the rest of the path', async () => {
      const r = fresh();
      await r.mkdir('/dir');
      await r.symlink('/elsewhere/dir', '/dir/link');
      const whole = { linkPath: '/dir/link', target: '/elsewhere/dir', rest: '' };
      assert.deepEqual(await redirectOf(r.stat('/dir/link')), whole);
      assert.deepEqual(await redirectOf(r.openWrite('/dir/link')), whole);
      assert.deepEqual(await redirectOf(get(r, '/dir/link')), whole);
      assert.equal((await r.lstat('/dir/link')).type, 'symlink');
      const deep = { linkPath: '/dir/link', target: '/elsewhere/dir', rest: '/a/b' };
      assert.deepEqual(await redirectOf(r.lstat('/dir/link/a/b')), deep);
      assert.deepEqual(await redirectOf(r.readdir('/dir/link/a/b')), deep);
      const under = { linkPath: '/dir/link', target: '/elsewhere/dir', rest: '/new' };
      assert.deepEqual(await redirectOf(r.mkdir('/dir/link/new')), under);
      assert.deepEqual(await redirectOf(r.mkdir('/dir/link/new', { recursive: true })), under);
      assert.deepEqual(await redirectOf(r.openWrite('/dir/link/new')), under);
      assert.deepEqual(await redirectOf(r.rm('/dir/link/new')), under);
      assert.deepEqual(await redirectOf(r.rename('/dir/link/new', '/x')), under);
      assert.deepEqual(await redirectOf(r.symlink('t', '/dir/link/new')), under);
      await r.rm('/dir/link');
      assert.deepEqual(await r.readdir('/dir'), []);
    });

    test('names with spaces, unicode and glob characters are stored as they are', async () => {
      const r = fresh();
      const name = '/a b*[x]?ü✓ \\n';
      await put(r, name, 'x');
      assert.deepEqual(
        (await r.readdir('/')).map((e) => e.name),
        [name.slice(1)],
      );
      assert.equal(await getText(r, name), 'x');
      await r.rename(name, '/plain');
      assert.equal(await getText(r, '/plain'), 'x');
    });
  });
}
