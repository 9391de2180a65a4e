/**
 * wc's counters over raw bytes. Lines and bytes alone take a fast path
 * (indexOf over each chunk); words, characters and line width need a byte
 * walk with a class table, as GNU's C-locale loop does.
 */

import { countDelims } from './head-stream.js';

/** The five numbers wc can print. */
export interface WcCounts {
  lines: number;
  words: number;
  chars: number;
  bytes: number;
  maxLine: number;
}

/** Which counts are wanted. */
export interface WcWanted {
  readonly lines: boolean;
  readonly words: boolean;
  readonly chars: boolean;
  readonly bytes: boolean;
  readonly maxLine: boolean;
}

/** All-zero counts. */
export function zeroCounts(): WcCounts {
  return { lines: 0, words: 0, chars: 0, bytes: 0, maxLine: 0 };
}

// Byte classes of the walk; 0 is any other byte (a control byte, or ≥ 0x80 in the C locale).
const PRINT = 1;
const NEWLINE = 2;
const RESET = 3; // \r and \f: back to column 0
const TAB = 4;
const SPACE = 5;
const VTAB = 6;
const CONT = 7; // a UTF-8 continuation byte: no character, no column

function classTable(utf8: boolean): Uint8Array {
  const t = new Uint8Array(256);
  for (let b = 0x21; b < 0x7f; b++) t[b] = PRINT;
  t[0x0a] = NEWLINE;
  t[0x0d] = RESET;
  t[0x0c] = RESET;
  t[0x09] = TAB;
  t[0x20] = SPACE;
  t[0x0b] = VTAB;
  if (utf8) {
    for (let b = 0x80; b < 0xc0; b++) t[b] = CONT;
    // A lead byte stands for one printable character of width 1.
    for (let b = 0xc0; b < 0x100; b++) t[b] = PRINT;
  }
  return t;
}

const C_TABLE = classTable(false);
const UTF8_TABLE = classTable(true);

/** Counts newlines in `chunk`. */
export function countNewlines(chunk: Uint8Array): number {
  return countDelims(chunk, 0x0a);
}

/** Accumulates counts over a stream of chunks. */
export class WcCounter {
  readonly counts = zeroCounts();
  private inWord = false;
  private column = 0;
  private readonly walk: boolean;
  private readonly table: Uint8Array;

  constructor(
    private readonly wanted: WcWanted,
    private readonly utf8: boolean,
  ) {
    this.walk = wanted.words || wanted.maxLine || (wanted.chars && utf8);
    this.table = utf8 ? UTF8_TABLE : C_TABLE;
  }

  /** Adds one chunk. */
  add(chunk: Uint8Array): void {
    const c = this.counts;
    c.bytes += chunk.length;
    if (!this.walk) {
      if (this.wanted.lines) c.lines += countNewlines(chunk);
      return;
    }
    const table = this.table;
    let { inWord, column } = this;
    let words = 0;
    let lines = 0;
    let conts = 0;
    let maxLine = c.maxLine;
    for (let i = 0; i < chunk.length; i++) {
      switch (table[chunk[i]]) {
        case PRINT:
          column++;
          if (!inWord) {
            inWord = true;
            words++;
          }
          break;
        case NEWLINE:
          lines++;
          if (column > maxLine) maxLine = column;
          column = 0;
          inWord = false;
          break;
        case RESET:
          if (column > maxLine) maxLine = column;
          column = 0;
          inWord = false;
          break;
        case TAB:
          column += 8 - (column % 8);
          inWord = false;
          break;
        case SPACE:
          column++;
          inWord = false;
          break;
        case VTAB:
          inWord = false;
          break;
        case CONT:
          conts++;
          break;
      }
    }
    this.inWord = inWord;
    this.column = column;
    c.words += words;
    c.lines += lines;
    c.maxLine = maxLine;
    c.chars += chunk.length - conts;
  }

  /** The counts once the input has ended. */
  finish(): WcCounts {
    const c = this.counts;
    if (this.column > c.maxLine) c.maxLine = this.column;
    if (!this.walk || !this.utf8) c.chars = c.bytes;
    return c;
  }
}
