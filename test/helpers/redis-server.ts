/**
 * A private redis-server for tests: started as a child process on a free loopback
 * port with persistence off, ready once it answers PING, stopped by `stop()`.
 * Without the binary, REDIS_URL names a server to use instead (shared, so tests
 * must keep to their own key prefix); without either, `skip` says why.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { accessSync, constants, mkdtempSync, rmSync } from 'node:fs';
import { createConnection, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import type { Redis } from 'ioredis';

/** A server the tests may use, or the reason there is none. */
export type TestRedis =
  | {
      readonly url: string;
      readonly port: number;
      /** True for a private server this process started (it may be stopped, its stats reset). */
      readonly private: boolean;
      stop(): Promise<void>;
      /** Sends a signal to a private server (SIGSTOP freezes it); throws for a shared one. */
      signal(sig: NodeJS.Signals): void;
    }
  | { readonly url?: undefined; readonly skip: string };

const START_TIMEOUT_MS = 5000;
const START_ATTEMPTS = 3;

/** The redis-server binary on PATH, if any. */
export function findRedisServer(): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    const candidate = join(dir, 'redis-server');
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {}
  }
  return undefined;
}

/** A port nothing listens on right now. */
export async function freePort(): Promise<number> {
  const srv = createServer();
  srv.listen(0, '127.0.0.1');
  await once(srv, 'listening');
  const addr = srv.address();
  srv.close();
  await once(srv, 'close');
  if (addr === null || typeof addr === 'string') throw new Error('no TCP address');
  return addr.port;
}

/** Starts a private server (extra args such as ['--requirepass', 'pw']), else falls back to REDIS_URL. */
export async function startRedis(extraArgs: readonly string[] = []): Promise<TestRedis> {
  const bin = findRedisServer();
  if (bin === undefined) {
    const url = process.env.REDIS_URL;
    if (url) {
      const port = Number(new URL(url).port || 6379);
      const signal = () => {
        throw new Error('cannot signal a shared server (REDIS_URL)');
      };
      return { url, port, private: false, stop: async () => undefined, signal };
    }
    return { skip: 'redis-server is not installed and REDIS_URL is not set' };
  }
  // Another process may take the free port before the server binds it: try a few.
  let lastError: Error | undefined;
  for (let attempt = 0; attempt < START_ATTEMPTS; attempt++) {
    try {
      return await startOn(bin, await freePort(), extraArgs);
    } catch (e) {
      lastError = e as Error;
    }
  }
  throw lastError;
}

async function startOn(bin: string, port: number, extraArgs: readonly string[]): Promise<TestRedis> {
  const dir = mkdtempSync(join(tmpdir(), 'mirage-redis-'));
  const args = ['--bind', '127.0.0.1', '--port', String(port), '--save', '', '--appendonly', 'no', '--dir', dir];
  const child = spawn(bin, [...args, ...extraArgs], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const keep = (b: Buffer) => {
    output = (output + b.toString()).slice(-4000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const stop = async () => {
    await stopChild(child);
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    // The server's own log line proves the port is ours, not another test file's server.
    await waitFor(port, child, () => output.includes('Ready to accept connections'));
  } catch (e) {
    await stop();
    throw new Error(`redis-server did not start: ${(e as Error).message}\n${output}`);
  }
  const signal = (sig: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(sig);
  };
  return { url: `redis://127.0.0.1:${port}`, port, private: true, stop, signal };
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 2000);
  await exited;
  clearTimeout(timer);
}

/** Resolves once the server says it is ready and answers PING (any reply, even NOAUTH, means it is up). */
async function waitFor(port: number, child: ChildProcess, ready: () => boolean): Promise<void> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`exited with status ${child.exitCode}`);
    if (ready() && (await pings(port))) return;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`no answer on port ${port} within ${START_TIMEOUT_MS} ms`);
}

function pings(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const sock = createConnection({ host: '127.0.0.1', port });
    const done = (ok: boolean) => {
      sock.destroy();
      resolve(ok);
    };
    sock.setTimeout(500, () => done(false));
    sock.on('error', () => done(false));
    sock.on('connect', () => sock.write('PING\r\n'));
    sock.on('data', () => done(true));
  });
}

/** Every key under `prefix`, found with SCAN (tests only: the resource itself never scans). */
export async function keysUnder(client: Redis, prefix: string): Promise<string[]> {
  const out: string[] = [];
  let cursor = '0';
  do {
    const [next, batch] = await client.scan(cursor, 'MATCH', `${prefix.replace(/[*?[\]\\]/g, '\\$&')}*`, 'COUNT', 1000);
    out.push(...batch);
    cursor = next;
  } while (cursor !== '0');
  return out.sort();
}

/** Deletes every key under `prefix`. */
export async function dropKeys(client: Redis, prefix: string): Promise<void> {
  const keys = await keysUnder(client, prefix);
  for (let i = 0; i < keys.length; i += 1000) await client.del(...keys.slice(i, i + 1000));
}
