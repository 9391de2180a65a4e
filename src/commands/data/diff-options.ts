/** diff's options: the flag table and the settings they add up to, with GNU's checks. */
import { UsageError } from '../../core/errors.js';
import { patternToRegExp } from '../../core/glob-pattern.js';
import type { FlagSpec, ParsedFlags } from '../lib/flags.js';
import type { CompareOptions } from './diff-compare.js';

/** Every option diff accepts. */
export const DIFF_FLAGS: readonly FlagSpec[] = [
  { long: 'normal' },
  { short: 'q', long: 'brief' },
  { short: 's', long: 'report-identical-files' },
  { short: 'c', key: 'c' },
  { short: 'C', arg: 'required', key: 'C' },
  { long: 'context', arg: 'optional', key: 'C' },
  { short: 'u', key: 'u' },
  { short: 'U', arg: 'required', key: 'U' },
  { long: 'unified', arg: 'optional', key: 'U' },
  { short: 'L', long: 'label', arg: 'required' },
  { short: 'r', long: 'recursive' },
  { short: 'N', long: 'new-file' },
  { short: 'x', long: 'exclude', arg: 'required' },
  { short: 'i', long: 'ignore-case' },
  { short: 'E', long: 'ignore-tab-expansion' },
  { short: 'Z', long: 'ignore-trailing-space' },
  { short: 'b', long: 'ignore-space-change' },
  { short: 'w', long: 'ignore-all-space' },
  { short: 'B', long: 'ignore-blank-lines' },
  { short: 'a', long: 'text' },
  { long: 'strip-trailing-cr' },
  { short: 'd', long: 'minimal' },
];

/** Everything a diff run needs to know. */
export interface DiffSettings {
  readonly compare: CompareOptions;
  readonly brief: boolean;
  readonly reportIdentical: boolean;
  readonly recursive: boolean;
  readonly newFile: boolean;
  readonly labels: readonly string[];
  readonly excludes: readonly RegExp[];
  /** The options as typed, for the `diff -r a/x b/x` lines of a recursive diff. */
  readonly switches: string;
}

function usage(message: string, hint = true): UsageError {
  return new UsageError(`diff: ${message}\n${hint ? "diff: Try 'diff --help' for more information.\n" : ''}`, 2);
}

function contextLength(value: string): number {
  if (!/^\d+$/.test(value)) throw usage(`invalid context length '${value}'`);
  return Number(value);
}

const WHITESPACE_RANK: Record<string, [CompareOptions['whitespace'], number]> = {
  'ignore-tab-expansion': ['tabs', 1],
  'ignore-trailing-space': ['trailing', 2],
  'ignore-space-change': ['change', 3],
  'ignore-all-space': ['all', 4],
};

/** Adds up the parsed options, in command-line order where order matters. */
export function settingsFrom(p: ParsedFlags, args: readonly string[]): DiffSettings {
  let style: CompareOptions['style'] | null = null;
  let context = -1;
  let whitespace: CompareOptions['whitespace'] = 'none';
  let rank = 0;
  const setStyle = (s: CompareOptions['style']) => {
    if (style !== null && style !== s) throw usage('conflicting output style options');
    style = s;
  };
  for (const [key, value] of p.order) {
    if (key === 'normal') setStyle('normal');
    else if (key === 'c' || key === 'u') {
      setStyle(key === 'c' ? 'context' : 'unified');
      context = Math.max(context, 3);
    } else if (key === 'C' || key === 'U') {
      setStyle(key === 'C' ? 'context' : 'unified');
      context = value === true ? Math.max(context, 3) : contextLength(value);
    } else if (key in WHITESPACE_RANK) {
      const [kind, r] = WHITESPACE_RANK[key];
      if (r > rank) [whitespace, rank] = [kind, r];
    }
  }
  const labels = p.lists.label ?? [];
  if (labels.length > 2) throw usage('too many file label options', false);
  return {
    compare: {
      style: style ?? 'normal',
      context: Math.max(context, 0),
      ignoreCase: p.has('ignore-case'),
      whitespace,
      ignoreBlankLines: p.has('ignore-blank-lines'),
      text: p.has('text'),
      stripTrailingCr: p.has('strip-trailing-cr'),
      minimal: p.has('minimal'),
    },
    brief: p.has('brief'),
    reportIdentical: p.has('report-identical-files'),
    recursive: p.has('recursive'),
    newFile: p.has('new-file'),
    labels,
    excludes: (p.lists.exclude ?? []).map((x) => patternToRegExp(x, { extglob: false })),
    switches: switchWords(args).join(' '),
  };
}

/** The option words of the command line (with their separate arguments), in order. */
function switchWords(args: readonly string[]): string[] {
  const out: string[] = [];
  const needsArg = (w: string) => /^-[^-]*[CULx]$/.test(w) || /^--(label|exclude)$/.test(w);
  for (let i = 0; i < args.length; i++) {
    const w = args[i];
    if (w === '--') break;
    if (w.length < 2 || w[0] !== '-') continue;
    out.push(w);
    if (needsArg(w) && i + 1 < args.length) out.push(args[++i]);
  }
  return out;
}
