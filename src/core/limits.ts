/** Every limit Mirage enforces, in one place. */

/** Size of chunks Mirage produces when it slices stored bytes for streaming. */
export const CHUNK_SIZE = 64 * 1024;
/** Bytes a pipe buffers before its writer must wait for the reader (backpressure). */
export const PIPE_BUFFER_BYTES = 256 * 1024;
/** Parsed scripts kept in the parse cache. */
export const PARSE_CACHE_ENTRIES = 512;
/** Longest script text that is cached after parsing. */
export const PARSE_CACHE_MAX_TEXT = 64 * 1024;
/** Deepest function/source/eval recursion before `maximum function nesting level exceeded`. */
export const MAX_CALL_DEPTH = 1000;
/** Most words one brace or glob expansion may produce. */
export const MAX_EXPANSION_WORDS = 1_000_000;
/** Symlinks followed while resolving one path. */
export const MAX_SYMLINK_HOPS = 40;
/** Directory depth a recursive walk (ls -R, cp -r, rm -r, du) descends before stopping. */
export const MAX_WALK_DEPTH = 4096;
/** Bytes a command substitution may capture. */
export const MAX_SUBST_BYTES = 256 * 1024 * 1024;
/** Default timeout of one execute when the caller gives none (10 minutes). */
export const DEFAULT_TIMEOUT_MS = 10 * 60 * 1000;
/** Iterations a loop may run before the executor checks for cancellation again. */
export const LOOP_YIELD_EVERY = 1024;
/** Deepest nesting of statements, words and expressions a parsed script may have. */
export const MAX_SYNTAX_DEPTH = 1000;
/** Bytes of file names one `find -exec … {} +` command line collects before it is run. */
export const FIND_EXEC_BATCH_BYTES = 128 * 1024;
/** First byte range `tail` reads backwards from the end of a file with ranged reads. */
export const TAIL_FIRST_RANGE_BYTES = 64 * 1024;
/** Largest single range `tail` asks for while doubling its way back through a file. */
export const TAIL_MAX_RANGE_BYTES = 8 * 1024 * 1024;
/** Bytes `tail` keeps from its backward reads; past this it streams the found tail again instead. */
export const TAIL_MAX_HELD_BYTES = 16 * 1024 * 1024;
/** Size of the blocks of repeated lines `yes` writes at a time. */
export const YES_BLOCK_BYTES = 64 * 1024;
/** Default bytes of one command line built by `xargs` (GNU's 128 KiB). */
export const XARGS_DEFAULT_LINE_BYTES = 128 * 1024;
/** Largest command line `xargs -s` accepts (ARG_MAX less GNU's headroom). */
export const XARGS_MAX_LINE_BYTES = 2 * 1024 * 1024 - 2048;
/** Longest character list a tr SET may expand to (ranges, classes and [c*n] repeats). */
export const TR_MAX_SET_LENGTH = 1 << 20;
/** Input bytes sort keeps in memory before it sorts them into a run and spills it (compressed, in RAM). */
export const SORT_MEMORY_BYTES = 256 * 1024 * 1024;
/** Uncompressed size of one compressed segment of a spilled sort run. */
export const SORT_SPILL_SEGMENT_BYTES = 1024 * 1024;
/** Names mktemp tries before giving up when every one it draws already exists. */
export const MKTEMP_ATTEMPTS = 100;
/** Longest string expr tries prefix by prefix for POSIX's longest match; longer ones take the first match. */
export const EXPR_LONGEST_MATCH_SCAN = 4096;
/** Largest window one GETRANGE of a streamed Redis read asks for (windows start at CHUNK_SIZE and double). */
export const REDIS_READ_WINDOW_BYTES = 1024 * 1024;
/** Bytes a Redis write buffers before appending them to its staging key. */
export const REDIS_WRITE_FLUSH_BYTES = 1024 * 1024;
/** Life of an unfinished Redis write's staging key after its last append, so a crashed writer leaves nothing for good. */
export const REDIS_STAGING_TTL_MS = 60 * 60 * 1000;
/** Time allowed to open a connection to Redis. */
export const REDIS_CONNECT_TIMEOUT_MS = 3000;
/** Time allowed for the reply to one Redis command before the call fails with EIO. */
export const REDIS_COMMAND_TIMEOUT_MS = 5000;
/** Reconnection attempts after a lost Redis connection; past them, the next call reconnects on demand. */
export const REDIS_RECONNECT_ATTEMPTS = 3;
