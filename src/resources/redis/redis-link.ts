/**
 * The connection of a Redis mount: builds the ioredis client from a URL (keeping
 * the password out of everything printable), connects on demand, runs the
 * resource's Lua scripts, and turns client failures into FsErrors that name the
 * server as host:port and never carry the password.
 *
 * A dead server must fail a call within seconds, never hang it: commands are not
 * queued while disconnected (enableOfflineQueue false), are not retried or resent
 * after a lost connection (they may have run), and every connect and command has
 * a timeout. After REDIS_RECONNECT_ATTEMPTS quick reconnects the client stops
 * trying; the next call then connects again on demand. A change whose reply timed
 * out reports EIO although the server may still have made it (scripts are atomic,
 * so it happened whole or not at all).
 */
import type { Redis, RedisOptions } from 'ioredis';
import { ERRNO_MESSAGES, type ErrnoCode, FsError, isAbortError, SymlinkRedirect } from '../../core/errors.js';
import {
  REDIS_COMMAND_TIMEOUT_MS,
  REDIS_CONNECT_TIMEOUT_MS,
  REDIS_RECONNECT_ATTEMPTS,
  REDIS_STAGING_TTL_MS,
} from '../../core/limits.js';
import type { LuaScript } from './redis-lua.js';

/** Codes a script may answer with besides 'OK' and 'REDIRECT'. */
const SCRIPT_CODES = new Set<string>(Object.keys(ERRNO_MESSAGES));

/** Replies of the server that say who may do what. */
const ACCESS_REPLIES = new Set(['WRONGPASS', 'NOPERM']);

/** The client options and printable identity of a redis:// or rediss:// URL. */
export interface ParsedRedisUrl {
  readonly options: RedisOptions;
  /** host:port, for messages. */
  readonly endpoint: string;
  /** Strings that must never appear in a message (the password, raw and decoded). */
  readonly secrets: readonly string[];
}

/** Parses `redis://[user[:password]@]host[:port][/db]`; errors never quote the URL. */
export function parseRedisUrl(url: string): ParsedRedisUrl {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new Error('RedisResource: url must look like redis://[user:password@]host[:port][/db]');
  }
  if (u.protocol !== 'redis:' && u.protocol !== 'rediss:') {
    throw new Error(`RedisResource: unsupported URL scheme '${u.protocol}' (use redis:// or rediss://)`);
  }
  const host = u.hostname.replace(/^\[(.*)\]$/, '$1') || '127.0.0.1';
  const port = u.port === '' ? 6379 : Number(u.port);
  const dbText = u.pathname.replace(/^\/+/, '');
  if (!/^\d*$/.test(dbText))
    throw new Error(`RedisResource: the database in the URL must be a number, not '${dbText}'`);
  const password = u.password === '' ? undefined : decodeURIComponent(u.password);
  const options: RedisOptions = {
    host,
    port,
    username: u.username === '' ? undefined : decodeURIComponent(u.username),
    password,
    db: dbText === '' ? 0 : Number(dbText),
    tls: u.protocol === 'rediss:' ? { servername: host } : undefined,
  };
  const secrets = password === undefined ? [] : [password, u.password];
  return { options, endpoint: `${u.hostname || host}:${port}`, secrets };
}

/** Options that keep a call from waiting on a dead server. */
const FAIL_FAST: RedisOptions = {
  lazyConnect: true,
  enableOfflineQueue: false,
  maxRetriesPerRequest: 0,
  autoResendUnfulfilledCommands: false,
  connectTimeout: REDIS_CONNECT_TIMEOUT_MS,
  commandTimeout: REDIS_COMMAND_TIMEOUT_MS,
  retryStrategy: (times) => (times <= REDIS_RECONNECT_ATTEMPTS ? times * 200 : null),
  enableAutoPipelining: true,
  connectionName: 'mirage',
};

/** One mount's client, prefix and error translation. */
export class RedisLink {
  /** host:port of the server, safe to print. */
  readonly endpoint: string;
  /** Created on first use: loading ioredis costs ~0.3 s, which a workspace without Redis should not pay. */
  #client: Redis | undefined;
  readonly #options: RedisOptions | undefined;
  #creating: Promise<Redis> | undefined;
  readonly #owned: boolean;
  readonly #secrets: readonly string[];
  readonly #prefix: string;
  #lastError: { name: string; message: string } | undefined;
  #connecting: Promise<void> | undefined;
  #closed = false;

  constructor(source: { url: string } | { client: Redis }, prefix: string) {
    this.#prefix = prefix;
    if ('client' in source) {
      const opts = source.client.options;
      if (opts.keyPrefix) throw new Error('RedisResource: pass keyPrefix to RedisResource, not to the ioredis client');
      this.#client = source.client;
      this.#options = undefined;
      this.#owned = false;
      this.endpoint = `${opts.host ?? '127.0.0.1'}:${opts.port ?? 6379}`;
      this.#secrets = opts.password ? [opts.password] : [];
      this.listen(source.client);
    } else {
      const parsed = parseRedisUrl(source.url);
      this.#options = { ...parsed.options, ...FAIL_FAST };
      this.#owned = true;
      this.endpoint = parsed.endpoint;
      this.#secrets = parsed.secrets;
    }
  }

  private listen(client: Redis): void {
    // Without a listener ioredis prints every connection error to the console.
    client.on('error', (e: Error) => {
      this.#lastError = { name: e.name, message: this.redact(e.message) };
    });
    // A server that goes away cleanly sends no error; say so instead of ioredis's queue message.
    client.on('close', () => {
      this.#lastError ??= { name: 'Error', message: 'connection lost' };
    });
    client.on('ready', () => {
      this.#lastError = undefined;
    });
  }

  /** The ioredis client, created (and ioredis loaded) once, on first use; concurrent callers share it. */
  private instance(): Promise<Redis> {
    if (this.#client !== undefined) return Promise.resolve(this.#client);
    this.#creating ??= import('ioredis').then(({ Redis: Client }) => {
      const client = new Client(this.#options as RedisOptions);
      this.listen(client);
      this.#client = client;
      return client;
    });
    return this.#creating;
  }

  /** The connected client; connects first when the client is idle. */
  async client(path: string): Promise<Redis> {
    if (this.#closed) {
      throw new FsError('EIO', path, `${ERRNO_MESSAGES.EIO}: the Redis mount at ${this.endpoint} is closed`);
    }
    const c = await this.instance();
    if (this.#connecting === undefined && (c.status === 'wait' || c.status === 'end')) {
      this.#connecting = c.connect().finally(() => {
        this.#connecting = undefined;
      });
    }
    if (this.#connecting !== undefined) {
      try {
        await this.#connecting;
      } catch (e) {
        throw this.fsError(e, path);
      }
    }
    return c;
  }

  /** Runs `op` on the client, translating its failures for `path`. */
  async run<T>(path: string, op: (c: Redis) => Promise<T>): Promise<T> {
    const c = await this.client(path);
    try {
      return await op(c);
    } catch (e) {
      throw this.fsError(e, path);
    }
  }

  /**
   * Runs a script (by SHA, loading it on first use) and returns the results after
   * 'OK'; codes become FsErrors and REDIRECT a SymlinkRedirect.
   */
  async script(script: LuaScript, path: string, args: readonly (string | Buffer)[]): Promise<unknown[]> {
    const reply = await this.run(path, async (c) => {
      const argv = [this.#prefix, String(Date.now()), ...args];
      try {
        return await c.evalsha(script.sha, 0, ...argv);
      } catch (e) {
        if (!String((e as Error)?.message).startsWith('NOSCRIPT')) throw e;
        return await c.eval(script.source, 0, ...argv);
      }
    });
    if (!Array.isArray(reply) || reply.length === 0) {
      throw new FsError('EIO', path, `${ERRNO_MESSAGES.EIO}: unexpected reply from Redis at ${this.endpoint}`);
    }
    const [status, ...rest] = reply as unknown[];
    if (status === 'OK') return rest;
    if (status === 'REDIRECT') throw new SymlinkRedirect(String(rest[0]), String(rest[1]), String(rest[2]));
    if (typeof status === 'string' && SCRIPT_CODES.has(status)) {
      throw new FsError(status as ErrnoCode, typeof rest[0] === 'string' ? rest[0] : path);
    }
    throw new FsError('EIO', path, `${ERRNO_MESSAGES.EIO}: unexpected reply from Redis at ${this.endpoint}`);
  }

  /** Appends bytes to a staging key and renews its expiry. */
  async stage(path: string, key: string, bytes: Buffer): Promise<void> {
    await this.run(path, (c) => c.multi().append(key, bytes).pexpire(key, REDIS_STAGING_TTL_MS).exec());
  }

  /** The FsError a client failure means for `path`; the password is never part of it. */
  fsError(e: unknown, path: string): Error {
    if (e instanceof FsError || e instanceof SymlinkRedirect || isAbortError(e)) return e as Error;
    const err = e as { name?: unknown; message?: unknown } | null;
    const name = typeof err?.name === 'string' ? err.name : 'Error';
    const message = this.redact(typeof err?.message === 'string' ? err.message : String(e));
    // A reply from the server is about this command; anything else is about the connection.
    const cause = name === 'ReplyError' ? { name, message } : (this.#lastError ?? { name, message });
    const word = cause.message.split(' ')[0];
    if (cause.name === 'ReplyError' && word === 'NOAUTH') {
      return new FsError('EACCES', path, `${ERRNO_MESSAGES.EACCES}: Redis at ${this.endpoint} wants a password`);
    }
    if (cause.name === 'ReplyError' && ACCESS_REPLIES.has(word)) {
      return new FsError('EACCES', path, `${ERRNO_MESSAGES.EACCES}: Redis at ${this.endpoint}: ${cause.message}`);
    }
    if (cause.name === 'ReplyError' && word === 'OOM') {
      return new FsError('ENOSPC', path, `${ERRNO_MESSAGES.ENOSPC}: Redis at ${this.endpoint}: ${cause.message}`);
    }
    if (cause.name === 'ReplyError' && word === 'READONLY') return new FsError('EROFS', path);
    if (cause.name === 'ReplyError') {
      return new FsError('EIO', path, `${ERRNO_MESSAGES.EIO}: Redis at ${this.endpoint}: ${cause.message}`);
    }
    if (message === 'Command timed out') {
      return new FsError(
        'EIO',
        path,
        `${ERRNO_MESSAGES.EIO}: Redis at ${this.endpoint} did not answer within ${REDIS_COMMAND_TIMEOUT_MS} ms`,
      );
    }
    return new FsError('EIO', path, `${ERRNO_MESSAGES.EIO}: cannot reach Redis at ${this.endpoint} (${cause.message})`);
  }

  /** Closes the connection this link opened; a caller's client stays open. */
  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    const c = this.#client;
    if (!this.#owned || c === undefined) return;
    if (c.status === 'ready') await c.quit().catch(() => c.disconnect());
    else c.disconnect();
  }

  private redact(text: string): string {
    let out = text;
    for (const s of this.#secrets) if (s !== '') out = out.split(s).join('***');
    return out;
  }
}
