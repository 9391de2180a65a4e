/**
 * GNU getopt_long, as data: a command declares its options in a table and gets
 * back flags and operands, or a UsageError carrying the exact GNU message
 * ("invalid option -- 'z'", "unrecognized option '--foo'", "Try 'ls --help' …").
 */
import { UsageError } from '../../core/errors.js';

/** One option: a short letter, a long name, or both. */
export interface FlagSpec {
  /** Key in the result; defaults to the long name, else the short letter. */
  readonly key?: string;
  readonly short?: string;
  readonly long?: string;
  /** Whether the option takes an argument. Default 'none'. */
  readonly arg?: 'none' | 'required' | 'optional';
}

/** Parsing choices. */
export interface FlagOptions {
  /** Exit status of a usage error (1 for most coreutils, 2 for ls/grep/diff). */
  readonly usageExit?: number;
  /** Allow options after operands, as GNU does by default. */
  readonly permute?: boolean;
  /** Stop at the first operand (for commands that take a command line: xargs, timeout, env). */
  readonly stopAtOperand?: boolean;
  /** Treat a lone '-' followed by digits as an operand (for `head -5`-style numbers handled by the caller). */
  readonly numericOperands?: boolean;
}

/** Parsed options: last value per key, every value per key in order, and operands. */
export interface ParsedFlags {
  /** For options without argument: true. With argument: the last value given. */
  readonly flags: Readonly<Record<string, string | true>>;
  /** Every occurrence of each key, in order (for repeatable options like -e). */
  readonly lists: Readonly<Record<string, readonly string[]>>;
  /** Every option as [key, value] in command-line order (for last-one-wins choices). */
  readonly order: readonly (readonly [string, string | true])[];
  readonly operands: readonly string[];
  /** How many times each key was given. */
  count(key: string): number;
  has(key: string): boolean;
  get(key: string): string | undefined;
}

function keyOf(spec: FlagSpec): string {
  return spec.key ?? spec.long ?? spec.short ?? '';
}

/** The "Try 'cmd --help'" line that follows every usage error. */
export function tryHelp(cmd: string): string {
  return `Try '${cmd} --help' for more information.`;
}

/** A UsageError with the GNU two-line form: `cmd: message` then the try-help hint. */
export function usageError(cmd: string, message: string, exitCode = 1): UsageError {
  return new UsageError(`${cmd}: ${message}\n${tryHelp(cmd)}\n`, exitCode);
}

/** Parses `args` against `specs` the way GNU getopt_long does. */
export function parseFlags(
  cmd: string,
  args: readonly string[],
  specs: readonly FlagSpec[],
  opts: FlagOptions = {},
): ParsedFlags {
  const usageExit = opts.usageExit ?? 1;
  const permute = opts.permute ?? true;
  const byShort = new Map<string, FlagSpec>();
  const longs: FlagSpec[] = [];
  for (const s of specs) {
    if (s.short) byShort.set(s.short, s);
    if (s.long) longs.push(s);
  }
  const flags: Record<string, string | true> = {};
  const lists: Record<string, string[]> = {};
  const order: [string, string | true][] = [];
  const operands: string[] = [];
  const add = (spec: FlagSpec, value: string | true) => {
    const key = keyOf(spec);
    flags[key] = value;
    const list = lists[key] ?? [];
    list.push(value === true ? '' : value);
    lists[key] = list;
    order.push([key, value]);
  };
  const fail = (message: string) => usageError(cmd, message, usageExit);

  let i = 0;
  for (; i < args.length; i++) {
    const a = args[i];
    if (a === '--') {
      i++;
      break;
    }
    const isNumber = opts.numericOperands && /^-\d/.test(a);
    if (a.length < 2 || a[0] !== '-' || isNumber) {
      if (!permute || opts.stopAtOperand) break;
      operands.push(a);
      continue;
    }
    if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      const name = eq < 0 ? a.slice(2) : a.slice(2, eq);
      const exact = longs.find((s) => s.long === name);
      const matches = exact ? [exact] : longs.filter((s) => s.long?.startsWith(name));
      if (matches.length === 0) throw fail(`unrecognized option '${a}'`);
      if (matches.length > 1 && new Set(matches.map(keyOf)).size > 1) {
        const names = matches.map((s) => `'--${s.long}'`).join(' ');
        throw fail(`option '${a.slice(0, eq < 0 ? a.length : eq)}' is ambiguous; possibilities: ${names}`);
      }
      const spec = matches[0];
      const argMode = spec.arg ?? 'none';
      if (argMode === 'none') {
        if (eq >= 0) throw fail(`option '--${spec.long}' doesn't allow an argument`);
        add(spec, true);
      } else if (eq >= 0) {
        add(spec, a.slice(eq + 1));
      } else if (argMode === 'required') {
        if (i + 1 >= args.length) throw fail(`option '--${spec.long}' requires an argument`);
        add(spec, args[++i]);
      } else {
        add(spec, true);
      }
      continue;
    }
    for (let j = 1; j < a.length; j++) {
      const ch = a[j];
      const spec = byShort.get(ch);
      if (!spec) throw fail(`invalid option -- '${ch}'`);
      const argMode = spec.arg ?? 'none';
      if (argMode === 'none') {
        add(spec, true);
        continue;
      }
      const rest = a.slice(j + 1);
      if (rest.length > 0) add(spec, rest);
      else if (argMode === 'optional') add(spec, true);
      else if (i + 1 < args.length) add(spec, args[++i]);
      else throw fail(`option requires an argument -- '${ch}'`);
      break;
    }
  }
  for (; i < args.length; i++) operands.push(args[i]);

  return {
    flags,
    lists,
    order,
    operands,
    count: (key) => lists[key]?.length ?? 0,
    has: (key) => key in flags,
    get: (key) => {
      const v = flags[key];
      return typeof v === 'string' ? v : undefined;
    },
  };
}
