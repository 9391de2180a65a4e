/** The file and string primaries of test/[ (-e -f -d … -nt -ot -ef), answered through the VFS. */
import { FsError } from '../../core/errors.js';
import type { FileStat } from '../../core/resource.js';
import type { VirtualFs } from '../../core/vfs.js';

/** What test needs from its caller: the tree, path resolution and the environment (-v). */
export interface TestHost {
  readonly fs: VirtualFs;
  resolve(path: string): string;
  readonly env: Readonly<Record<string, string>>;
}

/** Character devices the executor provides under /dev. */
const CHAR_DEVICES = new Set(['/dev/null', '/dev/zero', '/dev/full', '/dev/random', '/dev/urandom', '/dev/tty']);

async function statOf(host: TestHost, path: string, follow = true): Promise<FileStat | null> {
  if (path === '') return null;
  try {
    const abs = host.resolve(path);
    return await (follow ? host.fs.stat(abs) : host.fs.lstat(abs));
  } catch (e) {
    if (e instanceof FsError) return null;
    throw e;
  }
}

/** The single-letter unary primaries test knows (bash's test_unop). */
export const UNARY_OPS = new Set([...'abcdefghkLnNOoprRsStuvwxzG'].map((c) => `-${c}`));

/** Evaluates unary primary `op` on `arg`. */
export async function unaryTest(op: string, arg: string, host: TestHost): Promise<boolean> {
  switch (op) {
    case '-n':
      return arg.length > 0;
    case '-z':
      return arg.length === 0;
    case '-v':
      return Object.hasOwn(host.env, arg);
    case '-o':
    case '-R':
    case '-t':
      // Shell options, namerefs and terminals are not visible to a command; Mirage has no tty.
      return false;
    case '-L':
    case '-h':
      return (await statOf(host, arg, false))?.type === 'symlink';
  }
  const st = await statOf(host, arg);
  if (!st) return false;
  switch (op) {
    case '-a':
    case '-e':
    case '-G':
    case '-O':
    case '-N':
      return true;
    case '-f':
      return st.type === 'file' && !CHAR_DEVICES.has(host.resolve(arg));
    case '-d':
      return st.type === 'directory';
    case '-c':
      return CHAR_DEVICES.has(host.resolve(arg));
    case '-b':
    case '-p':
    case '-S':
      return false;
    case '-s':
      return st.size > 0;
    case '-r':
      return (st.mode & 0o444) !== 0;
    case '-w':
      return (
        (st.mode & 0o222) !== 0 && host.fs.resolve(host.resolve(arg))?.mount.resource.capabilities.writable !== false
      );
    case '-x':
      return (st.mode & 0o111) !== 0;
    case '-u':
      return (st.mode & 0o4000) !== 0;
    case '-g':
      return (st.mode & 0o2000) !== 0;
    case '-k':
      return (st.mode & 0o1000) !== 0;
    default:
      return false;
  }
}

/** -nt, -ot, -ef between two paths. */
export async function fileCompare(op: string, a: string, b: string, host: TestHost): Promise<boolean> {
  const sa = await statOf(host, a);
  const sb = await statOf(host, b);
  if (op === '-nt') return sa !== null && (sb === null || sa.mtimeMs > sb.mtimeMs);
  if (op === '-ot') return sb !== null && (sa === null || sa.mtimeMs < sb.mtimeMs);
  if (!sa || !sb) return false;
  const ma = host.fs.resolve(host.resolve(a))?.mount.path;
  const mb = host.fs.resolve(host.resolve(b))?.mount.path;
  if (sa.ino !== undefined && sb.ino !== undefined) return ma === mb && sa.ino === sb.ino;
  return host.resolve(a) === host.resolve(b);
}
