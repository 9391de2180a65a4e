/** Every limit Mirage enforces, in one place. */

/** Size of chunks Mirage produces when it slices stored bytes for streaming. */
export const CHUNK_SIZE = 64 * 1024;
/** Largest chunk a streamed file read grows to (it starts at CHUNK_SIZE and doubles). */
export const MAX_READ_CHUNK = 1024 * 1024;
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
/** Time an S3 request may take to start answering, or a body we wait on may stay silent, before it fails. */
export const S3_REQUEST_TIMEOUT_MS = 30_000;
/** Time to open a connection to an S3 endpoint. */
export const S3_CONNECT_TIMEOUT_MS = 5_000;
/** Attempts per S3 request (first try plus retries with backoff for network errors, 5xx and throttling). */
export const S3_MAX_ATTEMPTS = 3;
/** Bytes the first GET of an unbounded S3 read asks for: `head -n 1` of a huge object fetches no more. */
export const S3_FIRST_READ_BYTES = 256 * 1024;
/** Largest byte range one S3 GET asks for; each later GET of a read is 4x the last, up to this. */
export const S3_MAX_READ_BYTES = 16 * 1024 * 1024;
/** Bytes an S3 write buffers before it switches to a streamed multipart upload (also the part size). */
export const S3_MULTIPART_BYTES = 8 * 1024 * 1024;
/** Parts of one multipart upload in flight at once. */
export const S3_UPLOAD_QUEUE = 4;
/** Keys per DeleteObjects call (the S3 maximum). */
export const S3_DELETE_BATCH = 1000;
/** Copies (CopyObject) or deletes in flight at once while moving or removing a directory. */
export const S3_COPY_CONCURRENCY = 16;
/** Pages (of up to 1,000 keys) one listing may walk before it fails instead of running on. */
export const S3_MAX_LIST_PAGES = 100_000;
/** Largest object one CopyObject may copy (S3's limit); bigger ones are streamed through a multipart upload. */
export const S3_MAX_COPY_OBJECT_BYTES = 5 * 1024 * 1024 * 1024;
/** Longest S3 key in UTF-8 bytes. */
export const S3_MAX_KEY_BYTES = 1024;
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
/** Bytes file reads from the start of a file to recognise it. */
export const FILE_MAGIC_BYTES = 64 * 1024;
/** Longest run of printable bytes strings holds before printing it in pieces. */
export const STRINGS_MAX_RUN_BYTES = 1024 * 1024;
/** Largest patch (diff text) patch reads into memory. */
export const MAX_PATCH_BYTES = 256 * 1024 * 1024;
/** Largest file zip compresses in memory (to store it instead when deflating does not help); bigger ones stream. */
export const ZIP_BUFFER_BYTES = 16 * 1024 * 1024;
/** Deepest nesting of expressions and statements in an awk program (each level costs stack to parse and compile). */
export const AWK_MAX_NESTING = 600;
/** Largest awk program read from standard input with `-f -`. */
export const AWK_MAX_PROGRAM_BYTES = 16 * 1024 * 1024;
/** Largest bc program (file or standard input) read into memory. */
export const MAX_BC_PROGRAM_BYTES = 64 * 1024 * 1024;
/** Deepest nesting of bc function calls before a runtime error. */
export const BC_MAX_CALL_DEPTH = 10_000;
/** Deepest recursion of awk user functions (their frames live on the heap, so this bounds memory). */
export const AWK_MAX_CALL_DEPTH = 100_000;
