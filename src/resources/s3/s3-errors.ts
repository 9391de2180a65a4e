/**
 * S3 failures as FsErrors with POSIX messages. The SDK's own message text is never
 * passed on verbatim: only error names, HTTP statuses and text scrubbed of every
 * credential, so no key id or secret can reach a user, a log or a transcript.
 */
import { ERRNO_MESSAGES, FsError } from '../../core/errors.js';

/** Where a failure happened, for messages, and how to scrub secrets out of any text. */
export interface S3ErrorContext {
  /** The endpoint as shown to users (no user info, no query). */
  readonly endpoint: string;
  readonly bucket: string;
  /** Replaces every credential in `text`. */
  scrub(text: string): string;
}

/** Node's codes for a connection that could not be made or broke. */
const NETWORK_CODES: Readonly<Record<string, string>> = {
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'connection reset',
  ENOTFOUND: 'host not found',
  EAI_AGAIN: 'host name lookup failed',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
  ETIMEDOUT: 'timed out',
  EPIPE: 'connection closed',
  ECONNABORTED: 'connection aborted',
  ERR_STREAM_PREMATURE_CLOSE: 'connection closed mid-transfer',
  UND_ERR_SOCKET: 'connection closed',
};

/** Error names S3 (or the SDK) gives a request refused for its credentials. */
const CREDENTIAL_ERRORS = new Set([
  'InvalidAccessKeyId',
  'SignatureDoesNotMatch',
  'ExpiredToken',
  'InvalidToken',
  'TokenRefreshRequired',
  'CredentialsProviderError',
]);

/** Error names that mean "not allowed". */
const DENIED_ERRORS = new Set(['AccessDenied', 'Forbidden', 'AllAccessDisabled', 'AccountProblem']);

interface SdkErrorShape {
  name?: unknown;
  code?: unknown;
  message?: unknown;
  $metadata?: { httpStatusCode?: unknown };
}

/** The HTTP status an SDK error carries, when it got that far. */
export function httpStatus(e: unknown): number | undefined {
  const status = (e as SdkErrorShape | null)?.$metadata?.httpStatusCode;
  return typeof status === 'number' ? status : undefined;
}

/** The S3 error name ('NoSuchKey', 'AccessDenied' …) or ''. */
export function errorName(e: unknown): string {
  const name = (e as SdkErrorShape | null)?.name;
  return typeof name === 'string' ? name : '';
}

/** True for a missing key or an empty prefix (not for a missing bucket). */
export function isNotFound(e: unknown): boolean {
  const name = errorName(e);
  return name === 'NoSuchKey' || name === 'NotFound' || (httpStatus(e) === 404 && name !== 'NoSuchBucket');
}

/** The reason a request never got an HTTP answer, or null when it did. */
function networkReason(e: unknown): string | null {
  const err = e as SdkErrorShape | null;
  if (errorName(e) === 'TimeoutError') return 'timed out';
  const code = typeof err?.code === 'string' ? err.code : '';
  if (code in NETWORK_CODES) return NETWORK_CODES[code];
  return null;
}

/** Maps any failure of an S3 call on `path` to an FsError. Aborts must be filtered out before. */
export function s3ErrorToFsError(e: unknown, path: string, where: S3ErrorContext): FsError {
  if (e instanceof FsError) return e;
  const name = errorName(e);
  const status = httpStatus(e);
  if (isNotFound(e)) return new FsError('ENOENT', path);
  if (name === 'NoSuchBucket') {
    return new FsError('EIO', path, `${ERRNO_MESSAGES.EIO}: no bucket '${where.bucket}' at ${where.endpoint}`);
  }
  if (CREDENTIAL_ERRORS.has(name)) {
    const why =
      name === 'CredentialsProviderError' ? 'no S3 credentials found' : `S3 rejected the credentials: ${name}`;
    return new FsError('EACCES', path, `${ERRNO_MESSAGES.EACCES} (${why})`);
  }
  if (DENIED_ERRORS.has(name) || status === 403) return new FsError('EACCES', path);
  const reason = networkReason(e);
  if (reason !== null) {
    return new FsError('EIO', path, `${ERRNO_MESSAGES.EIO}: could not reach S3 at ${where.endpoint} (${reason})`);
  }
  if (status === 412 || name === 'PreconditionFailed') {
    return new FsError('EIO', path, `${ERRNO_MESSAGES.EIO}: the object changed while it was being read`);
  }
  if (status === undefined) {
    // No HTTP answer and no known network code: say what it was, without any secret.
    const text = (e as SdkErrorShape | null)?.message;
    const detail = typeof text === 'string' && text !== '' ? where.scrub(text).slice(0, 200) : name || 'unknown error';
    return new FsError('EIO', path, `${ERRNO_MESSAGES.EIO}: S3 request to ${where.endpoint} failed (${detail})`);
  }
  return new FsError(
    'EIO',
    path,
    `${ERRNO_MESSAGES.EIO}: S3 at ${where.endpoint} answered ${name || 'an error'} (HTTP ${status})`,
  );
}

/**
 * Rethrows `e` for `path`: the caller's abort reason when its signal fired, an
 * internal abort as it is, anything else as an FsError.
 */
export function throwS3Error(e: unknown, path: string, where: S3ErrorContext, signal?: AbortSignal): never {
  if (signal?.aborted) throw signal.reason;
  if (errorName(e) === 'AbortError') throw e;
  throw s3ErrorToFsError(e, path, where);
}
