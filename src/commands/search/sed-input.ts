/**
 * sed's input: the lines of its input files read one after another, block by
 * block so most lines are taken without awaiting, with one line of lookahead
 * for the `$` address (per file with -s / -i).
 */
import type { ByteSource } from '../../core/io.js';
import { type RecordBlock, recordBlocks } from './blocks.js';

/** One input file: its name (for F and messages) and how to open it. */
export interface SedInputFile {
  /** '-' for standard input. */
  readonly name: string;
  open(): ByteSource;
}

/** One line: its bytes as a latin1 string, whether a terminator followed, and its file. */
export interface SedLine {
  readonly text: string;
  readonly terminated: boolean;
  readonly file: number;
}

/** Lines across files; unreadable files are reported through `onError` and skipped. */
export class SedInput {
  private blocks: AsyncGenerator<RecordBlock> | null = null;
  private block: Buffer | null = null;
  private blockUnterminated = false;
  private pos = 0;
  private opened = -1;

  constructor(
    private readonly files: readonly SedInputFile[],
    private readonly eol: number,
    private readonly signal: AbortSignal,
    private readonly onError: (name: string, error: unknown) => Promise<void>,
  ) {}

  /** Name of input file `index`. */
  nameOf(index: number): string {
    return this.files[index]?.name ?? '-';
  }

  /** The next line without awaiting, when the current block still holds one. */
  takeSync(): SedLine | null {
    const block = this.block;
    if (block === null || this.pos >= block.length) return null;
    const end = block.indexOf(this.eol, this.pos);
    const text = block.toString('latin1', this.pos, end);
    this.pos = end + 1;
    const terminated = !(this.pos >= block.length && this.blockUnterminated);
    return { text, terminated, file: this.opened };
  }

  /** The next line, crossing blocks and files; null at the end of the input. */
  async take(): Promise<SedLine | null> {
    for (;;) {
      const line = this.takeSync();
      if (line) return line;
      if (!(await this.loadBlock()) && !(await this.openNext())) return null;
    }
  }

  /** True when no line follows the last one taken (in this file only, with `perFile`). */
  async atEnd(perFile: boolean): Promise<boolean> {
    for (;;) {
      if (this.block !== null && this.pos < this.block.length) return false;
      if (await this.loadBlock()) continue;
      if (perFile || !(await this.openNext())) return true;
    }
  }

  private async loadBlock(): Promise<boolean> {
    if (!this.blocks) return false;
    this.signal.throwIfAborted();
    let r: IteratorResult<RecordBlock>;
    try {
      r = await this.blocks.next();
    } catch (e) {
      await this.onError(this.nameOf(this.opened), e);
      r = { done: true, value: undefined };
    }
    if (r.done) {
      this.blocks = null;
      this.block = null;
      return false;
    }
    this.block = r.value.bytes;
    this.blockUnterminated = r.value.unterminated;
    this.pos = 0;
    return true;
  }

  private async openNext(): Promise<boolean> {
    if (this.opened + 1 >= this.files.length) return false;
    this.opened++;
    this.blocks = recordBlocks(this.files[this.opened].open(), this.eol, this.signal);
    return true;
  }
}
