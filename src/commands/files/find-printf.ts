/**
 * find -printf: the format is compiled once into literal pieces and
 * directives (%p %f %s %m %t %TY …, with -, width and precision), then
 * rendered per entry, stat'ing only when a directive needs metadata.
 */
import type { FileStat } from '../../core/resource.js';
import { strftime } from '../data/strftime.js';
import type { TimeZone } from '../data/time-zone.js';
import { allocatedKiB, groupName, idOf, modeString, ownerName } from '../lib/file-meta.js';
import { entryName } from './find-tests.js';
import { type FindEntry, type FindRun, FindUsageError } from './find-types.js';

interface Directive {
  readonly conv: string;
  /** For %A %C %T: the time conversion letter. */
  readonly timeConv: string;
  readonly left: boolean;
  readonly alt: boolean;
  readonly width: number;
  readonly precision: number | null;
}

type Piece = string | Directive | null;

/** A compiled -printf format: pieces, where null is `\c` (stop here). */
export interface PrintfFormat {
  readonly pieces: readonly Piece[];
  readonly needsStat: boolean;
}

const ESCAPES: Record<string, string> = { a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '\\': '\\' };
const CONVERSIONS = 'aAbcCdDfFgGhHiklmMnpPsStTuUyYZ%';
const NO_STAT = new Set(['d', 'f', 'h', 'H', 'p', 'P', '%', 'y']);
const TIME_LETTERS = '@+aAbBcCdDeFgGhHIjklmMnprRsStTuUVwWxXyYzZ';

/** Compiles a -printf format; warnings (unknown directives or escapes) go to `warn`. */
export function compilePrintf(format: string, warn: (message: string) => void): PrintfFormat {
  const pieces: Piece[] = [];
  let lit = '';
  let needsStat = false;
  const flush = () => {
    if (lit !== '') pieces.push(lit);
    lit = '';
  };
  for (let i = 0; i < format.length; i++) {
    const c = format[i];
    if (c === '\\') {
      const n = format[i + 1];
      if (n === undefined) {
        lit += '\\';
        continue;
      }
      i++;
      if (n === 'c') {
        flush();
        pieces.push(null);
        break;
      }
      if (n >= '0' && n <= '7') {
        let digits = n;
        while (digits.length < 3 && format[i + 1] >= '0' && format[i + 1] <= '7') digits += format[++i];
        lit += String.fromCharCode(Number.parseInt(digits, 8) & 0xff);
        continue;
      }
      const esc = ESCAPES[n];
      if (esc !== undefined) lit += esc;
      else {
        warn(`warning: unrecognized escape \`\\${n}'`);
        lit += `\\${n}`;
      }
      continue;
    }
    if (c !== '%') {
      lit += c;
      continue;
    }
    const m = /^%([-+ #0]*)(\d*)(?:\.(\d*))?/.exec(format.slice(i)) as RegExpExecArray;
    const at = i + m[0].length;
    const conv = format[at];
    if (conv === undefined) throw new FindUsageError('error: % at end of format string');
    if (!CONVERSIONS.includes(conv)) {
      warn(`warning: unrecognized format directive \`%${conv}'`);
      lit += format.slice(i, at + 1);
      i = at;
      continue;
    }
    let timeConv = '';
    i = at;
    if (conv === 'A' || conv === 'C' || conv === 'T') {
      timeConv = format[at + 1] ?? '';
      if (!TIME_LETTERS.includes(timeConv) || timeConv === '') {
        throw new FindUsageError(`error: the format directive \`%${conv}${timeConv}' is reserved for future use`);
      }
      i = at + 1;
    }
    if (conv === '%') {
      lit += '%';
      continue;
    }
    flush();
    if (!NO_STAT.has(conv)) needsStat = true;
    pieces.push({
      conv,
      timeConv,
      left: m[1].includes('-'),
      alt: m[1].includes('#'),
      width: m[2] === '' ? 0 : Number(m[2]),
      precision: m[3] === undefined ? null : Number(m[3] || 0),
    });
  }
  flush();
  return { pieces, needsStat };
}

/** Renders `format` for one entry. */
export async function renderPrintf(format: PrintfFormat, e: FindEntry, run: FindRun): Promise<string> {
  const st = format.needsStat ? await e.stat() : null;
  let out = '';
  for (const piece of format.pieces) {
    if (piece === null) break;
    if (typeof piece === 'string') {
      out += piece;
      continue;
    }
    let value = await directive(piece, e, st, run);
    if (piece.precision !== null) value = value.slice(0, piece.precision);
    if (value.length < piece.width) value = piece.left ? value.padEnd(piece.width) : value.padStart(piece.width);
    out += value;
  }
  return out;
}

const TYPE_CHAR: Record<FileStat['type'], string> = { file: 'f', directory: 'd', symlink: 'l' };

async function directive(d: Directive, e: FindEntry, st: FileStat | null, run: FindRun): Promise<string> {
  const s = st as FileStat;
  switch (d.conv) {
    case 'p':
      return e.path;
    case 'f':
      return e.depth === 0 ? baseOf(e.path) : entryName(e);
    case 'h': {
      const slash = e.path.lastIndexOf('/');
      return slash < 0 ? '.' : e.path.slice(0, slash);
    }
    case 'P':
      return e.depth === 0 ? '' : e.path.slice(e.start.length + (e.start.endsWith('/') ? 0 : 1));
    case 'H':
      return e.start;
    case 'd':
      return String(e.depth);
    case 'y':
      return TYPE_CHAR[e.type];
    case 'Y':
      return followedType(e, run);
    case 's':
      return String(s.size);
    case 'm': {
      const octal = (s.mode & 0o7777).toString(8);
      return d.alt ? `0${octal}` : octal;
    }
    case 'M':
      return modeString(s);
    case 'l':
      return s.type === 'symlink' || e.type === 'symlink' ? await run.ctx.fs.readlink(e.abs).catch(() => '') : '';
    case 'k':
      return String(allocatedKiB(s));
    case 'b':
      return String(s.type === 'symlink' ? 0 : Math.ceil(s.size / 512));
    case 'n':
      return String(s.nlink ?? (s.type === 'directory' ? 2 : 1));
    case 'i':
      return String(s.ino ?? 0);
    case 'u':
      return ownerName(s);
    case 'g':
      return groupName(s);
    case 'U':
      return String(idOf(ownerName(s)));
    case 'G':
      return String(idOf(groupName(s)));
    case 'D':
      return '0';
    case 'F':
      return run.ctx.fs.resolve(e.abs)?.mount.resource.kind ?? 'unknown';
    case 'S':
      return '1';
    case 'Z':
      return '?';
    case 'a':
    case 'c':
    case 't':
      return timeText('ctime', s.mtimeMs, run.zone);
    default:
      return timeText(d.timeConv, s.mtimeMs, run.zone);
  }
}

/** gnulib's base_name: the last component, trailing slashes kept ('d/' stays 'd/', '/' stays '/'). */
function baseOf(path: string): string {
  if (/^\/+$/.test(path)) return '/';
  return /[^/]+\/*$/.exec(path)?.[0] ?? path;
}

async function followedType(e: FindEntry, run: FindRun): Promise<string> {
  if (e.type !== 'symlink') return TYPE_CHAR[e.type];
  try {
    return TYPE_CHAR[(await run.ctx.fs.stat(e.abs)).type];
  } catch (err) {
    return (err as { code?: string }).code === 'ELOOP' ? 'L' : 'N';
  }
}

/** A %T-style time: strftime letters, plus '@' (epoch), '+' and seconds with GNU's ten-digit fraction. */
function timeText(conv: string, ms: number, zone: TimeZone): string {
  const seconds = Math.floor(ms / 1000);
  const nanos = Math.round((ms - seconds * 1000) * 1e6);
  const frac = `${String(nanos).padStart(9, '0')}0`;
  const t = { fields: zone.fields(ms), seconds, nanos };
  switch (conv) {
    case '@':
      return `${seconds}.${frac}`;
    case '+':
      return `${strftime('%Y-%m-%d+%H:%M:%S', t)}.${frac}`;
    case 'S':
    case 'T':
      return `${strftime(`%${conv}`, t)}.${frac}`;
    case 'ctime':
      return `${strftime('%a %b %e %H:%M:%S', t)}.${frac} ${strftime('%Y', t)}`;
    default:
      return strftime(`%${conv}`, t);
  }
}
