/** The files split writes: opened through the VFS as names are drawn, GNU's cwrite semantics. */
import type { CommandContext } from '../../core/command.js';
import { toFsError, UsageError } from '../../core/errors.js';
import { writeText } from '../../core/io.js';
import type { WriteHandle } from '../../core/resource.js';
import { quote, quoteAlways } from '../lib/quote.js';
import { ByteWriter } from './shared/output.js';
import { SuffixNames } from './split-names.js';
import type { SplitOptions } from './split-options.js';

/** One open output file. */
interface OpenFile {
  readonly name: string;
  readonly handle: WriteHandle;
  readonly out: ByteWriter;
}

/** Creates output files in name order and writes to the current one. */
export class SplitOutputs {
  private readonly names: SuffixNames;
  private current: OpenFile | null = null;
  private readonly open: OpenFile[] = [];
  /** -e: files that would stay empty are not created. */
  readonly elide: boolean;

  constructor(
    private readonly ctx: CommandContext,
    private readonly o: SplitOptions,
  ) {
    this.elide = o.elide;
    this.names = new SuffixNames(o.prefix, o.alphabet, o.suffixLength, o.autoSuffix, o.extraSuffix, o.start);
  }

  /** The next file name (for modes that name all their files up front). */
  nextName(): string {
    return this.names.next();
  }

  /** Creates (truncates) a file, announcing it with --verbose. */
  async create(name: string): Promise<OpenFile> {
    if (this.o.verbose) await writeText(this.ctx.stdout, `creating file ${quoteAlways(name)}\n`);
    let handle: WriteHandle;
    try {
      handle = await this.ctx.fs.openWrite(this.ctx.resolve(name), { signal: this.ctx.signal });
    } catch (e) {
      throw new UsageError(`split: ${quote(name)}: ${toFsError(e, name).reason}\n`, 1);
    }
    const file = { name, handle, out: new ByteWriter(handle) };
    this.open.push(file);
    return file;
  }

  /** cwrite: starts a new file first when `newFile`; with -e an empty new file is skipped. */
  async write(newFile: boolean, data: Uint8Array | null, start = 0, end = data?.length ?? 0): Promise<void> {
    if (newFile) {
      if (!data && end === start && this.o.elide) return;
      await this.closeCurrent();
      this.current = await this.create(this.names.next());
    }
    if (!data || !this.current) return;
    if (this.current.out.put(data, start, end)) await this.current.out.flush();
  }

  /** Writes to one of several files kept open (round-robin mode). */
  async writeTo(file: OpenFile, data: Uint8Array, start: number, end: number): Promise<void> {
    if (file.out.put(data, start, end)) await file.out.flush();
  }

  private async closeCurrent(): Promise<void> {
    const file = this.current;
    this.current = null;
    if (!file) return;
    await this.finish(file);
  }

  private async finish(file: OpenFile): Promise<void> {
    const i = this.open.indexOf(file);
    if (i >= 0) this.open.splice(i, 1);
    await file.out.flush();
    await file.handle.close();
  }

  /** Flushes and closes every file. */
  async close(): Promise<void> {
    this.current = null;
    for (const file of [...this.open]) await this.finish(file);
  }

  /** Closes what is open after a failure, keeping what was written (as GNU leaves its files). */
  async abort(): Promise<void> {
    this.current = null;
    for (const file of this.open.splice(0)) {
      await file.out.flush().catch(() => undefined);
      await file.handle.close().catch(() => undefined);
    }
  }
}

/** A file of SplitOutputs, for the round-robin mode. */
export type SplitFile = OpenFile;
