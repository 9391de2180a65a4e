/** tar: create, list and extract tar archives (optionally gzip-compressed), streaming through ctx.fs. */
import type { CommandContext } from '../../core/command.js';
import { toFsError, UsageError } from '../../core/errors.js';
import { type ByteSink, writeText } from '../../core/io.js';
import { defineCommand } from '../lib/define.js';
import { type ParsedFlags, parseFlags } from '../lib/flags.js';
import { createArchive } from './tar-create.js';
import { NotAnArchive, readArchive } from './tar-extract.js';
import { TarRun } from './tar-types.js';
import { gzipBytes } from './zlib-stream.js';

const HELP = `Usage: tar [OPTION...] [FILE]...
Save files together in one archive, list an archive, or restore its files.

Examples:
  tar -cf archive.tar foo bar  # Create archive.tar from files foo and bar.
  tar -tvf archive.tar         # List all files in archive.tar verbosely.
  tar -xf archive.tar          # Extract all files from archive.tar.

 Operation mode:
  -c, --create               create a new archive
  -t, --list                 list the contents of an archive
  -x, --extract, --get       extract files from an archive

 Options:
  -C, --directory=DIR        work in DIR (where files are read or written)
      --exclude=PATTERN      leave out files matching PATTERN
  -f, --file=ARCHIVE         use archive file ARCHIVE ('-' for stdin/stdout)
      --group=NAME           record NAME as the group of added files
      --numeric-owner        list owners by number
  -O, --to-stdout            extract files to standard output
      --owner=NAME           record NAME as the owner of added files
      --strip-components=N   drop N leading components of names on extraction
  -v, --verbose              list the files processed
  -z, --gzip, --gunzip       filter the archive through gzip (reading detects it)
      --help     display this help and exit

Old-style option letters are accepted too: tar czf archive.tgz dir
`;

const FLAGS = [
  { short: 'c', long: 'create' },
  { short: 't', long: 'list' },
  { short: 'x', long: 'extract' },
  { long: 'get', key: 'extract' },
  { short: 'C', long: 'directory', arg: 'required' as const },
  { long: 'exclude', arg: 'required' as const },
  { short: 'f', long: 'file', arg: 'required' as const },
  { long: 'group', arg: 'required' as const },
  { long: 'numeric-owner' },
  { short: 'O', long: 'to-stdout' },
  { long: 'owner', arg: 'required' as const },
  { long: 'strip-components', arg: 'required' as const },
  { short: 'v', long: 'verbose' },
  { short: 'z', long: 'gzip' },
  { long: 'gunzip', key: 'gzip' },
  { long: 'ungzip', key: 'gzip' },
  { short: 'p', long: 'preserve-permissions' },
  { long: 'no-same-owner' },
  { long: 'help', key: '__help' },
];

const TRY = "Try 'tar --help' or 'tar --usage' for more information.\n";

/** GNU tar's first word may be a bare cluster of letters ("czf"), their arguments following in order. */
function expandOldStyle(args: readonly string[]): string[] {
  if (args.length === 0 || args[0].startsWith('-') || !/^[A-Za-z]+$/.test(args[0])) return [...args];
  const out: string[] = [];
  let next = 1;
  for (const letter of args[0]) {
    out.push(`-${letter}`);
    if ((letter === 'f' || letter === 'C') && next < args.length) out.push(args[next++]);
  }
  return [...out, ...args.slice(next)];
}

function usage(message: string): UsageError {
  return new UsageError(`tar: ${message}\n${TRY}`, 2);
}

/** tar [OPTION...] [FILE]... */
export const tar = defineCommand({
  name: 'tar',
  summary: 'an archiving utility',
  help: HELP,
  parse: false,
  async run(ctx) {
    let p: ParsedFlags;
    try {
      p = parseFlags('tar', expandOldStyle(ctx.args), FLAGS, { usageExit: 2 });
    } catch (e) {
      if (e instanceof UsageError) throw new UsageError(e.message.replace(/Try 'tar --help'.*\n$/, TRY), 2);
      throw e;
    }
    if (p.has('__help')) {
      await writeText(ctx.stdout, HELP);
      return 0;
    }
    const modes = ['create', 'list', 'extract'].filter((m) => p.has(m));
    if (modes.length === 0) throw usage("You must specify one of the '-Acdtrux', '--delete' or '--test-label' options");
    if (modes.length > 1)
      throw usage("You may not specify more than one '-Acdtrux', '--delete' or  '--test-label' option");
    const strip = Number(p.get('strip-components') ?? '0');
    if (!Number.isInteger(strip) || strip < 0) throw usage(`Invalid number of elements: ${p.get('strip-components')}`);
    const archive = p.get('file') ?? '-';
    const base = ctx.resolve(p.get('directory') ?? '.');
    const mode = modes[0];
    const toStdout = archive === '-' && mode === 'create';
    const run = new TarRun(
      ctx,
      base,
      p.has('verbose') ? (toStdout ? 'stderr' : 'stdout') : null,
      p.lists.exclude ?? [],
      p.get('owner') ?? null,
      p.get('group') ?? null,
    );
    if (p.has('directory')) {
      const dir = p.get('directory') as string;
      const ok = await ctx.fs.stat(base).then(
        (st) => st.type === 'directory',
        () => false,
      );
      if (!ok) return fatal(ctx, `${dir}: Cannot open: No such file or directory`);
    }
    if (mode === 'create') return create(ctx, run, archive, p);
    const source = archive === '-' ? ctx.stdin : ctx.fs.read(ctx.resolve(archive), { signal: ctx.signal });
    try {
      await readArchive(ctx, run, source, {
        mode: mode === 'list' ? 'list' : 'extract',
        verbose: p.has('verbose'),
        toStdout: p.has('to-stdout'),
        strip,
        numericOwner: p.has('numeric-owner'),
        members: p.operands,
      });
    } catch (e) {
      if (e instanceof NotAnArchive) {
        await run.error('This does not look like a tar archive');
        return run.finish();
      }
      const code = (e as { code?: unknown }).code;
      if (typeof code === 'string' && (e as Error).name === 'FsError') {
        return fatal(ctx, `${archive}: Cannot open: ${toFsError(e, archive).reason}`);
      }
      throw e;
    }
    return run.finish();
  },
});

async function fatal(ctx: CommandContext, message: string): Promise<number> {
  await writeText(ctx.stderr, `tar: ${message}\ntar: Error is not recoverable: exiting now\n`);
  return 2;
}

async function create(ctx: CommandContext, run: TarRun, archive: string, p: ParsedFlags): Promise<number> {
  if (p.operands.length === 0) throw usage('Cowardly refusing to create an empty archive');
  let sink: ByteSink = ctx.stdout;
  let handle: Awaited<ReturnType<CommandContext['fs']['openWrite']>> | null = null;
  if (archive !== '-') {
    try {
      handle = await ctx.fs.openWrite(ctx.resolve(archive), { signal: ctx.signal });
    } catch (e) {
      return fatal(ctx, `${archive}: Cannot open: ${toFsError(e, archive).reason}`);
    }
    sink = handle;
  }
  try {
    const bytes = createArchive(ctx, run, p.operands);
    const stream = p.has('gzip') ? gzipBytes(bytes, { name: null, mtimeMs: 0, level: 6 }) : bytes;
    for await (const chunk of stream) await sink.write(chunk);
    await handle?.close();
  } catch (e) {
    await handle?.abort();
    throw e;
  }
  return run.finish();
}
