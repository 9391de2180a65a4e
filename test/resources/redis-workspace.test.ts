/**
 * A Redis mount driven through the shell: `head` and `tail` on a 32 MB file
 * fetch little (bytes counted by the server), and everyday commands, symlinks
 * across mounts and error messages behave as on any other mount.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { Redis } from 'ioredis';
import { RAMResource, RedisResource, Workspace } from '../../src/index.js';
import { dropKeys, startRedis } from '../helpers/redis-server.js';
import { put } from './contract-helpers.js';

const server = await startRedis();

/** Bytes the server has sent to all its clients so far. */
async function bytesSent(client: Redis): Promise<number> {
  const m = /total_net_output_bytes:(\d+)/.exec(await client.info('stats'));
  assert.ok(m, 'INFO stats has total_net_output_bytes');
  return Number(m[1]);
}

/** 32 MB of numbered lines. */
function bigLog(): Buffer {
  const line = (i: number) => `line ${String(i).padStart(8, '0')} ${'x'.repeat(49)}\n`;
  const count = (32 * 1024 * 1024) / line(0).length;
  const out = Buffer.alloc(count * line(0).length);
  for (let i = 0; i < count; i++) out.write(line(i), i * line(0).length, 'latin1');
  return out;
}

if (server.url === undefined) {
  test('Redis mount in a workspace', { skip: server.skip }, () => undefined);
} else {
  const url = server.url;
  const admin = new Redis(url);
  const keyPrefix = `ws:${process.pid}:`;
  const redis = new RedisResource({ url, keyPrefix });
  const ws = new Workspace({ '/r': redis, '/ram': new RAMResource() });
  after(async () => {
    await redis.close();
    await dropKeys(admin, keyPrefix);
    await admin.quit();
    await server.stop();
  });

  describe('Redis mount in a workspace', () => {
    const data = bigLog();
    const lines = data.length / 64;
    before(() => put(redis, '/big.log', data));

    // A shared server's other clients would add to the count.
    const skip = server.private ? false : 'the server is shared: its byte count is not ours alone';
    test('head -n 1 and tail -n 1 of a 32 MB file fetch under 1 MB', { skip }, async () => {
      let sent = await bytesSent(admin);
      const head = await ws.execute('head -n 1 /r/big.log');
      const headBytes = (await bytesSent(admin)) - sent;
      assert.equal(head.stdoutText, data.subarray(0, 64).toString());
      assert.equal(head.exitCode, 0);
      assert.ok(headBytes < 1024 * 1024, `head fetched ${headBytes} bytes`);

      sent = await bytesSent(admin);
      const tail = await ws.execute('tail -n 1 /r/big.log');
      const tailBytes = (await bytesSent(admin)) - sent;
      assert.equal(tail.stdoutText, data.subarray(data.length - 64).toString());
      assert.ok(tailBytes < 1024 * 1024, `tail fetched ${tailBytes} bytes`);
    });

    test('wc -l reads the whole file', async () => {
      const r = await ws.execute('wc -l < /r/big.log');
      assert.equal(r.stdoutText.trim(), String(lines));
    });

    test('mkdir, redirections, mv, cp, ln -s, rm -r and ls', async () => {
      const r = await ws.execute(
        [
          'mkdir -p /r/a/b',
          'echo hi > /r/a/b/f',
          'echo more >> /r/a/b/f',
          'mv /r/a /r/z',
          'cat /r/z/b/f',
          'cp /r/z/b/f /r/copy',
          'ln -s /r/z/b/f /r/link',
          'cat /r/link',
          'echo ram > /ram/x',
          'ln -s /ram/x /r/to-ram',
          'cat /r/to-ram',
          'ls /r',
          'rm -r /r/z',
          'ls /r/z',
          'echo "status $?"',
          'ls /r',
        ].join('\n'),
      );
      assert.equal(r.stderrText, "ls: cannot access '/r/z': No such file or directory\n");
      assert.equal(
        r.stdoutText,
        'hi\nmore\nhi\nmore\nram\nbig.log\ncopy\nlink\nto-ram\nz\nstatus 2\nbig.log\ncopy\nlink\nto-ram\n',
      );
    });

    test('errors read as coreutils writes them', async () => {
      const r = await ws.execute('cat /r/nope; mkdir /r/copy; rmdir /r/copy; cat /r');
      assert.equal(
        r.stderrText,
        [
          'cat: /r/nope: No such file or directory',
          "mkdir: cannot create directory '/r/copy': File exists",
          "rmdir: failed to remove '/r/copy': Not a directory",
          'cat: /r: Is a directory',
          '',
        ].join('\n'),
      );
      assert.equal(r.exitCode, 1);
    });
  });
}
