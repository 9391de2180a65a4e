/**
 * Atomicity of the Redis resource as other clients see it: racing creates have
 * exactly one winner, and a directory of 500 files renamed (or removed) while
 * another connection watches is never seen half-moved.
 */
import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import { Redis } from 'ioredis';
import { isFsError } from '../../src/core/errors.js';
import { RedisResource } from '../../src/resources/redis/index.js';
import { dropKeys, keysUnder, startRedis } from '../helpers/redis-server.js';
import { get, getText, pattern, put } from './contract-helpers.js';

const server = await startRedis();

/** Fulfilled count and the codes of the rejections. */
async function outcomes(ops: Promise<unknown>[]): Promise<{ ok: number; codes: string[] }> {
  const settled = await Promise.allSettled(ops);
  const codes = settled.flatMap((s) =>
    s.status === 'rejected' ? [isFsError(s.reason) ? s.reason.code : String(s.reason)] : [],
  );
  return { ok: settled.filter((s) => s.status === 'fulfilled').length, codes };
}

if (server.url === undefined) {
  test('Redis atomicity', { skip: server.skip }, () => undefined);
} else {
  const url = server.url;
  const admin = new Redis(url);
  const opened: RedisResource[] = [];
  let n = 0;
  /** Two resources on two connections over one fresh prefix. */
  const pair = (): [RedisResource, RedisResource] => {
    const keyPrefix = `atomic:${process.pid}:${n++}:`;
    const a = new RedisResource({ url, keyPrefix });
    const b = new RedisResource({ url, keyPrefix });
    opened.push(a, b);
    return [a, b];
  };
  after(async () => {
    for (const r of opened) await r.close();
    for (const r of opened) await dropKeys(admin, r.keyPrefix);
    await admin.quit();
    await server.stop();
  });

  describe('Redis racing creates', () => {
    test('of 20 concurrent mkdirs of one name from two clients, exactly one wins', async () => {
      const [a, b] = pair();
      const { ok, codes } = await outcomes(Array.from({ length: 20 }, (_, i) => (i % 2 ? a : b).mkdir('/d')));
      assert.equal(ok, 1);
      assert.deepEqual(new Set(codes), new Set(['EEXIST']));
      assert.deepEqual(await a.readdir('/'), [{ name: 'd', type: 'directory' }]);
    });

    test('of 20 concurrent symlinks at one path, exactly one wins', async () => {
      const [a, b] = pair();
      const { ok, codes } = await outcomes(
        Array.from({ length: 20 }, (_, i) => (i % 2 ? a : b).symlink(`t${i}`, '/l')),
      );
      assert.equal(ok, 1);
      assert.equal(codes.length, 19);
      assert.ok(codes.every((c) => c === 'EEXIST'));
    });

    test('concurrent writers of one new file leave one entry holding one writer’s bytes whole', async () => {
      const [a, b] = pair();
      const bodies = Array.from({ length: 8 }, (_, i) => Buffer.from(pattern(200_000 + i)));
      await Promise.all(bodies.map((body, i) => put(i % 2 ? a : b, '/f', body)));
      assert.deepEqual(await a.readdir('/'), [{ name: 'f', type: 'file' }]);
      const stored = await admin.getBuffer(`${a.keyPrefix}f:/f`);
      assert.ok(stored && bodies.some((body) => body.equals(stored)), 'the stored bytes are one writer’s');
      assert.equal((await a.stat('/f')).size, stored?.length);
      assert.ok(Buffer.from(await get(b, '/f')).equals(stored), 'readers get the stored bytes');
    });

    test('overlapping mkdir -p from two clients all succeed and build one tree', async () => {
      const [a, b] = pair();
      const paths = ['/x/y/z', '/x/y', '/x/y/w', '/x', '/x/y/z/q'];
      const { ok } = await outcomes(
        paths.flatMap((p) => [a.mkdir(p, { recursive: true }), b.mkdir(p, { recursive: true })]),
      );
      assert.equal(ok, paths.length * 2);
      assert.deepEqual((await a.readdir('/x/y')).map((e) => e.name).sort(), ['w', 'z']);
      assert.deepEqual(await a.readdir('/x/y/z'), [{ name: 'q', type: 'directory' }]);
    });

    test('rmdir racing a create inside the directory: either ENOTEMPTY or the create fails', async () => {
      const [a, b] = pair();
      for (let round = 0; round < 20; round++) {
        await a.mkdir(`/r${round}`);
        const [rm, mk] = await Promise.allSettled([a.rmdir(`/r${round}`), b.mkdir(`/r${round}/inner`)]);
        const removed = rm.status === 'fulfilled';
        const made = mk.status === 'fulfilled';
        assert.ok(removed !== made, `round ${round}: exactly one of rmdir and mkdir succeeds`);
        if (removed) assert.equal(isFsError((mk as PromiseRejectedResult).reason, 'ENOENT'), true);
        else assert.equal(isFsError((rm as PromiseRejectedResult).reason, 'ENOTEMPTY'), true);
      }
    });
  });

  describe('Redis tree moves', () => {
    const FILES = 500;

    async function fill(r: RedisResource): Promise<void> {
      await r.mkdir('/src/sub', { recursive: true });
      await Promise.all(
        Array.from({ length: FILES }, (_, i) => put(r, i % 5 ? `/src/f${i}` : `/src/sub/f${i}`, `file ${i}\n`)),
      );
    }

    /** The m: and f: keys of every file of the tree when it sits at `root`. */
    function fileKeys(prefix: string, root: string): string[] {
      return Array.from({ length: FILES }, (_, i) => {
        const p = i % 5 ? `${root}/f${i}` : `${root}/sub/f${i}`;
        return [`${prefix}m:${p}`, `${prefix}f:${p}`];
      }).flat();
    }

    /**
     * Watches from another connection until `change` settles: each look is one MULTI
     * counting the tree's keys at both places, which must always be all-or-nothing.
     */
    async function watchWhile(
      prefix: string,
      change: Promise<void>,
      to: string | null,
    ): Promise<{ looks: number; seen: Set<string> }> {
      const watcher = new Redis(url);
      const src = fileKeys(prefix, '/src');
      const dst = to === null ? [] : fileKeys(prefix, to);
      const seen = new Set<string>();
      let looks = 0;
      let done = false;
      change.finally(() => {
        done = true;
      });
      try {
        while (!done || looks === 0) {
          const tx = watcher.multi().exists(...src);
          if (dst.length > 0) tx.exists(...dst);
          const res = (await tx.exec()) ?? [];
          seen.add(res.map(([, count]) => count).join('/'));
          looks++;
        }
        await change;
      } finally {
        await watcher.quit();
      }
      return { looks, seen };
    }

    test('renaming a directory of 500 files is never seen half done', async () => {
      const [a] = pair();
      await fill(a);
      await a.mkdir('/to');
      const moved = (await keysUnder(admin, a.keyPrefix)).map((k) => k.replace(':/src', ':/to/moved'));
      const { looks, seen } = await watchWhile(a.keyPrefix, a.rename('/src', '/to/moved'), '/to/moved');
      assert.ok(looks > 0);
      const whole = String(2 * FILES);
      for (const state of seen) assert.ok(state === `${whole}/0` || state === `0/${whole}`, `saw ${state}`);
      assert.deepEqual(await a.readdir('/'), [{ name: 'to', type: 'directory' }]);
      assert.equal((await a.readdir('/to/moved')).length, FILES - FILES / 5 + 1);
      assert.equal(await getText(a, '/to/moved/sub/f5'), 'file 5\n');
      // Every key moved with its node, and the new parent gained its listing.
      assert.deepEqual(await keysUnder(admin, a.keyPrefix), [...moved, `${a.keyPrefix}d:/to`].sort());
    });

    test('rm -r of a directory of 500 files is never seen half done', async () => {
      const [a] = pair();
      await fill(a);
      const { seen } = await watchWhile(a.keyPrefix, a.rm('/src', { recursive: true }), null);
      for (const state of seen) assert.ok(state === String(2 * FILES) || state === '0', `saw ${state}`);
      assert.deepEqual(await keysUnder(admin, a.keyPrefix), [`${a.keyPrefix}m:/`]);
    });

    test('a reader on another connection sees the listing at the old or the new place, never both or neither', async () => {
      const [a, b] = pair();
      await fill(a);
      const moving = a.rename('/src', '/dst');
      const views: string[] = [];
      let done = false;
      moving.finally(() => {
        done = true;
      });
      while (!done) {
        const names = (await b.readdir('/')).map((e) => e.name).join(',');
        views.push(names);
      }
      await moving;
      for (const v of views) assert.ok(v === 'src' || v === 'dst', `saw ${v}`);
    });
  });
}
