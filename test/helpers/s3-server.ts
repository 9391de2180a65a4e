/**
 * A real S3 server for tests: s3rver in a child process (with
 * --openssl-legacy-provider, which its paginated listings need on Node 20) on a
 * free loopback port, behind a small node:http proxy in the test process. The
 * proxy counts requests and response bytes (how tests prove a read fetched
 * little) and can inject faults: canned error answers, or cutting a response short.
 * It also makes s3rver answer ranges as AWS does: a ranged GET of an empty object
 * is 416 (s3rver promises one byte and never sends it), and a suffix range
 * `bytes=-N` means the last N bytes (s3rver returns the first N+1). It also
 * re-encodes x-amz-copy-source for s3rver, which decodes it with decodeURI. For ranges it
 * asks s3rver for the object's size first, so s3rver runs with
 * allowMismatchedSignatures (the proxy's HEAD reuses the GET's signature).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';

/** The credentials s3rver accepts. */
export const S3RVER_CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } as const;

/** One request that went through the proxy. */
export interface LoggedRequest {
  readonly method: string;
  readonly url: string;
  readonly range?: string;
  /** Response status (0 until the answer starts). */
  status: number;
  /** Response body bytes sent to the client. */
  bytes: number;
}

/** What a fault hook may do with a request instead of forwarding it untouched. */
export type Fault =
  | { readonly status: number; readonly body?: string; readonly headers?: Record<string, string> }
  | { readonly cutAfterBytes: number }
  | { readonly stallAfterBytes: number };

/** A running server. */
export interface S3TestServer {
  /** The proxy's URL: what resources under test use. */
  readonly endpoint: string;
  /** s3rver's own URL, bypassing the proxy (faster seeding; nothing is counted). */
  readonly directEndpoint: string;
  readonly bucket: string;
  /** Requests seen since the last reset. */
  readonly requests: LoggedRequest[];
  /** Response body bytes sent since the last reset. */
  bytesOut(): number;
  resetStats(): void;
  /** Puts objects straight into s3rver's store (each holding `body`, or its own key as text). */
  seed(keys: readonly string[], body?: string): Promise<void>;
  /** Installs (or removes, with null) a hook that may answer a request itself. */
  setFault(hook: ((req: IncomingMessage) => Fault | null) | null): void;
  stop(): Promise<void>;
}

const REPO_ROOT = resolve(import.meta.dirname, '..', '..');

/**
 * Runs in the child: start s3rver with one bucket and print its port; then each
 * stdin line `{"id":n,"keys":[…],"body":…}` puts objects straight into s3rver's
 * store (thousands per second, where PUTs manage a few hundred) and answers
 * `{"id":n}`; the child stops when stdin closes.
 */
const CHILD = `
const S3rver = require('s3rver');
const S3Object = require('s3rver/lib/models/object');
const [directory, bucket] = process.argv.slice(1);
const server = new S3rver({
  address: '127.0.0.1', port: 0, directory, silent: true, vhostBuckets: false, allowMismatchedSignatures: true,
  configureBuckets: [{ name: bucket, configs: [] }],
});
server.run().then(({ port }) => process.stdout.write(JSON.stringify({ port }) + '\\n'));
let pending = '';
process.stdin.on('data', async (d) => {
  pending += d;
  let nl;
  while ((nl = pending.indexOf('\\n')) >= 0) {
    const { id, keys, body } = JSON.parse(pending.slice(0, nl));
    pending = pending.slice(nl + 1);
    for (let i = 0; i < keys.length; i += 64) {
      await Promise.all(keys.slice(i, i + 64).map((key) =>
        server.store.putObject(new S3Object(bucket, key, Buffer.from(body ?? key), {}))));
    }
    process.stdout.write(JSON.stringify({ id }) + '\\n');
  }
});
process.stdin.on('end', () => server.close().finally(() => process.exit(0)));
`;

function startChild(directory: string, bucket: string): Promise<{ child: ChildProcess; port: number }> {
  const nodeOptions = `${process.env.NODE_OPTIONS ?? ''} --openssl-legacy-provider`.trim();
  const child = spawn(process.execPath, ['-e', CHILD, directory, bucket], {
    cwd: REPO_ROOT,
    env: { ...process.env, NODE_OPTIONS: nodeOptions },
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  return new Promise((resolvePort, reject) => {
    let text = '';
    const onData = (d: Buffer) => {
      text += d.toString();
      if (!text.includes('\n')) return;
      child.stdout?.off('data', onData);
      resolvePort({ child, port: (JSON.parse(text.split('\n')[0]) as { port: number }).port });
    };
    child.stdout?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`s3rver exited with ${code} before listening`)));
  });
}

/** Starts s3rver with `bucket` created, and the proxy in front of it. */
export async function startS3Server(bucket = 'mirage-test'): Promise<S3TestServer> {
  // s3rver keeps three files per object: in RAM (tmpfs) its many small writes cost far less.
  const base = existsSync('/dev/shm') ? '/dev/shm' : tmpdir();
  const directory = await mkdtemp(join(base, 'mirage-s3rver-'));
  const { child, port } = await startChild(directory, bucket);
  const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
  const requests: LoggedRequest[] = [];
  let fault: ((req: IncomingMessage) => Fault | null) | null = null;
  let seeds = 0;

  /** Forwards a request; `limit` cuts the body short there (closing the connection or going silent). */
  const forward = (req: IncomingMessage, res: ServerResponse, limit: { bytes: number; stall: boolean } | null) => {
    const cutAfter = limit?.bytes ?? null;
    const entry: LoggedRequest = {
      method: req.method ?? '',
      url: req.url ?? '',
      range: req.headers.range,
      status: 0,
      bytes: 0,
    };
    requests.push(entry);
    const upstream = http.request(
      { host: '127.0.0.1', port, method: req.method, path: req.url, headers: req.headers, agent },
      (up) => {
        entry.status = up.statusCode ?? 502;
        res.writeHead(entry.status, up.headers);
        up.on('data', (chunk: Buffer) => {
          let piece = chunk;
          if (cutAfter !== null && entry.bytes + piece.length > cutAfter)
            piece = piece.subarray(0, cutAfter - entry.bytes);
          entry.bytes += piece.length;
          if (piece.length > 0 && !res.write(piece)) up.pause();
          if (cutAfter !== null && entry.bytes >= cutAfter) {
            // Stalling keeps the client's connection open and silent; cutting closes it.
            up.removeAllListeners('end')
              .removeAllListeners('error')
              .on('error', () => undefined);
            up.destroy();
            if (!limit?.stall) res.destroy();
          }
        });
        res.on('drain', () => up.resume());
        up.on('end', () => res.end());
        up.on('error', () => res.destroy());
      },
    );
    // A client that goes away (an aborted read) stops the upstream transfer too.
    res.on('close', () => upstream.destroy());
    upstream.on('error', () => res.destroy());
    req.pipe(upstream);
  };

  /** The size of the object a request names, or null when s3rver has none. */
  const sizeOf = (req: IncomingMessage): Promise<number | null> =>
    new Promise((done) => {
      const { range: _range, ...headers } = req.headers;
      const head = http.request({ host: '127.0.0.1', port, method: 'HEAD', path: req.url, headers, agent }, (up) => {
        up.resume();
        done(up.statusCode === 200 ? Number(up.headers['content-length']) : null);
      });
      head.on('error', () => done(null));
      head.end();
    });

  /** A ranged GET as AWS answers it: 416 for an empty object, suffix ranges made explicit. */
  const fixRange = async (req: IncomingMessage, res: ServerResponse): Promise<boolean> => {
    const range = req.headers.range;
    if (req.method !== 'GET' || range === undefined) return false;
    const size = await sizeOf(req);
    if (size === null) return false;
    const suffix = /^bytes=-(\d+)$/.exec(range);
    if (suffix && size > 0) req.headers.range = `bytes=${Math.max(0, size - Number(suffix[1]))}-${size - 1}`;
    if (size > 0) return false;
    req.resume();
    requests.push({ method: 'GET', url: req.url ?? '', range, status: 416, bytes: 0 });
    res.writeHead(416, { 'content-type': 'application/xml', 'content-range': 'bytes */0' });
    res.end(s3ErrorXml('InvalidRange', 'The requested range is not satisfiable'));
    return true;
  };

  const proxy = http.createServer(async (req, res) => {
    const f = fault?.(req) ?? null;
    if (f === null) {
      // s3rver decodes x-amz-copy-source with decodeURI, which leaves %2B, %3F, %23 … encoded.
      const source = req.headers['x-amz-copy-source'];
      if (typeof source === 'string') req.headers['x-amz-copy-source'] = encodeURI(decodeURIComponent(source));
      if (await fixRange(req, res)) return;
      return forward(req, res, null);
    }
    if ('cutAfterBytes' in f) return forward(req, res, { bytes: f.cutAfterBytes, stall: false });
    if ('stallAfterBytes' in f) return forward(req, res, { bytes: f.stallAfterBytes, stall: true });
    req.resume();
    requests.push({
      method: req.method ?? '',
      url: req.url ?? '',
      range: req.headers.range,
      status: f.status,
      bytes: 0,
    });
    res.writeHead(f.status, f.headers ?? { 'content-type': 'application/xml' });
    res.end(f.body ?? '');
  });
  await new Promise<void>((ok) => proxy.listen(0, '127.0.0.1', ok));
  const proxyPort = (proxy.address() as AddressInfo).port;

  return {
    endpoint: `http://127.0.0.1:${proxyPort}`,
    directEndpoint: `http://127.0.0.1:${port}`,
    bucket,
    requests,
    bytesOut: () => requests.reduce((n, r) => n + r.bytes, 0),
    resetStats: () => {
      requests.length = 0;
    },
    seed: (keys, body) => {
      const id = ++seeds;
      return new Promise<void>((done) => {
        let text = '';
        const onData = (d: Buffer) => {
          text += d.toString();
          if (!text.split('\n').some((line) => line === JSON.stringify({ id }))) return;
          child.stdout?.off('data', onData);
          done();
        };
        child.stdout?.on('data', onData);
        child.stdin?.write(`${JSON.stringify({ id, keys, body })}\n`);
      });
    },
    setFault: (hook) => {
      fault = hook;
    },
    stop: async () => {
      proxy.closeAllConnections();
      await new Promise<void>((ok) => proxy.close(() => ok()));
      agent.destroy();
      const exited = new Promise<void>((ok) => child.once('exit', () => ok()));
      child.stdin?.end();
      const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
      await exited;
      clearTimeout(timer);
      await rm(directory, { recursive: true, force: true });
    },
  };
}

/** An S3 error body as S3 writes it, for faults. */
export function s3ErrorXml(code: string, message: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${message}</Message><RequestId>test</RequestId></Error>`;
}

/** A plain SDK client talking to s3rver directly, to seed and inspect buckets behind the resource's back. */
export function rawClient(server: S3TestServer): S3Client {
  return new S3Client({
    region: 'us-east-1',
    endpoint: server.directEndpoint,
    forcePathStyle: true,
    credentials: S3RVER_CREDENTIALS,
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
}

/** Every key under `prefix` (all pages). */
export async function allKeys(client: S3Client, bucket: string, prefix: string): Promise<string[]> {
  const out: string[] = [];
  let token: string | undefined;
  do {
    const page = await client.send(
      new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix, ContinuationToken: token }),
    );
    for (const o of page.Contents ?? []) if (o.Key !== undefined) out.push(o.Key);
    token = page.IsTruncated ? page.NextContinuationToken : undefined;
  } while (token);
  return out;
}
