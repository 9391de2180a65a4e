/**
 * The engine of bash's printf: walks the format, decodes escapes, renders each
 * conversion from the next argument, and reuses the format while arguments remain.
 */
import { ByteOut } from './byte-out.js';
import { formatFloat, formatInteger } from './c-format.js';
import { decodeEscape, expandEscapes } from './escapes.js';
import { type ArgReporter, floatArg, intArg } from './printf-args.js';
import { shellQuote } from './shell-quote.js';

/** What a printf run needs besides the format and arguments. */
export interface PrintfEnv extends ArgReporter {
  readonly utf8: boolean;
}

const FLAG_CHARS = "-+ #0'";
const LENGTH_MODIFIERS = 'hjlLtz';
const INT_CONVERSIONS = 'diouxX';
const FLOAT_CONVERSIONS = 'fFeEgG';

/** Byte-oriented %s-style padding and precision: glibc counts bytes, not characters. */
function padBytes(out: ByteOut, bytes: Uint8Array, flags: string, width: number, precision: number | null) {
  const body = precision !== null && precision < bytes.length ? bytes.subarray(0, precision) : bytes;
  const fill = Math.max(0, width - body.length);
  if (fill > 0 && !flags.includes('-')) out.text(' '.repeat(fill));
  out.bytes(body);
  if (fill > 0 && flags.includes('-')) out.text(' '.repeat(fill));
}

/**
 * Runs printf `format` over `args` into `out`. Returns the exit status: 1 after
 * an invalid argument or a bad conversion (which also stops the output).
 */
export function runPrintf(format: string, args: readonly string[], out: ByteOut, env: PrintfEnv): number {
  let status = 0;
  let argi = 0;
  const report: ArgReporter = {
    invalid: (m) => {
      status = 1;
      env.invalid(m);
    },
    warn: (m) => env.warn(m),
  };
  const next = () => (argi < args.length ? args[argi++] : undefined);
  const escapeOpts = { dialect: 'format' as const, utf8: env.utf8, warn: env.warn };
  for (;;) {
    const before = argi;
    let i = 0;
    while (i < format.length) {
      const ch = format[i];
      if (ch === '\\') {
        i = decodeEscape(format, i, out, escapeOpts);
        continue;
      }
      if (ch !== '%') {
        let j = i + 1;
        while (j < format.length && format[j] !== '%' && format[j] !== '\\') j++;
        out.text(format.slice(i, j));
        i = j;
        continue;
      }
      if (format[i + 1] === '%') {
        out.byte(0x25);
        i += 2;
        continue;
      }
      let j = i + 1;
      while (j < format.length && FLAG_CHARS.includes(format[j])) j++;
      const flags = format.slice(i + 1, j);
      let width = 0;
      let leftFromStar = false;
      if (format[j] === '*') {
        const w = Number(intArg(next(), false, env.utf8, report));
        leftFromStar = w < 0;
        width = Math.abs(w);
        j++;
      } else {
        const m = /^\d+/.exec(format.slice(j));
        if (m) {
          width = Number(m[0]);
          j += m[0].length;
        }
      }
      let precision: number | null = null;
      if (format[j] === '.') {
        j++;
        if (format[j] === '*') {
          const p = Number(intArg(next(), false, env.utf8, report));
          precision = p < 0 ? null : p;
          j++;
        } else {
          const m = /^\d*/.exec(format.slice(j)) as RegExpExecArray;
          precision = m[0] === '' ? 0 : Number(m[0]);
          j += m[0].length;
        }
      }
      while (j < format.length && LENGTH_MODIFIERS.includes(format[j])) j++;
      const conv = format[j];
      if (conv === undefined) {
        env.invalid(`\`${format.slice(i)}': missing format character`);
        return 1;
      }
      i = j + 1;
      const spec = { flags: leftFromStar ? `${flags}-` : flags, width, precision };
      if (INT_CONVERSIONS.includes(conv)) {
        const value = intArg(next(), conv !== 'd' && conv !== 'i', env.utf8, report);
        out.text(formatInteger(conv, spec, value));
      } else if (FLOAT_CONVERSIONS.includes(conv)) {
        out.text(formatFloat(conv, spec, floatArg(next(), env.utf8, report)));
      } else if (conv === 's') {
        padBytes(out, Buffer.from(next() ?? ''), spec.flags, width, precision);
      } else if (conv === 'c') {
        const word = next() ?? '';
        padBytes(out, word === '' ? new Uint8Array(1) : Buffer.from(word).subarray(0, 1), spec.flags, width, null);
      } else if (conv === 'b') {
        const tmp = new ByteOut();
        const more = expandEscapes(next() ?? '', tmp, { dialect: 'percent-b', utf8: env.utf8, warn: env.warn });
        padBytes(out, tmp.take(), spec.flags, width, precision);
        if (!more) return status;
      } else if (conv === 'q' || conv === 'Q') {
        let word = next() ?? '';
        if (conv === 'Q' && precision !== null) word = Buffer.from(word).subarray(0, precision).toString();
        padBytes(out, Buffer.from(shellQuote(word, env.utf8)), spec.flags, width, conv === 'q' ? precision : null);
      } else {
        env.invalid(`\`${conv}': invalid format character`);
        return 1;
      }
    }
    if (argi === before || argi >= args.length) return status;
  }
}
