/**
 * awk's numeric and gawk's extra built-ins: log/sqrt with gawk's warnings,
 * strtonum (hex and octal), the bitwise functions on 53-bit unsigned values,
 * and strftime/mktime/systime through the shared TZ-aware time code.
 */
import { strftime as formatTime } from '../data/strftime.js';
import { TimeZone } from '../data/time-zone.js';
import { integerDigits } from './numfmt.js';
import type { Runtime } from './runtime.js';
import { StrNum, strToNum, toNum, type Value } from './values.js';

/** log(x); a negative x warns and gives NaN as gawk does. */
export function log(rt: Runtime, x: number, pos: number): number {
  if (x < 0) {
    rt.warn(`log: received negative argument ${formatArg(x)}`, pos);
    return -Number.NaN;
  }
  return Math.log(x);
}

/** sqrt(x); a negative x warns and gives NaN as gawk does. */
export function sqrt(rt: Runtime, x: number, pos: number): number {
  if (x < 0) {
    rt.warn(`sqrt: received negative argument ${formatArg(x)}`, pos);
    return -Number.NaN;
  }
  return Math.sqrt(x);
}

/** How gawk's messages print a number argument (%g). */
function formatArg(x: number): string {
  return Number.isInteger(x) ? integerDigits(x) : String(Number(x.toPrecision(6)));
}

/** x^y, with C pow's answers where JS differs (1^NaN is 1; invalid results are x86's negative NaN). */
export function pow(x: number, y: number): number {
  if (x === 1) return 1;
  const r = x ** y;
  return Number.isNaN(r) && !Number.isNaN(x) && !Number.isNaN(y) ? -Number.NaN : r;
}

/** strtonum(s): 0x hex and leading-0 octal as well as decimal. */
export function strtonum(v: Value): number {
  if (typeof v === 'number') return v;
  if (v === undefined) return 0;
  // Unlike number conversion, a hex or octal prefix must start the text.
  const s = v instanceof StrNum ? v.s : v;
  const hex = /^([+-]?)0[xX]([0-9a-fA-F]+)/.exec(s);
  if (hex) return (hex[1] === '-' ? -1 : 1) * Number.parseInt(hex[2], 16);
  const oct = /^([+-]?)(0[0-7]*)(?![0-9.eE])/.exec(s);
  if (oct) return (oct[1] === '-' ? -1 : 1) * Number.parseInt(oct[2], 8);
  return strToNum(s);
}

const MAX_53 = 2n ** 53n - 1n;

function toBits(rt: Runtime, name: string, v: number, pos: number): bigint {
  if (v < 0) rt.fatal(`${name}: argument negative value ${integerDigits(Math.trunc(v))} is not allowed`, pos);
  return BigInt(Math.trunc(v)) & MAX_53;
}

/** and/or/xor over two or more values. */
export function bitwise(rt: Runtime, op: 'and' | 'or' | 'xor', values: readonly number[], pos: number): number {
  let acc = toBits(rt, op, values[0], pos);
  for (let i = 1; i < values.length; i++) {
    const b = toBits(rt, op, values[i], pos);
    acc = op === 'and' ? acc & b : op === 'or' ? acc | b : acc ^ b;
  }
  return Number(acc);
}

/** lshift/rshift. */
export function shift(rt: Runtime, left: boolean, v: number, n: number, pos: number): number {
  const name = left ? 'lshift' : 'rshift';
  if (v < 0 || n < 0) rt.fatal(`${name}(${v}, ${n}): negative values are not allowed`, pos);
  const a = BigInt(Math.trunc(v));
  const k = BigInt(Math.trunc(n));
  if (k >= 64n) return 0;
  return Number((left ? BigInt.asUintN(64, a << k) : a >> k) & MAX_53);
}

/** compl(x) within 53 bits. */
export function compl(rt: Runtime, v: number, pos: number): number {
  if (v < 0) rt.fatal(`compl(${v}): negative value is not allowed`, pos);
  return Number(~BigInt(Math.trunc(v)) & MAX_53);
}

/** gawk's default strftime format. */
const DEFAULT_TIME_FORMAT = '%a %b %e %H:%M:%S %Z %Y';

/** strftime([format[, timestamp[, utc]]]). */
export function strftime(rt: Runtime, format?: string, timestamp?: number, utc?: Value): string {
  const seconds = timestamp === undefined ? Math.floor(Date.now() / 1000) : Math.trunc(timestamp);
  const zone = utc !== undefined && toNum(utc) !== 0 ? TimeZone.UTC : TimeZone.fromEnv(rt.ctx.env);
  const ms = seconds * 1000;
  return formatTime(format ?? DEFAULT_TIME_FORMAT, { fields: zone.fields(ms), seconds, nanos: 0 });
}

/** mktime("YYYY MM DD HH MM SS [DST]") → seconds, or -1 for a malformed spec. */
export function mktime(rt: Runtime, spec: string, utc?: Value): number {
  const parts = spec.trim().split(/[ \t\n]+/);
  if (parts.length < 6 || parts.length > 7 || parts.some((p) => !/^[+-]?\d+$/.test(p))) return -1;
  const [year, month, day, hour, minute, second] = parts.map(Number);
  const zone = utc !== undefined && toNum(utc) !== 0 ? TimeZone.UTC : TimeZone.fromEnv(rt.ctx.env);
  const ms = zone.toInstant(year, month, day, hour, minute, second);
  return Number.isFinite(ms) ? Math.floor(ms / 1000) : -1;
}
