/**
 * jq's inputs as batches of values: JSON texts (or raw lines with -R) from the
 * file operands or stdin, slurped into one value with -s, or turned into
 * stream events with --stream. Each batch carries the file name and the input
 * line positions jq's error messages and `input_line_number` report.
 */
import type { CommandContext } from '../../core/command.js';
import { isFsError } from '../../core/errors.js';
import type { ByteSource } from '../../core/io.js';
import type { JqOptions } from './cli.js';
import { streamEvents } from './stream-events.js';
import { JsonInputReader, type LineReader } from './values/json-input.js';
import type { Value } from './values/value.js';

/** Values with their origin. */
export interface SourceBatch {
  readonly values: Value[];
  readonly positions: number[];
  /** The operand naming the file, or `<stdin>`. */
  readonly filename: string;
  /** The values were complete only at the end of their input. */
  readonly atEnd?: boolean;
}

/** Reports a file jq could not open (it goes on with the next one, exit status 2). */
export type OpenFailure = (message: string) => void;

async function* openSources(
  ctx: CommandContext,
  files: readonly string[],
  onFailure: OpenFailure,
): AsyncGenerator<{ source: ByteSource; filename: string }> {
  if (files.length === 0) {
    yield { source: ctx.stdin, filename: '<stdin>' };
    return;
  }
  for (const f of files) {
    if (f === '-') {
      yield { source: ctx.stdin, filename: '<stdin>' };
      continue;
    }
    const path = ctx.resolve(f);
    try {
      const st = await ctx.fs.stat(path, { signal: ctx.signal });
      if (st.type === 'directory') {
        onFailure(`jq: error: Could not open file ${f}: Is a directory`);
        continue;
      }
    } catch (e) {
      if (!isFsError(e)) throw e;
      onFailure(`jq: error: Could not open file ${f}: ${e.reason}`);
      continue;
    }
    yield { source: ctx.fs.read(path, { signal: ctx.signal }), filename: f };
  }
}

/** Raw lines of a source, as strings without their newline. */
async function* rawLines(
  source: ByteSource,
  signal: AbortSignal,
): AsyncGenerator<{ values: string[]; positions: number[] }> {
  const decoder = new TextDecoder();
  let carry = '';
  let line = 0;
  for await (const chunk of source) {
    signal.throwIfAborted();
    const text = carry + decoder.decode(chunk, { stream: true });
    const parts = text.split('\n');
    carry = parts.pop() as string;
    const positions = parts.map(() => ++line);
    if (parts.length > 0) yield { values: parts, positions };
  }
  carry += decoder.decode();
  if (carry !== '') yield { values: [carry], positions: [line] };
}

/** Every input of the run, in batches; `project` reads lines keeping only the fields the filter needs. */
export async function* inputBatches(
  ctx: CommandContext,
  o: JqOptions,
  onFailure: OpenFailure,
  project?: LineReader,
): AsyncGenerator<SourceBatch> {
  if (o.slurp) {
    let filename = '<stdin>';
    let position = 0;
    if (o.rawInput) {
      const decoder = new TextDecoder();
      let text = '';
      for await (const s of openSources(ctx, o.files, onFailure)) {
        filename = s.filename;
        for await (const chunk of s.source) text += decoder.decode(chunk, { stream: true });
        text += decoder.decode();
      }
      position = text.split('\n').length - 1;
      yield { values: [text], positions: [position], filename };
      return;
    }
    const all: Value[] = [];
    for await (const b of jsonBatches(ctx, o, onFailure)) {
      for (const v of b.values) all.push(v);
      filename = b.filename;
      position = b.positions[b.positions.length - 1] ?? position;
    }
    yield { values: [all], positions: [position], filename };
    return;
  }
  if (o.rawInput) {
    for await (const s of openSources(ctx, o.files, onFailure))
      for await (const b of rawLines(s.source, ctx.signal)) yield { ...b, filename: s.filename };
    return;
  }
  yield* jsonBatches(ctx, o, onFailure, project);
}

async function* jsonBatches(
  ctx: CommandContext,
  o: JqOptions,
  onFailure: OpenFailure,
  project?: LineReader,
): AsyncGenerator<SourceBatch> {
  for await (const s of openSources(ctx, o.files, onFailure)) {
    const reader = new JsonInputReader(project);
    for await (const b of reader.batches(s.source, ctx.signal)) {
      if (!o.stream) {
        yield { values: b.values, positions: b.positions, filename: s.filename, atEnd: b.atEnd };
        continue;
      }
      const values: Value[] = [];
      const positions: number[] = [];
      b.values.forEach((v, n) => {
        for (const ev of streamEvents(v)) {
          values.push(ev);
          positions.push(b.positions[n]);
        }
      });
      yield { values, positions, filename: s.filename };
    }
  }
}
