/**
 * seq's output format: a user's -f FORMAT checked the way GNU checks it (one
 * floating directive), or the default GNU derives from how the operands were
 * written (`seq 0 0.1 1` prints one decimal, `seq -w 8 10` pads to two digits).
 */
import { UsageError } from '../../core/errors.js';
import { quoteAlways } from '../lib/quote.js';
import { type CFloat, fromDouble } from './c-float.js';
import { formatFloat } from './c-format.js';

/** An operand as GNU's scan_arg sees it: value, printed width, digits after the point (null: not fixed-point). */
export interface SeqOperand {
  readonly value: CFloat;
  readonly width: number;
  readonly precision: number | null;
}

/** A single-directive format: text before, the directive, text after. */
export interface SeqFormat {
  readonly prefix: string;
  readonly conv: string;
  readonly flags: string;
  readonly width: number;
  readonly precision: number | null;
  readonly suffix: string;
}

/** Width and precision of an operand's text, exactly as GNU's scan_arg computes them. */
export function scanOperand(text: string, value: CFloat): SeqOperand {
  const arg = text.replace(/^[\s+]+/, '');
  let width = 0;
  let precision: number | null = null;
  const point = arg.indexOf('.');
  if (point < 0 && !arg.includes('p')) precision = 0;
  if (!/[xX]/.test(arg) && value.kind === 'finite') {
    let fraction = 0;
    width = arg.length;
    if (point >= 0) {
      fraction = arg.slice(point + 1).search(/[eE]/);
      if (fraction < 0) fraction = arg.length - point - 1;
      precision = fraction;
      width += fraction === 0 ? -1 : point === 0 || !/\d/.test(arg[point - 1]) ? 1 : 0;
    }
    const e = arg.search(/[eE]/);
    if (e >= 0) {
      let exponent = Number.parseInt(arg.slice(e + 1), 10) || 0;
      const prec = precision ?? 0;
      precision = prec + (exponent < 0 ? -exponent : -Math.min(prec, exponent));
      width -= arg.length - e;
      if (exponent < 0) {
        if (point >= 0) {
          if (e === point + 1) width++;
        } else width++;
        exponent = -exponent;
      } else {
        if (point >= 0 && precision === 0 && fraction > 0) width--;
        exponent -= Math.min(fraction, exponent);
      }
      width += exponent;
    }
  }
  return { value, width, precision };
}

function die(message: string): never {
  throw new UsageError(`seq: ${message}\n`, 1);
}

/** Checks a -f FORMAT: exactly one %e %f %g %a-style directive (with an optional L). */
export function parseSeqFormat(fmt: string): SeqFormat {
  let i = 0;
  let prefix = '';
  while (!(fmt[i] === '%' && fmt[i + 1] !== '%')) {
    if (i >= fmt.length) die(`format ${quoteAlways(fmt)} has no % directive`);
    prefix += fmt[i];
    i += fmt[i] === '%' ? 2 : 1;
  }
  const m = /^%([-+#0 ']*)(\d*)(?:\.(\d*))?(L?)/.exec(fmt.slice(i)) as RegExpExecArray;
  i += m[0].length;
  const conv = fmt[i];
  if (conv === undefined) die(`format ${quoteAlways(fmt)} ends in %`);
  if (!'efgaEFGA'.includes(conv)) die(`format ${quoteAlways(fmt)} has unknown %${conv} directive`);
  let suffix = '';
  for (i++; i < fmt.length; i += fmt[i] === '%' ? 2 : 1) {
    if (fmt[i] === '%' && fmt[i + 1] !== '%') die(`format ${quoteAlways(fmt)} has too many % directives`);
    suffix += fmt[i];
  }
  return {
    prefix,
    conv,
    flags: m[1],
    width: m[2] === '' ? 0 : Number(m[2]),
    precision: m[3] === undefined ? null : m[3] === '' ? 0 : Number(m[3]),
    suffix,
  };
}

/** GNU's get_default_format: %.PRECf (zero-padded with -w) when all operands are fixed-point, else %g. */
export function defaultSeqFormat(
  first: SeqOperand,
  step: SeqOperand,
  last: SeqOperand,
  equalWidth: boolean,
): SeqFormat {
  const plain = { prefix: '', suffix: '', flags: '', width: 0 };
  if (first.precision === null || step.precision === null || last.precision === null) {
    return { ...plain, conv: 'g', precision: null };
  }
  const prec = Math.max(first.precision, step.precision);
  if (!equalWidth) return { ...plain, conv: 'f', precision: prec };
  let firstWidth = first.width + (prec - first.precision);
  let lastWidth = last.width + (prec - last.precision);
  if (last.precision > 0 && prec === 0) lastWidth--;
  if (last.precision === 0 && prec > 0) lastWidth++;
  if (first.precision === 0 && prec > 0) firstWidth++;
  return { ...plain, flags: '0', width: Math.max(firstWidth, lastWidth), conv: 'f', precision: prec };
}

/** Renders one number (without prefix and suffix). */
export function renderNumber(f: SeqFormat, x: number): string {
  const conv = f.conv === 'a' || f.conv === 'A' ? (f.conv === 'a' ? 'e' : 'E') : f.conv;
  return formatFloat(conv, { flags: f.flags, width: f.width, precision: f.precision }, fromDouble(x));
}
