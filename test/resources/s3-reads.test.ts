/**
 * S3 reads on a real s3rver, counted at the proxy: ranged reads fetch what they
 * ask for, `head` of a 64 MB object fetches a small first range, a reader that
 * stops early cancels its GET, and broken or changing objects fail clearly.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { isFsError } from '../../src/core/errors.js';
import { S3_FIRST_READ_BYTES, S3_MAX_READ_BYTES } from '../../src/core/limits.js';
import { Workspace } from '../../src/index.js';
import { S3Resource } from '../../src/resources/s3/index.js';
import { rawClient, S3RVER_CREDENTIALS, type S3TestServer, s3ErrorXml, startS3Server } from '../helpers/s3-server.js';
import { get, getText } from './contract-helpers.js';

const MB = 1024 * 1024;
/** 64 MB of numbered 32-byte lines: "line 0000000\n" padded, so any slice can be checked. */
const BIG_SIZE = 64 * MB;
/** Bigger than the first four ranges together, and not a multiple of any of them. */
const MID_SIZE = 22 * MB + 12345;

let server: S3TestServer;
let client: S3Client;
let big: Buffer;
let s3: S3Resource;

function bigText(size: number): Buffer {
  const out = Buffer.alloc(size, 0x20);
  for (let line = 0, at = 0; at < size; line++, at += 32) {
    out.write('line ', at);
    // The 8-digit line number, written digit by digit: Buffer#write per line is too slow for 2M lines.
    for (let d = 7, n = line; d >= 0; d--, n = Math.floor(n / 10)) out[at + 5 + d] = 0x30 + (n % 10);
    out[at + 31] = 0x0a;
  }
  return out;
}

before(async () => {
  server = await startS3Server();
  client = rawClient(server);
  big = bigText(BIG_SIZE);
  await client.send(new PutObjectCommand({ Bucket: server.bucket, Key: 'r/big', Body: big }));
  await client.send(new PutObjectCommand({ Bucket: server.bucket, Key: 'r/small', Body: big.subarray(0, 1000) }));
  await client.send(new PutObjectCommand({ Bucket: server.bucket, Key: 'r/mid', Body: big.subarray(0, MID_SIZE) }));
  s3 = new S3Resource({
    bucket: server.bucket,
    prefix: 'r',
    endpoint: server.endpoint,
    forcePathStyle: true,
    credentials: S3RVER_CREDENTIALS,
  });
});
after(async () => {
  await s3.close();
  client.destroy();
  await server.stop();
});

/** GETs the proxy saw since the last reset. */
function gets(): { range?: string; bytes: number }[] {
  return server.requests.filter((r) => r.method === 'GET' && !r.url.includes('list-type'));
}

describe('S3 ranged reads', () => {
  test('a 1 MB range of a 64 MB object is one GET of exactly that range', async () => {
    server.resetStats();
    const got = await get(s3, '/big', { start: 10 * MB, end: 11 * MB });
    assert.ok(Buffer.from(got).equals(big.subarray(10 * MB, 11 * MB)));
    assert.deepEqual(
      gets().map((g) => g.range),
      [`bytes=${10 * MB}-${11 * MB - 1}`],
    );
    assert.equal(server.bytesOut(), MB);
  });

  test('an unbounded read starts small and grows its ranges 4x up to the cap', async () => {
    server.resetStats();
    const want = S3_FIRST_READ_BYTES * (1 + 4 + 16) + S3_MAX_READ_BYTES + 1;
    const chunks: Uint8Array[] = [];
    let got = 0;
    for await (const c of s3.read('/big')) {
      chunks.push(c);
      got += c.length;
      if (got >= want) break;
    }
    assert.ok(Buffer.concat(chunks).equals(big.subarray(0, got)));
    const sizes = gets().map((g) => {
      const [a, b] = (g.range ?? '').slice('bytes='.length).split('-').map(Number);
      return b - a + 1;
    });
    assert.deepEqual(sizes, [
      S3_FIRST_READ_BYTES,
      4 * S3_FIRST_READ_BYTES,
      16 * S3_FIRST_READ_BYTES,
      S3_MAX_READ_BYTES,
      S3_MAX_READ_BYTES,
    ]);
  });

  test('a whole read returns every byte, each fetched once', async () => {
    server.resetStats();
    const data = Buffer.from(await get(s3, '/mid'));
    assert.ok(data.equals(big.subarray(0, MID_SIZE)));
    assert.equal(server.bytesOut(), MID_SIZE);
  });

  test('a range past the end is empty; one running over the end is cut at it', async () => {
    assert.equal((await get(s3, '/small', { start: 5000 })).length, 0);
    assert.equal(await getText(s3, '/small', { start: 990, end: 5000 }), big.subarray(990, 1000).toString());
  });

  test('head -n 1 of a 64 MB object through a Workspace fetches one small range', async () => {
    const ws = new Workspace({ '/s3': s3 });
    try {
      server.resetStats();
      const r = await ws.execute('head -n 1 /s3/big');
      assert.equal(r.exitCode, 0, r.stderrText);
      assert.equal(r.stdoutText, big.subarray(0, 32).toString());
      assert.ok(server.bytesOut() <= S3_FIRST_READ_BYTES, `fetched ${server.bytesOut()} bytes`);
      assert.ok(server.bytesOut() < MB);
      server.resetStats();
      const t = await ws.execute('tail -n 2 /s3/big');
      assert.equal(t.stdoutText, big.subarray(BIG_SIZE - 64).toString());
      assert.ok(server.bytesOut() < MB, `tail fetched ${server.bytesOut()} bytes`);
      server.resetStats();
      const c = await ws.execute('head -c 100 /s3/big | wc -c');
      assert.equal(c.stdoutText.trim(), '100');
      assert.ok(server.bytesOut() <= S3_FIRST_READ_BYTES, `head -c fetched ${server.bytesOut()} bytes`);
    } finally {
      await ws.close();
    }
  });

  test('a server that ignores Range still gives the right bytes', async () => {
    server.setFault((req) => {
      delete req.headers.range;
      return null;
    });
    try {
      assert.equal(await getText(s3, '/small', { start: 5, end: 37 }), big.subarray(5, 37).toString());
      assert.ok(Buffer.from(await get(s3, '/small')).equals(big.subarray(0, 1000)));
    } finally {
      server.setFault(null);
    }
  });
});

describe('S3 reads that stop', () => {
  test('breaking out after the first chunk cancels the GET', async () => {
    server.resetStats();
    for await (const chunk of s3.read('/big', { start: 0, end: BIG_SIZE })) {
      assert.ok(chunk.length > 0);
      break;
    }
    // The first GET asked for 16 MB; the cancelled connection stopped the transfer long before.
    await new Promise((r) => setTimeout(r, 100));
    assert.equal(gets()[0].range, `bytes=0-${S3_MAX_READ_BYTES - 1}`);
    assert.ok(server.bytesOut() < 8 * MB, `sent ${server.bytesOut()} bytes`);
    const settled = server.bytesOut();
    await new Promise((r) => setTimeout(r, 200));
    assert.equal(server.bytesOut(), settled, 'nothing flows after the stop');
  });

  test('a signal aborted mid-read rejects with AbortError and cancels the GET', async () => {
    server.resetStats();
    const ac = new AbortController();
    const it = s3.read('/big', { signal: ac.signal })[Symbol.asyncIterator]();
    await it.next();
    ac.abort();
    await assert.rejects(it.next(), { name: 'AbortError' });
    assert.ok(server.bytesOut() < 2 * S3_FIRST_READ_BYTES);
  });

  test('a connection cut mid-body fails with EIO at once, no hang', async () => {
    server.setFault((req) => (req.method === 'GET' ? { cutAfterBytes: 100_000 } : null));
    try {
      const started = Date.now();
      await assert.rejects(get(s3, '/big', { start: 0, end: 4 * MB }), (e: unknown) => {
        assert.ok(isFsError(e, 'EIO'), String(e));
        assert.match(e.message, /^Input\/output error: could not reach S3 at http:\/\/127\.0\.0\.1:\d+ \(.+\)$/);
        return true;
      });
      assert.ok(Date.now() - started < 5000);
    } finally {
      server.setFault(null);
    }
  });

  test('cp across mounts whose read is cut fails and leaves no copy behind', async () => {
    const target = new S3Resource({
      bucket: server.bucket,
      prefix: 'copies',
      endpoint: server.endpoint,
      forcePathStyle: true,
      credentials: S3RVER_CREDENTIALS,
    });
    const ws = new Workspace({ '/a': s3, '/b': target });
    server.setFault((req) => (req.method === 'GET' && req.url?.includes('/r/mid') ? { cutAfterBytes: 300_000 } : null));
    try {
      const r = await ws.execute('cp /a/mid /b/copy; echo "status $?"; ls /b');
      assert.equal(r.stdoutText, 'status 1\n');
      assert.match(
        r.stderrText,
        /^cp: .*Input\/output error: could not reach S3 at http:\/\/127\.0\.0\.1:\d+ \(.+\)\n$/,
      );
    } finally {
      server.setFault(null);
      await ws.close();
    }
  });

  test('a reader paused longer than the request timeout still gets every byte', async () => {
    const slow = new S3Resource({
      bucket: server.bucket,
      prefix: 'r',
      endpoint: server.endpoint,
      forcePathStyle: true,
      credentials: S3RVER_CREDENTIALS,
      requestTimeoutMs: 300,
    });
    const chunks: Uint8Array[] = [];
    for await (const c of slow.read('/mid', { end: 2 * MB })) {
      if (chunks.length === 0) await new Promise((r) => setTimeout(r, 900));
      chunks.push(c);
    }
    assert.ok(Buffer.concat(chunks).equals(big.subarray(0, 2 * MB)));
    await slow.close();
  });

  test('a server that falls silent mid-body times out as EIO', async () => {
    const impatient = new S3Resource({
      bucket: server.bucket,
      prefix: 'r',
      endpoint: server.endpoint,
      forcePathStyle: true,
      credentials: S3RVER_CREDENTIALS,
      requestTimeoutMs: 300,
    });
    server.setFault((req) => (req.method === 'GET' ? { stallAfterBytes: 100_000 } : null));
    try {
      const started = Date.now();
      await assert.rejects(get(impatient, '/mid'), (e: unknown) => {
        assert.ok(isFsError(e, 'EIO'), String(e));
        assert.match(e.message, /could not reach S3 at .* \(timed out\)$/);
        return true;
      });
      assert.ok(Date.now() - started < 3000, `took ${Date.now() - started} ms`);
    } finally {
      server.setFault(null);
      await impatient.close();
    }
  });

  test('later ranges carry If-Match: an object replaced mid-read fails instead of splicing', async () => {
    server.setFault((req) =>
      req.headers['if-match']
        ? {
            status: 412,
            body: s3ErrorXml('PreconditionFailed', 'At least one of the pre-conditions you specified did not hold'),
          }
        : null,
    );
    try {
      await assert.rejects(get(s3, '/big'), (e: unknown) => {
        assert.ok(isFsError(e, 'EIO'));
        assert.equal(e.message, 'Input/output error: the object changed while it was being read');
        return true;
      });
    } finally {
      server.setFault(null);
    }
  });
});
