/** The shared resource contract, run against a real redis-server with a fresh key prefix per test. */
import { after, test } from 'node:test';
import { Redis } from 'ioredis';
import { RedisResource } from '../../src/resources/redis/index.js';
import { dropKeys, startRedis } from '../helpers/redis-server.js';
import { runResourceContract } from './contract.js';
import { put } from './contract-helpers.js';

const server = await startRedis();

if (server.url === undefined) {
  test('Resource contract: redis', { skip: server.skip }, () => undefined);
} else {
  const url = server.url;
  const admin = new Redis(url);
  after(async () => {
    await admin.quit();
    await server.stop();
  });
  let n = 0;
  const freshPrefix = () => `contract:${process.pid}:${n++}:`;

  runResourceContract(
    'redis',
    async () => {
      const keyPrefix = freshPrefix();
      const resource = new RedisResource({ url, keyPrefix });
      return {
        resource,
        cleanup: async () => {
          await resource.close();
          await dropKeys(admin, keyPrefix);
        },
      };
    },
    async () => {
      const keyPrefix = freshPrefix();
      // Real targets, so EROFS is proven to win over an operation that would succeed.
      const writer = new RedisResource({ url, keyPrefix });
      await put(writer, '/a', 'A');
      await writer.mkdir('/d');
      await writer.close();
      const resource = new RedisResource({ url, keyPrefix, readOnly: true });
      return {
        resource,
        cleanup: async () => {
          await resource.close();
          await dropKeys(admin, keyPrefix);
        },
      };
    },
  );
}
