/**
 * The key layout of a filesystem stored in Redis. Every key starts with the
 * mount's key prefix P (default 'mirage:'); paths are the normalised absolute
 * paths inside the mount ('/', '/a', '/a/b.txt').
 *
 *   P m:<path>   hash   metadata of every node:
 *                         type   'file' | 'directory' | 'symlink'
 *                         mode   permission bits in decimal ('420' = 0o644)
 *                         mtime  ms since the epoch
 *                         size   bytes of the file (files only)
 *                         target the link's target, verbatim (symlinks only)
 *                       'P m:/' (the root) is written by the first change and
 *                       read as a fresh directory while it is absent.
 *   P d:<path>   hash   listing of a directory: child name -> child type, so
 *                       readdir is one HGETALL. Redis drops empty hashes, so an
 *                       empty directory has no d: key (its m: key says it exists).
 *   P f:<path>   string the file's bytes (present, possibly empty, for every
 *                       file); ranged reads are GETRANGE on it.
 *   P w:<id>     string a write in progress (openWrite past REDIS_WRITE_FLUSH_BYTES):
 *                       chunks are APPENDed here and the key is RENAMEd onto
 *                       f:<path> (or APPENDed to it) when the write closes. It
 *                       expires REDIS_STAGING_TTL_MS after its last append, so a
 *                       crashed writer leaves nothing behind for good.
 *
 * Every path key reads `P <letter>:/…`, so the kinds never collide with each other
 * nor with staging keys. Nothing ever lists keys: no KEYS, no SCAN. Walking a tree
 * (rm -r, rename of a directory) follows the d: listings from the top.
 *
 * Changes run as Lua scripts (redis-scripts.ts): each checks and changes every key
 * it touches in one atomic step, so another client sees a rename of a directory
 * with 500 files either not started or done, and of two racing mkdirs exactly one
 * wins. Scripts were chosen over WATCH/MULTI because WATCH belongs to a connection
 * and one shared connection serves concurrent calls; scripts also compute the
 * keys of a subtree on the server, so a tree moves without a round trip per node.
 * Scripts name their keys from the prefix rather than in KEYS: the layout spans
 * many hash slots, so Redis Cluster is not supported (one server or a replica set).
 */

/** Letter of each kind of key, after the prefix and before ':'. */
export const KEY_KIND = { meta: 'm', dir: 'd', data: 'f', staging: 'w' } as const;

/** Default key prefix of a Redis mount. */
export const DEFAULT_KEY_PREFIX = 'mirage:';

/** Builds the keys of one mount (one prefix). */
export class RedisKeys {
  constructor(readonly prefix: string) {}

  /** The metadata hash of `path`. */
  meta(path: string): string {
    return `${this.prefix}${KEY_KIND.meta}:${path}`;
  }

  /** The listing hash of the directory `path`. */
  dir(path: string): string {
    return `${this.prefix}${KEY_KIND.dir}:${path}`;
  }

  /** The bytes of the file `path`. */
  data(path: string): string {
    return `${this.prefix}${KEY_KIND.data}:${path}`;
  }

  /** The staging key of one write in progress. */
  staging(id: string): string {
    return `${this.prefix}${KEY_KIND.staging}:${id}`;
  }
}
