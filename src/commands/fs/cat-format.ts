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
    this.out = new Uint8Array(chunk.length * 2 + 64);
    this.len = 0;
    const o = this.o;
    for (let i = 0; i < chunk.length; i++) {
      const b = chunk[i];
      if (b === NL) {
        if (this.atLineStart) {
          this.blankRun++;
          if (o.squeeze && this.blankRun > 1) continue;
          if (o.number && !o.numberNonblank) this.putNumber();
        }
        if (o.showEnds) this.put(0x24);
        this.put(NL);
        this.atLineStart = true;
        continue;
      }
      if (this.atLineStart) {
        this.blankRun = 0;
        this.atLineStart = false;
        if (o.number || o.numberNonblank) this.putNumber();
      }
      this.putByte(b);
    }
    return this.out.subarray(0, this.len);
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

  private putNumber(): void {
    this.lineNo++;
    const text = `${String(this.lineNo).padStart(6, ' ')}\t`;
    for (let i = 0; i < text.length; i++) this.put(text.charCodeAt(i));
  }

  private put(a: number, b?: number): void {
    if (this.len + 2 > this.out.length) {
      const grown = new Uint8Array(this.out.length * 2);
      grown.set(this.out.subarray(0, this.len));
      this.out = grown;
    }
    this.out[this.len++] = a;
    if (b !== undefined) this.out[this.len++] = b;
  }
}
