/** split's output file names: PREFIX + suffix (+ --additional-suffix), with GNU's auto-widening suffixes. */
import { UsageError } from '../../core/errors.js';

/** Generates xaa, xab, …, xyz, xzaaa, … exactly as GNU split's next_file_name. */
export class SuffixNames {
  private base: string;
  private length: number;
  private index: number[] | null = null;

  constructor(
    prefix: string,
    private readonly alphabet: string,
    suffixLength: number,
    /** Widen the suffix instead of running out (only when no -a, no start value, no -n). */
    private readonly auto: boolean,
    private readonly extra: string,
    private readonly start: string | null,
  ) {
    this.base = prefix;
    this.length = suffixLength;
  }

  /** The next output file name. */
  next(): string {
    if (!this.index) return this.reset(false);
    for (let i = this.length - 1; i >= 0; i--) {
      this.index[i]++;
      if (this.auto && i === 0 && this.index[0] + 1 >= this.alphabet.length) return this.reset(true);
      if (this.index[i] < this.alphabet.length) return this.name();
      this.index[i] = 0;
    }
    throw new UsageError('split: output file suffixes exhausted\n', 1);
  }

  private reset(widen: boolean): string {
    if (widen && this.index) {
      this.base += this.alphabet[this.index[0]];
      this.length++;
    }
    this.index = new Array<number>(this.length).fill(0);
    if (this.start !== null && !widen) {
      const digits = this.start;
      for (let i = 0; i < digits.length; i++) {
        this.index[this.length - digits.length + i] = this.alphabet.indexOf(digits[i]);
      }
    }
    return this.name();
  }

  private name(): string {
    const index = this.index ?? [];
    return `${this.base}${index.map((i) => this.alphabet[i]).join('')}${this.extra}`;
  }
}

/** set_suffix_length: the suffix length for -n N (enough for N files) or the default 2. */
export function suffixLengthFor(files: number | null, alphabetLength: number, start: string | null): number {
  let needed = 0;
  if (files !== null) {
    let last = files - 1;
    if (start !== null && Number(start) < files) last += Number(start);
    do {
      needed++;
      last = Math.floor(last / alphabetLength);
    } while (last > 0);
  }
  return needed;
}
