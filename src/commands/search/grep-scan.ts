/**
 * grep over one input: selects records block by block and prints them with
 * their prefixes and context, or only counts them. Records between hits are
 * never looked at one by one unless context, -n or -v output needs them.
 */
import { isUtf8 } from 'node:buffer';
import type { ByteSource } from '../../core/io.js';
import { countRecords, recordBlocks } from './blocks.js';
import { Block, type Matcher } from './grep-matcher.js';
import type { OutBuffer } from './out-buffer.js';

/** What grep does with the selected records of an input. */
export type ScanMode = 'lines' | 'count' | 'files-with' | 'files-without' | 'quiet';

/** Options shared by every input of one grep run. */
export interface ScanOptions {
  readonly matcher: Matcher;
  readonly eol: number;
  readonly invert: boolean;
  readonly mode: ScanMode;
  readonly onlyMatching: boolean;
  /** -m; Infinity when unlimited. */
  readonly maxCount: number;
  readonly lineNumbers: boolean;
  readonly byteOffset: boolean;
  readonly before: number;
  readonly after: number;
  /** Printed between non-adjacent context groups; null for --no-group-separator. */
  readonly groupSeparator: string | null;
  /** A context option was given (even -A 0): groups are then separated. */
  readonly contextGiven: boolean;
  readonly binaryFiles: 'binary' | 'text' | 'without-match';
  /** -Z: a NUL instead of ':' after file names. */
  readonly nullAfterName: boolean;
  /**
   * UTF-8 locale (grep): a selected line that is not valid UTF-8 is not
   * printed; the input then reports "binary file matches" at its end.
   */
  readonly encodingErrorsBinary: boolean;
}

/** What scanning one input found. */
export interface ScanResult {
  readonly selected: number;
  /** A binary input had selected records that were not printed ("binary file matches"). */
  readonly binaryMatched: boolean;
}

interface SavedRecord {
  readonly bytes: Buffer;
  readonly no: number;
  readonly offset: number;
}

/** Scans `source`, printing to `out` with `name` as prefix (null: no prefix). */
export async function scanInput(
  source: ByteSource,
  name: string | null,
  opts: ScanOptions,
  out: OutBuffer,
  signal: AbortSignal,
): Promise<ScanResult> {
  const scan = new InputScan(opts, name, out);
  for await (const { bytes } of recordBlocks(source, opts.eol, signal)) {
    await scan.block(bytes);
    if (scan.done) break;
  }
  return { selected: scan.selected, binaryMatched: scan.binaryMatched };
}

class InputScan {
  selected = 0;
  binaryMatched = false;
  done = false;
  private binary = false;
  /** The current block is valid UTF-8 (or encoding is not checked): no line needs a check. */
  private blockValid = true;
  /** Records before the current block (tracked only when numbers are needed). */
  private base = 0;
  private byteBase = 0;
  private countedPos = 0;
  private countedNo = 0;
  private nextHit = -1;
  private lastPrinted = -1;
  private anyPrinted = false;
  private afterLeft = 0;
  /** Max count reached: only the trailing context is still printed. */
  private trailing = false;
  private tail: SavedRecord[] = [];
  private readonly numbered: boolean;
  private readonly stopAtFirst: boolean;
  private readonly prefixName: string | null;

  constructor(
    private readonly opts: ScanOptions,
    name: string | null,
    private readonly out: OutBuffer,
  ) {
    this.numbered = opts.lineNumbers || opts.contextGiven;
    this.stopAtFirst = opts.mode === 'files-with' || opts.mode === 'files-without' || opts.mode === 'quiet';
    this.prefixName = name;
  }

  async block(raw: Buffer): Promise<void> {
    let bytes = raw;
    if (!this.binary && this.opts.binaryFiles !== 'text' && this.opts.eol === 0x0a && bytes.indexOf(0) >= 0) {
      if (this.opts.binaryFiles === 'without-match') {
        this.selected = 0;
        this.done = true;
        return;
      }
      this.binary = true;
    }
    // GNU reads a binary input with NUL as a second record terminator.
    if (this.binary) bytes = zapNuls(bytes, this.opts.eol);
    const block = new Block(bytes, this.opts.eol);
    this.blockValid = !this.opts.encodingErrorsBinary || this.opts.binaryFiles === 'text' || isUtf8(bytes);
    this.countedPos = 0;
    this.countedNo = 0;
    this.nextHit = -1;
    if (this.opts.mode === 'lines' && !this.binary) await this.printBlock(block);
    else this.countBlock(block);
    if (this.numbered) {
      const total = this.countedNo + countRecords(bytes, this.opts.eol, this.countedPos, bytes.length);
      if (this.opts.before > 0) this.saveTail(block, total);
      this.base += total;
    }
    this.byteBase += bytes.length;
    if (this.out.full) await this.out.flush();
  }

  /** Counting modes (and binary inputs): no output, stop as early as the answer is known. */
  private countBlock(block: Block): void {
    const { matcher, invert, maxCount, eol } = this.opts;
    const len = block.bytes.length;
    const lines = this.opts.mode === 'lines';
    if (invert && maxCount === Number.POSITIVE_INFINITY && !this.stopAtFirst && !lines) {
      let matched = 0;
      for (
        let pos = 0, hit = 0;
        pos < len && (hit = matcher.findRecord(block, pos)) >= 0;
        pos = block.recordEnd(hit) + 1
      ) {
        matched++;
      }
      this.selected += countRecords(block.bytes, eol, 0, len) - matched;
      return;
    }
    for (let pos = 0; pos < len; ) {
      const sel = this.nextSelected(block, pos);
      if (sel < 0) return;
      this.selected++;
      if (lines) this.binaryMatched = true;
      if (lines || this.stopAtFirst || this.selected >= maxCount) {
        this.done = true;
        return;
      }
      pos = block.recordEnd(sel) + 1;
    }
  }

  private async printBlock(block: Block): Promise<void> {
    const len = block.bytes.length;
    let pos = 0;
    while (pos < len && !this.done) {
      if (this.trailing) {
        pos = this.printAfter(block, pos, len);
        if (this.afterLeft === 0) this.done = true;
        break;
      }
      const sel = this.nextSelected(block, pos);
      if (this.afterLeft > 0) pos = this.printAfter(block, pos, sel < 0 ? len : sel);
      if (sel < 0) break;
      const end = block.recordEnd(sel);
      this.printSelected(block, sel, end);
      pos = end + 1;
      if (this.selected >= this.opts.maxCount) {
        this.trailing = true;
        if (this.afterLeft === 0) this.done = true;
      }
      if (this.out.full) await this.out.flush();
    }
  }

  /** Start of the next selected record at or after `pos`, or -1. */
  private nextSelected(block: Block, pos: number): number {
    if (!this.opts.invert) return this.opts.matcher.findRecord(block, pos);
    const len = block.bytes.length;
    for (let p = pos; p < len; p = block.recordEnd(p) + 1) {
      if (this.nextHit < p) {
        const hit = this.opts.matcher.findRecord(block, p);
        this.nextHit = hit < 0 ? len : hit;
      }
      if (this.nextHit !== p) return p;
    }
    return -1;
  }

  /** 0-based number of the record starting at `at` (calls come in increasing order per block). */
  private recordNo(block: Block, at: number): number {
    this.countedNo += countRecords(block.bytes, this.opts.eol, this.countedPos, at);
    this.countedPos = at;
    return this.base + this.countedNo;
  }

  private printSelected(block: Block, start: number, end: number): void {
    const { before, after } = this.opts;
    // An encoding error hides the whole line, but -o still prints the valid matches in it.
    if (!this.blockValid && !this.opts.onlyMatching && !isUtf8(block.bytes.subarray(start, end))) {
      this.selected++;
      this.binaryMatched = true;
      return;
    }
    const no = this.numbered ? this.recordNo(block, start) : 0;
    const context: SavedRecord[] = [];
    for (let s = start, n = no; context.length < before && n - 1 > this.lastPrinted; n--) {
      if (s > 0) {
        const ps = block.recordStart(s - 1);
        context.unshift({ bytes: block.bytes.subarray(ps, s - 1), no: n - 1, offset: this.byteBase + ps });
        s = ps;
        continue;
      }
      const saved = this.tail.find((r) => r.no === n - 1);
      if (!saved) break;
      context.unshift(saved);
    }
    this.separate(context.length > 0 ? context[0].no : no);
    for (const r of context) this.printRecord(r.bytes, 0, r.bytes.length, r.no, r.offset, '-');
    this.selected++;
    this.lastPrinted = no;
    this.anyPrinted = true;
    this.afterLeft = after;
    if (!this.opts.onlyMatching) {
      this.printRecord(block.bytes, start, end, no, this.byteBase + start, ':');
      return;
    }
    if (this.opts.invert) return;
    for (const [s, e] of this.opts.matcher.matchesIn(block, start, end)) {
      if (!this.blockValid && !isUtf8(block.bytes.subarray(s, e))) this.binaryMatched = true;
      else this.printRecord(block.bytes, s, e, no, this.byteBase + s, ':');
    }
  }

  /** Prints up to afterLeft records of [pos, limit) as trailing context; returns where it stopped. */
  private printAfter(block: Block, pos: number, limit: number): number {
    while (this.afterLeft > 0 && pos < limit) {
      const end = block.recordEnd(pos);
      const no = this.recordNo(block, pos);
      this.printRecord(block.bytes, pos, end, no, this.byteBase + pos, '-');
      this.lastPrinted = no;
      this.afterLeft--;
      pos = end + 1;
    }
    return pos;
  }

  /** The group separator, when context is on and this group does not touch the last one. */
  private separate(firstNo: number): void {
    const { contextGiven, groupSeparator } = this.opts;
    if (contextGiven && groupSeparator !== null && this.anyPrinted && firstNo > this.lastPrinted + 1) {
      this.out.utf8(groupSeparator);
      this.out.byte(0x0a);
    }
  }

  private printRecord(bytes: Buffer, start: number, end: number, no: number, offset: number, sep: string): void {
    // -o prints no context lines, but they still decide where groups are separated.
    if (sep === '-' && this.opts.onlyMatching) return;
    const out = this.out;
    if (this.prefixName !== null) {
      out.utf8(this.prefixName);
      if (this.opts.nullAfterName) out.byte(0);
      else out.latin1(sep);
    }
    if (this.opts.lineNumbers) out.latin1(`${no + 1}${sep}`);
    if (this.opts.byteOffset) out.latin1(`${offset}${sep}`);
    out.bytes(bytes, start, end);
    out.byte(this.opts.eol);
  }

  /** Keeps the last `before` records for the before-context of the next block's first hit. */
  private saveTail(block: Block, total: number): void {
    const fresh: SavedRecord[] = [];
    let end = block.bytes.length - 1;
    for (let n = this.base + total - 1; fresh.length < this.opts.before && end >= 0 && n > this.lastPrinted; n--) {
      const start = block.recordStart(end);
      fresh.unshift({ bytes: Buffer.from(block.bytes.subarray(start, end)), no: n, offset: this.byteBase + start });
      end = start - 1;
    }
    this.tail = [...this.tail, ...fresh].slice(-this.opts.before);
  }
}

/** A copy of `bytes` with every NUL turned into the record terminator. */
function zapNuls(bytes: Buffer, eol: number): Buffer {
  const copy = Buffer.from(bytes);
  for (let i = copy.indexOf(0); i >= 0; i = copy.indexOf(0, i + 1)) copy[i] = eol;
  return copy;
}
