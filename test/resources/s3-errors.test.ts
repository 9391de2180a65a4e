/**
 * S3 failures: what users see (POSIX messages, exit 1, never a hang) and what
 * they never see (credentials). Faults come from a real s3rver, from the test
 * proxy answering for it (AccessDenied, throttling), from a closed port and a
 * server that never answers, and the mapping is also checked on the SDK's own
 * error classes.
 */
import assert from 'node:assert/strict';
import { createServer, type Server, type Socket } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { inspect } from 'node:util';
import { NoSuchBucket, NoSuchKey, NotFound, S3ServiceException } from '@aws-sdk/client-s3';
import { FsError, isFsError } from '../../src/core/errors.js';
import { Workspace } from '../../src/index.js';
import { S3Resource, type S3ResourceOptions, s3ErrorToFsError } from '../../src/resources/s3/index.js';
import { S3RVER_CREDENTIALS, type S3TestServer, s3ErrorXml, startS3Server } from '../helpers/s3-server.js';
import { getText, put, rejectsWith } from './contract-helpers.js';

const SECRET = { accessKeyId: 'AKIAMIRAGETESTKEY123', secretAccessKey: 'mirage/Secret+Value/0123456789abcdef' };

let server: S3TestServer;

before(async () => {
  server = await startS3Server();
});
after(async () => {
  await server.stop();
});

function mount(extra: Partial<S3ResourceOptions> = {}): S3Resource {
  return new S3Resource({
    bucket: server.bucket,
    prefix: 'e',
    endpoint: server.endpoint,
    forcePathStyle: true,
    credentials: S3RVER_CREDENTIALS,
    ...extra,
  });
}

/** A port nothing listens on. */
async function closedPort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((ok) => s.listen(0, '127.0.0.1', ok));
  const port = (s.address() as { port: number }).port;
  await new Promise<void>((ok) => s.close(() => ok()));
  return port;
}

/** Everything a user or a log could see of an error. */
function visible(e: unknown): string {
  return `${String(e)}\n${(e as Error).stack}\n${inspect(e, { depth: 10, showHidden: true })}\n${JSON.stringify(e)}`;
}

function assertNoSecret(text: string): void {
  assert.ok(!text.includes(SECRET.accessKeyId), 'access key id leaked');
  assert.ok(!text.includes(SECRET.secretAccessKey), 'secret leaked');
}

describe('S3 credentials stay secret', () => {
  test('JSON.stringify and util.inspect of the resource show where it points, not how it signs', async () => {
    const s3 = mount({ credentials: SECRET });
    await s3.stat('/').catch(() => undefined);
    const shown = `${JSON.stringify(s3)}\n${inspect(s3, { depth: Infinity, showHidden: true })}\n${inspect({ ws: { mounts: [s3] } }, { depth: Infinity })}`;
    assertNoSecret(shown);
    assert.deepEqual(JSON.parse(JSON.stringify(s3)), {
      kind: 's3',
      bucket: server.bucket,
      prefix: 'e/',
      endpoint: server.endpoint,
      region: 'us-east-1',
      readOnly: false,
    });
    await s3.close();
  });

  test('errors carry no credential, even when the server echoes them', async () => {
    const s3 = mount({ credentials: SECRET });
    server.setFault(() => ({
      status: 400,
      body: s3ErrorXml('WeirdError', `request by ${SECRET.accessKeyId} signed with ${SECRET.secretAccessKey}`),
    }));
    try {
      const e = await s3.stat('/f').catch((x: unknown) => x);
      assert.ok(isFsError(e, 'EIO'), String(e));
      assertNoSecret(visible(e));
      const ws = new Workspace({ '/s3': s3 });
      const r = await ws.execute('cat /s3/f; ls /s3');
      assertNoSecret(r.stdoutText + r.stderrText);
      assert.match(
        r.stderrText,
        /^cat: \/s3\/f: Input\/output error: S3 at http:\/\/127\.0\.0\.1:\d+ answered WeirdError \(HTTP 400\)$/m,
      );
      await ws.close();
    } finally {
      server.setFault(null);
    }
  });

  test('credentials s3rver does not know are Permission denied, naming no key', async () => {
    const s3 = mount({ credentials: SECRET });
    const e = await getText(s3, '/f').catch((x: unknown) => x);
    assert.ok(isFsError(e, 'EACCES'), String(e));
    assert.equal(e.message, 'Permission denied (S3 rejected the credentials: InvalidAccessKeyId)');
    assertNoSecret(visible(e));
    await s3.close();
  });
});

describe('S3 failures as POSIX errors', () => {
  test('AccessDenied is Permission denied, with and without an error body', async () => {
    const s3 = mount();
    await put(s3, '/f', 'x');
    server.setFault((req) =>
      req.method === 'GET' && !req.url?.includes('list-type')
        ? { status: 403, body: s3ErrorXml('AccessDenied', 'Access Denied') }
        : req.method === 'HEAD'
          ? { status: 403 }
          : null,
    );
    try {
      await rejectsWith(getText(s3, '/f'), 'EACCES');
      await rejectsWith(s3.stat('/f'), 'EACCES');
      const ws = new Workspace({ '/s3': s3 });
      const r = await ws.execute('cat /s3/f');
      assert.equal(r.exitCode, 1);
      assert.equal(r.stderrText, 'cat: /s3/f: Permission denied\n');
      await ws.close();
    } finally {
      server.setFault(null);
    }
  });

  test('a read-only mount refuses writes with Read-only file system', async () => {
    const ws = new Workspace({ '/s3': mount({ readOnly: true }) });
    const r = await ws.execute('echo x > /s3/new; mkdir /s3/d; rm /s3/f');
    assert.match(r.stderrText, /\/s3\/new: Read-only file system/);
    assert.match(r.stderrText, /mkdir: cannot create directory '\/s3\/d': Read-only file system/);
    assert.equal(r.exitCode, 1);
    await ws.close();
  });

  test('a missing bucket says so', async () => {
    const s3 = mount({ bucket: 'no-such-bucket' });
    const e = await s3.readdir('/').catch((x: unknown) => x);
    assert.ok(isFsError(e, 'EIO'), String(e));
    assert.equal(e.message, `Input/output error: no bucket 'no-such-bucket' at ${server.endpoint}`);
    await s3.close();
  });

  test('throttling is retried with backoff, then given up as EIO', async () => {
    const s3 = mount({ maxAttempts: 3 });
    await put(s3, '/f', 'data');
    let refusals = 2;
    server.resetStats();
    server.setFault((req) =>
      req.method === 'HEAD' && refusals-- > 0
        ? { status: 503, body: s3ErrorXml('SlowDown', 'Please reduce your request rate.') }
        : null,
    );
    try {
      assert.equal((await s3.stat('/f')).size, 4, 'the third attempt succeeds');
      assert.equal(server.requests.filter((r) => r.method === 'HEAD').length, 3);
      server.setFault(() => ({ status: 503, body: s3ErrorXml('SlowDown', 'Please reduce your request rate.') }));
      const e = await getText(s3, '/f').catch((x: unknown) => x);
      assert.ok(isFsError(e, 'EIO'), String(e));
      assert.equal(e.message, `Input/output error: S3 at ${server.endpoint} answered SlowDown (HTTP 503)`);
    } finally {
      server.setFault(null);
    }
  });
});

describe('S3 endpoints that cannot be reached', () => {
  let blackHole: Server;
  const held: Socket[] = [];
  let blackHolePort = 0;

  before(async () => {
    // Accepts connections and never answers.
    blackHole = createServer((socket) => held.push(socket));
    await new Promise<void>((ok) => blackHole.listen(0, '127.0.0.1', ok));
    blackHolePort = (blackHole.address() as { port: number }).port;
  });
  after(async () => {
    for (const s of held) s.destroy();
    await new Promise<void>((ok) => blackHole.close(() => ok()));
  });

  test('a closed port is EIO within 5 s, with a message naming the endpoint', async () => {
    const endpoint = `http://127.0.0.1:${await closedPort()}`;
    const s3 = mount({ endpoint, credentials: SECRET });
    const started = Date.now();
    const e = await s3.stat('/f').catch((x: unknown) => x);
    assert.ok(Date.now() - started < 5000, `took ${Date.now() - started} ms`);
    assert.ok(isFsError(e, 'EIO'), String(e));
    assert.equal(e.message, `Input/output error: could not reach S3 at ${endpoint} (connection refused)`);
    assertNoSecret(visible(e));
    const ws = new Workspace({ '/s3': s3 });
    const r = await ws.execute('cat /s3/f; echo "status $?"');
    assert.equal(r.stdoutText, 'status 1\n');
    assert.equal(
      r.stderrText,
      `cat: /s3/f: Input/output error: could not reach S3 at ${endpoint} (connection refused)\n`,
    );
    await ws.close();
  });

  test('a server that never answers times out every attempt, then EIO', async () => {
    const endpoint = `http://127.0.0.1:${blackHolePort}`;
    const s3 = mount({ endpoint, requestTimeoutMs: 300, maxAttempts: 2 });
    const started = Date.now();
    const e = await getText(s3, '/f').catch((x: unknown) => x);
    assert.ok(Date.now() - started < 3000, `took ${Date.now() - started} ms`);
    assert.ok(isFsError(e, 'EIO'), String(e));
    assert.equal(e.message, `Input/output error: could not reach S3 at ${endpoint} (timed out)`);
    await s3.close();
  });
});

describe('s3ErrorToFsError on the SDK error classes', () => {
  const where = { endpoint: 'https://s3.example.test', bucket: 'b', scrub: (t: string) => t.replaceAll('KEY', '***') };
  const meta = (status: number) => ({ $metadata: { httpStatusCode: status } });

  test('missing keys are ENOENT; a missing bucket is not', () => {
    assert.equal(s3ErrorToFsError(new NoSuchKey({ message: 'gone', ...meta(404) }), '/a', where).code, 'ENOENT');
    assert.equal(s3ErrorToFsError(new NotFound({ message: '', ...meta(404) }), '/a', where).code, 'ENOENT');
    const bucket = s3ErrorToFsError(new NoSuchBucket({ message: 'no', ...meta(404) }), '/a', where);
    assert.equal(bucket.code, 'EIO');
    assert.equal(bucket.message, "Input/output error: no bucket 'b' at https://s3.example.test");
  });

  test('AccessDenied and bare 403s are EACCES; bad credentials say so', () => {
    const denied = new S3ServiceException({
      name: 'AccessDenied',
      $fault: 'client',
      message: 'Access Denied',
      ...meta(403),
    });
    assert.equal(s3ErrorToFsError(denied, '/a', where).message, 'Permission denied');
    const bare = new S3ServiceException({ name: '403', $fault: 'client', message: 'UnknownError', ...meta(403) });
    assert.equal(s3ErrorToFsError(bare, '/a', where).code, 'EACCES');
    const expired = new S3ServiceException({
      name: 'ExpiredToken',
      $fault: 'client',
      message: 'KEY expired',
      ...meta(400),
    });
    const mapped = s3ErrorToFsError(expired, '/a', where);
    assert.equal(mapped.code, 'EACCES');
    assert.equal(mapped.message, 'Permission denied (S3 rejected the credentials: ExpiredToken)');
  });

  test('network failures name the endpoint; unknown ones are scrubbed', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED'), {
      code: 'ECONNREFUSED',
      $metadata: { attempts: 3 },
    });
    assert.equal(
      s3ErrorToFsError(refused, '/a', where).message,
      'Input/output error: could not reach S3 at https://s3.example.test (connection refused)',
    );
    const dns = Object.assign(new Error('getaddrinfo ENOTFOUND'), { code: 'ENOTFOUND' });
    assert.match(s3ErrorToFsError(dns, '/a', where).message, /\(host not found\)$/);
    const odd = new Error('signing failed for KEY');
    assert.equal(
      s3ErrorToFsError(odd, '/a', where).message,
      'Input/output error: S3 request to https://s3.example.test failed (signing failed for ***)',
    );
  });

  test('FsErrors pass through unchanged', () => {
    const e = new FsError('ENOTDIR', '/x');
    assert.equal(s3ErrorToFsError(e, '/a', where), e);
  });
});
