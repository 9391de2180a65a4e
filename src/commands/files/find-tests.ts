/**
 * find's tests: names and paths (fnmatch), regular expressions, types, sizes,
 * times (with GNU's day rounding), permissions, emptiness and ownership.
 * Each builder checks its argument with find's own messages and returns an
 * Evaluator that stats lazily, only when it needs metadata.
 */
import { toFsError } from '../../core/errors.js';
import { patternToRegExp } from '../../core/glob-pattern.js';
import type { FileStat, FileType } from '../../core/resource.js';
import { groupName, idOf, ownerName } from '../lib/file-meta.js';
import { type BuildContext, type Evaluator, type FindEntry, FindUsageError } from './find-types.js';
import { RegexSyntaxError, translateRegex } from './regex-syntax.js';

const DAY_SECONDS = 86_400;

/** The name -name matches: the last component, trailing slashes removed ('/' stays '/'). */
export function entryName(entry: FindEntry): string {
  if (entry.depth > 0) return entry.path.slice(entry.path.lastIndexOf('/') + 1);
  const trimmed = entry.path.replace(/\/+$/, '');
  if (trimmed === '') return entry.path === '' ? '' : '/';
  return trimmed.slice(trimmed.lastIndexOf('/') + 1);
}

/** -name / -iname. */
export function nameTest(pattern: string, nocase: boolean): Evaluator {
  const re = patternToRegExp(pattern, { nocase, extglob: false });
  return (e) => re.test(entryName(e));
}

/** -path / -ipath / -wholename: the pattern against the whole printed path, '*' crossing '/'. */
export function pathTest(pattern: string, nocase: boolean): Evaluator {
  const re = patternToRegExp(pattern, { nocase, extglob: false });
  return (e) => re.test(e.path);
}

/** -lname / -ilname: the target of a symbolic link. */
export function linkNameTest(pattern: string, nocase: boolean): Evaluator {
  const re = patternToRegExp(pattern, { nocase, extglob: false });
  return async (e, run) => {
    const st = await run.ctx.fs.lstat(e.abs).catch(() => null);
    if (st?.type !== 'symlink') return false;
    const target = await run.ctx.fs.readlink(e.abs).catch(() => null);
    return target !== null && re.test(target);
  };
}

/** -regex / -iregex: the whole path must match, in the dialect -regextype chose. */
export function regexTest(pattern: string, nocase: boolean, b: BuildContext): Evaluator {
  let re: RegExp;
  try {
    re = new RegExp(`^(?:${translateRegex(pattern, b.settings.regex)})$`, nocase ? 'i' : '');
  } catch (e) {
    const reason = e instanceof RegexSyntaxError ? e.message : 'Invalid regular expression';
    throw new FindUsageError(`failed to compile regular expression '${pattern}': ${reason}`);
  }
  return (e) => re.test(e.path);
}

const TYPE_LETTERS = 'bcdpflsD';
const LETTER_OF: Record<FileType, string> = { file: 'f', directory: 'd', symlink: 'l' };

/** Parses -type's `f,d,l` list. */
function typeLetters(arg: string, option: string): Set<string> {
  if (arg === '') throw new FindUsageError(`Arguments to ${option} should contain at least one letter`);
  const letters = new Set<string>();
  for (let i = 0; i < arg.length; i += 2) {
    const c = arg[i];
    if (!TYPE_LETTERS.includes(c)) throw new FindUsageError(`Unknown argument to ${option}: ${c}`);
    if (letters.has(c)) throw new FindUsageError(`Duplicate file type '${c}' in the argument list to ${option}.`);
    letters.add(c);
    const sep = arg[i + 1];
    if (sep === undefined) break;
    if (sep !== ',') throw new FindUsageError(`Must separate multiple arguments to ${option} using: ','`);
    if (i + 2 >= arg.length) {
      throw new FindUsageError(`Last file type in list argument to ${option} is missing, i.e., list is ending on: ','`);
    }
  }
  return letters;
}

/** -type: the type in the current mode. */
export function typeTest(arg: string): Evaluator {
  const letters = typeLetters(arg, '-type');
  return (e) => letters.has(LETTER_OF[e.type]);
}

/** -xtype: the type in the other mode (links followed under -P, not followed under -L). */
export function xtypeTest(arg: string): Evaluator {
  const letters = typeLetters(arg, '-xtype');
  return async (e, run) => {
    const other = run.follow === 'L' ? run.ctx.fs.lstat(e.abs) : run.ctx.fs.stat(e.abs);
    const st = await other.catch(() => null);
    return letters.has(LETTER_OF[st?.type ?? 'symlink']);
  };
}

/** A `+N`, `-N` or `N` comparison. */
export type Comparison = 'gt' | 'lt' | 'eq';

function compare(kind: Comparison, value: number, n: number): boolean {
  return kind === 'gt' ? value > n : kind === 'lt' ? value < n : value === n;
}

/** Splits a leading + or - off a numeric argument. */
function comparison(arg: string): [Comparison, string] {
  if (arg.startsWith('+')) return ['gt', arg.slice(1)];
  if (arg.startsWith('-')) return ['lt', arg.slice(1)];
  return ['eq', arg];
}

const SIZE_UNITS: Record<string, number> = { b: 512, c: 1, w: 2, k: 1024, M: 1024 ** 2, G: 1024 ** 3 };

/** -size: the size in units rounded up, as GNU compares it (512-byte blocks by default). */
export function sizeTest(arg: string): Evaluator {
  const last = arg[arg.length - 1] ?? '';
  let unit = 512;
  let body = arg;
  if (!(last >= '0' && last <= '9')) {
    if (!(last in SIZE_UNITS)) throw new FindUsageError(`invalid -size type \`${last}'`);
    unit = SIZE_UNITS[last];
    body = arg.slice(0, -1);
  }
  const [kind, digits] = comparison(body);
  if (!/^\d+$/.test(digits)) throw new FindUsageError(`invalid argument \`${arg}' to \`-size'`);
  const n = Number(digits);
  return async (e) => {
    const st = await e.stat();
    return compare(kind, Math.ceil(st.size / unit), n);
  };
}

/** Parses a non-negative decimal count (-links, -uid, -gid, -inum). */
export function countArg(arg: string, option: string): [Comparison, number] {
  const [kind, digits] = comparison(arg);
  if (!/^\d+$/.test(digits)) throw new FindUsageError(`invalid argument \`${arg}' to \`${option}'`);
  return [kind, Number(digits)];
}

/** -links N. */
export function linksTest(arg: string): Evaluator {
  const [kind, n] = countArg(arg, '-links');
  return async (e) => {
    const st = await e.stat();
    return compare(kind, st.nlink ?? (st.type === 'directory' ? 2 : 1), n);
  };
}

/**
 * -mtime/-mmin and friends (every backend keeps only the modification time).
 * GNU counts from an origin a day before the start (or from midnight with
 * -daystart): `+N` means older than N+1 whole units for days, `-N` newer than N.
 */
export function timeTest(arg: string, option: string, unitSeconds: number, b: BuildContext): Evaluator {
  const [kind, digits] = comparison(arg);
  if (!/^(\d+\.?\d*|\.\d+)$/.test(digits)) throw new FindUsageError(`invalid argument \`${arg}' to \`${option}'`);
  const n = Number(digits);
  const nowSec = b.nowMs / 1000;
  const dayStart = b.settings.dayStart ? startOfDay(b) / 1000 : nowSec - DAY_SECONDS;
  const minutes = unitSeconds !== DAY_SECONDS;
  let origin = minutes ? dayStart + DAY_SECONDS : dayStart;
  if (!minutes && kind === 'lt') origin += DAY_SECONDS - 1;
  const ref = origin - n * unitSeconds;
  const window = minutes ? 60 : DAY_SECONDS;
  return async (e) => {
    const t = (await e.stat()).mtimeMs / 1000;
    if (kind === 'gt') return t < ref;
    if (kind === 'lt') return t > ref;
    const delta = t - ref;
    return delta > 0 && delta <= window;
  };
}

function startOfDay(b: BuildContext): number {
  const f = b.zone.fields(b.nowMs);
  return b.zone.toInstant(f.year, f.month, f.day);
}

/** -newer FILE (and -anewer, -cnewer): modified after FILE was. */
export async function newerTest(file: string, b: BuildContext): Promise<Evaluator> {
  const path = b.ctx.resolve(file);
  let ref: FileStat;
  try {
    ref = b.settings.follow === 'P' ? await b.ctx.fs.lstat(path) : await b.ctx.fs.stat(path);
  } catch (e) {
    throw new FindUsageError(`'${file}': ${toFsError(e, file).reason}`);
  }
  return newerThan(ref.mtimeMs);
}

/** Modified strictly after `ms`. */
export function newerThan(ms: number): Evaluator {
  return async (e) => (await e.stat()).mtimeMs > ms;
}

/** -empty: an empty regular file or a directory without entries. */
export const emptyTest: Evaluator = async (e, run) => {
  if (e.type === 'directory') {
    const entries = await run.ctx.fs.readdir(e.abs).catch(() => null);
    return entries !== null && entries.length === 0;
  }
  return e.type === 'file' && (await e.stat()).size === 0;
};

const WHO: Record<string, number> = { u: 0o4700, g: 0o2070, o: 0o1007 };

/** Parses -perm's octal or symbolic mode (applied to 0, as GNU does). */
function parseMode(text: string): number | null {
  if (/^[0-7]+$/.test(text)) return Number.parseInt(text, 8) & 0o7777;
  let mode = 0;
  for (const clause of text.split(',')) {
    const m = /^([ugoa]*)([-+=])([rwxXst]*)$/.exec(clause);
    if (!m) return null;
    let who = 0;
    for (const w of m[1] || 'a') who |= w === 'a' ? 0o7777 : WHO[w];
    let bits = 0;
    for (const p of m[3]) {
      if (p === 'r') bits |= 0o444;
      else if (p === 'w') bits |= 0o222;
      else if (p === 'x' || p === 'X') bits |= 0o111;
      else if (p === 's') bits |= 0o6000;
      else bits |= 0o1000;
    }
    bits &= who;
    if (m[2] === '-') mode &= ~bits;
    else if (m[2] === '=') mode = (mode & ~who) | bits;
    else mode |= bits;
  }
  return mode;
}

/** -perm MODE (exact), -perm -MODE (all of these bits), -perm /MODE (any of them). */
export function permTest(arg: string): Evaluator {
  const kind = arg[0] === '-' ? 'all' : arg[0] === '/' ? 'any' : 'exact';
  const mode = parseMode(kind === 'exact' ? arg : arg.slice(1));
  if (mode === null) throw new FindUsageError(`invalid mode '${arg}'`);
  return async (e) => {
    const bits = (await e.stat()).mode & 0o7777;
    if (kind === 'all') return (bits & mode) === mode;
    if (kind === 'any') return mode === 0 || (bits & mode) !== 0;
    return bits === mode;
  };
}

/** -readable, -writable, -executable, judged by the owner's permission bits. */
export function accessTest(bit: number): Evaluator {
  return async (e) => ((await e.stat()).mode & (bit << 6)) !== 0;
}

/** -user NAME / -group NAME (or a numeric id). */
export function ownerTest(name: string, which: 'user' | 'group'): Evaluator {
  const numeric = /^\d+$/.test(name) ? Number(name) : null;
  return async (e) => {
    const st = await e.stat();
    const owner = which === 'user' ? ownerName(st) : groupName(st);
    return numeric === null ? owner === name : idOf(owner) === numeric;
  };
}

/** -uid N / -gid N. */
export function idTest(arg: string, which: 'user' | 'group'): Evaluator {
  const [kind, n] = countArg(arg, which === 'user' ? '-uid' : '-gid');
  return async (e) => {
    const st = await e.stat();
    return compare(kind, idOf(which === 'user' ? ownerName(st) : groupName(st)), n);
  };
}
