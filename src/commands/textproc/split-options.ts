/** split's options: the split mode, suffix scheme and record separator, with GNU 9.1's checks and messages. */
import { UsageError } from '../../core/errors.js';
import { type ParsedFlags, usageError } from '../lib/flags.js';
import { localeQuote } from './shared/locale-quote.js';
import { checkRange, decimalInRange, numberError } from './shared/numbers.js';
import { suffixLengthFor } from './split-names.js';

/** How the input is cut. `k` is the one chunk to print to stdout (0: write all files). */
export type SplitMode =
  | { readonly kind: 'lines' | 'bytes' | 'lineBytes'; readonly count: number }
  | { readonly kind: 'chunkBytes' | 'chunkLines' | 'roundRobin'; readonly k: number; readonly n: number };

/** Everything split needs besides its input. */
export interface SplitOptions {
  readonly mode: SplitMode;
  readonly eol: number;
  readonly prefix: string;
  readonly alphabet: string;
  readonly suffixLength: number;
  readonly autoSuffix: boolean;
  readonly extraSuffix: string;
  readonly start: string | null;
  readonly elide: boolean;
  readonly verbose: boolean;
}

/** The hidden option that obsolete `-N` (N lines per file) is rewritten to. */
export const LEGACY_LINES = '\u0001';

const UINTMAX = (1n << 64n) - 1n;
const OFF_T_MAX = (1n << 63n) - 1n;

const SCALE: Record<string, bigint> = { k: 1n, K: 1n, m: 2n, M: 2n, G: 3n, T: 4n, P: 5n, E: 6n, Z: 7n, Y: 8n };

/** xdectoumax with split's size suffixes: b (512), K/KiB (1024), KB (1000), and so on up to Y. */
function sizeOption(text: string, what: string): number {
  const m = /^[ \t\n\v\f\r]*\+?([0-9]+)(?:([kKmMGTPEZY])(iB|B)?|(b))?$/.exec(text);
  if (!m) throw numberError('split', what, text, 'invalid');
  let value = BigInt(m[1]);
  if (m[4]) value *= 512n;
  else if (m[2]) value *= (m[3] === 'B' ? 1000n : 1024n) ** SCALE[m[2]];
  return checkRange('split', what, text, value, 1n, OFF_T_MAX);
}

function parseChunks(text: string): { k: number; n: number; kind: SplitMode['kind'] } {
  let spec = text.replace(/^[ \t\n\v\f\r]+/, '');
  let kind: SplitMode['kind'] = 'chunkBytes';
  if (spec.startsWith('r/')) {
    kind = 'roundRobin';
    spec = spec.slice(2);
  } else if (spec.startsWith('l/')) {
    kind = 'chunkLines';
    spec = spec.slice(2);
  }
  const slash = spec.indexOf('/');
  if (slash < 0) return { k: 0, n: decimalInRange('split', spec, 1n, UINTMAX, 'invalid number of chunks'), kind };
  const n = decimalInRange('split', spec.slice(slash + 1), 1n, UINTMAX, 'invalid number of chunks');
  const k = slash === 0 ? 0 : decimalInRange('split', spec.slice(0, slash), 1n, BigInt(n), 'invalid chunk number');
  return { k, n, kind };
}

function separatorOf(values: readonly string[]): number {
  let eol = -1;
  for (const v of values) {
    const bytes = Buffer.from(v, 'utf8');
    if (bytes.length === 0) throw new UsageError('split: empty record separator\n', 1);
    let c = bytes[0];
    if (bytes.length > 1) {
      if (v !== '\\0') throw new UsageError(`split: multi-character separator ${localeQuote(v)}\n`, 1);
      c = 0;
    }
    if (eol >= 0 && c !== eol) throw new UsageError('split: multiple separator characters specified\n', 1);
    eol = c;
  }
  return eol < 0 ? 0x0a : eol;
}

/** Builds the options from parsed flags. */
export function parseSplitOptions(p: ParsedFlags): SplitOptions {
  const chosenModes: SplitMode[] = [];
  let alphabet = 'abcdefghijklmnopqrstuvwxyz';
  let start: string | null = null;
  let legacy = false;
  const set = (m: SplitMode, fromDigits = false) => {
    // A later -N replaces an earlier one, as GNU's digit options restart with each argument.
    if (chosenModes.length > 0 && !(legacy && fromDigits)) {
      throw usageError('split', 'cannot split in more than one way');
    }
    chosenModes[0] = m;
    legacy = fromDigits;
  };
  for (const [key, value] of p.order) {
    const v = typeof value === 'string' ? value : '';
    if (key === 'lines')
      set({ kind: 'lines', count: decimalInRange('split', v, 1n, UINTMAX, 'invalid number of lines') });
    else if (key === 'legacy-lines') set({ kind: 'lines', count: Number(v) }, true);
    else if (key === 'bytes') set({ kind: 'bytes', count: sizeOption(v, 'invalid number of bytes') });
    else if (key === 'line-bytes') set({ kind: 'lineBytes', count: sizeOption(v, 'invalid number of bytes') });
    else if (key === 'number') {
      const c = parseChunks(v);
      set({ kind: c.kind, k: c.k, n: c.n } as SplitMode);
    } else if (key === 'd' || key === 'x') {
      alphabet = key === 'd' ? '0123456789' : '0123456789abcdef';
      if (typeof value === 'string') {
        if ([...value].some((ch) => !alphabet.includes(ch))) {
          const kind = key === 'd' ? 'numerical' : 'hexadecimal';
          throw usageError('split', `${localeQuote(value)}: invalid start value for ${kind} suffix`);
        }
        start = value.replace(/^0+(?=.)/, '');
      }
    }
  }
  const extra = p.get('additional-suffix') ?? '';
  if (extra.includes('/')) {
    throw usageError('split', `invalid suffix ${localeQuote(extra)}, contains directory separator`);
  }
  const chosen: SplitMode = chosenModes[0] ?? { kind: 'lines', count: 1000 };
  if (chosen.kind === 'lines' && chosen.count === 0) throw usageError('split', "invalid number of lines: '0'");
  const lengthText = p.get('suffix-length');
  const requested =
    lengthText === undefined ? 0 : decimalInRange('split', lengthText, 0n, UINTMAX >> 3n, 'invalid suffix length');
  const files = 'n' in chosen ? chosen.n : null;
  const needed = suffixLengthFor(files, alphabet.length, start);
  let autoSuffix = start === null && files === null;
  let suffixLength: number;
  if (requested > 0) {
    if (requested < needed) throw new UsageError(`split: the suffix length needs to be at least ${needed}\n`, 1);
    autoSuffix = false;
    suffixLength = requested;
  } else {
    suffixLength = Math.max(2, needed);
  }
  if (p.operands.length > 2) throw usageError('split', `extra operand ${localeQuote(p.operands[2])}`);
  if (start !== null && start.length > suffixLength) {
    throw usageError('split', 'numerical suffix start value is too large for the suffix length');
  }
  return {
    mode: chosen,
    eol: separatorOf(p.lists.separator ?? []),
    prefix: p.operands[1] ?? 'x',
    alphabet,
    suffixLength,
    autoSuffix,
    extraSuffix: extra,
    start,
    elide: p.has('elide-empty-files'),
    verbose: p.has('verbose'),
  };
}
