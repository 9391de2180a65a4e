/**
 * `[[ … ]]`: string, pattern, regex, numeric and file tests. Operands are
 * expanded without splitting or globbing; the right side of == and != is a
 * pattern, the right side of =~ an extended regular expression.
 */
import { FsError } from '../core/errors.js';
import { POSIX_CLASS_RANGES, patternToRegExp } from '../core/glob-pattern.js';
import { resolvePath } from '../core/path.js';
import type { FileStat } from '../core/resource.js';
import type { TestExpr } from '../parser/ast.js';
import type { Shell } from './interp.js';
import { ShellError } from './signals.js';

/** Evaluates a [[ ]] expression. */
export async function evalCond(sh: Shell, e: TestExpr): Promise<boolean> {
  switch (e.kind) {
    case 'Word':
      return (await sh.expander.string(e)) !== '';
    case 'ParenTest':
      return evalCond(sh, e.x);
    case 'UnaryTest':
      if (e.op === '!') return !(await evalCond(sh, e.x));
      return unary(sh, e.op, await operand(sh, e.x));
    case 'BinaryTest':
      switch (e.op) {
        case '&&':
          return (await evalCond(sh, e.x)) && evalCond(sh, e.y);
        case '||':
          return (await evalCond(sh, e.x)) || evalCond(sh, e.y);
        case '==':
        case '=':
        case '!=': {
          const left = await operand(sh, e.x);
          const pat = e.y.kind === 'Word' ? await sh.expander.pattern(e.y) : await operand(sh, e.y);
          const opts = { nocase: sh.state.options.nocasematch, extglob: true };
          const m = patternToRegExp(pat, opts).test(left);
          return e.op === '!=' ? !m : m;
        }
        case '=~':
          return regexMatch(sh, await operand(sh, e.x), e.y);
        case '<':
          return (await operand(sh, e.x)) < (await operand(sh, e.y));
        case '>':
          return (await operand(sh, e.x)) > (await operand(sh, e.y));
        case '-eq':
        case '-ne':
        case '-lt':
        case '-le':
        case '-gt':
        case '-ge': {
          const a = BigInt(sh.evalArithText(await operand(sh, e.x)));
          const b = BigInt(sh.evalArithText(await operand(sh, e.y)));
          return compareInts(e.op, a, b);
        }
        case '-nt':
        case '-ot':
        case '-ef':
          return fileCompare(sh, e.op, await operand(sh, e.x), await operand(sh, e.y));
      }
  }
}

async function operand(sh: Shell, e: TestExpr): Promise<string> {
  if (e.kind !== 'Word') throw new ShellError('conditional binary operator expected', 2);
  return sh.expander.string(e);
}

function compareInts(op: string, a: bigint, b: bigint): boolean {
  switch (op) {
    case '-eq':
      return a === b;
    case '-ne':
      return a !== b;
    case '-lt':
      return a < b;
    case '-le':
      return a <= b;
    case '-gt':
      return a > b;
    default:
      return a >= b;
  }
}

/** Builds the regex of `=~`: quoted parts match literally, unquoted parts are ERE. */
async function regexMatch(sh: Shell, left: string, right: TestExpr): Promise<boolean> {
  if (right.kind !== 'Word') throw new ShellError('conditional binary operator expected', 2);
  const src = await sh.expander.regex(right);
  let re: RegExp;
  try {
    re = new RegExp(
      src.replace(/\[:([a-z]+):\]/g, (m, c: string) => POSIX_CLASS_RANGES[c] ?? m),
      'u',
    );
  } catch {
    try {
      re = new RegExp(src);
    } catch {
      return Promise.reject(new ShellError(`invalid regular expression: ${src}`, 2));
    }
  }
  const m = re.exec(left);
  if (!m) {
    sh.state.setArray('BASH_REMATCH', []);
    return false;
  }
  sh.state.setArray(
    'BASH_REMATCH',
    [...m].map((g) => g ?? ''),
  );
  return true;
}

async function statOrNull(sh: Shell, path: string, link = false): Promise<FileStat | null> {
  if (path === '') return null;
  const abs = resolvePath(sh.state.cwd, path);
  try {
    return link ? await sh.fs.lstat(abs) : await sh.fs.stat(abs);
  } catch (e) {
    if (e instanceof FsError) return null;
    throw e;
  }
}

async function unary(sh: Shell, op: string, arg: string): Promise<boolean> {
  switch (op) {
    case '-z':
      return arg === '';
    case '-n':
      return arg !== '';
    case '-v':
      return isVarSet(sh, arg);
    case '-o':
      return (sh.state.options as unknown as Record<string, boolean>)[arg] === true;
    case '-t':
      return false;
    case '-L':
    case '-h':
      return (await statOrNull(sh, arg, true))?.type === 'symlink';
  }
  const st = await statOrNull(sh, arg);
  switch (op) {
    case '-e':
    case '-a':
      return st !== null;
    case '-f':
      return st?.type === 'file';
    case '-d':
      return st?.type === 'directory';
    case '-s':
      return st !== null && st.size > 0 && st.type === 'file';
    case '-r':
      return st !== null && (st.mode & 0o444) !== 0;
    case '-w':
      return (
        st !== null &&
        (st.mode & 0o222) !== 0 &&
        sh.fs.resolve(resolvePath(sh.state.cwd, arg))?.mount.resource.capabilities.writable !== false
      );
    case '-x':
      return st !== null && (st.mode & 0o111) !== 0;
    case '-O':
    case '-G':
      return st !== null;
    case '-N':
      return st !== null;
    default:
      return false;
  }
}

function isVarSet(sh: Shell, arg: string): boolean {
  const m = /^([A-Za-z_][A-Za-z0-9_]*)(?:\[(.*)\])?$/.exec(arg);
  if (!m) return false;
  const v = sh.state.get(m[1]);
  if (!v || v.value === null) return false;
  if (m[2] === undefined)
    return typeof v.value === 'string' || (v.value instanceof Map ? v.value.has('0') : v.value[0] !== undefined);
  if (v.value instanceof Map) return v.value.has(m[2]);
  if (typeof v.value === 'string') return m[2] === '0';
  return v.value[Number(sh.evalArithText(m[2]))] !== undefined;
}

async function fileCompare(sh: Shell, op: string, a: string, b: string): Promise<boolean> {
  const sa = await statOrNull(sh, a);
  const sb = await statOrNull(sh, b);
  if (op === '-nt') return sa !== null && (sb === null || sa.mtimeMs > sb.mtimeMs);
  if (op === '-ot') return sb !== null && (sa === null || sa.mtimeMs < sb.mtimeMs);
  if (!sa || !sb) return false;
  const ra = sh.fs.resolve(resolvePath(sh.state.cwd, a));
  const rb = sh.fs.resolve(resolvePath(sh.state.cwd, b));
  return ra?.mount === rb?.mount && sa.ino !== undefined && sa.ino === sb.ino;
}
