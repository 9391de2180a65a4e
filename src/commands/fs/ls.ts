/** ls: list directory contents, one name per line (output is never a terminal). */

import type { CommandContext } from '../../core/command.js';
import { FsError, toFsError } from '../../core/errors.js';
import { writeText } from '../../core/io.js';
import { MAX_WALK_DEPTH } from '../../core/limits.js';
import { joinPath, parentPath } from '../../core/path.js';
import type { FileStat } from '../../core/resource.js';
import { defineCommand } from '../lib/define.js';
import type { ParsedFlags } from '../lib/flags.js';
import { usageError } from '../lib/flags.js';
import { quoteAlways } from '../lib/quote.js';
import { TextBatcher } from '../lib/text-batch.js';
import { displayJoin } from '../lib/walk.js';
import { reasonOf, resolveOperand } from './fs-errors.js';
import { formatEntries, type LsEntry, type LsOptions, needsStat, sortEntries, totalLine } from './ls-format.js';

const HELP = `Usage: ls [OPTION]... [FILE]...
List information about each FILE (the current directory by default), one name
per line. Entries are sorted by name in byte order unless -t, -S or -U is given.

  -a, --all                  include entries whose names start with .
  -A, --almost-all           like -a, but leave out . and ..
  -d, --directory            list directories themselves, not their contents
  -F, --classify             append an indicator: / for directories, @ for
                               symbolic links, * for executables
  -g                         like -l, but leave out the owner
  -h, --human-readable       with -l and -s, print sizes like 1K 234M 2G
  -i, --inode                print the inode number of each file
  -l                         use the long listing format
  -L, --dereference          show the files symbolic links point to
  -n, --numeric-uid-gid      like -l, but print numeric user and group IDs
  -o                         like -l, but leave out the group
  -p                         append / to directory names
  -r, --reverse              reverse the sort order
  -R, --recursive            list subdirectories recursively
  -s, --size                 print the space each file takes, in 1 KiB blocks
                               (virtual mounts: size rounded up to whole KiB)
  -S                         sort by size, largest first
  -t                         sort by modification time, newest first
  -U                         do not sort; list entries in directory order
  -1                         one name per line (always the case here)
      --color[=WHEN]         accepted for compatibility; output is never colored
      --help     display this help and exit

Exit status:
 0  if OK,
 1  if minor problems (e.g., cannot access a subdirectory),
 2  if serious trouble (e.g., cannot access a command-line argument).
`;

const COLOR_WHEN = new Set(['always', 'yes', 'force', 'never', 'no', 'none', 'auto', 'tty', 'if-tty']);

function readOptions(p: ParsedFlags): LsOptions {
  let sort: LsOptions['sort'] = 'name';
  for (const [key] of p.order) {
    if (key === 't') sort = 'time';
    else if (key === 'S') sort = 'size';
    else if (key === 'U') sort = 'none';
  }
  const color = p.get('color');
  if (color !== undefined && !COLOR_WHEN.has(color)) {
    throw usageError('ls', `invalid argument '${color}' for '--color'`, 2);
  }
  const numericIds = p.has('numeric-uid-gid');
  return {
    all: p.has('all'),
    almostAll: p.has('almost-all'),
    long: p.has('l') || p.has('g') || p.has('o') || numericIds,
    recursive: p.has('recursive'),
    directory: p.has('directory'),
    human: p.has('human-readable'),
    inode: p.has('inode'),
    size: p.has('size'),
    indicator: p.has('classify') ? 'classify' : p.has('p') ? 'slash' : 'none',
    sort,
    reverse: p.has('reverse'),
    dereference: p.has('dereference'),
    showOwner: !p.has('g'),
    showGroup: !p.has('o'),
    numericIds,
  };
}

/** One ls run: options, output and the exit status so far. */
class Lister {
  status = 0;
  private first = true;
  private readonly out: TextBatcher;
  private readonly now = Date.now();

  constructor(
    private readonly ctx: CommandContext,
    private readonly o: LsOptions,
    private readonly printHeaders: boolean,
  ) {
    this.out = new TextBatcher(ctx.stdout);
  }

  /** Stat for an operand: command-line symlinks to directories are followed unless -l, -d or -F. */
  async statOperand(arg: string, path: string): Promise<FileStat> {
    const fs = this.ctx.fs;
    const mustBeDir = arg.length > 1 && arg.endsWith('/');
    const noFollow = this.o.directory || this.o.long || this.o.indicator === 'classify';
    let st: FileStat;
    if (this.o.dereference || mustBeDir) st = await fs.stat(path);
    else {
      st = await fs.lstat(path);
      if (st.type === 'symlink' && !noFollow) {
        const target = await fs.stat(path).catch(() => null);
        if (target?.type === 'directory') st = target;
      }
    }
    if (mustBeDir && st.type !== 'directory') throw new FsError('ENOTDIR', path);
    return st;
  }

  /** A printable entry, with link details when the format shows them. */
  async entry(name: string, path: string, st: FileStat): Promise<LsEntry> {
    if (st.type !== 'symlink' || !this.o.long) return { name, path, stat: st };
    const fs = this.ctx.fs;
    const linkTarget = await fs.readlink(path).catch(() => '');
    const targetStat = this.o.indicator === 'none' ? undefined : await fs.stat(path).catch(() => undefined);
    return { name, path, stat: st, linkTarget, targetStat };
  }

  async error(message: string, status: number): Promise<void> {
    await this.out.flush();
    await writeText(this.ctx.stderr, `ls: ${message}\n`);
    this.status = Math.max(this.status, status);
  }

  async printFiles(files: LsEntry[]): Promise<void> {
    sortEntries(files, this.o);
    for (const line of formatEntries(files, this.o, this.now)) await this.out.add(line);
    this.first = false;
  }

  /** Lists one directory (and, with -R, everything below it). */
  async listDir(display: string, path: string, depth: number, commandLine: boolean): Promise<void> {
    const { ctx, o } = this;
    ctx.signal.throwIfAborted();
    if (depth > MAX_WALK_DEPTH) {
      await this.error(`cannot open directory ${quoteAlways(display)}: ${new FsError('ENAMETOOLONG', path).reason}`, 1);
      return;
    }
    let names: { name: string; type: FileStat['type'] }[];
    try {
      names = await ctx.fs.readdir(path, { signal: ctx.signal });
    } catch (e) {
      await this.error(`cannot open directory ${quoteAlways(display)}: ${reasonOf(e)}`, commandLine ? 2 : 1);
      return;
    }
    if (this.printHeaders || o.recursive) {
      if (!this.first) await this.out.add('\n');
      await this.out.add(`${display}:\n`);
    }
    this.first = false;
    const entries = await this.readEntries(display, path, names);
    sortEntries(entries, o);
    if (o.long || o.size) await this.out.add(totalLine(entries, o));
    for (const line of formatEntries(entries, o, this.now)) await this.out.add(line);
    if (!o.recursive) return;
    for (const e of entries) {
      if (e.stat.type !== 'directory' || e.name === '.' || e.name === '..') continue;
      await this.listDir(displayJoin(display, e.name), e.path, depth + 1, false);
    }
  }

  private async readEntries(
    display: string,
    path: string,
    names: readonly { name: string; type: FileStat['type'] }[],
  ): Promise<LsEntry[]> {
    const { ctx, o } = this;
    const entries: LsEntry[] = [];
    const withStat = needsStat(o);
    if (o.all) {
      entries.push(await this.entry('.', path, await ctx.fs.stat(path)));
      entries.push(await this.entry('..', parentPath(path), await ctx.fs.stat(parentPath(path))));
    }
    for (const { name, type } of names) {
      if (name.startsWith('.') && !o.all && !o.almostAll) continue;
      ctx.signal.throwIfAborted();
      const child = joinPath(path, name);
      if (!withStat && !o.dereference) {
        entries.push({ name, path: child, stat: { type, size: 0, mtimeMs: 0, mode: 0 } });
        continue;
      }
      try {
        let st = await ctx.fs.lstat(child, { signal: ctx.signal });
        if (o.dereference && st.type === 'symlink') st = await ctx.fs.stat(child).catch(() => st);
        entries.push(await this.entry(name, child, st));
      } catch (e) {
        await this.error(`cannot access ${quoteAlways(displayJoin(display, name))}: ${reasonOf(e)}`, 1);
      }
    }
    return entries;
  }

  flush(): Promise<void> {
    return this.out.flush();
  }
}

/** ls [OPTION]... [FILE]... */
export const ls = defineCommand({
  name: 'ls',
  summary: 'list directory contents',
  help: HELP,
  flagOptions: { usageExit: 2 },
  flags: [
    { short: 'a', long: 'all' },
    { short: 'A', long: 'almost-all' },
    { short: 'd', long: 'directory' },
    { short: 'F', long: 'classify' },
    { short: 'g' },
    { short: 'h', long: 'human-readable' },
    { short: 'i', long: 'inode' },
    { short: 'l' },
    { short: 'L', long: 'dereference' },
    { short: 'n', long: 'numeric-uid-gid' },
    { short: 'o' },
    { short: 'p' },
    { short: 'r', long: 'reverse' },
    { short: 'R', long: 'recursive' },
    { short: 's', long: 'size' },
    { short: 'S' },
    { short: 't' },
    { short: 'U' },
    { short: '1' },
    { long: 'color', arg: 'optional' },
  ],
  async run(ctx, p) {
    const o = readOptions(p);
    const operands = p.operands.length > 0 ? p.operands : ['.'];
    const files: LsEntry[] = [];
    const dirs: LsEntry[] = [];
    const probe = new Lister(ctx, o, false);
    for (const arg of operands) {
      ctx.signal.throwIfAborted();
      const path = ctx.resolve(arg);
      try {
        resolveOperand(ctx, arg);
        const st = await probe.statOperand(arg, path);
        const entry = await probe.entry(arg, path, st);
        if (st.type === 'directory' && !o.directory) dirs.push(entry);
        else files.push(entry);
      } catch (e) {
        await probe.error(`cannot access ${quoteAlways(arg)}: ${toFsError(e, path).reason}`, 2);
      }
    }
    const lister = new Lister(ctx, o, files.length > 0 || operands.length > 1);
    lister.status = probe.status;
    if (files.length > 0) await lister.printFiles(files);
    sortEntries(dirs, o);
    for (const d of dirs) await lister.listDir(d.name, d.path, 0, true);
    await lister.flush();
    return lister.status;
  },
});
