/**
 * Maps mvdan's UTF-8 byte offsets to JS string (UTF-16) indices and those to
 * 1-based line/column. mvdan's own Line()/Col() count bytes and saturate on very
 * long lines, so positions are always recomputed here from the offset.
 */
import type { Span } from './ast.js';

const NON_ASCII = /[^\x00-\x7f]/;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * Replaces lone UTF-16 surrogates with U+FFFD. GopherJS's string conversion pairs
 * a lone high surrogate with whatever follows it, which corrupts the parse; the
 * replacement has the same UTF-16 length, so indices into the original stay valid.
 */
export function wellFormed(text: string): string {
  return NON_ASCII.test(text) ? text.replace(LONE_SURROGATE, '\ufffd') : text;
}

function utf8Length(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  return codePoint < 0x10000 ? 3 : 4;
}

/**
 * Offsets and line starts of one (well-formed) source text. `skip` is the length
 * of an ASCII prefix that was parsed in front of the text (`(( ` when parsing an
 * arithmetic expression): positions inside it clamp to the start of the text.
 */
export class SourceMap {
  readonly text: string;
  private readonly skip: number;
  private readonly lineStarts: number[] = [0];
  /** After each non-ASCII code point: its end as a byte offset and as a UTF-16 index. */
  private readonly byteMarks: number[] = [];
  private readonly indexMarks: number[] = [];
  private lastLine = 0;

  constructor(text: string, skip = 0) {
    this.text = text;
    this.skip = skip;
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.lineStarts.push(i + 1);
    if (!NON_ASCII.test(text)) return;
    let bytes = 0;
    for (let i = 0; i < text.length; ) {
      const cp = text.codePointAt(i)!;
      const units = cp > 0xffff ? 2 : 1;
      bytes += utf8Length(cp);
      i += units;
      if (cp >= 0x80) {
        this.byteMarks.push(bytes);
        this.indexMarks.push(i);
      }
    }
  }

  /** The UTF-16 index of a UTF-8 byte offset, clamped to the text. */
  indexOf(parsedOffset: number): number {
    const byteOffset = parsedOffset - this.skip;
    const marks = this.byteMarks;
    let index = byteOffset;
    if (marks.length > 0 && byteOffset >= marks[0]) {
      let lo = 0;
      let hi = marks.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (marks[mid] <= byteOffset) lo = mid;
        else hi = mid - 1;
      }
      index = this.indexMarks[lo] + (byteOffset - marks[lo]);
    }
    return Math.max(0, Math.min(index, this.text.length));
  }

  /** 1-based line and UTF-16 column of an index. */
  lineCol(index: number): { line: number; col: number } {
    const starts = this.lineStarts;
    let line = this.lastLine;
    // Nodes are visited mostly in source order, so the previous line is a good first guess.
    if (!(starts[line] <= index && (line + 1 >= starts.length || starts[line + 1] > index))) {
      let lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid] <= index) lo = mid;
        else hi = mid - 1;
      }
      line = lo;
      this.lastLine = lo;
    }
    return { line: line + 1, col: index - starts[line] + 1 };
  }

  /** The UTF-16 index where 1-based `line` starts (the text length past the last line). */
  lineStart(line: number): number {
    return line - 1 < this.lineStarts.length ? this.lineStarts[Math.max(0, line - 1)] : this.text.length;
  }

  /** A frozen span for the byte range [start, end). */
  span(startByte: number, endByte: number): Span {
    const offset = this.indexOf(startByte);
    const end = Math.max(offset, this.indexOf(endByte));
    const { line, col } = this.lineCol(offset);
    return Object.freeze({ offset, end, line, col });
  }
}
