/**
 * A jq run: parse the command line, compile the filter, then run it over
 * each input as the input arrives, writing results as they come. Programs that
 * call `input`/`inputs` read all inputs first (they pull values out of order).
 */
import type { CommandContext } from '../../core/command.js';
import { isFsError } from '../../core/errors.js';
import { readAll, writeText } from '../../core/io.js';
import { fieldsUsed } from './analysis.js';
import { type JqOptions, JqUsageError, parseJqArgs, USAGE_HINT } from './cli.js';
import { type Code, NONE } from './eval/code.js';
import { compileProgram, type Program } from './eval/program.js';
import { BreakSignal, Env, HaltSignal, JqError, type Runtime } from './eval/runtime.js';
import { JQ_HELP, JQ_VERSION } from './help.js';
import { inputBatches, type SourceBatch } from './inputs.js';
import { OutputQueue, resultFormatter } from './output.js';
import { JqCompileError } from './syntax/parse.js';
import { JsonInputReader } from './values/json-input.js';
import { JsonParseError } from './values/json-parse.js';
import { writeJson } from './values/json-write.js';
import { LineProjector } from './values/projection.js';
import { isTruthy, type JqObject, type Value } from './values/value.js';

const decoder = new TextDecoder();

/** Exit statuses jq uses. */
const EXIT_USAGE = 2;
const EXIT_COMPILE = 3;
const EXIT_NO_OUTPUT = 4;
const EXIT_ERROR = 5;

async function readText(ctx: CommandContext, path: string): Promise<string> {
  return decoder.decode(await readAll(ctx.fs.read(ctx.resolve(path), { signal: ctx.signal })));
}

/** `--slurpfile` and `--rawfile` values; throws JqUsageError with jq's message. */
async function loadFileArgs(ctx: CommandContext, o: JqOptions): Promise<void> {
  for (const f of o.fileArgs) {
    let text: string;
    try {
      text = await readText(ctx, f.path);
    } catch (e) {
      if (!isFsError(e)) throw e;
      throw new JqUsageError(
        `Bad JSON in --${f.raw ? 'rawfile' : 'slurpfile'} ${f.name} ${f.path}: Could not open ${f.path}: ${e.reason}`,
        false,
      );
    }
    if (f.raw) {
      if (!o.named.has(f.name)) o.named.set(f.name, text);
      continue;
    }
    const values: Value[] = [];
    const reader = new JsonInputReader();
    try {
      for await (const b of reader.batches([Buffer.from(text)] as unknown as AsyncIterable<Uint8Array>))
        values.push(...b.values);
    } catch (e) {
      if (e instanceof JsonParseError)
        throw new JqUsageError(`Bad JSON in --slurpfile ${f.name} ${f.path}: ${e.message}`, false);
      throw e;
    }
    if (!o.named.has(f.name)) o.named.set(f.name, values);
  }
}

/** One run's state: the Runtime builtins see, plus the error bookkeeping. */
class Run implements Runtime {
  readonly env: Value;
  readonly globals: Map<string, Value>;
  readonly timeZone: string | undefined;
  filename: Value = null;
  position = -1;
  queue: { value: Value; position: number; filename: string; atEnd: boolean }[] = [];
  /** The last value handed out was read at the very end of its input. */
  private lastAtEnd = false;
  /** 2 once a file could not be opened (it sticks, as in jq). */
  status = 0;
  /** Whether the input processed last raised an error: jq's exit status follows the last input. */
  lastFailed = false;
  outputs = 0;
  last: Value = null;

  constructor(
    readonly ctx: CommandContext,
    readonly out: OutputQueue,
    o: JqOptions,
  ) {
    this.env = { ...ctx.env } as JqObject;
    this.timeZone = ctx.env.TZ;
    const named: JqObject = {};
    for (const [k, v] of o.named) named[k] = v;
    this.globals = new Map([...o.named, ['ARGS', { positional: o.positional, named }]]);
  }

  nextInput(): Value | undefined {
    const next = this.queue.shift();
    if (!next) {
      // jq has closed an input it read to the end, so it no longer knows a position.
      if (this.lastAtEnd) this.position = -1;
      return undefined;
    }
    this.lastAtEnd = next.atEnd;
    this.position = next.position;
    this.filename = next.filename;
    return next.value;
  }
  inputFilename(): Value {
    return this.filename;
  }
  inputLineNumber(): number {
    return Math.max(this.position, 0);
  }
  stderr(text: string): void {
    this.out.writeError(text);
  }
  now(): number {
    return Date.now() / 1000;
  }

  /** `<stdin>:3`, or `<unknown>` before any input was read. */
  where(): string {
    return this.position < 0 ? '<unknown>' : `${this.filename}:${this.position}`;
  }

  reportError(value: Value): void {
    const where = this.where();
    const text =
      typeof value === 'string'
        ? `jq: error (at ${where}): ${value}\n`
        : `jq: error (at ${where}) (not a string): ${writeJson(value)}\n`;
    this.out.writeError(text);
    this.lastFailed = true;
  }
}

/** Runs the program on one input; returns an iterator to resume when the output queue filled up. */
function runInput(
  run: Run,
  code: Code,
  env: Env,
  input: Value,
  format: (v: Value) => string,
  it?: Iterator<Value>,
): Iterator<Value> | null {
  if (!it) run.lastFailed = false;
  try {
    if (!it && code.opt) {
      const v = code.opt(input, env);
      if (v !== NONE) {
        run.out.write(format(v));
        run.outputs++;
        run.last = v;
      }
      return null;
    }
    const iter = it ?? code.run(input, env)[Symbol.iterator]();
    for (let r = iter.next(); !r.done; r = iter.next()) {
      run.out.write(format(r.value));
      run.outputs++;
      run.last = r.value;
      if (run.out.full) return iter;
    }
    return null;
  } catch (e) {
    if (e instanceof JqError) run.reportError(e.value);
    else if (e instanceof BreakSignal) run.reportError('break');
    else if (e instanceof RangeError) run.reportError(e.message);
    else throw e;
    return null;
  }
}

async function process(run: Run, code: Code, env: Env, input: Value, format: (v: Value) => string): Promise<void> {
  const pending = runInput(run, code, env, input, format);
  if (pending) await drain(run, code, env, input, format, pending);
}

async function main(ctx: CommandContext, o: JqOptions): Promise<number> {
  const out = new OutputQueue(ctx.stdout, ctx.stderr);
  await loadFileArgs(ctx, o);
  const text = o.fromFile !== null ? await readText(ctx, o.fromFile) : (o.filter ?? '.');
  let program: Program;
  try {
    program = compileProgram(text, ['ARGS', ...o.named.keys()]);
  } catch (e) {
    if (!(e instanceof JqCompileError)) throw e;
    await writeText(ctx.stderr, e.report);
    return EXIT_COMPILE;
  }
  const run = new Run(ctx, out, o);
  const env = new Env(null, null, run);
  const format = resultFormatter(o);
  const batches = inputBatches(
    ctx,
    o,
    (message) => {
      out.writeError(`${message}\n`);
      run.status = EXIT_USAGE;
    },
    projectorFor(o, program),
  );
  try {
    if (o.nullInput || program.usesInput) {
      for await (const b of batches) pushAll(run, b);
      if (o.nullInput) await process(run, program.code, env, null, format);
      else
        for (let v = run.nextInput(); v !== undefined; v = run.nextInput())
          await process(run, program.code, env, v, format);
    } else {
      for await (const b of batches) {
        run.filename = b.filename;
        for (let n = 0; n < b.values.length; n++) {
          run.position = b.positions[n];
          const pending = runInput(run, program.code, env, b.values[n], format);
          if (pending) await drain(run, program.code, env, b.values[n], format, pending);
        }
        await out.flush();
      }
    }
  } catch (e) {
    if (e instanceof JsonParseError) {
      out.writeError(`jq: parse error: ${e.message}\n`);
      await out.flush();
      return EXIT_ERROR;
    }
    if (e instanceof HaltSignal) {
      if (e.message !== null) out.writeError(e.message);
      await out.flush();
      return e.status;
    }
    throw e;
  }
  await out.flush();
  if (run.status !== 0) return run.status;
  if (run.lastFailed) return EXIT_ERROR;
  if (o.exitStatus) return run.outputs === 0 ? EXIT_NO_OUTPUT : isTruthy(run.last) ? 0 : 1;
  return 0;
}

/** A line reader keeping only the fields the filter reads, when it reads few and the input allows it. */
function projectorFor(o: JqOptions, program: Program): LineProjector | undefined {
  if (o.nullInput || o.slurp || o.rawInput || o.stream || program.usesInput) return undefined;
  const fields = fieldsUsed(program.ast);
  return fields === null ? undefined : new LineProjector(fields);
}

async function drain(
  run: Run,
  code: Code,
  env: Env,
  input: Value,
  format: (v: Value) => string,
  it: Iterator<Value>,
): Promise<void> {
  let pending: Iterator<Value> | null = it;
  while (pending) {
    await run.out.flush();
    run.ctx.signal.throwIfAborted();
    pending = runInput(run, code, env, input, format, pending);
  }
}

function pushAll(run: Run, b: SourceBatch): void {
  for (let n = 0; n < b.values.length; n++)
    run.queue.push({ value: b.values[n], position: b.positions[n], filename: b.filename, atEnd: b.atEnd === true });
}

/** Runs jq with the command's context: every exit status and message jq would give. */
export async function runJq(ctx: CommandContext): Promise<number> {
  let o: JqOptions;
  try {
    o = parseJqArgs(ctx.args);
    if (o.help) {
      await writeText(ctx.stdout, JQ_HELP);
      return 0;
    }
    if (o.version) {
      await writeText(ctx.stdout, JQ_VERSION);
      return 0;
    }
    return await main(ctx, o);
  } catch (e) {
    if (e instanceof JqUsageError) {
      await writeText(ctx.stderr, `jq: ${e.message}\n${e.hint ? USAGE_HINT : ''}`);
      return EXIT_USAGE;
    }
    if (e instanceof HaltSignal) return e.status;
    throw e;
  }
}
