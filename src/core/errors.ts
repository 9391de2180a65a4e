/**
 * Errors as values with the message a user can act on, in the form coreutils uses.
 * FsError carries a POSIX errno code; commands format it as `cmd: path: Message`.
 */

/** POSIX error codes Mirage reports, with the text strerror(3) gives for each. */
export const ERRNO_MESSAGES = {
  ENOENT: 'No such file or directory',
  EEXIST: 'File exists',
  ENOTDIR: 'Not a directory',
  EISDIR: 'Is a directory',
  ENOTEMPTY: 'Directory not empty',
  EACCES: 'Permission denied',
  EPERM: 'Operation not permitted',
  EROFS: 'Read-only file system',
  EINVAL: 'Invalid argument',
  EXDEV: 'Invalid cross-device link',
  ELOOP: 'Too many levels of symbolic links',
  EBADF: 'Bad file descriptor',
  EPIPE: 'Broken pipe',
  EIO: 'Input/output error',
  ENOSPC: 'No space left on device',
  ENOTSUP: 'Operation not supported',
  ENAMETOOLONG: 'File name too long',
  EBUSY: 'Device or resource busy',
  ETIMEDOUT: 'Connection timed out',
  ECONNREFUSED: 'Connection refused',
} as const;

/** One of the errno codes in ERRNO_MESSAGES. */
export type ErrnoCode = keyof typeof ERRNO_MESSAGES;

/** A filesystem error: an errno code plus the virtual path it concerns. */
export class FsError extends Error {
  readonly code: ErrnoCode;
  readonly path: string;

  constructor(code: ErrnoCode, path: string, detail?: string) {
    super(detail ?? ERRNO_MESSAGES[code]);
    this.name = 'FsError';
    this.code = code;
    this.path = path;
  }

  /** The bare strerror text ("No such file or directory"). */
  get reason(): string {
    return this.message;
  }
}

/** True when `e` is an FsError, optionally with the given code. */
export function isFsError(e: unknown, code?: ErrnoCode): e is FsError {
  return e instanceof FsError && (code === undefined || e.code === code);
}

const NODE_CODES = new Set<string>(Object.keys(ERRNO_MESSAGES));

/**
 * Turns any thrown value into an FsError for `path`: node's fs errors keep their
 * errno, aborts stay aborts (rethrown), anything else becomes EIO with its message.
 */
export function toFsError(e: unknown, path: string): FsError {
  if (e instanceof FsError) return e;
  if (isAbortError(e)) throw e;
  const code = (e as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && NODE_CODES.has(code)) return new FsError(code as ErrnoCode, path);
  const message = e instanceof Error ? e.message : String(e);
  return new FsError('EIO', path, `${ERRNO_MESSAGES.EIO}: ${message}`);
}

/** Raised into a writer whose reader has gone away (bash's SIGPIPE). */
export class BrokenPipeError extends Error {
  constructor() {
    super('Broken pipe');
    this.name = 'BrokenPipeError';
  }
}

/** True for an AbortSignal's abort reason (AbortError, or TimeoutError from AbortSignal.timeout) or EPIPE. */
export function isAbortError(e: unknown): boolean {
  const name = (e as { name?: unknown } | null)?.name;
  return name === 'AbortError' || name === 'TimeoutError' || e instanceof BrokenPipeError;
}

/** A usage error of a command (bad flag, missing operand): exit status and message already decided. */
export class UsageError extends Error {
  readonly exitCode: number;
  constructor(message: string, exitCode = 2) {
    super(message);
    this.name = 'UsageError';
    this.exitCode = exitCode;
  }
}

/**
 * Thrown by a resource that met a symlink it cannot follow by itself (its target
 * is a virtual path, possibly on another mount). The VFS re-resolves
 * `target` (relative to the link's directory when not absolute) followed by `rest`.
 */
export class SymlinkRedirect extends Error {
  /** Path of the link inside the resource. */
  readonly linkPath: string;
  /** The link's target text, verbatim. */
  readonly target: string;
  /** Remaining path components after the link ('' when the link was the last one). */
  readonly rest: string;

  constructor(linkPath: string, target: string, rest: string) {
    super(`symlink ${linkPath} -> ${target}`);
    this.name = 'SymlinkRedirect';
    this.linkPath = linkPath;
    this.target = target;
    this.rest = rest;
  }
}
