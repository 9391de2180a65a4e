/**
 * S3 writes and tree changes on a real s3rver: multipart streaming, aborts that
 * leave no object, appends past the multipart threshold, utimes by copy in place,
 * and moving or removing a directory of 1,200 keys with few requests.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { HeadObjectCommand, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { S3_MULTIPART_BYTES } from '../../src/core/limits.js';
import { RAMResource, Workspace } from '../../src/index.js';
import { S3Resource } from '../../src/resources/s3/index.js';
import { allKeys, rawClient, S3RVER_CREDENTIALS, type S3TestServer, startS3Server } from '../helpers/s3-server.js';
import { get, getText, names, pattern, put, rejectsWith } from './contract-helpers.js';

const MB = 1024 * 1024;

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

function mount(prefix: string): S3Resource {
  return new S3Resource({
    bucket: server.bucket,
    prefix,
    endpoint: server.endpoint,
    forcePathStyle: true,
    credentials: S3RVER_CREDENTIALS,
  });
}

/** Requests the proxy saw whose URL matches. */
function count(match: RegExp, method?: string): number {
  return server.requests.filter((r) => match.test(r.url) && (method === undefined || r.method === method)).length;
}

/**
 * Successful DeleteObjects calls. s3rver deletes a batch's keys in parallel and
 * races itself removing emptied folders, answering 500 now and then; the SDK
 * retries those (the keys already gone are fine the second time).
 */
function deleteBatches(): number {
  return server.requests.filter((r) => /\?delete/.test(r.url) && r.method === 'POST' && r.status === 200).length;
}

/** Waits (briefly) until `check` holds: the SDK aborts multipart uploads in the background. */
async function eventually(check: () => boolean | Promise<boolean>): Promise<boolean> {
  for (let i = 0; i < 40; i++) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 50));
  }
  return false;
}

describe('S3 writes', () => {
  test('a 20 MB stream goes up as a multipart upload and appears only at close', async () => {
    const s3 = mount('w1');
    const data = pattern(20 * MB);
    server.resetStats();
    const h = await s3.openWrite('/big');
    for (let at = 0; at < data.length; at += 64 * 1024) await h.write(data.subarray(at, at + 64 * 1024));
    assert.equal((await s3.stat('/big')).size, 0, 'the new bytes are not visible before close');
    await h.close();
    assert.equal(count(/\?uploads/, 'POST'), 1, 'CreateMultipartUpload');
    assert.equal(count(/partNumber=/, 'PUT'), Math.ceil(data.length / S3_MULTIPART_BYTES));
    assert.equal(count(/uploadId=/, 'POST'), 1, 'CompleteMultipartUpload');
    assert.equal((await s3.stat('/big')).size, data.length);
    assert.ok(Buffer.from(await get(s3, '/big')).equals(data));
    await s3.close();
  });

  test('abort during a multipart upload leaves no object (s3rver answers AbortMultipartUpload with 405)', async () => {
    const s3 = mount('w2');
    server.resetStats();
    const h = await s3.openWrite('/partial');
    const chunk = pattern(MB);
    for (let i = 0; i < 12; i++) await h.write(chunk);
    await h.abort();
    await rejectsWith(s3.stat('/partial'), 'ENOENT');
    assert.deepEqual(await allKeys(client, server.bucket, 'w2/'), []);
    assert.equal(count(/uploadId=/, 'POST'), 0, 'never completed');
    assert.ok(await eventually(() => count(/uploadId=/, 'DELETE') === 1), 'AbortMultipartUpload was tried');
    await rejectsWith(h.write(chunk), 'EBADF');
    await s3.close();
  });

  test('abort of a small new file takes back the empty object open created', async () => {
    const s3 = mount('w3');
    const h = await s3.openWrite('/f');
    assert.equal((await s3.stat('/f')).size, 0, 'open(2) creates the file');
    await h.write(Buffer.from('never'));
    await h.abort();
    await rejectsWith(s3.stat('/f'), 'ENOENT');
    await s3.close();
  });

  test('an aborted signal abandons the write', async () => {
    const s3 = mount('w4');
    const ac = new AbortController();
    const h = await s3.openWrite('/f', { signal: ac.signal });
    await h.write(Buffer.from('x'));
    ac.abort();
    await assert.rejects(h.write(Buffer.from('y')), { name: 'AbortError' });
    const gone = () =>
      s3.stat('/f').then(
        () => false,
        () => true,
      );
    assert.ok(await eventually(gone), 'the empty object open created is taken back');
    await s3.close();
  });

  test('appending to an object past the multipart threshold streams old and new bytes', async () => {
    const s3 = mount('w5');
    const old = pattern(S3_MULTIPART_BYTES + 1000);
    await put(s3, '/log', old);
    server.resetStats();
    const h = await s3.openWrite('/log', { append: true });
    await h.write(Buffer.from('tail\n'));
    await h.close();
    assert.equal(count(/\?uploads/, 'POST'), 1);
    const got = Buffer.from(await get(s3, '/log'));
    assert.equal(got.length, old.length + 5);
    assert.ok(got.subarray(0, old.length).equals(old));
    assert.equal(got.subarray(old.length).toString(), 'tail\n');
    // An aborted append leaves the object as it was.
    const a = await s3.openWrite('/log', { append: true });
    await a.write(Buffer.from('dropped'));
    await a.abort();
    assert.equal((await s3.stat('/log')).size, old.length + 5);
    await s3.close();
  });

  test('utimes copies the object onto itself with an mtime entry; bytes and ETag stay', async () => {
    const s3 = mount('w6');
    await put(s3, '/f', 'same bytes');
    const before = await s3.stat('/f');
    const when = Date.UTC(2001, 2, 3, 4, 5, 6, 500);
    await s3.utimes('/f', when);
    const after = await s3.stat('/f');
    assert.equal(after.mtimeMs, when);
    assert.equal(after.etag, before.etag);
    assert.equal(await getText(s3, '/f'), 'same bytes');
    const head = await client.send(new HeadObjectCommand({ Bucket: server.bucket, Key: 'w6/f' }));
    assert.equal(head.Metadata?.mtime, String(when / 1000));
    // Headers survive the copy in place; a cp of the file gets a time of its own, as cp(1) gives.
    await client.send(
      new PutObjectCommand({
        Bucket: server.bucket,
        Key: 'w6/page',
        Body: '<p>',
        ContentType: 'text/html',
        CacheControl: 'max-age=60',
      }),
    );
    await s3.utimes('/page', when);
    const page = await client.send(new HeadObjectCommand({ Bucket: server.bucket, Key: 'w6/page' }));
    assert.equal(page.ContentType, 'text/html');
    assert.equal(page.CacheControl, 'max-age=60');
    const copyStarted = Date.now() - 2000;
    await s3.copyFile('/page', '/page-copy');
    assert.ok((await s3.stat('/page-copy')).mtimeMs >= copyStarted);
    const copy = await client.send(new HeadObjectCommand({ Bucket: server.bucket, Key: 'w6/page-copy' }));
    assert.equal(copy.ContentType, 'text/html');
    assert.equal(copy.Metadata?.mtime, undefined);
    // A directory without a marker gets one carrying the time.
    await server.seed(['w6/implicit/x']);
    await s3.utimes('/implicit', when);
    assert.equal((await s3.stat('/implicit')).mtimeMs, when);
    await s3.close();
  });
});

describe('S3 directories of 1,200 keys', () => {
  const keys = (prefix: string) =>
    Array.from(
      { length: 1200 },
      (_, i) => `${prefix}s${String(i % 40).padStart(2, '0')}/f${String(i).padStart(4, '0')}`,
    );

  test('rename copies every key server-side, then deletes in two DeleteObjects calls', async () => {
    const src = keys('t/src/');
    await server.seed(src);
    const s3 = mount('t');
    server.resetStats();
    await s3.rename('/src', '/dst');
    assert.equal(count(/x-id=CopyObject/, 'PUT'), 1200);
    assert.equal(deleteBatches(), 2);
    assert.equal(count(/x-id=GetObject/), 0, 'no bytes went through the client');
    assert.deepEqual(await allKeys(client, server.bucket, 't/src/'), []);
    const moved = await allKeys(client, server.bucket, 't/dst/');
    assert.deepEqual(moved.sort(), src.map((k) => k.replace('t/src/', 't/dst/')).sort());
    assert.equal(await getText(s3, '/dst/s07/f0007'), 't/src/s07/f0007');
    await rejectsWith(s3.stat('/src'), 'ENOENT');
    await s3.close();
  });

  test('rm -r deletes 1,200 keys in two DeleteObjects calls; without -r it is EISDIR', async () => {
    await server.seed(keys('u/d/'));
    const s3 = mount('u');
    await s3.mkdir('/d/empty');
    await rejectsWith(s3.rm('/d'), 'EISDIR');
    server.resetStats();
    await s3.rm('/d', { recursive: true });
    assert.equal(deleteBatches(), 2);
    assert.deepEqual(await allKeys(client, server.bucket, 'u/'), []);
    await rejectsWith(s3.stat('/d'), 'ENOENT');
    await s3.close();
  });

  test('with the GCS preset (no DeleteObjects in its XML API) rm -r deletes key by key', async () => {
    await server.seed(keys('g/d/').slice(0, 25));
    const gcs = new S3Resource({
      bucket: server.bucket,
      prefix: 'g',
      preset: { provider: 'gcs' },
      endpoint: server.endpoint,
      region: 'us-east-1',
      credentials: S3RVER_CREDENTIALS,
    });
    server.resetStats();
    await gcs.rm('/d', { recursive: true });
    assert.equal(deleteBatches(), 0);
    // One DeleteObject per key; s3rver sometimes answers 500 under load and the SDK retries, so only a floor holds.
    const deletes = count(/x-id=DeleteObject/, 'DELETE');
    assert.ok(deletes >= 25, `${deletes} DeleteObject calls for 25 keys`);
    assert.deepEqual(await allKeys(client, server.bucket, 'g/'), []);
    await gcs.close();
  });

  test('cp -r within a mount copies server-side; cp to and from RAM streams', async () => {
    await server.seed(keys('v/src/').slice(0, 6));
    const s3 = mount('v');
    const ws = new Workspace({ '/s3': s3, '/ram': new RAMResource() });
    try {
      server.resetStats();
      const r = await ws.execute('cp -r /s3/src /s3/copy && cp -r /s3/copy /ram/here && cp -r /ram/here /s3/back');
      assert.equal(r.exitCode, 0, r.stderrText);
      assert.equal(count(/x-id=CopyObject/, 'PUT'), 6);
      assert.deepEqual(await names(s3, '/back'), await names(s3, '/src'));
      const sub = (await names(s3, '/src'))[0];
      assert.deepEqual(await names(s3, `/back/${sub}`), await names(s3, `/src/${sub}`));
      const r2 = await ws.execute(
        'cat /s3/back/s00/f0000; echo; cmp /s3/src/s01/f0001 /ram/here/s01/f0001 && echo same',
      );
      assert.equal(r2.stdoutText, 'v/src/s00/f0000\nsame\n');
    } finally {
      await ws.close();
    }
  });
});
