/**
 * jq's command line (jq 1.7.1 main.c): bundled short options (`-nr`), options
 * anywhere before `--`, the first operand as the filter, `--arg`-style options
 * taking two operands, and `--args`/`--jsonargs` switching later operands to
 * positional values. Errors carry jq's texts and exit status 2.
 */
import { parseJsonText } from './builtins/data.js';
import { JqError } from './eval/runtime.js';
import type { Value } from './values/value.js';

/** Output layout choices; the last of -c, --tab and --indent wins. */
export type Layout = { kind: 'indent'; width: number } | { kind: 'tab' } | { kind: 'compact' };

/** A named argument whose value comes from a file (read by the command). */
export interface FileArg {
  readonly name: string;
  readonly path: string;
  readonly raw: boolean;
}

/** Everything the command line asked for. */
export interface JqOptions {
  filter: string | null;
  fromFile: string | null;
  files: string[];
  nullInput: boolean;
  rawInput: boolean;
  slurp: boolean;
  rawOutput: boolean;
  joinOutput: boolean;
  nulOutput: boolean;
  ascii: boolean;
  sortKeys: boolean;
  seq: boolean;
  stream: boolean;
  exitStatus: boolean;
  layout: Layout;
  named: Map<string, Value>;
  fileArgs: FileArg[];
  positional: Value[];
  help: boolean;
  version: boolean;
}

/** A command-line error: the text to print (after `jq: `) and whether the usage hint follows. */
export class JqUsageError {
  constructor(
    readonly message: string,
    readonly hint = true,
  ) {}
}

/** The lines jq prints after a usage error. */
export const USAGE_HINT =
  'Use jq --help for help with command-line options,\nor see the jq manpage, or online docs  at https://jqlang.github.io/jq\n';

const LONG_FLAGS: Record<string, keyof JqOptions> = {
  'null-input': 'nullInput',
  'raw-input': 'rawInput',
  slurp: 'slurp',
  'raw-output': 'rawOutput',
  'join-output': 'joinOutput',
  'ascii-output': 'ascii',
  'sort-keys': 'sortKeys',
  seq: 'seq',
  stream: 'stream',
  'exit-status': 'exitStatus',
  help: 'help',
  version: 'version',
};
const SHORT_FLAGS: Record<string, keyof JqOptions> = {
  n: 'nullInput',
  R: 'rawInput',
  s: 'slurp',
  r: 'rawOutput',
  j: 'joinOutput',
  a: 'ascii',
  S: 'sortKeys',
  e: 'exitStatus',
  h: 'help',
  V: 'version',
};
const IGNORED_LONG = new Set(['color-output', 'monochrome-output', 'unbuffered', 'stream-errors']);
const IGNORED_SHORT = new Set(['C', 'M']);

function parseJsonArg(text: string, what: string): Value {
  try {
    return parseJsonText(text);
  } catch (e) {
    if (e instanceof JqError) throw new JqUsageError(`invalid JSON text passed to --${what}`);
    throw e;
  }
}

/** Parses jq's arguments. */
export function parseJqArgs(args: readonly string[]): JqOptions {
  const o: JqOptions = {
    filter: null,
    fromFile: null,
    files: [],
    nullInput: false,
    rawInput: false,
    slurp: false,
    rawOutput: false,
    joinOutput: false,
    nulOutput: false,
    ascii: false,
    sortKeys: false,
    seq: false,
    stream: false,
    exitStatus: false,
    layout: { kind: 'indent', width: 2 },
    named: new Map(),
    fileArgs: [],
    positional: [],
    help: false,
    version: false,
  };
  let positionalMode: 'files' | 'strings' | 'json' = 'files';
  let optionsDone = false;
  const set = (key: keyof JqOptions) => {
    (o as unknown as Record<string, unknown>)[key] = true;
  };
  const operand = (a: string) => {
    if (o.filter === null && o.fromFile === null) o.filter = a;
    else if (positionalMode === 'strings') o.positional.push(a);
    else if (positionalMode === 'json') o.positional.push(parseJsonArg(a, 'jsonargs'));
    else o.files.push(a);
  };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (optionsDone || a === '-' || !a.startsWith('-')) {
      operand(a);
      continue;
    }
    if (a === '--') {
      optionsDone = true;
      continue;
    }
    const need = (n: number, message: string): string[] => {
      if (i + n >= args.length) throw new JqUsageError(message);
      const got = args.slice(i + 1, i + 1 + n);
      i += n;
      return got;
    };
    if (a.startsWith('--')) {
      const name = a.slice(2);
      if (LONG_FLAGS[name]) set(LONG_FLAGS[name]);
      else if (IGNORED_LONG.has(name)) continue;
      else if (name === 'compact-output') o.layout = { kind: 'compact' };
      else if (name === 'tab') o.layout = { kind: 'tab' };
      else if (name === 'indent') {
        const [n] = need(1, '--indent takes one parameter');
        const width = Number.parseInt(n, 10) || 0;
        if (width > 7 || width < -1) throw new JqUsageError('--indent takes a number between -1 and 7');
        o.layout = width <= 0 ? { kind: 'compact' } : { kind: 'indent', width };
      } else if (name === 'raw-output0') {
        o.rawOutput = true;
        o.nulOutput = true;
      } else if (name === 'arg') {
        const [k, v] = need(2, '--arg takes two parameters (e.g. --arg varname value)');
        if (!o.named.has(k)) o.named.set(k, v);
      } else if (name === 'argjson') {
        const [k, v] = need(2, '--argjson takes two parameters (e.g. --argjson varname text)');
        if (!o.named.has(k)) o.named.set(k, parseJsonArg(v, 'argjson'));
      } else if (name === 'slurpfile' || name === 'rawfile') {
        const [k, path] = need(2, `--${name} takes two parameters (e.g. --${name} varname filename)`);
        o.fileArgs.push({ name: k, path, raw: name === 'rawfile' });
      } else if (name === 'args') positionalMode = 'strings';
      else if (name === 'jsonargs') positionalMode = 'json';
      else if (name === 'from-file') o.fromFile = need(1, '-f takes a parameter')[0];
      else if (name === 'build-configuration') set('version');
      else throw new JqUsageError(`Unknown option ${a}`);
      continue;
    }
    for (let k = 1; k < a.length; k++) {
      const c = a[k];
      if (SHORT_FLAGS[c]) set(SHORT_FLAGS[c]);
      else if (IGNORED_SHORT.has(c)) continue;
      else if (c === 'c') o.layout = { kind: 'compact' };
      else if (c === 'f') o.fromFile = need(1, '-f takes a parameter')[0];
      else if (c === 'L') {
        if (k === a.length - 1) need(1, '-L takes a parameter');
        break;
      } else throw new JqUsageError(`Unknown option ${a}`);
    }
  }
  if (o.joinOutput) o.rawOutput = true;
  return o;
}
