/**
 * grep's command line: the option table, GNU's precedence rules between
 * options (-q over -l over -c, last of -h/-H, conflicting matchers) and the
 * checks on numeric arguments, with grep's exact messages.
 */
import { UsageError } from '../../core/errors.js';
import type { FlagSpec, ParsedFlags } from '../lib/flags.js';
import type { ScanMode } from './grep-scan.js';

/** The option table of grep, egrep and fgrep. */
export const GREP_FLAGS: readonly FlagSpec[] = [
  { short: 'E', long: 'extended-regexp' },
  { short: 'F', long: 'fixed-strings' },
  { short: 'G', long: 'basic-regexp' },
  { short: 'P', long: 'perl-regexp' },
  { short: 'e', long: 'regexp', arg: 'required' },
  { short: 'f', long: 'file', arg: 'required' },
  { short: 'i', long: 'ignore-case' },
  { short: 'y', key: 'ignore-case' },
  { long: 'no-ignore-case' },
  { short: 'w', long: 'word-regexp' },
  { short: 'x', long: 'line-regexp' },
  { short: 'z', long: 'null-data' },
  { short: 's', long: 'no-messages' },
  { short: 'v', long: 'invert-match' },
  { short: 'V', long: 'version' },
  { short: 'm', long: 'max-count', arg: 'required' },
  { short: 'b', long: 'byte-offset' },
  { short: 'n', long: 'line-number' },
  { long: 'line-buffered' },
  { short: 'H', long: 'with-filename' },
  { short: 'h', long: 'no-filename' },
  { long: 'label', arg: 'required' },
  { short: 'o', long: 'only-matching' },
  { short: 'q', long: 'quiet' },
  { long: 'silent', key: 'quiet' },
  { long: 'binary-files', arg: 'required' },
  { short: 'a', long: 'text' },
  { short: 'I' },
  { short: 'd', long: 'directories', arg: 'required' },
  { short: 'D', long: 'devices', arg: 'required' },
  { short: 'r', long: 'recursive' },
  { short: 'R', long: 'dereference-recursive' },
  { long: 'include', arg: 'required' },
  { long: 'exclude', arg: 'required' },
  { long: 'exclude-from', arg: 'required' },
  { long: 'exclude-dir', arg: 'required' },
  { short: 'L', long: 'files-without-match' },
  { short: 'l', long: 'files-with-matches' },
  { short: 'c', long: 'count' },
  { short: 'Z', long: 'null' },
  { short: 'B', long: 'before-context', arg: 'required' },
  { short: 'A', long: 'after-context', arg: 'required' },
  { short: 'C', long: 'context', arg: 'required' },
  { long: 'group-separator', arg: 'required' },
  { long: 'no-group-separator' },
  { long: 'color', arg: 'optional' },
  { long: 'colour', key: 'color', arg: 'optional' },
  { short: 'U', long: 'binary' },
];

/** Options that take an argument as the next word (for spotting -NUM context options). */
const TAKES_ARGUMENT = new Set(['-e', '-f', '-m', '-d', '-D', '-A', '-B', '-C']);

/** Everything grep decided from its command line, before reading patterns. */
export interface GrepSettings {
  readonly syntax: 'G' | 'E' | 'F' | 'P';
  readonly icase: boolean;
  readonly invert: boolean;
  readonly mode: ScanMode;
  readonly before: number;
  readonly after: number;
  readonly contextGiven: boolean;
  readonly maxCount: number;
  readonly binaryFiles: 'binary' | 'text' | 'without-match';
  readonly directories: 'read' | 'skip' | 'recurse';
  readonly followLinks: boolean;
  /** true: -H, false: -h, null: decided by the operands. */
  readonly withNames: boolean | null;
  /** --include and --exclude in command-line order. */
  readonly fileFilters: readonly (readonly ['include' | 'exclude', string])[];
  readonly excludeDirs: readonly string[];
  readonly badColor: boolean;
}

/** A grep usage error: the message, GNU's usage line and the --help hint, exit 2. */
export function grepUsage(message: string | null, exitCode = 2): UsageError {
  const head = message === null ? '' : `grep: ${message}\n`;
  return new UsageError(
    `${head}Usage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.\n`,
    exitCode,
  );
}

/** A fatal grep error printed as `grep: message`, exit 2. */
export function grepFatal(message: string): UsageError {
  return new UsageError(`grep: ${message}\n`, 2);
}

/** Rewrites GNU's -NUM context options into -C NUM so the option table can read them. */
export function expandNumericContext(args: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--') {
      out.push(...args.slice(i));
      break;
    }
    if (/^-\d+$/.test(a)) out.push('-C', a.slice(1));
    else {
      out.push(a);
      if (TAKES_ARGUMENT.has(a) && i + 1 < args.length) out.push(args[++i]);
    }
  }
  return out;
}

function contextLength(value: string): number {
  if (!/^\d+$/.test(value)) throw grepFatal(`${value}: invalid context length argument`);
  return Number(value);
}

/** Reads the parsed flags into settings; `implied` is egrep's -E or fgrep's -F. */
export function readSettings(p: ParsedFlags, implied: 'E' | 'F' | null): GrepSettings {
  let syntax: GrepSettings['syntax'] | null = implied;
  let icase = false;
  let withNames: boolean | null = null;
  let listMode: 'files-with' | 'files-without' | null = null;
  let binaryFiles: GrepSettings['binaryFiles'] = 'binary';
  let directories: GrepSettings['directories'] = 'read';
  let followLinks = false;
  let before = -1;
  let after = -1;
  let context = -1;
  const fileFilters: ['include' | 'exclude', string][] = [];
  for (const [key, value] of p.order) {
    const letter = MATCHER_KEYS[key];
    if (letter) {
      if (syntax !== null && syntax !== letter) throw grepFatal('conflicting matchers specified');
      syntax = letter;
    } else if (key === 'ignore-case') icase = true;
    else if (key === 'no-ignore-case') icase = false;
    else if (key === 'with-filename') withNames = true;
    else if (key === 'no-filename') withNames = false;
    else if (key === 'files-with-matches') listMode = 'files-with';
    else if (key === 'files-without-match') listMode = 'files-without';
    else if (key === 'text') binaryFiles = 'text';
    else if (key === 'I') binaryFiles = 'without-match';
    else if (key === 'binary-files') binaryFiles = binaryFilesType(value as string);
    else if (key === 'recursive' || key === 'dereference-recursive') {
      directories = 'recurse';
      followLinks = key === 'dereference-recursive';
    } else if (key === 'directories') directories = directoriesAction(value as string);
    else if (key === 'devices' && value !== 'read' && value !== 'skip') throw grepFatal('unknown devices method');
    else if (key === 'before-context') before = contextLength(value as string);
    else if (key === 'after-context') after = contextLength(value as string);
    else if (key === 'context') context = contextLength(value as string);
    else if (key === 'include' || key === 'exclude') fileFilters.push([key, value as string]);
  }
  const mode: ScanMode = p.has('quiet') ? 'quiet' : (listMode ?? (p.has('count') ? 'count' : 'lines'));
  const given = before >= 0 || after >= 0 || context >= 0;
  return {
    syntax: syntax ?? 'G',
    icase,
    invert: p.has('invert-match'),
    mode,
    before: Math.max(before < 0 ? context : before, 0),
    after: Math.max(after < 0 ? context : after, 0),
    contextGiven: given,
    maxCount: maxCount(p.get('max-count')),
    binaryFiles,
    directories,
    followLinks,
    withNames,
    fileFilters,
    excludeDirs: p.lists['exclude-dir'] ?? [],
    badColor: !validColor(p.flags.color),
  };
}

const MATCHER_KEYS: Record<string, 'G' | 'E' | 'F' | 'P'> = {
  'basic-regexp': 'G',
  'extended-regexp': 'E',
  'fixed-strings': 'F',
  'perl-regexp': 'P',
};

function maxCount(value: string | undefined): number {
  if (value === undefined) return Number.POSITIVE_INFINITY;
  if (!/^-?\d+$/.test(value)) throw grepFatal('invalid max count');
  const n = Number(value);
  return n < 0 ? Number.POSITIVE_INFINITY : n;
}

function binaryFilesType(value: string): GrepSettings['binaryFiles'] {
  if (value === 'binary' || value === 'text' || value === 'without-match') return value;
  throw grepFatal('unknown binary-files type');
}

function directoriesAction(value: string): GrepSettings['directories'] {
  if (value === 'read' || value === 'skip' || value === 'recurse') return value;
  // argmatch's failure exits 1, unlike grep's other usage errors.
  throw grepUsage(
    `invalid argument '${value}' for '--directories'\nValid arguments are:\n  - 'read'\n  - 'recurse'\n  - 'skip'`,
    1,
  );
}

/** --color values GNU accepts; output is never a terminal, so none of them colours anything. */
function validColor(value: string | true | undefined): boolean {
  if (value === undefined || value === true) return true;
  return ['always', 'yes', 'force', 'never', 'no', 'none', 'auto', 'tty', 'if-tty'].includes(value);
}
