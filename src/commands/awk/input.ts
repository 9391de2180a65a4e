/**
 * The main input: the ARGV operands read in turn (as ARGV and ARGC stand when
 * each is reached), `var=value` operands assigned when reached, standard input
 * when no file is named, and BEGINFILE/ENDFILE around each file.
 */
import { isFsError } from '../../core/errors.js';
import { AwkFatal } from './errors.js';
import { RecordReader } from './records.js';
import type { Runtime } from './runtime.js';
import { toNum } from './values.js';

/** Hooks the generated program installs. */
export interface FileHooks {
  beginFile(): Promise<void>;
  endFile(): Promise<void>;
  /** Assigns a command-line `name=value` operand. */
  assign(name: string, value: string): void;
}

const ASSIGNMENT = /^([A-Za-z_][A-Za-z0-9_]*)=/;

/** Iterates the main input's records across files. */
export class InputFiles {
  private reader: RecordReader | null = null;
  private next_ = 1;
  private sawFile = false;
  private finished = false;
  hooks: FileHooks = { beginFile: async () => {}, endFile: async () => {}, assign: () => {} };

  constructor(private readonly rt: Runtime) {}

  /** The next record of the current file if it is buffered. */
  nextSync(): string | undefined {
    const r = this.reader;
    if (r === null) return undefined;
    const rec = r.nextSync(this.rt.separator);
    if (rec !== undefined) this.rt.RT = r.rt;
    return rec;
  }

  /** Skips buffered records `scan` finds nothing in (RS = newline); how many, with the last one's text. */
  skipLines(scan: RegExp): { count: number; last: string } {
    const r = this.reader;
    if (r === null) return { count: 0, last: '' };
    const count = r.skipLines(scan);
    return { count, last: r.skipped };
  }

  /** The next record, moving on to later files as each ends; undefined at the end of all input. */
  async next(): Promise<string | undefined> {
    for (;;) {
      if (this.reader !== null) {
        const rec = await this.reader.next(this.rt.separator, this.rt.ctx.signal);
        if (rec !== undefined) {
          this.rt.RT = this.reader.rt;
          return rec;
        }
        await this.endFile();
      }
      if (!(await this.openNext())) return undefined;
    }
  }

  /** `nextfile`: abandons the current file. */
  async skipFile(): Promise<void> {
    if (this.reader !== null) await this.endFile();
  }

  /** Stops reading everything (exit). */
  async close(): Promise<void> {
    const r = this.reader;
    this.reader = null;
    this.finished = true;
    await r?.close();
  }

  private async endFile(): Promise<void> {
    const r = this.reader;
    this.reader = null;
    await r?.close();
    this.rt.restoreSkipped();
    await this.hooks.endFile();
  }

  private async openNext(): Promise<boolean> {
    if (this.finished) return false;
    const rt = this.rt;
    while (this.next_ < toNum(rt.ARGC)) {
      const arg = rt.ARGV.get(String(this.next_++));
      const text = arg === undefined ? '' : rt.str(arg);
      if (text === '') continue;
      const assignment = ASSIGNMENT.exec(text);
      if (assignment) {
        this.hooks.assign(assignment[1], text.slice(assignment[0].length));
        continue;
      }
      this.sawFile = true;
      if (await this.open(text)) return true;
    }
    if (this.sawFile) {
      this.finished = true;
      return false;
    }
    this.sawFile = true;
    this.start('-', new RecordReader(rt.ctx.stdin, rt.codec));
    await this.hooks.beginFile();
    return true;
  }

  private async open(name: string): Promise<boolean> {
    const rt = this.rt;
    if (name === '-' || name === '/dev/stdin') {
      this.start(name, new RecordReader(rt.ctx.stdin, rt.codec));
    } else {
      const path = rt.ctx.resolve(rt.codec.toJs(name));
      rt.FNR = 0;
      try {
        const st = await rt.ctx.fs.stat(path, { signal: rt.ctx.signal });
        if (st.type === 'directory') {
          rt.warn(`command line argument \`${name}' is a directory: skipped`, rt.lastRulePos);
          return false;
        }
      } catch (e) {
        if (!isFsError(e)) throw e;
        throw new AwkFatal(`cannot open file \`${name}' for reading: ${e.reason}`, rt.lastRulePos);
      }
      this.start(name, new RecordReader(rt.ctx.fs.read(path, { signal: rt.ctx.signal }), rt.codec));
    }
    await this.hooks.beginFile();
    return true;
  }

  private start(name: string, reader: RecordReader): void {
    this.reader = reader;
    this.rt.FILENAME = name;
    this.rt.FNR = 0;
  }
}
