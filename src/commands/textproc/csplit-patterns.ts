/** csplit's PATTERN operands and -b suffix format, parsed with GNU's checks and messages. */
import { UsageError } from '../../core/errors.js';
import { PosixRegexError, translatePosix } from '../lib/posix-regex.js';
import { localeQuote } from './shared/locale-quote.js';

/** One control record: a line number or a regexp, with its repeat count. */
export interface Control {
  /** The operand, for messages. */
  readonly arg: string;
  readonly regexp: RegExp | null;
  /** %REGEXP%: skip the lines instead of writing them. */
  readonly ignore: boolean;
  readonly offset: number;
  readonly linesRequired: number;
  repeat: number;
  repeatForever: boolean;
}

function fatal(message: string): UsageError {
  return new UsageError(`csplit: ${message}\n`, 1);
}

function extractRegexp(arg: string): Control {
  const delim = arg[0];
  const close = arg.lastIndexOf(delim);
  if (close <= 0) throw fatal(`${arg}: closing delimiter '${delim}' missing`);
  const rest = arg.slice(close + 1);
  let offset = 0;
  if (rest !== '') {
    if (!/^[ \t\n\v\f\r]*[+-]?[0-9]+$/.test(rest)) throw fatal(`${localeQuote(arg)}: integer expected after delimiter`);
    offset = Number(rest);
  }
  const pattern = Buffer.from(arg.slice(1, close), 'utf8').toString('latin1');
  let regexp: RegExp;
  try {
    const t = translatePosix(pattern, { extended: false, dialect: 'sed' });
    regexp = new RegExp(t.source, t.flags);
  } catch (e) {
    if (e instanceof PosixRegexError) {
      throw fatal(`${localeQuote(arg)}: invalid regular expression: ${e.message}`);
    }
    throw e;
  }
  return { arg, regexp, ignore: delim === '%', offset, linesRequired: 0, repeat: 0, repeatForever: false };
}

function parseRepeat(arg: string, control: Control): void {
  if (!arg.endsWith('}')) throw fatal(`${localeQuote(arg)}: '}' is required in repeat count`);
  const body = arg.slice(1, -1);
  if (body === '*') {
    control.repeatForever = true;
    return;
  }
  if (!/^[ \t\n\v\f\r]*\+?[0-9]+$/.test(body) || BigInt(body.trim()) > (1n << 63n) - 1n) {
    throw fatal(`${localeQuote(arg.slice(0, -1))}}: integer required between '{' and '}'`);
  }
  control.repeat = Number(body);
}

/** parse_patterns: the control records, with warnings for repeated line numbers. */
export function parsePatterns(args: readonly string[], warn: (message: string) => void): Control[] {
  const controls: Control[] = [];
  let lastValue = 0;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    let control: Control;
    if (arg.startsWith('/') || arg.startsWith('%')) {
      control = extractRegexp(arg);
    } else {
      if (!/^[ \t\n\v\f\r]*\+?[0-9]+$/.test(arg)) throw fatal(`${localeQuote(arg)}: invalid pattern`);
      const value = Number(arg.trim());
      if (value === 0) throw fatal(`${arg}: line number must be greater than zero`);
      if (value < lastValue) {
        throw fatal(`line number ${localeQuote(arg)} is smaller than preceding line number, ${lastValue}`);
      }
      if (value === lastValue)
        warn(`csplit: warning: line number ${localeQuote(arg)} is the same as preceding line number\n`);
      lastValue = value;
      control = { arg, regexp: null, ignore: false, offset: 0, linesRequired: value, repeat: 0, repeatForever: false };
    }
    if (i + 1 < args.length && args[i + 1].startsWith('{')) parseRepeat(args[++i], control);
    controls.push(control);
  }
  return controls;
}

/** A compiled -b FORMAT: one printf integer conversion amid literal text. */
export type SuffixFormat = (n: number) => string;

/** Checks and compiles -b FORMAT the way csplit's max_out does. */
export function suffixFormat(format: string): SuffixFormat {
  const spec = /%([-0'#]*)([0-9]*)(?:\.([0-9]*))?([a-zA-Z]?)/g;
  let found: RegExpExecArray | null = null;
  let m: RegExpExecArray | null;
  const text = format.replace(/%%/g, '\u0000');
  while ((m = spec.exec(text)) !== null) {
    if (found) throw fatal('too many % conversion specifications in suffix');
    found = m;
  }
  if (!found) throw fatal('missing % conversion specification in suffix');
  const [whole, flags, width, precision, conv] = found;
  if (conv === '') throw fatal('missing conversion specifier in suffix');
  if (!'diuoxX'.includes(conv)) throw fatal(`invalid conversion specifier in suffix: ${conv}`);
  const alt = flags.includes('#');
  const grouping = flags.includes("'");
  if ((alt && 'diu'.includes(conv)) || (grouping && 'oxX'.includes(conv))) {
    throw fatal(`invalid flags in conversion specification: %${alt && 'diu'.includes(conv) ? '#' : "'"}${conv}`);
  }
  const before = text.slice(0, found.index).replace(/\u0000/g, '%');
  const after = text.slice(found.index + whole.length).replace(/\u0000/g, '%');
  return (n) => {
    let digits =
      conv === 'o'
        ? n.toString(8)
        : conv === 'x'
          ? n.toString(16)
          : conv === 'X'
            ? n.toString(16).toUpperCase()
            : String(n);
    if (precision !== undefined) digits = digits.padStart(Number(precision || 0), '0');
    if (alt && n !== 0)
      digits = conv === 'o' ? `0${digits}` : conv === 'x' ? `0x${digits}` : conv === 'X' ? `0X${digits}` : digits;
    const w = Number(width || 0);
    if (flags.includes('-')) digits = digits.padEnd(w);
    else if (flags.includes('0') && precision === undefined) digits = digits.padStart(w, '0');
    else digits = digits.padStart(w);
    return `${before}${digits}${after}`;
  };
}
