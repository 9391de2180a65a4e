/**
 * tree: list directories as an indented tree, in the format tree(1) prints
 * to a pipe in the C locale (`|-- `, `` `-- ``, `|   `) with its closing
 * "N directories, M files" line.
 */
import type { CommandContext } from '../../core/command.js';
import { patternToRegExp } from '../../core/glob-pattern.js';
import { writeText } from '../../core/io.js';
import { MAX_WALK_DEPTH } from '../../core/limits.js';
import { joinPath } from '../../core/path.js';
import type { FileStat } from '../../core/resource.js';
import { defineCommand } from '../lib/define.js';
import { isExecutable } from '../lib/file-meta.js';
import { TextBatcher } from '../lib/text-batch.js';

const HELP = `Usage: tree [OPTION]... [DIRECTORY]...
List the contents of DIRECTORYs (the current directory by default) as a tree,
then the number of directories and files listed.

  -a             list hidden files too
  -d             list directories only
  -f             print the path of each entry from the directory given
  -F             append / to directories, * to executables, @ to links
  -I PATTERN     leave out names matching PATTERN (wildcards, | between)
  -L LEVEL       descend at most LEVEL levels
  -P PATTERN     list only files matching PATTERN (directories stay)
  -C, -n         color on / off (output here is never colored)
      --noreport do not print the closing count line
      --help     display this help and exit
`;

interface TreeOptions {
  readonly all: boolean;
  readonly dirsOnly: boolean;
  readonly fullPath: boolean;
  readonly classify: boolean;
  readonly exclude: RegExp | null;
  readonly include: RegExp | null;
  readonly maxLevel: number;
}

interface Counts {
  dirs: number;
  files: number;
}

function patternOf(text: string | undefined): RegExp | null {
  if (text === undefined) return null;
  const alternatives = text.split('|').map((p) => patternToRegExp(p, { extglob: false }).source);
  return new RegExp(alternatives.join('|'), 's');
}

/** tree [OPTION]... [DIRECTORY]... */
export const tree = defineCommand({
  name: 'tree',
  summary: 'list contents of directories in a tree-like format',
  help: HELP,
  flags: [
    { short: 'a' },
    { short: 'd' },
    { short: 'f' },
    { short: 'F' },
    { short: 'I', arg: 'required' },
    { short: 'L', arg: 'required' },
    { short: 'P', arg: 'required' },
    { short: 'C' },
    { short: 'n' },
    { long: 'noreport' },
  ],
  async run(ctx, p) {
    const levelText = p.get('L');
    if (levelText !== undefined && !/^[1-9]\d*$/.test(levelText)) {
      await writeText(ctx.stderr, 'tree: Invalid level, must be greater than 0.\n');
      return 1;
    }
    const o: TreeOptions = {
      all: p.has('a'),
      dirsOnly: p.has('d'),
      fullPath: p.has('f'),
      classify: p.has('F'),
      exclude: patternOf(p.get('I')),
      include: patternOf(p.get('P')),
      maxLevel: levelText === undefined ? MAX_WALK_DEPTH : Number(levelText),
    };
    const out = new TextBatcher(ctx.stdout);
    const counts: Counts = { dirs: 0, files: 0 };
    let status = 0;
    for (const root of p.operands.length > 0 ? p.operands : ['.']) {
      const st = await ctx.fs.stat(ctx.resolve(root)).catch(() => null);
      if (!st) {
        await out.add(`${root}  [error opening dir]\n`);
        status = 2;
        continue;
      }
      await out.add(`${root}\n`);
      if (st.type === 'directory') await walk(ctx, out, o, counts, ctx.resolve(root), root, '', 1);
      else counts.files++;
    }
    if (!p.has('noreport')) {
      const dirs = `${counts.dirs} director${counts.dirs === 1 ? 'y' : 'ies'}`;
      const files = `${counts.files} file${counts.files === 1 ? '' : 's'}`;
      await out.add(o.dirsOnly ? `\n${dirs}\n` : `\n${dirs}, ${files}\n`);
    }
    await out.flush();
    return status;
  },
});

async function walk(
  ctx: CommandContext,
  out: TextBatcher,
  o: TreeOptions,
  counts: Counts,
  dir: string,
  shown: string,
  indent: string,
  level: number,
): Promise<void> {
  ctx.signal.throwIfAborted();
  const entries = await ctx.fs.readdir(dir, { signal: ctx.signal }).catch(() => null);
  if (!entries) return;
  const kept: { name: string; stat: FileStat; target: FileStat | null }[] = [];
  for (const e of entries) {
    if (!o.all && e.name.startsWith('.')) continue;
    if (o.exclude?.test(e.name)) continue;
    const path = joinPath(dir, e.name);
    const stat = await ctx.fs.lstat(path).catch(() => null);
    if (!stat) continue;
    const target = stat.type === 'symlink' ? await ctx.fs.stat(path).catch(() => null) : stat;
    const isDir = target?.type === 'directory';
    if (o.dirsOnly && !isDir) continue;
    if (o.include && !isDir && !o.include.test(e.name)) continue;
    kept.push({ name: e.name, stat, target });
  }
  for (let i = 0; i < kept.length; i++) {
    const { name, stat, target } = kept[i];
    const last = i === kept.length - 1;
    const path = joinPath(dir, name);
    const display = o.fullPath ? `${shown.replace(/\/+$/, '')}/${name}` : name;
    let line = `${indent}${last ? '`-- ' : '|-- '}${display}`;
    const isDir = target?.type === 'directory';
    if (stat.type === 'symlink') {
      if (o.classify) line += '@';
      line += ` -> ${await ctx.fs.readlink(path).catch(() => '')}`;
    } else if (o.classify) {
      if (isDir) line += '/';
      else if (isExecutable(stat)) line += '*';
    }
    await out.add(`${line}\n`);
    if (isDir) counts.dirs++;
    else counts.files++;
    if (isDir && stat.type !== 'symlink' && level < o.maxLevel) {
      await walk(
        ctx,
        out,
        o,
        counts,
        path,
        o.fullPath ? `${shown.replace(/\/+$/, '')}/${name}` : name,
        indent + (last ? '    ' : '|   '),
        level + 1,
      );
    }
  }
}
