/**
 * GNU fmt's paragraph filler, ported to run over an in-memory input: it reads
 * words and paragraphs the way fmt.c does and chooses line breaks by the same
 * dynamic program (line cost = squared shortfall from the goal width, plus
 * raggedness, sentence, widow and orphan terms), so output matches GNU's.
 */
import type { ByteWriter } from './shared/output.js';

const EOF = -1;
const TAB_WIDTH = 8;
const DEF_INDENT = 3;
/** Words and characters one paragraph may gather before it is flushed in part. */
const MAX_WORDS = 1000;
const MAX_CHARS = 5000;

const equiv = (n: number) => n * n;
const shortCost = (n: number) => equiv(n * 10);
const raggedCost = (n: number) => Math.trunc(shortCost(n) / 2);
const LINE_COST = equiv(70);
const widowCost = (n: number) => Math.trunc(equiv(200) / (n + 2));
const orphanCost = (n: number) => Math.trunc(equiv(150) / (n + 2));
const SENTENCE_BONUS = equiv(50);
const NOBREAK_COST = equiv(600);
const PAREN_BONUS = equiv(40);
const PUNCT_BONUS = equiv(40);
const LINE_CREDIT = equiv(3);
const MAX_COST = Number.MAX_SAFE_INTEGER;

const isSpace = (c: number) => c === 0x20 || (c >= 0x09 && c <= 0x0d);
const isOpen = (c: number) => '([\'`"'.includes(String.fromCharCode(c));
const isClose = (c: number) => ')]\'"'.includes(String.fromCharCode(c));
const isPeriod = (c: number) => '.?!'.includes(String.fromCharCode(c));
const isPunct = (c: number) => c > 0x20 && c < 0x7f && !/[0-9A-Za-z]/.test(String.fromCharCode(c));

/** One word of the paragraph being filled. */
interface Word {
  start: number;
  length: number;
  space: number;
  paren: boolean;
  period: boolean;
  punct: boolean;
  final: boolean;
  lineLength: number;
  bestCost: number;
  nextBreak: number;
}

/** What fmt was asked to do. */
export interface FmtOptions {
  readonly maxWidth: number;
  readonly goalWidth: number;
  readonly crown: boolean;
  readonly tagged: boolean;
  readonly split: boolean;
  readonly uniform: boolean;
  /** The -p prefix without surrounding spaces, and the spaces that led it. */
  readonly prefix: Buffer;
  readonly prefixFullLength: number;
  readonly prefixLeadSpace: number;
}

/** Formats one input; `run` writes everything to `out`. */
export class FmtEngine {
  private pos = 0;
  private tabs = false;
  private otherIndent = 0;
  private firstIndent = 0;
  private prefixIndent = 0;
  private inColumn = 0;
  private outColumn = 0;
  private nextChar = EOF;
  private nextPrefixIndent = 0;
  private lastLineLength = 0;
  private readonly para = Buffer.allocUnsafe(MAX_CHARS);
  private wptr = 0;
  private words: Word[] = [];
  private limit = 0;

  constructor(
    private readonly input: Uint8Array,
    private readonly o: FmtOptions,
    private readonly out: ByteWriter,
  ) {
    for (let i = 0; i < MAX_WORDS; i++) this.words.push(this.blankWord());
  }

  private blankWord(): Word {
    return {
      start: 0,
      length: 0,
      space: 0,
      paren: false,
      period: false,
      punct: false,
      final: false,
      lineLength: 0,
      bestCost: 0,
      nextBreak: 0,
    };
  }

  private getc(): number {
    return this.pos < this.input.length ? this.input[this.pos++] : EOF;
  }

  /** Formats the whole input; `yieldEvery` lets the caller flush and check cancellation between paragraphs. */
  async run(between: () => Promise<void>): Promise<void> {
    this.nextChar = this.getPrefix();
    while (this.getParagraph()) {
      this.fmtParagraph();
      this.putParagraph(this.limit);
      await between();
    }
  }

  private setOtherIndent(sameParagraph: boolean): void {
    const o = this.o;
    if (o.split) this.otherIndent = this.firstIndent;
    else if (o.crown) this.otherIndent = sameParagraph ? this.inColumn : this.firstIndent;
    else if (o.tagged) {
      if (sameParagraph && this.inColumn !== this.firstIndent) this.otherIndent = this.inColumn;
      else if (this.otherIndent === this.firstIndent) this.otherIndent = this.firstIndent === 0 ? DEF_INDENT : 0;
    } else this.otherIndent = this.firstIndent;
  }

  private getParagraph(): boolean {
    const o = this.o;
    this.lastLineLength = 0;
    let c = this.nextChar;
    while (
      c === 0x0a ||
      c === EOF ||
      this.nextPrefixIndent < o.prefixLeadSpace ||
      this.inColumn < this.nextPrefixIndent + o.prefixFullLength
    ) {
      c = this.copyRest(c);
      if (c === EOF) {
        this.nextChar = EOF;
        return false;
      }
      this.out.putByte(0x0a);
      c = this.getPrefix();
    }
    this.prefixIndent = this.nextPrefixIndent;
    this.firstIndent = this.inColumn;
    this.wptr = 0;
    this.limit = 0;
    c = this.getLine(c);
    this.setOtherIndent(this.sameParagraph(c));
    if (o.split) {
      // A paragraph is one line.
    } else if (o.crown) {
      if (this.sameParagraph(c)) {
        do c = this.getLine(c);
        while (this.sameParagraph(c) && this.inColumn === this.otherIndent);
      }
    } else if (o.tagged) {
      if (this.sameParagraph(c) && this.inColumn !== this.firstIndent) {
        do c = this.getLine(c);
        while (this.sameParagraph(c) && this.inColumn === this.otherIndent);
      }
    } else {
      while (this.sameParagraph(c) && this.inColumn === this.otherIndent) c = this.getLine(c);
    }
    const last = this.words[this.limit - 1];
    last.period = last.final = true;
    this.nextChar = c;
    return true;
  }

  private copyRest(input: number): number {
    let c = input;
    const o = this.o;
    this.outColumn = 0;
    if (this.inColumn > this.nextPrefixIndent || (c !== 0x0a && c !== EOF)) {
      this.putSpace(this.nextPrefixIndent);
      for (let s = 0; this.outColumn !== this.inColumn && s < o.prefix.length; this.outColumn++) {
        this.out.putByte(o.prefix[s++]);
      }
      if (c !== EOF && c !== 0x0a) this.putSpace(this.inColumn - this.outColumn);
      if (c === EOF && this.inColumn >= this.nextPrefixIndent + o.prefix.length) this.out.putByte(0x0a);
    }
    while (c !== 0x0a && c !== EOF) {
      this.out.putByte(c);
      c = this.getc();
    }
    return c;
  }

  private sameParagraph(c: number): boolean {
    return (
      this.nextPrefixIndent === this.prefixIndent &&
      this.inColumn >= this.nextPrefixIndent + this.o.prefixFullLength &&
      c !== 0x0a &&
      c !== EOF
    );
  }

  private getLine(input: number): number {
    let c = input;
    do {
      const w = this.words[this.limit];
      w.start = this.wptr;
      do {
        if (this.wptr === MAX_CHARS) {
          this.setOtherIndent(true);
          this.flushParagraph();
        }
        this.para[this.wptr++] = c;
        c = this.getc();
      } while (c !== EOF && !isSpace(c));
      const word = this.words[this.limit];
      word.length = this.wptr - word.start;
      this.inColumn += word.length;
      this.checkPunctuation(word);
      const start = this.inColumn;
      c = this.getSpace(c);
      word.space = this.inColumn - start;
      word.final = c === EOF || (word.period && (c === 0x0a || word.space > 1));
      if (c === 0x0a || c === EOF || this.o.uniform) word.space = word.final ? 2 : 1;
      if (this.limit === MAX_WORDS - 2) {
        this.setOtherIndent(true);
        this.flushParagraph();
      }
      this.limit++;
    } while (c !== 0x0a && c !== EOF);
    return this.getPrefix();
  }

  private getPrefix(): number {
    const o = this.o;
    this.inColumn = 0;
    let c = this.getSpace(this.getc());
    if (o.prefix.length === 0) {
      this.nextPrefixIndent = Math.min(o.prefixLeadSpace, this.inColumn);
    } else {
      this.nextPrefixIndent = this.inColumn;
      for (const pc of o.prefix) {
        if (c !== pc) return c;
        this.inColumn++;
        c = this.getc();
      }
      c = this.getSpace(c);
    }
    return c;
  }

  private getSpace(input: number): number {
    let c = input;
    for (;;) {
      if (c === 0x20) this.inColumn++;
      else if (c === 0x09) {
        this.tabs = true;
        this.inColumn = (Math.trunc(this.inColumn / TAB_WIDTH) + 1) * TAB_WIDTH;
      } else return c;
      c = this.getc();
    }
  }

  private checkPunctuation(w: Word): void {
    const start = w.start;
    let finish = start + w.length - 1;
    const fin = this.para[finish];
    w.paren = isOpen(this.para[start]);
    w.punct = isPunct(fin);
    while (start < finish && isClose(this.para[finish])) finish--;
    w.period = isPeriod(this.para[finish]);
  }

  /** The paragraph outgrew the buffers: print its best first part and keep the rest. */
  private flushParagraph(): void {
    if (this.limit === 0) {
      this.out.put(this.para, 0, this.wptr);
      this.wptr = 0;
      return;
    }
    this.fmtParagraph();
    let splitPoint = this.limit;
    let bestBreak = MAX_COST;
    for (let w = this.words[0].nextBreak; w !== this.limit; w = this.words[w].nextBreak) {
      const cost = this.words[w].bestCost - this.words[this.words[w].nextBreak].bestCost;
      if (cost < bestBreak) {
        splitPoint = w;
        bestBreak = cost;
      }
      if (bestBreak <= MAX_COST - LINE_CREDIT) bestBreak += LINE_CREDIT;
    }
    this.putParagraph(splitPoint);
    const shift = this.words[splitPoint].start;
    this.para.copy(this.para, 0, shift, this.wptr);
    this.wptr -= shift;
    const moved = this.words.splice(0, splitPoint);
    for (const w of moved) this.words.push(w);
    for (let i = 0; i <= this.limit - splitPoint; i++) this.words[i].start -= shift;
    this.limit -= splitPoint;
  }

  private fmtParagraph(): void {
    const words = this.words;
    const limit = this.limit;
    const o = this.o;
    words[limit].bestCost = 0;
    const savedLength = words[limit].length;
    words[limit].length = o.maxWidth;
    for (let start = limit - 1; start >= 0; start--) {
      let best = MAX_COST;
      let len = (start === 0 ? this.firstIndent : this.otherIndent) + words[start].length;
      let w = start;
      do {
        w++;
        let cost = this.lineCost(w, len) + words[w].bestCost;
        if (start === 0 && this.lastLineLength > 0) cost += raggedCost(len - this.lastLineLength);
        if (cost < best) {
          best = cost;
          words[start].nextBreak = w;
          words[start].lineLength = len;
        }
        if (w === limit) break;
        len += words[w - 1].space + words[w].length;
      } while (len < o.maxWidth);
      words[start].bestCost = best + this.baseCost(start);
    }
    words[limit].length = savedLength;
  }

  private baseCost(i: number): number {
    const words = this.words;
    const w = words[i];
    let cost = LINE_COST;
    if (i > 0) {
      const prev = words[i - 1];
      if (prev.period) cost += prev.final ? -SENTENCE_BONUS : NOBREAK_COST;
      else if (prev.punct) cost -= PUNCT_BONUS;
      else if (i > 1 && words[i - 2].final) cost += widowCost(prev.length);
    }
    if (w.paren) cost -= PAREN_BONUS;
    else if (w.final) cost += orphanCost(w.length);
    return cost;
  }

  private lineCost(next: number, len: number): number {
    if (next === this.limit) return 0;
    let cost = shortCost(this.o.goalWidth - len);
    const n = this.words[next];
    if (n.nextBreak !== this.limit) cost += raggedCost(len - n.lineLength);
    return cost;
  }

  private putParagraph(finish: number): void {
    this.putLine(0, this.firstIndent);
    for (let w = this.words[0].nextBreak; w !== finish; w = this.words[w].nextBreak) this.putLine(w, this.otherIndent);
  }

  private putLine(first: number, indent: number): void {
    this.outColumn = 0;
    this.putSpace(this.prefixIndent);
    this.out.put(this.o.prefix);
    this.outColumn += this.o.prefix.length;
    this.putSpace(indent - this.outColumn);
    const end = this.words[first].nextBreak - 1;
    let w = first;
    for (; w !== end; w++) {
      this.putWord(w);
      this.putSpace(this.words[w].space);
    }
    this.putWord(w);
    this.lastLineLength = this.outColumn;
    this.out.putByte(0x0a);
  }

  private putWord(i: number): void {
    const w = this.words[i];
    this.out.put(this.para, w.start, w.start + w.length);
    this.outColumn += w.length;
  }

  private putSpace(space: number): void {
    const target = this.outColumn + space;
    if (this.tabs) {
      const tabTarget = Math.trunc(target / TAB_WIDTH) * TAB_WIDTH;
      if (this.outColumn + 1 < tabTarget) {
        while (this.outColumn < tabTarget) {
          this.out.putByte(0x09);
          this.outColumn = (Math.trunc(this.outColumn / TAB_WIDTH) + 1) * TAB_WIDTH;
        }
      }
    }
    while (this.outColumn < target) {
      this.out.putByte(0x20);
      this.outColumn++;
    }
  }
}
