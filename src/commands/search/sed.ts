/** sed: the GNU stream editor (sed 4.9 behaviour, C locale byte semantics). */
import type { Command, CommandContext } from '../../core/command.js';
import { FsError, isAbortError, toFsError, UsageError } from '../../core/errors.js';
import { CollectSink, writeText } from '../../core/io.js';
import type { WriteHandle } from '../../core/resource.js';
import { type FlagSpec, type ParsedFlags, parseFlags } from '../lib/flags.js';
import { isUtf8Locale } from '../lib/locale.js';
import { HELP, VERSION } from './sed-help.js';
import { SedInput, type SedInputFile } from './sed-input.js';
import { SedStream } from './sed-output.js';
import { parseScript, type ScriptChunk, SedScriptError } from './sed-parse.js';
import type { SedProgram } from './sed-program.js';
import { type SedEnv, SedRun, SedRuntimeError } from './sed-run.js';

const FLAGS: readonly FlagSpec[] = [
  { short: 'n', long: 'quiet' },
  { long: 'silent', key: 'quiet' },
  { short: 'e', long: 'expression', arg: 'required' },
  { short: 'f', long: 'file', arg: 'required' },
  { short: 'E', long: 'regexp-extended' },
  { short: 'r', key: 'regexp-extended' },
  { short: 's', long: 'separate' },
  { short: 'i', long: 'in-place', arg: 'optional' },
  { short: 'l', long: 'line-length', arg: 'required' },
  { short: 'u', long: 'unbuffered' },
  { short: 'z', long: 'null-data' },
  { long: 'posix' },
  { long: 'sandbox' },
  { long: 'debug' },
  { long: 'follow-symlinks' },
  { long: 'version' },
  { long: 'help' },
];

/** Default folding width of the `l` command. */
const DEFAULT_LINE_WRAP = 70;

const toLatin1 = (text: string) => Buffer.from(text, 'utf8').toString('latin1');

/** A fatal sed error: `sed: message` and the exit status. */
function fatal(message: string, exitCode: number): UsageError {
  return new UsageError(`sed: ${message}\n`, exitCode);
}

/** The script chunks (-e and -f in order, or the first operand) and the remaining operands. */
async function readScript(ctx: CommandContext, p: ParsedFlags): Promise<{ chunks: ScriptChunk[]; files: string[] }> {
  const chunks: ScriptChunk[] = [];
  let expression = 0;
  for (const [key, value] of p.order) {
    if (key === 'expression')
      chunks.push({ text: toLatin1(value as string), origin: { kind: 'e', index: ++expression } });
    else if (key === 'file') {
      const name = value as string;
      let bytes: Uint8Array;
      try {
        bytes =
          name === '-' ? await readStream(ctx.stdin) : await ctx.fs.readFile(ctx.resolve(name), { signal: ctx.signal });
      } catch (e) {
        throw fatal(`couldn't open file ${name}: ${toFsError(e, name).reason}`, 4);
      }
      const text = Buffer.from(bytes).toString('latin1');
      chunks.push({ text: text.endsWith('\n') ? text.slice(0, -1) : text, origin: { kind: 'f', name } });
    }
  }
  const files = [...p.operands];
  if (chunks.length === 0) {
    const script = files.shift();
    if (script === undefined) throw new UsageError(HELP, 1);
    chunks.push({ text: toLatin1(script), origin: { kind: 'e', index: 1 } });
  }
  return { chunks, files };
}

async function readStream(source: AsyncIterable<Uint8Array>): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  for await (const c of source) parts.push(c);
  return Buffer.concat(parts);
}

/** Opens the `w` files (truncating them) before the first cycle. */
async function openWriteFiles(
  ctx: CommandContext,
  program: SedProgram,
  stdout: SedStream,
  eol: number,
): Promise<{ streams: Map<string, SedStream>; handles: WriteHandle[] }> {
  const streams = new Map<string, SedStream>();
  const handles: WriteHandle[] = [];
  for (const name of program.writeFiles) {
    if (streams.has(name)) continue;
    if (name === '/dev/stdout') {
      streams.set(name, stdout);
      continue;
    }
    if (name === '/dev/stderr') {
      streams.set(name, new SedStream(ctx.stderr, eol));
      continue;
    }
    try {
      const handle = await ctx.fs.openWrite(ctx.resolve(name), { signal: ctx.signal });
      handles.push(handle);
      streams.set(name, new SedStream(handle, eol));
    } catch (e) {
      throw fatal(`couldn't open file ${name}: ${toFsError(e, name).reason}`, 4);
    }
  }
  return { streams, handles };
}

/** In-place editing: each file's output is collected and written back once the file is done. */
class InPlace {
  private current: { index: number; sink: CollectSink; stream: SedStream } | null = null;
  readonly failed = new Set<number>();

  constructor(
    private readonly ctx: CommandContext,
    private readonly files: readonly string[],
    private readonly suffix: string | null,
    private readonly eol: number,
  ) {}

  async switchTo(index: number): Promise<SedStream> {
    await this.commit();
    const sink = new CollectSink();
    const stream = new SedStream(sink, this.eol);
    this.current = { index, sink, stream };
    return stream;
  }

  /** Writes the finished file back (keeping a backup first when a suffix was given). */
  async commit(): Promise<void> {
    const cur = this.current;
    this.current = null;
    if (!cur || this.failed.has(cur.index)) return;
    await cur.stream.flush();
    const name = this.files[cur.index];
    const path = this.ctx.resolve(name);
    if (this.suffix) {
      const base = name.slice(name.lastIndexOf('/') + 1);
      const backup = this.suffix.includes('*') ? this.suffix.replaceAll('*', base) : `${name}${this.suffix}`;
      const target = backup.includes('/') ? backup : name.slice(0, name.lastIndexOf('/') + 1) + backup;
      await this.ctx.fs.copyFile(path, this.ctx.resolve(target), { signal: this.ctx.signal });
    }
    await this.ctx.fs.writeFile(path, cur.sink.bytes());
  }
}

async function run(ctx: CommandContext): Promise<number> {
  let p: ParsedFlags;
  try {
    p = parseFlags('sed', ctx.args, FLAGS, { usageExit: 1 });
  } catch (e) {
    if (e instanceof UsageError) throw new UsageError(`${e.message.split('\n')[0]}\n${HELP}`, 1);
    throw e;
  }
  if (p.has('help')) {
    await writeText(ctx.stdout, HELP);
    return 0;
  }
  if (p.has('version')) {
    await writeText(ctx.stdout, VERSION);
    return 0;
  }
  const { chunks, files } = await readScript(ctx, p);
  const utf8 = isUtf8Locale(ctx.env);
  let program: SedProgram;
  try {
    program = parseScript(chunks, { extended: p.has('regexp-extended'), sandbox: p.has('sandbox'), utf8 });
  } catch (e) {
    if (e instanceof SedScriptError) throw fatal(e.message, e.exitCode);
    throw e;
  }
  const eol = p.has('null-data') ? 0 : 0x0a;
  const inPlaceSuffix = p.flags['in-place'];
  const inPlace = inPlaceSuffix !== undefined;
  if (inPlace && files.length === 0) throw fatal('no input files', 4);
  const lineLength = p.get('line-length');
  const stdout = new SedStream(ctx.stdout, eol);
  const { streams, handles } = await openWriteFiles(ctx, program, stdout, eol);
  let status = 0;
  const operands = files.length > 0 ? files : ['-'];
  let editable = operands;
  let notRegular: string | null = null;
  if (inPlace) {
    const firstBad = await firstNonRegular(ctx, operands);
    if (firstBad >= 0) {
      notRegular = operands[firstBad];
      editable = operands.slice(0, firstBad);
    }
  }
  const editor = inPlace
    ? new InPlace(ctx, editable, typeof inPlaceSuffix === 'string' ? inPlaceSuffix : null, eol)
    : null;
  const inputs: SedInputFile[] = editable.map((name) => ({
    name,
    open: () => (name === '-' ? ctx.stdin : ctx.fs.read(ctx.resolve(name), { signal: ctx.signal })),
  }));
  const input = new SedInput(inputs, eol, ctx.signal, async (name, e) => {
    const err = toFsError(e, name);
    if (err.code !== 'ENOENT' && err.code !== 'EACCES' && err.code !== 'ENOTDIR') {
      throw new SedRuntimeError(`read error on ${name}: ${err.reason}`, 4);
    }
    await stdout.flush();
    await writeText(ctx.stderr, `sed: can't read ${name}: ${err.reason}\n`);
    editor?.failed.add(editable.indexOf(name));
    status = 2;
  });
  const env: SedEnv = {
    output: async (file) => (editor ? editor.switchTo(file) : stdout),
    writeStream: (name) => streams.get(name) as SedStream,
    readFile: async (name) => {
      try {
        if (name === '/dev/stdin') return await readStream(ctx.stdin);
        return await ctx.fs.readFile(ctx.resolve(name), { signal: ctx.signal });
      } catch (e) {
        if (isAbortError(e)) throw e;
        return null;
      }
    },
  };
  const runner = new SedRun(
    program,
    input,
    {
      quiet: p.has('quiet') || program.quietByScript,
      separate: p.has('separate') || inPlace,
      lineWrap: lineLength === undefined ? DEFAULT_LINE_WRAP : Number.parseInt(lineLength, 10) || 0,
      eol: String.fromCharCode(eol),
      utf8,
    },
    env,
  );
  let code: number;
  try {
    code = await runner.run();
    await editor?.commit();
  } catch (e) {
    await stdout.flush();
    if (e instanceof SedRuntimeError) throw fatal(e.message, e.exitCode);
    throw e;
  } finally {
    for (const s of new Set(streams.values())) if (s !== stdout) await s.flush();
    for (const h of handles) await h.close();
  }
  await stdout.flush();
  if (notRegular !== null) throw fatal(`couldn't edit ${notRegular}: not a regular file`, 4);
  return runner.quitCode !== null ? code : status;
}

/** Index of the first operand -i cannot edit (a directory, or standard input), or -1. */
async function firstNonRegular(ctx: CommandContext, names: readonly string[]): Promise<number> {
  for (let i = 0; i < names.length; i++) {
    if (names[i] === '-') return i;
    try {
      const st = await ctx.fs.stat(ctx.resolve(names[i]), { signal: ctx.signal });
      if (st.type !== 'file') return i;
    } catch (e) {
      if (!(e instanceof FsError)) throw e;
    }
  }
  return -1;
}

/** sed [OPTION]... {script-only-if-no-other-script} [input-file]... */
export const sed: Command = {
  name: 'sed',
  summary: 'stream editor for filtering and transforming text',
  help: HELP,
  async run(ctx) {
    try {
      return await run(ctx);
    } catch (e) {
      if (e instanceof UsageError) {
        await writeText(ctx.stderr, e.message);
        return e.exitCode;
      }
      throw e;
    }
  },
};
