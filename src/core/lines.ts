/**
 * Line splitting on bytes. Lines are yielded as subarrays of the incoming chunks
 * where possible (no copy, no string allocation); only a line spanning two chunks
 * is copied.
 */

import type { ByteSource } from './io.js';
import { concatBytes, decodeText } from './io.js';

const NL = 0x0a;

/** One line: its bytes without the terminator, and whether a terminator followed. */
export interface ByteLine {
  readonly bytes: Uint8Array;
  readonly terminated: boolean;
}

/** Splits a source into lines on `delimiter` (default '\n'). The last line may be unterminated. */
export async function* byteLines(source: ByteSource, delimiter = NL): AsyncGenerator<ByteLine> {
  let carry: Uint8Array[] = [];
  let carryLen = 0;
  for await (const chunk of source) {
    let start = 0;
    for (;;) {
      const i = chunk.indexOf(delimiter, start);
      if (i < 0) break;
      let line = chunk.subarray(start, i);
      if (carryLen > 0) {
        carry.push(line);
        line = concatBytes(carry, carryLen + line.length);
        carry = [];
        carryLen = 0;
      }
      yield { bytes: line, terminated: true };
      start = i + 1;
    }
    if (start < chunk.length) {
      // Copy the tail: the producer may reuse the chunk after we ask for the next one.
      const rest = chunk.slice(start);
      carry.push(rest);
      carryLen += rest.length;
    }
  }
  if (carryLen > 0) yield { bytes: concatBytes(carry, carryLen), terminated: false };
}

/** Splits a source into decoded lines (without terminators). */
export async function* textLines(source: ByteSource, delimiter = NL): AsyncGenerator<string> {
  for await (const line of byteLines(source, delimiter)) yield decodeText(line.bytes);
}
