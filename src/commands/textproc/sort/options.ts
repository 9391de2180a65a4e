/** sort's command line: flags to a SortSpec plus the run mode, with GNU's checks and messages. */
import { UsageError } from '../../../core/errors.js';
import { type FlagSpec, type ParsedFlags, usageError } from '../../lib/flags.js';
import { argmatch } from '../shared/argmatch.js';
import { localeQuote } from '../shared/locale-quote.js';
import type { SortSpec } from './compare.js';
import { isDefaultKey, type Key, newKey, parseKeySpec, parseObsoleteKey, setOrdering } from './keys.js';

/** What one sort invocation does. */
export interface SortPlan {
  readonly spec: SortSpec;
  readonly mode: 'sort' | 'merge' | 'check';
  /** -C: report disorder only through the exit status. */
  readonly quiet: boolean;
  readonly output: string | null;
  readonly delimiter: number;
  readonly files: readonly string[];
  /** --files0-from source, when given. */
  readonly files0From: string | null;
  readonly randomSource: string | null;
}

/** The flag table of sort. */
export const SORT_FLAGS: readonly FlagSpec[] = [
  { short: 'b', long: 'ignore-leading-blanks', key: 'b' },
  { short: 'd', long: 'dictionary-order', key: 'd' },
  { short: 'f', long: 'ignore-case', key: 'f' },
  { short: 'g', long: 'general-numeric-sort', key: 'g' },
  { short: 'h', long: 'human-numeric-sort', key: 'h' },
  { short: 'i', long: 'ignore-nonprinting', key: 'i' },
  { short: 'M', long: 'month-sort', key: 'M' },
  { short: 'n', long: 'numeric-sort', key: 'n' },
  { short: 'R', long: 'random-sort', key: 'R' },
  { short: 'r', long: 'reverse', key: 'r' },
  { short: 'V', long: 'version-sort', key: 'V' },
  { long: 'sort', arg: 'required' },
  { long: 'random-source', arg: 'required' },
  { long: 'batch-size', arg: 'required' },
  { short: 'c', key: 'c' },
  { long: 'check', arg: 'optional' },
  { short: 'C', key: 'C' },
  { long: 'compress-program', arg: 'required' },
  { long: 'files0-from', arg: 'required' },
  { short: 'k', long: 'key', arg: 'required' },
  { short: 'm', long: 'merge' },
  { short: 'o', long: 'output', arg: 'required' },
  { short: 's', long: 'stable' },
  { short: 'S', long: 'buffer-size', arg: 'required' },
  { short: 't', long: 'field-separator', arg: 'required' },
  { short: 'T', long: 'temporary-directory', arg: 'required' },
  { long: 'parallel', arg: 'required' },
  { short: 'u', long: 'unique' },
  { short: 'z', long: 'zero-terminated' },
  { short: 'y', arg: 'optional' },
];

const SORT_WORDS = ['general-numeric', 'human-numeric', 'month', 'numeric', 'random', 'version'] as const;
const SORT_WORD_LETTER: Record<(typeof SORT_WORDS)[number], string> = {
  'general-numeric': 'g',
  'human-numeric': 'h',
  month: 'M',
  numeric: 'n',
  random: 'R',
  version: 'V',
};
const CHECK_WORDS = ['quiet', 'silent', 'diagnose-first'] as const;
const OBSOLETE_KEY = '\u0000obsolete';

function fatal(message: string): UsageError {
  return new UsageError(`sort: ${message}\n`, 2);
}

/** key_to_opts: the letters GNU lists in "options '-…' are incompatible". */
function keyLetters(k: Key): string {
  let s = '';
  if (k.ignore === 'nondictionary') s += 'd';
  if (k.translate) s += 'f';
  if (k.general) s += 'g';
  if (k.human) s += 'h';
  if (k.ignore === 'nonprinting') s += 'i';
  if (k.month) s += 'M';
  if (k.numeric) s += 'n';
  if (k.random) s += 'R';
  if (k.version) s += 'V';
  return s;
}

function checkKey(k: Key): void {
  const kinds =
    Number(k.numeric) +
    Number(k.general) +
    Number(k.human) +
    Number(k.month) +
    Number(k.version || k.random || k.ignore !== 'none');
  if (kinds > 1) throw fatal(`options '-${keyLetters(k)}' are incompatible`);
}

function parseTab(values: readonly string[]): number {
  let tab = -1;
  for (const v of values) {
    const bytes = Buffer.from(v, 'utf8');
    if (bytes.length === 0) throw fatal('empty tab');
    let c = bytes[0];
    if (bytes.length > 1) {
      if (v === '\\0') c = 0;
      else throw fatal(`multi-character tab ${localeQuote(v)}`);
    }
    if (tab >= 0 && tab !== c) throw fatal('incompatible tabs');
    tab = c;
  }
  return tab;
}

function checkSizeOption(value: string): void {
  const m = /^[ \t]*\+?[0-9]+(.*)$/.exec(value);
  if (!m) throw fatal(`invalid -S argument ${localeQuote(value)}`);
  if (m[1] !== '' && !/^[bkKmMgGtTpPeEzZyY%]$/.test(m[1])) {
    throw fatal(`invalid suffix in -S argument ${localeQuote(value)}`);
  }
}

function checkNumber(option: string, value: string, min: number): void {
  if (!/^[ \t]*\+?[0-9]+$/.test(value)) throw fatal(`invalid --${option} argument ${localeQuote(value)}`);
  if (Number(value) < min) {
    if (option === 'parallel') throw fatal('number in parallel must be nonzero');
    throw fatal(`invalid --${option} argument ${localeQuote(value)}\nsort: minimum --${option} argument is '${min}'`);
  }
}

/** Rewrites obsolete `+POS1 [-POS2]` operands into keys; returns the remaining args and those keys. */
export function extractObsoleteKeys(args: readonly string[]): { args: string[]; keys: Key[] } {
  const out: string[] = [];
  const keys: Key[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--') return { args: out.concat(args.slice(i)), keys };
    if (/^\+[0-9]/.test(a)) {
      const next = args[i + 1];
      const pos2 = next !== undefined && /^-[0-9]/.test(next) ? next : undefined;
      const key = parseObsoleteKey(a, pos2);
      if (key) {
        // A -k with an argument no user can type stands in for the key, keeping its place among the -k options.
        keys.push(key);
        out.push('-k', OBSOLETE_KEY);
        if (pos2 !== undefined) i++;
        continue;
      }
    }
    out.push(a);
  }
  return { args: out, keys };
}

/** Builds the plan from parsed flags; `obsolete` holds keys already parsed from +POS operands. */
export function planOf(p: ParsedFlags, obsolete: readonly Key[]): SortPlan {
  const global = newKey();
  const keys: Key[] = [];
  let obsoleteAt = 0;
  let checkMode: 'none' | 'diagnose' | 'quiet' = 'none';
  for (const [name, value] of p.order) {
    if (name.length === 1 && 'bdfghiMnRrV'.includes(name)) setOrdering(name, 0, global, 'both');
    else if (name === 'sort' && typeof value === 'string') {
      setOrdering(SORT_WORD_LETTER[argmatch('sort', '--sort', value, SORT_WORDS)], 0, global, 'both');
    } else if (name === 'key' && typeof value === 'string') {
      keys.push(value === OBSOLETE_KEY ? obsolete[obsoleteAt++] : parseKeySpec(value));
    } else if (name === 'c' || name === 'C' || name === 'check') {
      let mode: 'diagnose' | 'quiet' = name === 'C' ? 'quiet' : 'diagnose';
      if (name === 'check' && typeof value === 'string') {
        mode = argmatch('sort', '--check', value, CHECK_WORDS) === 'diagnose-first' ? 'diagnose' : 'quiet';
      }
      if (checkMode !== 'none' && checkMode !== mode) throw fatal("options '-cC' are incompatible");
      checkMode = mode;
    }
  }
  const stableOrUnique = { stable: p.has('stable'), unique: p.has('unique') };
  for (const k of keys) {
    if (isDefaultKey(k) && !k.reverse) {
      Object.assign(k, {
        ignore: global.ignore,
        translate: global.translate,
        skipsblanks: global.skipsblanks,
        skipeblanks: global.skipeblanks,
        month: global.month,
        numeric: global.numeric,
        general: global.general,
        human: global.human,
        version: global.version,
        random: global.random,
        reverse: global.reverse,
      });
    }
  }
  if (keys.length === 0 && !(isDefaultKey(global) && !global.reverse)) keys.push(global);
  for (const k of keys) checkKey(k);
  const output = p.get('output') ?? null;
  if (p.count('output') > 1 && new Set(p.lists.output).size > 1) throw fatal('multiple output files specified');
  if (checkMode !== 'none' && output !== null) throw fatal("options '-co' are incompatible");
  const buffer = p.get('buffer-size');
  if (buffer !== undefined) checkSizeOption(buffer);
  const parallel = p.get('parallel');
  if (parallel !== undefined) checkNumber('parallel', parallel, 1);
  const batch = p.get('batch-size');
  if (batch !== undefined) checkNumber('batch-size', batch, 2);
  const files0From = p.get('files0-from') ?? null;
  if (files0From !== null && p.operands.length > 0) {
    throw usageError(
      'sort',
      `extra operand ${localeQuote(p.operands[0])}\nfile operands cannot be combined with --files0-from`,
      2,
    );
  }
  const mode = checkMode !== 'none' ? 'check' : p.has('merge') ? 'merge' : 'sort';
  if (mode === 'check' && p.operands.length > 1) {
    throw fatal(`extra operand ${localeQuote(p.operands[1])} not allowed with -c`);
  }
  return {
    spec: {
      keys,
      tab: parseTab(p.lists['field-separator'] ?? []),
      reverse: global.reverse,
      ...stableOrUnique,
      randomSalt: Buffer.alloc(0),
    },
    mode,
    quiet: checkMode === 'quiet',
    output,
    delimiter: p.has('zero-terminated') ? 0 : 0x0a,
    files: p.operands,
    files0From,
    randomSource: p.get('random-source') ?? null,
  };
}
