/**
 * One S3 client per mount, created on first use (the SDK takes a while to load,
 * and most workspaces never touch their S3 mount in a given command). Every call
 * goes through `call`, which maps failures to FsErrors; credentials live only in
 * private fields and are scrubbed from any text that leaves.
 */
import type { S3Client, S3ClientConfig } from '@aws-sdk/client-s3';
import { S3_CONNECT_TIMEOUT_MS, S3_MAX_ATTEMPTS, S3_REQUEST_TIMEOUT_MS } from '../../core/limits.js';
import { type S3ErrorContext, throwS3Error } from './s3-errors.js';
import { KeyMap, normalizePrefix } from './s3-keys.js';

/** The SDK module, loaded lazily. */
export type S3Sdk = typeof import('@aws-sdk/client-s3');

/** Static credentials. */
export interface S3Credentials {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  readonly sessionToken?: string;
}

/** Static credentials or an async provider of them (e.g. one of @aws-sdk/credential-providers). */
export type S3CredentialsInput = S3Credentials | (() => Promise<S3Credentials>);

/** Everything the connection needs, presets already applied. */
export interface S3ConnectionSettings {
  readonly bucket: string;
  readonly prefix?: string;
  readonly region: string;
  readonly endpoint?: string;
  readonly forcePathStyle: boolean;
  readonly credentials?: S3CredentialsInput;
  readonly batchDelete: boolean;
  readonly requestTimeoutMs?: number;
  readonly maxAttempts?: number;
}

/** Options of the SDK's send: the abort signal. */
export interface SendOptions {
  readonly abortSignal?: AbortSignal;
}

/** A call against the client: builds a command from the SDK module and sends it. */
export type S3Call<T> = (client: S3Client, sdk: S3Sdk, opts: SendOptions) => Promise<T>;

const SILENT_LOGGER = { debug() {}, info() {}, warn() {}, error() {}, trace() {} };

/** The endpoint as users may see it: scheme, host, port and path only. */
export function displayEndpoint(endpoint: string | undefined, region: string): string {
  if (endpoint === undefined) return `https://s3.${region}.amazonaws.com`;
  try {
    const url = new URL(endpoint);
    return `${url.protocol}//${url.host}${url.pathname.replace(/\/+$/, '')}`;
  } catch {
    return '(invalid endpoint URL)';
  }
}

/** A mount's S3 client, key map and error context. */
export class S3Connection implements S3ErrorContext {
  readonly bucket: string;
  readonly keys: KeyMap;
  readonly endpoint: string;
  readonly region: string;
  readonly batchDelete: boolean;
  /** How long a body may stay silent while we wait for it, ms. */
  readonly idleTimeoutMs: number;
  /** When the mount was made: the root directory's mtime. */
  readonly mountedAt = Date.now();
  readonly #config: S3ClientConfig;
  /** Every secret this connection has seen, longest first, to scrub from text. */
  readonly #secrets = new Set<string>();
  #client: Promise<{ client: S3Client; sdk: S3Sdk }> | null = null;

  constructor(settings: S3ConnectionSettings) {
    // Loose on purpose: legacy AWS buckets and GCS allow capitals, underscores and longer names.
    if (!/^[A-Za-z0-9][A-Za-z0-9._-]{1,220}[A-Za-z0-9]$/.test(settings.bucket)) {
      throw new TypeError(`S3Resource: invalid bucket name '${settings.bucket}'`);
    }
    this.bucket = settings.bucket;
    this.keys = new KeyMap(normalizePrefix(settings.prefix));
    this.region = settings.region;
    this.endpoint = displayEndpoint(settings.endpoint, settings.region);
    this.batchDelete = settings.batchDelete;
    for (const name of ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN']) {
      this.remember(process.env[name]);
    }
    const timeout = settings.requestTimeoutMs ?? S3_REQUEST_TIMEOUT_MS;
    this.idleTimeoutMs = timeout;
    this.#config = {
      region: settings.region,
      endpoint: settings.endpoint === undefined ? undefined : this.endpointWithoutUserInfo(settings.endpoint),
      forcePathStyle: settings.forcePathStyle,
      credentials: this.watchCredentials(settings.credentials),
      maxAttempts: settings.maxAttempts ?? S3_MAX_ATTEMPTS,
      followRegionRedirects: settings.endpoint === undefined,
      // Streamed bodies with the SDK's default checksums are stored aws-chunked by some servers (s3rver).
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
      logger: SILENT_LOGGER,
      requestHandler: {
        connectionTimeout: Math.min(timeout, S3_CONNECT_TIMEOUT_MS),
        requestTimeout: timeout,
        throwOnRequestTimeout: true,
        socketTimeout: timeout,
        logger: SILENT_LOGGER,
      },
    };
  }

  /** Runs `fn` against the client; failures become FsErrors for `path` (aborts stay aborts). */
  async call<T>(path: string, signal: AbortSignal | undefined, fn: S3Call<T>): Promise<T> {
    try {
      return await this.attempt(signal, fn);
    } catch (e) {
      throwS3Error(e, path, this, signal);
    }
  }

  /** Runs `fn` against the client and lets its raw SDK errors through (for callers that inspect them). */
  async attempt<T>(signal: AbortSignal | undefined, fn: S3Call<T>): Promise<T> {
    signal?.throwIfAborted();
    const { client, sdk } = await this.client();
    return fn(client, sdk, signal ? { abortSignal: signal } : {});
  }

  /** The client and the SDK module, loaded on first use. */
  client(): Promise<{ client: S3Client; sdk: S3Sdk }> {
    this.#client ??= import('@aws-sdk/client-s3').then((sdk) => ({ client: new sdk.S3Client(this.#config), sdk }));
    return this.#client;
  }

  scrub(text: string): string {
    let out = text;
    for (const secret of [...this.#secrets].sort((a, b) => b.length - a.length)) {
      out = out.split(secret).join('[redacted]');
    }
    return out;
  }

  /** Closes the client's sockets. */
  async close(): Promise<void> {
    const made = this.#client;
    this.#client = null;
    if (made) (await made).client.destroy();
  }

  private remember(secret: string | undefined): void {
    // Short values would scrub ordinary words out of messages; real keys are long.
    if (secret !== undefined && secret.length >= 4) this.#secrets.add(secret);
  }

  private watchCredentials(input: S3CredentialsInput | undefined): S3ClientConfig['credentials'] {
    if (input === undefined) return undefined;
    if (typeof input !== 'function') {
      this.remember(input.accessKeyId);
      this.remember(input.secretAccessKey);
      this.remember(input.sessionToken);
      return { ...input };
    }
    return async () => {
      const got = await input();
      this.remember(got.accessKeyId);
      this.remember(got.secretAccessKey);
      this.remember(got.sessionToken);
      return got;
    };
  }

  private endpointWithoutUserInfo(endpoint: string): string {
    try {
      const url = new URL(endpoint);
      this.remember(decodeURIComponent(url.username));
      this.remember(decodeURIComponent(url.password));
      url.username = '';
      url.password = '';
      return url.toString();
    } catch {
      return endpoint;
    }
  }
}
