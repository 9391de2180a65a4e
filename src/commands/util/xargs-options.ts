/** xargs's option table, help text, and the checks GNU applies to option values. */
import { UsageError } from '../../core/errors.js';
import { XARGS_DEFAULT_LINE_BYTES } from '../../core/limits.js';
import { type FlagSpec, type ParsedFlags, usageError } from '../lib/flags.js';
import { parseDelimiter } from './xargs-input.js';

/** The xargs --help text. */
export const XARGS_HELP = `Usage: xargs [OPTION]... COMMAND [INITIAL-ARGS]...
Run COMMAND with arguments INITIAL-ARGS and more arguments read from input.

Mandatory and optional arguments to long options are also
mandatory or optional for the corresponding short option.
  -0, --null                   items are separated by a null, not whitespace;
                                 disables quote and backslash processing and
                                 logical EOF processing
  -a, --arg-file=FILE          read arguments from FILE, not standard input
  -d, --delimiter=CHARACTER    items in input stream are separated by CHARACTER,
                                 not by whitespace; disables quote and backslash
                                 processing and logical EOF processing
  -E END                       set logical EOF string; if END occurs as a line
                                 of input, the rest of the input is ignored
  -e, --eof[=END]              equivalent to -E END if END is specified;
                                 otherwise, there is no end-of-file string
  -I R                         same as --replace=R
  -i, --replace[=R]            replace R in INITIAL-ARGS with names read
                                 from standard input, split at newlines;
                                 if R is unspecified, assume {}
  -L, --max-lines=MAX-LINES    use at most MAX-LINES non-blank input lines per
                                 command line
  -l[MAX-LINES]                similar to -L but defaults to at most one non-
                                 blank input line if MAX-LINES is not specified
  -n, --max-args=MAX-ARGS      use at most MAX-ARGS arguments per command line
  -P, --max-procs=MAX-PROCS    run at most MAX-PROCS processes at a time
  -r, --no-run-if-empty        if there are no arguments, then do not run COMMAND;
                                 if this option is not given, COMMAND will be
                                 run at least once
  -s, --max-chars=MAX-CHARS    limit length of command line to MAX-CHARS
  -t, --verbose                print commands before executing them
  -x, --exit                   exit if the size (see -s) is exceeded
      --help                   display this help and exit
`;

/** The options xargs understands (-p, -o and --show-limits are not among them). */
export const XARGS_FLAGS: readonly FlagSpec[] = [
  { short: '0', long: 'null' },
  { short: 'a', long: 'arg-file', arg: 'required' },
  { short: 'd', long: 'delimiter', arg: 'required' },
  { short: 'E', key: 'eof-str', arg: 'required' },
  { short: 'e', long: 'eof', arg: 'optional' },
  { short: 'I', key: 'replace-str', arg: 'required' },
  { short: 'i', long: 'replace', arg: 'optional' },
  { short: 'L', long: 'max-lines', arg: 'required' },
  { short: 'l', key: 'lines-opt', arg: 'optional' },
  { short: 'n', long: 'max-args', arg: 'required' },
  { short: 'P', long: 'max-procs', arg: 'required' },
  { short: 'r', long: 'no-run-if-empty' },
  { short: 's', long: 'max-chars', arg: 'required' },
  { short: 't', long: 'verbose' },
  { short: 'x', long: 'exit' },
];

/** What xargs was asked to do. */
export interface XargsOptions {
  command: readonly string[];
  delimiter: number | null;
  argFile: string | null;
  eof: string | null;
  replace: string | null;
  maxArgs: number | null;
  maxLines: number | null;
  maxChars: number;
  procs: number;
  noRunIfEmpty: boolean;
  verbose: boolean;
  exit: boolean;
}

function count(flag: string, text: string, min: number): number {
  if (!/^\s*[+-]?\d+$/.test(text)) throw usageError('xargs', `invalid number "${text}" for -${flag} option`);
  const n = Number(text);
  if (n < min) throw usageError('xargs', `value ${text} for -${flag} option should be >= ${min}`);
  return n;
}

const MODE_NAMES: Record<string, [string, string]> = {
  args: ['--max-args', '--max-args/-n'],
  lines: ['--max-lines', '--max-lines/-L'],
  replace: ['--replace', '--replace/-I'],
};

/** Interprets parsed flags; -n, -L and -I override each other with GNU's warning. */
export function xargsOptions(parsed: ParsedFlags): { options: XargsOptions; warnings: string[] } {
  const o: XargsOptions = {
    command: parsed.operands,
    delimiter: null,
    argFile: null,
    eof: null,
    replace: null,
    maxArgs: null,
    maxLines: null,
    maxChars: XARGS_DEFAULT_LINE_BYTES,
    procs: 1,
    noRunIfEmpty: false,
    verbose: false,
    exit: false,
  };
  const warnings: string[] = [];
  let mode: string | null = null;
  const setMode = (next: string) => {
    if (mode !== null && mode !== next) {
      warnings.push(
        `xargs: warning: options ${MODE_NAMES[mode][0]} and ${MODE_NAMES[next][1]} are mutually exclusive, ignoring previous ${MODE_NAMES[mode][0]} value\n`,
      );
      if (mode === 'args') o.maxArgs = null;
      if (mode === 'lines') o.maxLines = null;
      if (mode === 'replace') {
        o.replace = null;
        o.maxLines = null;
      }
    }
    mode = next;
  };
  for (const [key, value] of parsed.order) {
    const v = typeof value === 'string' ? value : null;
    switch (key) {
      case 'null':
        o.delimiter = 0;
        break;
      case 'delimiter': {
        const d = parseDelimiter(v as string);
        if (d === null) {
          throw new UsageError(
            `xargs: Invalid input delimiter specification ${v}: the delimiter must be either a single character or an escape sequence starting with \\.\n`,
            1,
          );
        }
        o.delimiter = d;
        break;
      }
      case 'arg-file':
        o.argFile = v;
        break;
      case 'eof-str':
      case 'eof':
        o.eof = v === '' ? null : v;
        break;
      case 'replace-str':
      case 'replace':
        setMode('replace');
        o.replace = v ?? '{}';
        o.maxLines = 1;
        o.exit = true;
        break;
      case 'max-lines':
      case 'lines-opt':
        setMode('lines');
        o.maxLines = v === null ? 1 : count('L', v, 1);
        break;
      case 'max-args':
        setMode('args');
        o.maxArgs = count('n', v as string, 1);
        break;
      case 'max-procs':
        o.procs = count('P', v as string, 0);
        break;
      case 'max-chars':
        o.maxChars = count('s', v as string, 1);
        break;
      case 'no-run-if-empty':
        o.noRunIfEmpty = true;
        break;
      case 'verbose':
        o.verbose = true;
        break;
      case 'exit':
        o.exit = true;
        break;
    }
  }
  if (o.replace !== null) o.maxLines = null;
  return { options: o, warnings };
}
