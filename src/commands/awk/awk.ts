/**
 * awk (also gawk, mawk): gawk's command line (-F, -v, -f, -e, operands),
 * compile the program, run it over the input, and report errors in gawk's
 * form: syntax and other compile errors exit 1, runtime fatals exit 2.
 */
import type { CommandContext } from '../../core/command.js';
import { isFsError } from '../../core/errors.js';
import { readAll, writeText } from '../../core/io.js';
import { AWK_MAX_PROGRAM_BYTES } from '../../core/limits.js';
import { defineCommand } from '../lib/define.js';
import type { ParsedFlags } from '../lib/flags.js';
import { isUtf8Locale } from '../lib/locale.js';
import { type Codec, LATIN1, UTF8 } from './codec.js';
import { AwkCompileError, AwkFatal, AwkSyntaxError, SourceMap } from './errors.js';
import { AWK_SUMMARY, awkHelp, awkUsage } from './help.js';
import { decodeEscapes } from './lexer.js';
import { AwkLoopError } from './parser.js';
import { compileProgram, type ProgramInstance } from './program.js';
import { Runtime } from './runtime.js';
import { inputValue } from './values.js';

const VARIABLE_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Builds the awk command under a given name. */
function makeAwk(name: string) {
  return defineCommand({
    name,
    summary: AWK_SUMMARY,
    help: awkHelp(name),
    flags: [
      { short: 'F', long: 'field-separator', arg: 'required', key: 'F' },
      { short: 'v', long: 'assign', arg: 'required', key: 'v' },
      { short: 'f', long: 'file', arg: 'required', key: 'f' },
      { short: 'e', long: 'source', arg: 'required', key: 'e' },
      { short: 'b', long: 'characters-as-bytes', key: 'b' },
      { short: 'V', long: 'version', key: 'V' },
    ],
    flagOptions: { stopAtOperand: true, usageExit: 1 },
    run: runAwk,
  });
}

/** awk and the names scripts call it by. */
export const awk = makeAwk('awk');
/** gawk: the same engine. */
export const gawk = makeAwk('gawk');
/** mawk: the same engine (gawk's behaviour). */
export const mawk = makeAwk('mawk');

async function runAwk(ctx: CommandContext, flags: ParsedFlags): Promise<number> {
  if (flags.has('V')) {
    await writeText(ctx.stdout, 'GNU Awk 5.2.1 (Mirage)\n');
    return 0;
  }
  const codec: Codec = flags.has('b') || !isUtf8Locale(ctx.env) ? LATIN1 : UTF8;
  const operands = [...flags.operands];
  const parts: { name: string; text: string }[] = [];
  for (const [key, value] of flags.order) {
    if (key === 'f' && typeof value === 'string') {
      const text = await readSource(ctx, codec, value);
      if (text === null)
        return fail(ctx, `fatal: cannot open source file \`${value}' for reading: No such file or directory`, 2);
      parts.push({ name: value, text });
    } else if (key === 'e' && typeof value === 'string') parts.push({ name: 'cmd. line', text: codec.fromJs(value) });
  }
  if (parts.length === 0) {
    const program = operands.shift();
    if (program === undefined) {
      await writeText(ctx.stderr, awkUsage(ctx.name));
      return 1;
    }
    parts.push({ name: 'cmd. line', text: codec.fromJs(program) });
  }
  const sources = new SourceMap(parts);
  const prog = ctx.name;
  const lexWarnings: { message: string; pos: number }[] = [];
  let compiled: ReturnType<typeof compileProgram>;
  try {
    compiled = compileProgram(sources, codec.utf8, lexWarnings);
  } catch (e) {
    const warnings = lexWarnings.map((w) => `${prog}: ${sources.where(w.pos)}: warning: ${w.message}\n`).join('');
    return fail(ctx, warnings + compileErrorText(prog, sources, e), e instanceof AwkFatal ? 2 : 1, true);
  }
  const rt = new Runtime({ ctx, codec, sources, argv: [codec.fromJs(ctx.name), ...operands.map(codec.fromJs)] });
  for (const w of compiled.warnings) rt.io.stderr.put(`${prog}: ${sources.where(w.pos)}: warning: ${w.message}\n`);
  const instance = compiled.instantiate(rt);
  try {
    preassign(rt, instance, flags, codec);
    const status = await instance.run();
    await rt.io.closeAll();
    return exitStatus(status);
  } catch (e) {
    const text = runtimeErrorText(rt, e);
    await closeQuietly(rt);
    if (text === null) throw e;
    rt.io.stderr.put(text);
    await rt.io.stderr.flush();
    return 2;
  }
}

/** -F and -v assignments, made before BEGIN. */
function preassign(rt: Runtime, instance: ProgramInstance, flags: ParsedFlags, codec: Codec): void {
  for (const [key, value] of flags.order) {
    if (typeof value !== 'string') continue;
    if (key === 'F') rt.FS = decodeEscapes(codec.fromJs(value), codec.utf8);
    else if (key === 'v') {
      const eq = value.indexOf('=');
      const name = eq < 0 ? value : value.slice(0, eq);
      if (eq < 0 || !VARIABLE_NAME.test(name)) throw new AwkFatal(`\`${name}' is not a legal variable name`, -1);
      instance.setVar(name, inputValue(decodeEscapes(codec.fromJs(value.slice(eq + 1)), codec.utf8)));
    }
  }
}

async function readSource(ctx: CommandContext, codec: Codec, name: string): Promise<string | null> {
  try {
    const bytes =
      name === '-' || name === '/dev/stdin'
        ? await readAll(ctx.stdin, AWK_MAX_PROGRAM_BYTES)
        : await ctx.fs.readFile(ctx.resolve(name), { signal: ctx.signal });
    return codec.decode(bytes);
  } catch (e) {
    if (isFsError(e)) return null;
    throw e;
  }
}

function compileErrorText(prog: string, sources: SourceMap, e: unknown): string {
  if (e instanceof AwkLoopError) {
    // gawk reports a stray break/continue twice.
    const line = `${prog}: ${sources.where(e.pos)}: error: ${e.message}\n`;
    return line + line;
  }
  if (e instanceof AwkSyntaxError) return sources.syntaxMessage(prog, e);
  if (e instanceof AwkCompileError) return `${prog}: ${sources.where(e.pos)}: error: ${e.message}\n`;
  if (e instanceof AwkFatal) {
    const where = e.pos !== null && e.pos >= 0 ? `${sources.where(e.pos)}: ` : '';
    return `${prog}: ${where}fatal: ${e.message}\n`;
  }
  throw e;
}

/** The message for an error raised while running, or null for errors that are not awk's. */
function runtimeErrorText(rt: Runtime, e: unknown): string | null {
  if (e instanceof AwkFatal) return `${rt.messagePrefix(e.pos ?? -1)}fatal: ${e.message}\n`;
  if (e instanceof RangeError && /call stack/.test(e.message)) {
    return `${rt.messagePrefix(-1)}fatal: function call nesting too deep\n`;
  }
  return null;
}

/** Stops reading input and closes every stream after an error; the error is what gets reported. */
async function closeQuietly(rt: Runtime): Promise<void> {
  try {
    await rt.input.close();
  } catch {
    // Reported through the original error.
  }
  try {
    await rt.io.closeAll();
  } catch {
    // Reported through the original error.
  }
}

/** exit's value as a process status (0-255). */
function exitStatus(status: number | undefined): number {
  if (status === undefined || !Number.isFinite(status)) return 0;
  return ((Math.trunc(status) % 256) + 256) % 256;
}

async function fail(ctx: CommandContext, message: string, status: number, raw = false): Promise<number> {
  await writeText(ctx.stderr, raw ? message : `${ctx.name}: ${message}\n`);
  return status;
}
