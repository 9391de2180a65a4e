/** String natives: case, trimming prefixes, splitting, joining, code points, formats. */
import { describe, fail } from '../eval/errors.js';
import { formatValue, toText } from '../eval/formats.js';
import { add, iterate, splitString } from '../eval/ops.js';
import { isNumber, numberOf, type Value } from '../values/value.js';
import { cfn, fn0, type NativeTable } from './native.js';

function explode(v: Value): Value {
  if (typeof v !== 'string') throw fail('explode input must be a string');
  const out: Value[] = [];
  for (const ch of v) out.push(ch.codePointAt(0) as number);
  return out;
}

function implode(v: Value): Value {
  if (!Array.isArray(v)) throw fail('implode input must be an array');
  let s = '';
  for (const c of v) {
    if (!isNumber(c)) throw fail('Unicode codepoint must be numeric');
    const n = Math.trunc(numberOf(c));
    s += n < 0 || n > 0x10ffff || (n >= 0xd800 && n < 0xe000) ? '\ufffd' : String.fromCodePoint(n);
  }
  return s;
}

function asciiCase(v: Value, upper: boolean): Value {
  if (typeof v !== 'string') throw fail('explode input must be a string');
  return v.replace(upper ? /[a-z]+/g : /[A-Z]+/g, (m) => (upper ? m.toUpperCase() : m.toLowerCase()));
}

function join(v: Value, sep: Value): Value {
  let acc: Value = null;
  for (const x of iterate(v)) {
    const piece = typeof x === 'boolean' || isNumber(x) ? toText(x) : x === null ? '' : x;
    acc = add(acc === null ? '' : add(acc, sep), piece);
  }
  return acc ?? '';
}

function affix(name: string, test: (s: string, a: string) => boolean) {
  return cfn((i, a) => {
    if (typeof i !== 'string' || typeof a !== 'string') throw fail(`${name}() requires string inputs`);
    return test(i, a);
  });
}

/** String natives. */
export const STRING_NATIVES: NativeTable = {
  'explode/0': fn0(explode),
  'implode/0': fn0(implode),
  'ascii_downcase/0': fn0((i) => asciiCase(i, false)),
  'ascii_upcase/0': fn0((i) => asciiCase(i, true)),
  'ltrimstr/1': cfn((i, a) =>
    typeof i === 'string' && typeof a === 'string' && i.startsWith(a) ? i.slice(a.length) : i,
  ),
  'rtrimstr/1': cfn((i, a) =>
    typeof i === 'string' && typeof a === 'string' && i.endsWith(a) && a.length > 0
      ? i.slice(0, i.length - a.length)
      : i,
  ),
  'startswith/1': affix('startswith', (s, a) => s.startsWith(a)),
  'endswith/1': affix('endswith', (s, a) => s.endsWith(a)),
  'split/1': cfn((i, sep) => {
    if (typeof i !== 'string' || typeof sep !== 'string') throw fail('split input and separator must be strings');
    return splitString(i, sep);
  }),
  'join/1': cfn(join),
  'ascii/0': fn0((i) => {
    if (!isNumber(i)) throw fail(`${describe(i)} is not a code point`);
    return String.fromCharCode(numberOf(i) & 0x7f);
  }),
  'format/1': cfn((i, name) => {
    if (typeof name !== 'string') throw fail(`${describe(name)} is not a valid format`);
    return formatValue(name, i);
  }),
};
