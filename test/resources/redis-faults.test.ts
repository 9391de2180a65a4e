/**
 * The Redis resource when things go wrong: no server, a server that dies or
 * freezes mid-use, bad credentials, bad URLs, read-only mounts. Calls fail with
 * EIO (or EACCES) within seconds, name host:port, and never show the password.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { inspect } from 'node:util';
import { type FsError, isFsError } from '../../src/core/errors.js';
import { REDIS_COMMAND_TIMEOUT_MS } from '../../src/core/limits.js';
import { RedisResource } from '../../src/resources/redis/index.js';
import { findRedisServer, freePort, startRedis } from '../helpers/redis-server.js';
import { pattern, put, rejectsWith } from './contract-helpers.js';

const SECRET = 'pa:ss@w/rd%';
const ENCODED = encodeURIComponent(SECRET);

/** Asserts `p` fails with an FsError of `code` within `ms`, and returns it. */
async function failsFast(p: Promise<unknown>, code: string, ms = 5000): Promise<FsError> {
  const t0 = Date.now();
  const e = await p.then(
    () => assert.fail(`expected ${code}`),
    (x: unknown) => x,
  );
  const took = Date.now() - t0;
  assert.ok(isFsError(e), `expected FsError ${code}, got ${String(e)}`);
  assert.equal(e.code, code, e.message);
  assert.ok(took < ms, `took ${took} ms`);
  return e;
}

/** Asserts the password shows nowhere a user could print it. */
function assertNoSecret(...things: unknown[]): void {
  for (const thing of things) {
    const texts = [String(thing), inspect(thing, { depth: 10, showHidden: true }), JSON.stringify(thing) ?? ''];
    if (thing instanceof Error) texts.push(thing.stack ?? '', thing.message);
    for (const text of texts) {
      assert.ok(!text.includes(SECRET) && !text.includes(ENCODED), `password leaked: ${text.slice(0, 300)}`);
    }
  }
}

describe('Redis with no server', () => {
  test('a closed port fails within 5 s with EIO naming host:port, never the password', async () => {
    const port = await freePort();
    const r = new RedisResource({ url: `redis://mirage:${ENCODED}@127.0.0.1:${port}/0` });
    try {
      const e = await failsFast(r.stat('/'), 'EIO');
      assert.match(e.message, new RegExp(`^Input/output error: cannot reach Redis at 127\\.0\\.0\\.1:${port} \\(`));
      assertNoSecret(e, r);
      // Later calls fail as fast: nothing is queued waiting for the server.
      await failsFast(r.readdir('/'), 'EIO');
      await failsFast(r.openWrite('/f'), 'EIO');
      const read = r.read('/f')[Symbol.asyncIterator]();
      assertNoSecret(await failsFast(read.next(), 'EIO'));
    } finally {
      await r.close();
    }
  });

  test('a read-only mount refuses changes with EROFS before it talks to the server', async () => {
    const port = await freePort();
    const r = new RedisResource({ url: `redis://127.0.0.1:${port}`, readOnly: true });
    try {
      assert.equal(r.capabilities.writable, false);
      await rejectsWith(r.openWrite('/f'), 'EROFS');
      await rejectsWith(r.rm('/f'), 'EROFS');
      await rejectsWith(r.rename('/a', '/b'), 'EROFS');
      await rejectsWith(r.mkdir('/d', { recursive: true }), 'EROFS');
      await failsFast(r.stat('/'), 'EIO');
    } finally {
      await r.close();
    }
  });

  test('bad options and URLs are refused without quoting the URL', () => {
    const bad = [
      `http://u:${SECRET}@host`,
      `redis://u:${ENCODED}@host:notaport`,
      `no url ${SECRET}`,
      `redis://:${ENCODED}@h/x`,
    ];
    for (const url of bad) {
      assert.throws(
        () => new RedisResource({ url }),
        (e: unknown) => {
          assert.ok(e instanceof Error && e.message.startsWith('RedisResource: '), String(e));
          assertNoSecret(e);
          return true;
        },
      );
    }
    assert.throws(() => new RedisResource({} as { url: string }), /either url or client/);
  });

  test('JSON and inspect show where the data lives and nothing more', async () => {
    const r = new RedisResource({ url: `rediss://u:${ENCODED}@cache.example:6380/2`, keyPrefix: 'fs1:' });
    try {
      assert.deepEqual(JSON.parse(JSON.stringify(r)), {
        kind: 'redis',
        endpoint: 'cache.example:6380',
        keyPrefix: 'fs1:',
        readOnly: false,
      });
      assertNoSecret(r);
    } finally {
      await r.close();
    }
  });
});

describe('Redis servers that fail', {
  skip: findRedisServer() === undefined && 'redis-server is not installed',
}, () => {
  test('wrong or missing credentials are EACCES, right ones work', async () => {
    const server = await startRedis(['--requirepass', SECRET]);
    assert.ok(server.url !== undefined);
    const wrong = new RedisResource({ url: `redis://:nope@127.0.0.1:${server.port}` });
    const none = new RedisResource({ url: `redis://127.0.0.1:${server.port}` });
    const right = new RedisResource({ url: `redis://:${ENCODED}@127.0.0.1:${server.port}` });
    try {
      const e = await failsFast(wrong.stat('/'), 'EACCES');
      assert.match(e.message, /^Permission denied: Redis at 127\.0\.0\.1:\d+: WRONGPASS/);
      assert.match((await failsFast(none.stat('/'), 'EACCES')).message, /wants a password$/);
      await put(right, '/f', 'ok');
      assert.equal((await right.stat('/f')).size, 2);
      assertNoSecret(e, right);
    } finally {
      for (const r of [wrong, none, right]) await r.close();
      await server.stop();
    }
  });

  test('a server that dies mid-read fails the read and later calls with EIO within 5 s', async () => {
    const server = await startRedis();
    assert.ok(server.url !== undefined);
    const r = new RedisResource({ url: server.url });
    try {
      await put(r, '/big', pattern(8 * 1024 * 1024));
      const it = r.read('/big')[Symbol.asyncIterator]();
      assert.equal((await it.next()).done, false);
      await server.stop();
      await failsFast(
        (async () => {
          for (;;) if ((await it.next()).done) break;
        })(),
        'EIO',
      );
      await failsFast(r.stat('/big'), 'EIO');
      await failsFast(r.mkdir('/d'), 'EIO');
    } finally {
      await r.close();
      await server.stop();
    }
  });

  test('a frozen server fails a call with EIO once the command timeout passes, and is used again when it wakes', async () => {
    const server = await startRedis();
    assert.ok(server.url !== undefined);
    const r = new RedisResource({ url: server.url });
    try {
      await r.mkdir('/d');
      server.signal('SIGSTOP');
      const e = await failsFast(r.stat('/d'), 'EIO', REDIS_COMMAND_TIMEOUT_MS + 2000);
      assert.match(e.message, /did not answer within/);
      server.signal('SIGCONT');
      assert.equal((await r.stat('/d')).type, 'directory');
    } finally {
      server.signal('SIGCONT');
      await r.close();
      await server.stop();
    }
  });
});
