/** rg: ripgrep's common surface over ctx.fs (recursive, ignore-file aware, sorted, never coloured). */
import type { Command, CommandContext } from '../../core/command.js';
import { FsError, isAbortError, toFsError, UsageError } from '../../core/errors.js';
import { type ByteSource, CollectSink, writeText } from '../../core/io.js';
import { type ParsedFlags, parseFlags } from '../lib/flags.js';
import { buildMatcher, type Matcher } from './grep-matcher.js';
import { type ScanMode, type ScanOptions, scanInput } from './grep-scan.js';
import { OutBuffer } from './out-buffer.js';
import { caseMode, countArg, RG_FLAGS, RG_HELP, rgUsage } from './rg-options.js';
import { RustMatcher, RustRegexError, translateRust } from './rg-regex.js';
import { typeList } from './rg-types.js';
import { compileGlob, FileSystemLoop, type RgSelection, unknownTypes, walkFiles } from './rg-walk.js';

const VERSION = 'ripgrep 14.1.0 (Mirage implementation of the ripgrep interface)\n';

/** Largest -m / context / depth value. */
const UNLIMITED = Number.POSITIVE_INFINITY;

/** How binary data is handled: `convert` for files named on the command line, `quit` for files found by walking. */
type BinaryMode = 'convert' | 'quit' | 'text';

interface RgRun {
  readonly ctx: CommandContext;
  readonly scan: ScanOptions;
  readonly out: OutBuffer;
  readonly withFilename: boolean;
  readonly heading: boolean;
  readonly fileSeparator: string | null;
  readonly includeZero: boolean;
  readonly nul: boolean;
  readonly binaryExplicit: BinaryMode;
  readonly binaryWalked: BinaryMode;
  readonly quietErrors: boolean;
}

/** Running totals of a search. */
interface Totals {
  matched: boolean;
  errors: boolean;
  printedFiles: number;
  stop: boolean;
}

async function readPatterns(ctx: CommandContext, p: ParsedFlags, operands: string[]): Promise<string[] | null> {
  const patterns: string[] = [];
  let given = false;
  for (const [key, value] of p.order) {
    if (key === 'regexp') {
      given = true;
      patterns.push(value as string);
    } else if (key === 'file') {
      given = true;
      const name = value as string;
      try {
        const bytes = await ctx.fs.readFile(ctx.resolve(name), { signal: ctx.signal });
        const text = Buffer.from(bytes).toString('utf8');
        if (text !== '') patterns.push(...(text.endsWith('\n') ? text.slice(0, -1) : text).split('\n'));
      } catch (e) {
        throw rgUsage(`${name}: ${toFsError(e, name).reason} (os error 2)`);
      }
    }
  }
  if (given) return patterns;
  const first = operands.shift();
  return first === undefined ? null : [first];
}

function compile(patterns: string[], p: ParsedFlags): Matcher {
  const mode = caseMode(p);
  const icase =
    mode === 'insensitive' || (mode === 'smart' && !patterns.some((x) => /\p{Lu}/u.test(x.replace(/\\./g, ''))));
  const fixed = p.has('fixed-strings');
  const word = p.has('word-regexp');
  const line = p.has('line-regexp');
  if (fixed && !icase && !word && !line && !patterns.includes('')) {
    const bytes = patterns.map((x) => Buffer.from(x, 'utf8').toString('latin1'));
    return buildMatcher({
      patterns: bytes,
      syntax: 'F',
      icase: false,
      word: false,
      line: false,
      eol: 0x0a,
      utf8: false,
    }).matcher;
  }
  try {
    const { source, flags } = translateRust(patterns, { fixed, icase, word, line });
    return new RustMatcher(source, flags);
  } catch (e) {
    if (e instanceof RustRegexError) {
      throw new UsageError(`rg: regex parse error:\n    ${e.pattern}\nerror: ${e.message}\n`, 2);
    }
    throw e;
  }
}

/** A source that stops (quit) or just notes (convert) the first NUL byte, for rg's binary rules. */
function watchBinary(source: ByteSource, mode: BinaryMode, found: { offset: number; truncated: boolean }): ByteSource {
  if (mode === 'text') return source;
  return {
    async *[Symbol.asyncIterator]() {
      let base = 0;
      for await (const chunk of source) {
        const nul = found.offset < 0 ? Buffer.from(chunk.buffer, chunk.byteOffset, chunk.length).indexOf(0) : -1;
        if (nul >= 0) {
          found.offset = base + nul;
          if (mode === 'quit') {
            found.truncated = true;
            return;
          }
        }
        base += chunk.length;
        yield chunk;
      }
    },
  };
}

async function searchOne(
  run: RgRun,
  totals: Totals,
  source: ByteSource,
  display: string,
  binary: BinaryMode,
): Promise<void> {
  const { scan, ctx } = run;
  const found = { offset: -1, truncated: false };
  const name = run.withFilename && !run.heading ? display : null;
  const buffered = run.heading || run.fileSeparator !== null;
  const sink = buffered ? new CollectSink() : null;
  const out = sink ? new OutBuffer(sink) : run.out;
  const opts: ScanOptions = { ...scan, binaryFiles: binary === 'convert' ? 'binary' : 'text' };
  const result = await scanInput(watchBinary(source, binary, found), name, opts, out, ctx.signal);
  if (result.selected > 0) totals.matched = true;
  const sep = run.nul ? '\0' : ':';
  const path = run.nul ? `${display}\0` : `${display}\n`;
  const label = run.withFilename ? `${display}${sep}` : '';
  const mode = scan.mode;
  if (mode === 'count' && (result.selected > 0 || run.includeZero)) out.utf8(`${label}${result.selected}\n`);
  else if (mode === 'files-with' && result.selected > 0) out.utf8(path);
  else if (mode === 'files-without' && result.selected === 0) out.utf8(path);
  else if (mode === 'quiet' && result.selected > 0) totals.stop = true;
  const prefix = run.withFilename ? `${display}: ` : '';
  if (result.binaryMatched) out.utf8(`${prefix}binary file matches (found "\\0" byte around offset ${found.offset})\n`);
  else if (found.truncated && result.selected > 0 && mode === 'lines') {
    out.utf8(
      `${prefix}WARNING: stopped searching binary file after match (found "\\0" byte around offset ${found.offset})\n`,
    );
  }
  if (!sink) return;
  await out.flush();
  const bytes = sink.bytes();
  if (bytes.length === 0) return;
  if (totals.printedFiles > 0) {
    if (run.heading) run.out.byte(0x0a);
    else if (run.fileSeparator !== null) run.out.utf8(`${run.fileSeparator}\n`);
  }
  if (run.heading) run.out.utf8(`${display}\n`);
  run.out.bytes(bytes);
  totals.printedFiles++;
  if (run.out.full) await run.out.flush();
}

/** errno numbers ripgrep shows after messages ("(os error 2)"). */
const OS_ERRORS: Partial<Record<string, number>> = { ENOENT: 2, EACCES: 13, ENOTDIR: 20, EISDIR: 21, ELOOP: 40 };

async function reportError(run: RgRun, totals: Totals, display: string, e: unknown): Promise<void> {
  if (isAbortError(e)) throw e;
  totals.errors = true;
  if (run.quietErrors) return;
  if (e instanceof FileSystemLoop) {
    await run.out.flush();
    await writeText(run.ctx.stderr, `rg: ${e.message}\n`);
    return;
  }
  const err = toFsError(e, display);
  const code = OS_ERRORS[err.code];
  await run.out.flush();
  await writeText(run.ctx.stderr, `rg: ${display}: ${err.reason}${code ? ` (os error ${code})` : ''}\n`);
}

async function run(ctx: CommandContext): Promise<number> {
  let p: ParsedFlags;
  try {
    p = parseFlags('rg', ctx.args, RG_FLAGS, { usageExit: 2 });
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    const flag = /'([^']+)'/.exec(e.message)?.[1] ?? '';
    const missing = /requires an argument/.test(e.message);
    throw rgUsage(
      missing
        ? `flag '${flag.startsWith('-') ? flag : `-${flag}`}' requires a value`
        : `unrecognized flag ${flag.startsWith('-') ? flag : `-${flag}`}`,
    );
  }
  if (p.has('help')) {
    await writeText(ctx.stdout, RG_HELP);
    return 0;
  }
  if (p.has('version')) {
    await writeText(ctx.stdout, VERSION);
    return 0;
  }
  if (p.has('type-list')) {
    await writeText(ctx.stdout, typeList());
    return 0;
  }
  const unrestricted = p.count('unrestricted');
  const types = [...(p.lists.type ?? []), ...(p.lists['type-not'] ?? [])];
  const bad = unknownTypes(types);
  if (bad.length > 0) throw rgUsage(`unrecognized file type: ${bad[0]}`);
  const selection: RgSelection = {
    hidden: (p.has('hidden') && !p.has('no-hidden')) || unrestricted >= 2,
    noIgnore: p.has('no-ignore') || unrestricted >= 1,
    globs: (p.lists.glob ?? []).map(compileGlob),
    selectTypes: p.lists.type ?? [],
    negateTypes: p.lists['type-not'] ?? [],
    maxDepth: countArg(p, 'max-depth', UNLIMITED),
    follow: p.has('follow'),
  };
  const operands = [...p.operands];
  const listOnly = p.has('files');
  const patterns = listOnly ? [] : await readPatterns(ctx, p, operands);
  if (patterns === null) throw rgUsage('ripgrep requires at least one pattern to execute a search');
  const matcher = listOnly ? null : compile(patterns, p);
  const stdinData = operands.length === 0 && !listOnly ? await peekStdin(ctx.stdin) : null;
  const implicit = operands.length === 0 && stdinData === null;
  const paths = operands.length > 0 ? operands : implicit ? ['.'] : ['-'];
  const oneFile = paths.length === 1 && (paths[0] === '-' || (await isFile(ctx, paths[0])));
  const withFilename = p.has('no-filename') ? false : p.has('with-filename') || !oneFile;
  const mode: ScanMode = p.has('quiet')
    ? 'quiet'
    : p.has('files-with-matches')
      ? 'files-with'
      : p.has('files-without-match')
        ? 'files-without'
        : p.has('count')
          ? 'count'
          : 'lines';
  const context = countArg(p, 'context', 0);
  const before = countArg(p, 'before-context', context);
  const after = countArg(p, 'after-context', context);
  const contextSeparator = p.has('no-context-separator') ? null : (p.get('context-separator') ?? '--');
  const heading = p.has('heading') && !p.has('no-heading');
  const out = new OutBuffer(ctx.stdout);
  const rgRun: RgRun = {
    ctx,
    out,
    withFilename,
    heading,
    fileSeparator: mode === 'lines' && !heading && before + after > 0 ? contextSeparator : null,
    includeZero: p.has('include-zero'),
    nul: p.has('null'),
    binaryExplicit: p.has('text') || unrestricted >= 3 ? 'text' : 'convert',
    binaryWalked: p.has('text') || unrestricted >= 3 ? 'text' : p.has('binary') ? 'convert' : 'quit',
    quietErrors: p.has('no-messages'),
    scan: {
      matcher: matcher as Matcher,
      eol: 0x0a,
      invert: p.has('invert-match'),
      mode,
      onlyMatching: p.has('only-matching'),
      maxCount: countArg(p, 'max-count', UNLIMITED),
      lineNumbers: p.has('line-number') && !p.has('no-line-number'),
      byteOffset: p.has('byte-offset'),
      before,
      after,
      contextGiven: before + after > 0,
      groupSeparator: contextSeparator,
      binaryFiles: 'text',
      nullAfterName: p.has('null'),
      encodingErrorsBinary: false,
    },
  };
  const totals: Totals = { matched: false, errors: false, printedFiles: 0, stop: false };
  for (const path of paths) {
    if (totals.stop) break;
    if (path === '-') {
      if (!listOnly) await searchOne(rgRun, totals, stdinData ?? ctx.stdin, '<stdin>', rgRun.binaryExplicit);
      continue;
    }
    await searchPath(rgRun, totals, path, implicit, selection, listOnly);
  }
  await out.flush();
  if (listOnly) return totals.errors ? 2 : totals.printedFiles > 0 ? 0 : 1;
  if (totals.matched && mode === 'quiet') return 0;
  if (totals.errors) return 2;
  return totals.matched ? 0 : 1;
}

async function searchPath(
  run: RgRun,
  totals: Totals,
  operand: string,
  implicit: boolean,
  sel: RgSelection,
  listOnly: boolean,
): Promise<void> {
  const { ctx } = run;
  const abs = ctx.resolve(operand);
  let type: string;
  try {
    if (operand === '') throw new FsError('ENOENT', operand);
    type = (await ctx.fs.stat(abs, { signal: ctx.signal })).type;
  } catch (e) {
    await reportError(run, totals, operand, e);
    return;
  }
  const files =
    type === 'directory'
      ? walkFiles(ctx, abs, implicit ? '' : operand, sel, (d, e) => reportError(run, totals, d, e))
      : single(abs, operand);
  const binary = type === 'directory' ? run.binaryWalked : run.binaryExplicit;
  for await (const file of files) {
    if (listOnly) {
      run.out.utf8(run.nul ? `${file.display}\0` : `${file.display}\n`);
      totals.printedFiles++;
      if (run.out.full) await run.out.flush();
      continue;
    }
    try {
      await searchOne(run, totals, ctx.fs.read(file.path, { signal: ctx.signal }), file.display, binary);
    } catch (e) {
      if (e instanceof FsError || (e as { code?: unknown }).code !== undefined)
        await reportError(run, totals, file.display, e);
      else throw e;
    }
    if (totals.stop) return;
  }
}

async function* single(path: string, display: string) {
  yield { path, display };
}

async function isFile(ctx: CommandContext, operand: string): Promise<boolean> {
  try {
    return (await ctx.fs.stat(ctx.resolve(operand), { signal: ctx.signal })).type !== 'directory';
  } catch {
    return true;
  }
}

/**
 * rg reads standard input when it is not a terminal. Here it cannot tell, so
 * standard input counts when it holds data; the chunks read are replayed.
 */
async function peekStdin(stdin: ByteSource): Promise<ByteSource | null> {
  const it = stdin[Symbol.asyncIterator]();
  const first = await it.next();
  if (first.done) return null;
  return {
    async *[Symbol.asyncIterator]() {
      yield first.value;
      for (let r = await it.next(); !r.done; r = await it.next()) yield r.value;
    },
  };
}

/** rg [OPTIONS] PATTERN [PATH ...] */
export const rg: Command = {
  name: 'rg',
  summary: 'recursively search files for lines matching a pattern (ripgrep)',
  help: RG_HELP,
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
