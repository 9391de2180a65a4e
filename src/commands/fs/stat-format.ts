/**
 * stat's format language: %-directives with printf flags, width and precision
 * (`%-10s`, `%04a`, `%.3Y`), and --printf's backslash escapes.
 */
import type { FileStat } from '../../core/resource.js';
import { allocatedKiB, fileTypeName, groupName, idOf, modeString, ownerName, rawMode } from '../lib/file-meta.js';
import { quoteAlways } from '../lib/quote.js';
import { fullTimestamp, splitSeconds } from '../lib/time-format.js';

/** Everything a directive may print about one file. */
export interface StatSubject {
  /** The operand as typed. */
  readonly name: string;
  readonly stat: FileStat;
  /** The link's target, for %N of a symlink. */
  readonly linkTarget?: string;
  /** Device number: the mount's position in the mount table (1-based), 0 when none. */
  readonly device: number;
  /** The mount point serving the file. */
  readonly mountPoint: string;
}

/** GNU's default format; %N is printed unquoted there. */
export const DEFAULT_FORMAT =
  '  File: %N\n  Size: %-10s\tBlocks: %-10b IO Block: %-6o %F\n' +
  'Device: %Hd,%Ld\tInode: %-11i Links: %h\n' +
  'Access: (%04a/%10.10A)  Uid: (%5u/%8U)   Gid: (%5g/%8G)\n' +
  'Access: %x\nModify: %y\nChange: %z\n Birth: %w\n';

/** The format of -t/--terse. */
export const TERSE_FORMAT = '%n %s %b %f %u %g %D %i %h %t %T %X %Y %Z %W %o\n';

/** The preferred I/O size virtual files report (%o). */
const IO_BLOCK = 4096;

/** `signed` values take the + and space flags; GNU prints the unsigned ones (inode, links, ids) without. */
type Value =
  | { kind: 'str'; s: string }
  | { kind: 'int'; n: number; base: 8 | 10 | 16; signed: boolean }
  | { kind: 'time'; ms: number };

function value(d: string, subj: StatSubject, quoteNames: boolean): Value | null {
  const st = subj.stat;
  const str = (s: string): Value => ({ kind: 'str', s });
  const int = (n: number, base: 8 | 10 | 16 = 10): Value => ({ kind: 'int', n, base, signed: false });
  switch (d) {
    case 'n':
      return str(subj.name);
    case 'N': {
      const q = (s: string) => (quoteNames ? quoteAlways(s) : s);
      return str(subj.linkTarget === undefined ? q(subj.name) : `${q(subj.name)} -> ${q(subj.linkTarget)}`);
    }
    case 's':
      return { kind: 'int', n: st.size, base: 10, signed: true };
    case 'b':
      return int(allocatedKiB(st) * 2);
    case 'B':
      return int(512);
    case 'o':
      return int(IO_BLOCK);
    case 'F':
      return str(fileTypeName(st));
    case 'a':
      return int(st.mode & 0o7777, 8);
    case 'A':
      return str(modeString(st));
    case 'f':
      return int(rawMode(st), 16);
    case 'U':
      return str(ownerName(st));
    case 'G':
      return str(groupName(st));
    case 'u':
      return int(idOf(ownerName(st)));
    case 'g':
      return int(idOf(groupName(st)));
    case 'i':
      return int(st.ino ?? 0);
    case 'h':
      return int(st.nlink ?? 1);
    case 'd':
      return int(subj.device);
    case 'D':
      return int(subj.device, 16);
    case 'm':
      return str(subj.mountPoint);
    case 't':
    case 'T':
      return int(0, 16);
    case 'x':
    case 'y':
    case 'z':
      return str(fullTimestamp(st.mtimeMs));
    case 'X':
    case 'Y':
    case 'Z':
      return { kind: 'time', ms: st.mtimeMs };
    case 'w':
      return str('-');
    case 'W':
      return { kind: 'int', n: 0, base: 10, signed: true };
    case 'C':
      return str('?');
    default:
      return null;
  }
}

interface Spec {
  readonly flags: string;
  readonly width: number;
  /** -1 when not given; '.' alone counts as given with no digits (-2). */
  readonly precision: number;
}

function pad(s: string, spec: Spec, numeric: boolean): string {
  if (s.length >= spec.width) return s;
  if (spec.flags.includes('-')) return s.padEnd(spec.width);
  if (numeric && spec.flags.includes('0') && spec.precision < 0) {
    const sign = /^[-+ ]/.test(s) ? s[0] : '';
    return sign + s.slice(sign.length).padStart(spec.width - sign.length, '0');
  }
  return s.padStart(spec.width);
}

function render(v: Value, spec: Spec): string {
  if (v.kind === 'str') {
    const s = spec.precision >= 0 ? v.s.slice(0, spec.precision) : v.s;
    return pad(s, spec, false);
  }
  if (v.kind === 'time') {
    const { seconds, nanos } = splitSeconds(v.ms);
    let s = String(seconds);
    if (spec.precision !== -1) {
      const digits = spec.precision === -2 ? 9 : Math.min(spec.precision, 9);
      if (digits > 0) s += `.${String(nanos).padStart(9, '0').slice(0, digits)}`;
    }
    return pad(signed(s, v.ms >= 0, spec), spec, true);
  }
  let s = v.n.toString(v.base);
  if (spec.precision > 0) s = s.padStart(spec.precision, '0');
  if (spec.flags.includes('#') && v.n !== 0)
    s = v.base === 8 ? (s.startsWith('0') ? s : `0${s}`) : v.base === 16 ? `0x${s}` : s;
  return pad(v.signed ? signed(s, v.n >= 0, spec) : s, spec, true);
}

function signed(s: string, nonNegative: boolean, spec: Spec): string {
  if (!nonNegative) return s;
  if (spec.flags.includes('+')) return `+${s}`;
  if (spec.flags.includes(' ')) return ` ${s}`;
  return s;
}

const DIRECTIVE = /%([-#+ 0']*)(\d*)(?:\.(\d*))?([A-Za-z%]?)/y;

/** Expands every directive of `format` for one file. `quoteNames` is false for the default format. */
export function expandFormat(format: string, subj: StatSubject, quoteNames = true): string {
  let out = '';
  let i = 0;
  while (i < format.length) {
    const pct = format.indexOf('%', i);
    if (pct < 0) {
      out += format.slice(i);
      break;
    }
    out += format.slice(i, pct);
    DIRECTIVE.lastIndex = pct;
    const m = DIRECTIVE.exec(format) as RegExpExecArray;
    i = DIRECTIVE.lastIndex;
    const [, flags, width, precision, conv] = m;
    if (conv === '') {
      out += m[0];
      continue;
    }
    if (conv === '%') {
      out += '%';
      continue;
    }
    // %Hd and %Ld: major and minor device numbers.
    if ((conv === 'H' || conv === 'L') && (format[i] === 'd' || format[i] === 'r')) {
      i++;
      out += conv === 'H' ? '0' : String(subj.device);
      continue;
    }
    const v = value(conv, subj, quoteNames);
    const spec: Spec = {
      flags,
      width: width === '' ? 0 : Number(width),
      precision: precision === undefined ? -1 : precision === '' ? -2 : Number(precision),
    };
    out += v === null ? '?' : render(v, spec);
  }
  return out;
}

const SIMPLE_ESCAPES: Record<string, string> = {
  a: '\x07',
  b: '\b',
  e: '\x1b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
  '\\': '\\',
  '"': '"',
};

/** Interprets --printf's backslash escapes (\n, \t, \NNN octal, \xHH hex). */
export function interpretEscapes(format: string): string {
  return format.replace(/\\(x[0-9A-Fa-f]{1,2}|[0-7]{1,3}|.)/gs, (whole, e: string) => {
    if (e[0] === 'x' && e.length > 1) return String.fromCharCode(Number.parseInt(e.slice(1), 16));
    if (/^[0-7]/.test(e)) return String.fromCharCode(Number.parseInt(e, 8));
    return SIMPLE_ESCAPES[e] ?? whole;
  });
}
