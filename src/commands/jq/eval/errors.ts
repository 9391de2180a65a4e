/** jq's error texts: values shown truncated the way jq's fixed-size buffers cut them. */
import { writeJson } from '../values/json-write.js';
import { kindOf, type Value } from '../values/value.js';
import { JqError } from './runtime.js';

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** The compact JSON of `v`, cut like jq's `jv_dump_string_trunc` with a buffer of `size` bytes. */
export function dumpTruncated(v: Value, size: number): string {
  const text = writeJson(v);
  if (text.length < size && encoder.encode(text).length < size) return text;
  const bytes = encoder.encode(text);
  if (bytes.length < size) return text;
  return `${decoder.decode(bytes.subarray(0, size - 4))}...`;
}

/** `number (1)`: a value's type and its truncated text, as jq's type errors show it. */
export function describe(v: Value): string {
  return `${kindOf(v)} (${dumpTruncated(v, 15)})`;
}

/** A JqError with a message. */
export function fail(message: string): JqError {
  return new JqError(message);
}

/** `A (a) and B (b) cannot be <verb>` */
export function binopError(a: Value, b: Value, verb: string): JqError {
  return new JqError(`${describe(a)} and ${describe(b)} cannot be ${verb}`);
}

/** The error for indexing `t` with `k`. */
export function indexError(t: Value, k: Value): JqError {
  if (typeof k === 'string') return new JqError(`Cannot index ${kindOf(t)} with string "${k}"`);
  return new JqError(`Cannot index ${kindOf(t)} with ${kindOf(k)}`);
}
