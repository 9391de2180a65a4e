/** S3 listings on a real s3rver: pagination, directory markers, buckets without markers, odd key names. */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { HeadObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import type { DirEntry } from '../../src/core/resource.js';
import { Workspace } from '../../src/index.js';
import { S3Resource } from '../../src/resources/s3/index.js';
import { allKeys, rawClient, S3RVER_CREDENTIALS, type S3TestServer, startS3Server } from '../helpers/s3-server.js';
import { getText, names, put, rejectsWith } from './contract-helpers.js';

let server: S3TestServer;
let client: S3Client;

before(async () => {
  server = await startS3Server();
  client = rawClient(server);
});
after(async () => {
  client.destroy();
  await server.stop();
});

/** readdir sorted by name: listing order is not part of the contract. */
async function sorted(r: S3Resource, path: string): Promise<DirEntry[]> {
  return (await r.readdir(path)).sort((a, b) => (a.name < b.name ? -1 : 1));
}

function mount(prefix: string): S3Resource {
  return new S3Resource({
    bucket: server.bucket,
    prefix,
    endpoint: server.endpoint,
    forcePathStyle: true,
    credentials: S3RVER_CREDENTIALS,
  });
}

describe('S3 listings', () => {
  test('readdir pages through 2,500 keys with continuation tokens', async () => {
    const keys = Array.from({ length: 2500 }, (_, i) => `many/d/f${String(i).padStart(4, '0')}`);
    await server.seed(keys, 'x');
    const s3 = mount('many');
    server.resetStats();
    const listed = await names(s3, '/d');
    assert.equal(listed.length, 2500);
    assert.deepEqual(
      listed,
      keys.map((k) => k.slice('many/d/'.length)),
    );
    const lists = server.requests.filter((r) => r.url.includes('list-type=2'));
    assert.equal(lists.length, 3, 'three pages of at most 1,000 keys');
    assert.ok(lists.slice(1).every((r) => r.url.includes('continuation-token=')));
    assert.deepEqual(await names(s3, '/'), ['d']);
    await s3.close();
  });

  test('a bucket without markers: directories come from key prefixes', async () => {
    await server.seed(['raw/a/b/c.txt', 'raw/a/top.txt', 'raw/z.txt']);
    const s3 = mount('raw');
    assert.deepEqual(await sorted(s3, '/'), [
      { name: 'a', type: 'directory' },
      { name: 'z.txt', type: 'file' },
    ]);
    assert.equal((await s3.stat('/a')).type, 'directory');
    assert.equal((await s3.stat('/a/b')).type, 'directory');
    assert.deepEqual(await names(s3, '/a/b'), ['c.txt']);
    assert.equal(await getText(s3, '/a/b/c.txt'), 'raw/a/b/c.txt');
    await rejectsWith(s3.rmdir('/a/b'), 'ENOTEMPTY');
    await rejectsWith(s3.readdir('/a/b/c.txt'), 'ENOTDIR');
    await rejectsWith(s3.readdir('/a/nope'), 'ENOENT');
    // A directory that only its keys made vanishes with its last key: S3 has nothing else to keep.
    await s3.rm('/a/b/c.txt');
    await rejectsWith(s3.stat('/a/b'), 'ENOENT');
    assert.deepEqual(await names(s3, '/a'), ['top.txt']);
    await s3.close();
  });

  test('mkdir leaves a zero-byte dir/ marker that listings hide', async () => {
    const s3 = mount('markers');
    await s3.mkdir('/empty');
    await s3.mkdir('/p/q', { recursive: true });
    const marker = await client.send(new HeadObjectCommand({ Bucket: server.bucket, Key: 'markers/empty/' }));
    assert.equal(marker.ContentLength, 0);
    assert.deepEqual((await allKeys(client, server.bucket, 'markers/')).sort(), [
      'markers/empty/',
      'markers/p/',
      'markers/p/q/',
    ]);
    assert.deepEqual(await s3.readdir('/empty'), []);
    assert.deepEqual(await s3.readdir('/p'), [{ name: 'q', type: 'directory' }]);
    await put(s3, '/empty/f', 'x');
    assert.deepEqual(await names(s3, '/empty'), ['f']);
    // Every level has its marker, so removing the deepest keeps its parent.
    await s3.rmdir('/p/q');
    assert.equal((await s3.stat('/p')).type, 'directory');
    await s3.close();
  });

  test('the mount prefix may have a marker of its own, which the root hides', async () => {
    await server.seed(['own/', 'own/f'], '');
    const s3 = mount('/own/');
    assert.deepEqual(await s3.readdir('/'), [{ name: 'f', type: 'file' }]);
    await s3.close();
  });

  test('a key that is both a file and a prefix: stat sees the file, readdir lists one directory', async () => {
    await server.seed(['both/x', 'both/x/child', 'both/x.txt']);
    const s3 = mount('both');
    assert.equal((await s3.stat('/x')).type, 'file');
    assert.deepEqual(await sorted(s3, '/'), [
      { name: 'x', type: 'directory' },
      { name: 'x.txt', type: 'file' },
    ]);
    assert.deepEqual(await names(s3, '/x'), ['child']);
    await s3.close();
  });

  test('keys with spaces, unicode and URL metacharacters list, read, copy and move', async () => {
    const s3 = mount('odd');
    const dir = '/dir with space';
    const file = `${dir}/ünï código+%?#&.txt`;
    await s3.mkdir(dir);
    await put(s3, file, 'odd bytes');
    assert.deepEqual(await names(s3, dir), ['ünï código+%?#&.txt']);
    assert.equal(await getText(s3, file), 'odd bytes');
    await s3.copyFile(file, `${dir}/cöpy`);
    await s3.rename(file, '/möved é');
    assert.equal(await getText(s3, '/möved é'), 'odd bytes');
    assert.equal(await getText(s3, `${dir}/cöpy`), 'odd bytes');
    await rejectsWith(s3.stat(file), 'ENOENT');
    await s3.close();
  });

  test('keys no path can name (a//b, a/./c) are left out of listings', async () => {
    // s3rver normalises such keys away, so the listing is S3's XML answered by the proxy.
    const xml = [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<ListBucketResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/">',
      `<Name>${server.bucket}</Name><Prefix>weird/a/</Prefix><KeyCount>4</KeyCount><MaxKeys>1000</MaxKeys>`,
      '<Delimiter>/</Delimiter><IsTruncated>false</IsTruncated>',
      ...['weird/a/./c', 'weird/a/../d', 'weird/a/ok'].map(
        (k) =>
          `<Contents><Key>${k}</Key><LastModified>2024-01-01T00:00:00.000Z</LastModified><Size>1</Size></Contents>`,
      ),
      '<CommonPrefixes><Prefix>weird/a//</Prefix></CommonPrefixes>',
      '</ListBucketResult>',
    ].join('');
    server.setFault((req) => (req.url?.includes('list-type=2') ? { status: 200, body: xml } : null));
    try {
      assert.deepEqual(await names(mount('weird'), '/a'), ['ok']);
    } finally {
      server.setFault(null);
    }
  });

  test('a 5 GB object is listed and stat-ed without a byte of it being read', async () => {
    // s3rver cannot hold 5 GB here, so the proxy answers for that one key as S3 would.
    const size = 5 * 1024 ** 3;
    const xml = [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<ListBucketResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/">',
      `<Name>${server.bucket}</Name><Prefix>huge/</Prefix><KeyCount>1</KeyCount><MaxKeys>1000</MaxKeys>`,
      '<Delimiter>/</Delimiter><IsTruncated>false</IsTruncated>',
      `<Contents><Key>huge/big.bin</Key><LastModified>2024-01-02T03:04:05.000Z</LastModified><Size>${size}</Size></Contents>`,
      '</ListBucketResult>',
    ].join('');
    const head = {
      'content-length': String(size),
      'last-modified': 'Tue, 02 Jan 2024 03:04:05 GMT',
      etag: '"0123456789abcdef0123456789abcdef-640"',
    };
    server.setFault((req) =>
      req.url?.includes('list-type=2')
        ? { status: 200, body: xml }
        : req.method === 'HEAD' && req.url?.includes('huge/big.bin')
          ? { status: 200, headers: head }
          : null,
    );
    const ws = new Workspace({ '/s3': mount('huge') });
    try {
      server.resetStats();
      const r = await ws.execute("ls /s3; stat -c '%s %F' /s3/big.bin");
      assert.equal(r.stdoutText, `big.bin\n${size} regular file\n`, r.stderrText);
      assert.equal(server.requests.filter((q) => q.method === 'GET' && !q.url.includes('list-type')).length, 0);
    } finally {
      server.setFault(null);
      await ws.close();
    }
  });

  test('a key longer than S3 allows is ENAMETOOLONG', async () => {
    const s3 = mount('long');
    await rejectsWith(s3.stat(`/${'x'.repeat(1100)}`), 'ENAMETOOLONG');
    await s3.close();
  });
});
