/**
 * The program's open streams by name, as awk keys them: output files and
 * pipes (`>`, `>>`, `|`), getline sources (`< file`, `cmd |`), close(),
 * fflush() and system(). Commands run through the shell (`sh -c`), with the
 * program's standard output flushed first so output keeps its order.
 */

import { isFsError } from '../../core/errors.js';
import { EMPTY_SOURCE, Pipe } from '../../core/io.js';
import { AwkFatal } from './errors.js';
import { FileStream, type OutStream, PipeStream, SinkStream } from './output.js';
import { RecordReader } from './records.js';
import type { Runtime } from './runtime.js';

/** A getline source kept open until close(). */
interface InputSource {
  readonly reader: RecordReader;
  /** Exit status of a command source. */
  readonly done: Promise<number> | null;
}

/** Every stream the program opened. */
export class IoTable {
  readonly stdout: SinkStream;
  /** Unbuffered, as C's stderr. */
  readonly stderr: SinkStream;
  /** The text getline read, for the generated code to assign. */
  line = '';
  private readonly outputs = new Map<string, OutStream>();
  private readonly inputs = new Map<string, InputSource>();

  constructor(private readonly rt: Runtime) {
    this.stdout = new SinkStream(rt.codec, rt.ctx.stdout);
    this.stderr = new SinkStream(rt.codec, rt.ctx.stderr, 0);
  }

  /** The stream for `print > name` (`>>`, `|`), opened on first use. */
  async output(mode: '>' | '>>' | '|', name: string, pos: number): Promise<OutStream> {
    const open = this.outputs.get(name);
    if (open !== undefined) return open;
    if (mode !== '|') {
      if (name === '/dev/stdout' || name === '-') return this.stdout;
      if (name === '/dev/stderr') return this.stderr;
    }
    const rt = this.rt;
    let stream: OutStream;
    if (mode === '|') {
      await this.flushStandard();
      const pipe = new Pipe();
      const done = this.run(name, { stdin: pipe });
      stream = new PipeStream(rt.codec, pipe, done);
    } else {
      try {
        const path = rt.ctx.resolve(rt.codec.toJs(name));
        stream = new FileStream(rt.codec, await rt.ctx.fs.openWrite(path, { append: mode === '>>' }));
      } catch (e) {
        if (!isFsError(e)) throw e;
        throw new AwkFatal(`cannot redirect to \`${name}': ${e.reason}`, pos);
      }
    }
    this.outputs.set(name, stream);
    return stream;
  }

  /** `getline [var] < name`: 1 with the record in `line`, 0 at the end, -1 when it cannot be read. */
  async readFile(name: string): Promise<number> {
    let src = this.inputs.get(name);
    if (src === undefined) {
      const rt = this.rt;
      if (name === '-' || name === '/dev/stdin') src = { reader: new RecordReader(rt.ctx.stdin, rt.codec), done: null };
      else {
        const path = rt.ctx.resolve(rt.codec.toJs(name));
        try {
          const st = await rt.ctx.fs.stat(path, { signal: rt.ctx.signal });
          if (st.type === 'directory') return -1;
        } catch (e) {
          if (isFsError(e)) return -1;
          throw e;
        }
        src = { reader: new RecordReader(rt.ctx.fs.read(path, { signal: rt.ctx.signal }), rt.codec), done: null };
      }
      this.inputs.set(name, src);
    }
    return this.readFrom(src);
  }

  /** `cmd | getline [var]`: the command starts on first use and runs until close(). */
  async readCommand(cmd: string): Promise<number> {
    let src = this.inputs.get(cmd);
    if (src === undefined) {
      await this.flushStandard();
      const pipe = new Pipe();
      const done = this.run(cmd, { stdout: pipe }).finally(() => pipe.end());
      src = { reader: new RecordReader(pipe, this.rt.codec), done };
      this.inputs.set(cmd, src);
    }
    return this.readFrom(src);
  }

  private async readFrom(src: InputSource): Promise<number> {
    const rec = await src.reader.next(this.rt.separator, this.rt.ctx.signal);
    if (rec === undefined) return 0;
    this.line = rec;
    this.rt.RT = src.reader.rt;
    return 1;
  }

  /** close(name): the command's exit status for pipes, 0 for files, -1 when nothing is open by that name. */
  async close(name: string): Promise<number> {
    let status = -1;
    const out = this.outputs.get(name);
    if (out !== undefined) {
      this.outputs.delete(name);
      status = await out.close();
    }
    const src = this.inputs.get(name);
    if (src !== undefined) {
      this.inputs.delete(name);
      await src.reader.close();
      status = src.done === null ? 0 : await src.done;
    }
    return status;
  }

  /** fflush(): everything; fflush(name): that output, -1 (with a warning) when it is not open. */
  async fflush(name: string | undefined, pos: number): Promise<number> {
    if (name === undefined) {
      await this.flushAll();
      return 0;
    }
    const out = name === '/dev/stdout' ? this.stdout : name === '/dev/stderr' ? this.stderr : this.outputs.get(name);
    if (out === undefined) {
      this.rt.warn(`fflush: \`${name}' is not an open file, pipe or co-process`, pos);
      return -1;
    }
    await out.flush();
    return 0;
  }

  /** system(cmd): runs the command with the program's output flushed first; its exit status. */
  async system(cmd: string): Promise<number> {
    await this.flushAll();
    return this.run(cmd, {});
  }

  async flushStandard(): Promise<void> {
    await this.stderr.flush();
    await this.stdout.flush();
  }

  async flushAll(): Promise<void> {
    for (const out of this.outputs.values()) await out.flush();
    await this.flushStandard();
  }

  /** At exit: closes pipes and files (waiting for commands), then flushes standard output. */
  async closeAll(): Promise<void> {
    for (const name of [...this.outputs.keys()]) await this.close(name);
    for (const name of [...this.inputs.keys()]) await this.close(name);
    await this.flushStandard();
  }

  private run(cmd: string, io: { stdin?: Pipe; stdout?: Pipe }): Promise<number> {
    const rt = this.rt;
    // As in gawk, commands see ENVIRON as the program left it.
    const env: Record<string, string> = {};
    for (const [k, v] of rt.ENVIRON) env[rt.codec.toJs(k)] = rt.codec.toJs(rt.str(v));
    const running = rt.ctx.exec(['sh', '-c', rt.codec.toJs(cmd)], {
      stdin: io.stdin ?? EMPTY_SOURCE,
      env,
      ...(io.stdout ? { stdout: io.stdout } : {}),
    });
    // A command that cannot run counts as failed; a rejection must not go unobserved.
    return running.catch(() => 1);
  }
}
