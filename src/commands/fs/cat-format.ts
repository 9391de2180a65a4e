/**
 * cat's line-processing options (-n -b -s -E -T -v) as a byte-level state
 * machine. State carries across chunks and files: GNU cat numbers the
 * concatenation, so a file without a final newline continues into the next.
 */

const NL = 0x0a;
const TAB = 0x09;
const CARET = 0x5e;

/** Which transformations are on. */
export interface CatOptions {
  readonly number: boolean;
  readonly numberNonblank: boolean;
  readonly squeeze: boolean;
  readonly showEnds: boolean;
  readonly showTabs: boolean;
  readonly showNonprinting: boolean;
}

/** True when any option needs the bytes inspected (otherwise cat passes chunks through). */
export function needsProcessing(o: CatOptions): boolean {
  return o.number || o.numberNonblank || o.squeeze || o.showEnds || o.showTabs || o.showNonprinting;
}

/** Formats chunk after chunk; one instance per cat invocation. */
export class CatFormatter {
  private atLineStart = true;
  private blankRun = 0;
  private lineNo = 0;
  private out = new Uint8Array(0);
  private len = 0;

  constructor(private readonly o: CatOptions) {}

  /** The formatted bytes for `chunk` (a fresh array the caller may keep). */
  format(chunk: Uint8Array): Uint8Array {
    this.out = new Uint8Array(chunk.length + (chunk.length >> 1) + 64);
    this.len = 0;
    if (this.o.showTabs || this.o.showNonprinting) this.formatBytes(chunk);
    else this.formatLines(chunk);
    return this.out.subarray(0, this.len);
  }

  /** Byte by byte, for -v and -T which rewrite characters inside lines. */
  private formatBytes(chunk: Uint8Array): void {
    for (let i = 0; i < chunk.length; i++) {
      const b = chunk[i];
      if (b === NL) this.newline();
      else {
        if (this.atLineStart) this.startLine();
        this.putByte(b);
      }
    }
  }

  /** Line by line with indexOf, copying each line's bytes in one go (-n -b -s -E). */
  private formatLines(chunk: Uint8Array): void {
    let start = 0;
    while (start < chunk.length) {
      const nl = chunk.indexOf(NL, start);
      const end = nl < 0 ? chunk.length : nl;
      if (end > start) {
        if (this.atLineStart) this.startLine();
        this.putBytes(chunk.subarray(start, end));
      }
      if (nl < 0) return;
      this.newline();
      start = nl + 1;
    }
  }

  private startLine(): void {
    this.blankRun = 0;
    this.atLineStart = false;
    if (this.o.number || this.o.numberNonblank) this.putNumber();
  }

  private newline(): void {
    const o = this.o;
    if (this.atLineStart) {
      this.blankRun++;
      if (o.squeeze && this.blankRun > 1) return;
      if (o.number && !o.numberNonblank) this.putNumber();
    }
    if (o.showEnds) this.put(0x24);
    this.put(NL);
    this.atLineStart = true;
  }

  private putByte(b: number): void {
    const o = this.o;
    if (b === TAB) {
      if (o.showTabs) this.put(CARET, 0x49);
      else this.put(TAB);
      return;
    }
    if (!o.showNonprinting) {
      this.put(b);
      return;
    }
    let c = b;
    if (c >= 128) {
      this.put(0x4d, 0x2d);
      c -= 128;
    }
    if (c < 32) this.put(CARET, c + 64);
    else if (c === 127) this.put(CARET, 0x3f);
    else this.put(c);
  }

  /** Writes `%6d\t` for the next line number straight into the buffer. */
  private putNumber(): void {
    let n = ++this.lineNo;
    const digits = n < 1e6 ? 6 : String(n).length;
    this.reserve(digits + 1);
    let at = this.len + digits - 1;
    this.out.fill(0x20, this.len, this.len + digits);
    do {
      this.out[at--] = 0x30 + (n % 10);
      n = Math.floor(n / 10);
    } while (n > 0);
    this.len += digits;
    this.out[this.len++] = TAB;
  }

  private put(a: number, b?: number): void {
    this.reserve(2);
    this.out[this.len++] = a;
    if (b !== undefined) this.out[this.len++] = b;
  }

  private putBytes(bytes: Uint8Array): void {
    this.reserve(bytes.length);
    this.out.set(bytes, this.len);
    this.len += bytes.length;
  }

  private reserve(n: number): void {
    if (this.len + n <= this.out.length) return;
    const grown = new Uint8Array(Math.max(this.out.length * 2, this.len + n));
    grown.set(this.out.subarray(0, this.len));
    this.out = grown;
  }
}
