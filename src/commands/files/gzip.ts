/** gzip, gunzip and zcat: compress or expand files in place, or stream through stdout. */
import type { Command, CommandContext } from '../../core/command.js';
import { toFsError, UsageError } from '../../core/errors.js';
import { type ByteSource, writeText } from '../../core/io.js';
import { MAX_WALK_DEPTH } from '../../core/limits.js';
import { baseName } from '../../core/path.js';
import type { FileStat } from '../../core/resource.js';
import { defineCommand } from '../lib/define.js';
import { type ParsedFlags, parseFlags } from '../lib/flags.js';
import { gzipList } from './gzip-list.js';
import { GzipFormatError, gunzipBytes, gzipBytes } from './zlib-stream.js';

const HELP = (name: string) => `Usage: ${name} [OPTION]... [FILE]...
Compress FILEs (or decompress them with -d) in place, replacing each with
FILE.gz (or FILE without its suffix). With no FILE, or when FILE is -,
filter standard input to standard output.

  -c, --stdout      write to standard output and keep the input files
  -d, --decompress  decompress
  -f, --force       overwrite existing output files
  -k, --keep        keep the input files
  -l, --list        list compressed and uncompressed sizes
  -n, --no-name     do not record the file name and time
  -q, --quiet       suppress warnings
  -r, --recursive   operate on the files in directories
  -S, --suffix=SUF  use suffix SUF instead of .gz
  -t, --test        test the integrity of compressed files
  -v, --verbose     report the compression ratio of each file
  -1, --fast        compress faster
  -9, --best        compress better
      --help     display this help and exit
`;

const FLAGS = [
  { short: 'c', long: 'stdout' },
  { long: 'to-stdout', key: 'stdout' },
  { short: 'd', long: 'decompress' },
  { long: 'uncompress', key: 'decompress' },
  { short: 'f', long: 'force' },
  { short: 'k', long: 'keep' },
  { short: 'l', long: 'list' },
  { short: 'n', long: 'no-name' },
  { short: 'N', long: 'name' },
  { short: 'q', long: 'quiet' },
  { short: 'r', long: 'recursive' },
  { short: 'S', long: 'suffix', arg: 'required' as const },
  { short: 't', long: 'test' },
  { short: 'v', long: 'verbose' },
  ...[1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => ({ short: String(n), key: 'level' })),
  { long: 'fast', key: 'level' },
  { long: 'best', key: 'level' },
];

/** Suffixes gunzip strips, and what replaces them. */
const KNOWN_SUFFIXES: [string, string][] = [
  ['.gz', ''],
  ['-gz', ''],
  ['.z', ''],
  ['-z', ''],
  ['_z', ''],
  ['.Z', ''],
  ['.tgz', '.tar'],
  ['.taz', '.tar'],
];

interface Options {
  readonly decompress: boolean;
  readonly stdout: boolean;
  readonly force: boolean;
  readonly keep: boolean;
  readonly noName: boolean;
  readonly quiet: boolean;
  readonly recursive: boolean;
  readonly suffix: string;
  readonly test: boolean;
  readonly verbose: boolean;
  readonly level: number;
}

function levelOf(p: ParsedFlags, args: readonly string[]): number {
  let level = 6;
  for (const a of args) {
    if (a === '--fast') level = 1;
    else if (a === '--best') level = 9;
    else if (/^-[^-]/.test(a)) for (const c of a.slice(1)) if (c >= '1' && c <= '9') level = Number(c);
  }
  return p.has('level') ? level : 6;
}

/** One run: exit status 0, 1 on errors, 2 when only warnings. */
class GzipRun {
  private errors = false;
  private warnings = false;

  constructor(
    private readonly ctx: CommandContext,
    private readonly o: Options,
  ) {}

  get status(): number {
    return this.errors ? 1 : this.warnings ? 2 : 0;
  }

  private async error(message: string, blankFirst = false): Promise<void> {
    this.errors = true;
    await writeText(this.ctx.stderr, `${blankFirst ? '\n' : ''}gzip: ${message}\n`);
  }

  private async warn(message: string, blankFirst = false): Promise<void> {
    this.warnings = true;
    if (!this.o.quiet) await writeText(this.ctx.stderr, `${blankFirst ? '\n' : ''}gzip: ${message}\n`);
  }

  private transform(source: ByteSource, name: string | null, stat: FileStat | null): AsyncIterable<Uint8Array> {
    if (this.o.decompress || this.o.test) return gunzipBytes(source);
    const keepName = !this.o.noName && name !== null;
    return gzipBytes(source, {
      name: keepName ? name : null,
      mtimeMs: keepName && stat ? stat.mtimeMs : 0,
      level: this.o.level,
    });
  }

  /** Filters stdin to stdout. */
  async stdin(): Promise<void> {
    try {
      for await (const chunk of this.transform(this.ctx.stdin, null, null)) {
        if (!this.o.test) await this.ctx.stdout.write(chunk);
      }
    } catch (e) {
      if (!(e instanceof GzipFormatError)) throw e;
      if (e.warning) await this.warn(`stdin: ${e.message}`, e.blankLine);
      else await this.error(`stdin: ${e.message}`, e.blankLine);
    }
  }

  /** One operand: a file, or a directory with -r. */
  async operand(name: string, depth = 0): Promise<void> {
    this.ctx.signal.throwIfAborted();
    const fs = this.ctx.fs;
    let path = this.ctx.resolve(name);
    let shown = name;
    let stat: FileStat;
    try {
      stat = await fs.lstat(path);
    } catch (e) {
      const err = toFsError(e, name);
      if (err.code !== 'ENOENT' || !this.o.decompress || this.suffixOf(name))
        return this.error(`${name}: ${err.reason}`);
      shown = name + this.o.suffix;
      path = this.ctx.resolve(shown);
      try {
        stat = await fs.lstat(path);
      } catch (e2) {
        return this.error(`${shown}: ${toFsError(e2, shown).reason}`);
      }
    }
    if (stat.type === 'directory') {
      if (!this.o.recursive) return this.warn(`${shown} is a directory -- ignored`);
      if (depth >= MAX_WALK_DEPTH) return this.error(`${shown}: File name too long`);
      for (const entry of await fs.readdir(path, { signal: this.ctx.signal })) {
        await this.operand(`${shown.replace(/\/+$/, '')}/${entry.name}`, depth + 1);
      }
      return;
    }
    if (stat.type === 'symlink' && !this.o.stdout && !this.o.force) {
      return this.warn(`${shown} is not a directory or a regular file - ignored`);
    }
    await this.file(shown, path, stat);
  }

  private suffixOf(name: string): [string, string] | null {
    const all: [string, string][] = [[this.o.suffix, ''], ...KNOWN_SUFFIXES];
    return all.find(([s]) => name.length > s.length && name.endsWith(s)) ?? null;
  }

  private async file(shown: string, path: string, stat: FileStat): Promise<void> {
    const { o, ctx } = this;
    let target: string | null = null;
    if (o.decompress || o.test) {
      const suffix = this.suffixOf(shown);
      if (!suffix && !o.stdout && !o.test) return this.warn(`${shown}: unknown suffix -- ignored`);
      if (suffix) target = shown.slice(0, -suffix[0].length) + suffix[1];
    } else {
      if (shown.endsWith(o.suffix) && !o.stdout) {
        // gzip says so but does not count it as a warning.
        if (!o.quiet) await writeText(ctx.stderr, `gzip: ${shown} already has ${o.suffix} suffix -- unchanged\n`);
        return;
      }
      target = shown + o.suffix;
    }
    const toStdout = o.stdout || o.test;
    const out = toStdout || target === null ? null : ctx.resolve(target);
    if (out !== null && !o.force && (await ctx.fs.exists(out))) {
      return this.warn(`${target} already exists;\tnot overwritten`);
    }
    const source = ctx.fs.read(path, { signal: ctx.signal });
    const bytes = this.transform(source, baseName(`/${shown}`), stat);
    let inSize = 0;
    let outSize = 0;
    try {
      if (out === null) {
        for await (const chunk of bytes) {
          if (!o.test) await ctx.stdout.write(chunk);
        }
      } else {
        const handle = await ctx.fs.openWrite(out, { signal: ctx.signal });
        try {
          for await (const chunk of bytes) {
            outSize += chunk.length;
            await handle.write(chunk);
          }
          await handle.close();
        } catch (e) {
          await handle.abort();
          await ctx.fs.rm(out).catch(() => undefined);
          throw e;
        }
        await ctx.fs.utimes(out, stat.mtimeMs);
        if (!o.keep) await ctx.fs.rm(path);
      }
      inSize = stat.size;
    } catch (e) {
      if (e instanceof GzipFormatError) {
        if (e.warning) return this.warn(`${shown}: ${e.message}`, e.blankLine);
        return this.error(`${shown}: ${e.message}`, e.blankLine);
      }
      return this.error(`${shown}: ${toFsError(e, shown).reason}`);
    }
    if (o.verbose) await this.report(shown, target, inSize, outSize);
  }

  private async report(shown: string, target: string | null, inSize: number, outSize: number): Promise<void> {
    const { o } = this;
    if (o.test) {
      await writeText(this.ctx.stderr, `${shown}:\t OK\n`);
      return;
    }
    const [plain, packed] = o.decompress ? [outSize, inSize] : [inSize, outSize];
    const deflated = packed - 18 - (o.noName ? 0 : baseName(`/${o.decompress ? (target ?? '') : shown}`).length + 1);
    const ratio = plain === 0 ? 0 : ((plain - deflated) * 100) / plain;
    const tail = o.stdout ? '' : ` -- replaced with ${target}`;
    await writeText(this.ctx.stderr, `${shown}:\t${ratio.toFixed(1).padStart(5)}%${tail}\n`);
  }
}

function makeCommand(name: 'gzip' | 'gunzip' | 'zcat', summary: string): Command {
  return defineCommand({
    name,
    summary,
    help: HELP(name),
    parse: false,
    async run(ctx) {
      let p: ParsedFlags;
      try {
        p = parseFlags(name, ctx.args, [...FLAGS, { long: 'help', key: '__help' }]);
      } catch (e) {
        // gzip still quotes its hint the old way: Try `gzip --help'.
        if (e instanceof UsageError)
          throw new UsageError(e.message.replace(/Try '(\S+) --help'/, "Try `$1 --help'"), 1);
        throw e;
      }
      if (p.has('__help')) {
        await writeText(ctx.stdout, HELP(name));
        return 0;
      }
      const o: Options = {
        decompress: name !== 'gzip' || p.has('decompress'),
        stdout: name === 'zcat' || p.has('stdout'),
        force: p.has('force'),
        keep: p.has('keep'),
        noName: p.has('no-name'),
        quiet: p.has('quiet'),
        recursive: p.has('recursive'),
        suffix: p.get('suffix') ?? '.gz',
        test: p.has('test'),
        verbose: p.has('verbose') && !p.has('quiet'),
        level: levelOf(p, ctx.args),
      };
      if (p.has('list')) return gzipList(ctx, p.operands);
      const run = new GzipRun(ctx, o);
      const operands = p.operands.length > 0 ? p.operands : ['-'];
      for (const operand of operands) {
        if (operand === '-') await run.stdin();
        else await run.operand(operand);
      }
      return run.status;
    },
  });
}

/** gzip [OPTION]... [FILE]... */
export const gzip = makeCommand('gzip', 'compress or expand files');
/** gunzip [OPTION]... [FILE]... */
export const gunzip = makeCommand('gunzip', 'expand gzip-compressed files');
/** zcat [OPTION]... [FILE]... */
export const zcat = makeCommand('zcat', 'write gzip-compressed files to standard output, expanded');
