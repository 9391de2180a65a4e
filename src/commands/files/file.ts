/** file: determine file types from their metadata and first bytes. */
import type { CommandContext } from '../../core/command.js';
import { toFsError } from '../../core/errors.js';
import { readAll, writeText } from '../../core/io.js';
import { FILE_MAGIC_BYTES } from '../../core/limits.js';
import type { FileStat } from '../../core/resource.js';
import { strftime } from '../data/strftime.js';
import { TimeZone } from '../data/time-zone.js';
import { defineCommand } from '../lib/define.js';
import { classify, type Finding } from './file-magic.js';

const HELP = `Usage: file [OPTION...] [FILE...]
Determine the type of each FILE from its first bytes ('-' reads standard input).

  -b, --brief            do not prepend file names to output lines
  -E                     exit with an error for files that cannot be read
  -h, --no-dereference   describe symbolic links themselves (the default)
  -i, --mime             print MIME type and encoding (text/plain; charset=us-ascii)
      --mime-type        print only the MIME type
      --mime-encoding    print only the encoding
  -L, --dereference      follow symbolic links
      --help     display this help and exit
`;

const USAGE = `Usage: file [-bcCdEhikLlNnprsSvzZ0] [--apple] [--extension] [--mime-encoding]
            [--mime-type] [-e <testname>] [-F <separator>]  [-f <namefile>]
            [-m <magicfiles>] [-P <parameter=value>] [--exclude-quiet]
            <file> ...
       file -C [-m <magicfiles>]
       file [--help]
`;

type Show = 'text' | 'mime' | 'type' | 'encoding';

function render(f: Finding, show: Show): string {
  if (show === 'mime') return `${f.mime}; charset=${f.charset}`;
  if (show === 'type') return f.mime;
  if (show === 'encoding') return f.charset;
  return f.text;
}

async function describe(ctx: CommandContext, name: string, follow: boolean): Promise<Finding | string> {
  if (name === '-') {
    const head = await readAll(ctx.stdin);
    if (head.length === 0) return { text: 'empty', mime: 'application/x-empty', charset: 'binary' };
    return classify(head.subarray(0, FILE_MAGIC_BYTES), { tail: null, ctime: ctimeFor(ctx) });
  }
  const path = ctx.resolve(name);
  let st: FileStat;
  try {
    st = follow ? await ctx.fs.stat(path) : await ctx.fs.lstat(path);
  } catch (e) {
    return `cannot open \`${name}' (${toFsError(e, name).reason})`;
  }
  if (st.type === 'directory') return { text: 'directory', mime: 'inode/directory', charset: 'binary' };
  if (st.type === 'symlink') {
    const target = await ctx.fs.readlink(path).catch(() => '');
    const broken = !(await ctx.fs.exists(path));
    return { text: `${broken ? 'broken ' : ''}symbolic link to ${target}`, mime: 'inode/symlink', charset: 'binary' };
  }
  if (st.size === 0) return { text: 'empty', mime: 'inode/x-empty', charset: 'binary' };
  try {
    const head = await readAll(ctx.fs.read(path, { start: 0, end: FILE_MAGIC_BYTES, signal: ctx.signal }));
    const tail =
      st.size >= 4 ? await readAll(ctx.fs.read(path, { start: st.size - 4, end: st.size, signal: ctx.signal })) : null;
    return classify(head, { tail, ctime: ctimeFor(ctx) });
  } catch (e) {
    return `cannot open \`${name}' (${toFsError(e, name).reason})`;
  }
}

function ctimeFor(ctx: CommandContext): (seconds: number) => string {
  const zone = TimeZone.fromEnv(ctx.env);
  return (seconds) => strftime('%a %b %e %H:%M:%S %Y', { fields: zone.fields(seconds * 1000), seconds, nanos: 0 });
}

/** file [OPTION...] [FILE...] */
export const file = defineCommand({
  name: 'file',
  summary: 'determine file type',
  help: HELP,
  flags: [
    { short: 'b', long: 'brief' },
    { short: 'E' },
    { short: 'h', long: 'no-dereference' },
    { short: 'i', long: 'mime' },
    { long: 'mime-type' },
    { long: 'mime-encoding' },
    { short: 'L', long: 'dereference' },
  ],
  async run(ctx, p) {
    if (p.operands.length === 0) {
      await writeText(ctx.stderr, USAGE);
      return 1;
    }
    const show: Show = p.has('mime')
      ? 'mime'
      : p.has('mime-type')
        ? 'type'
        : p.has('mime-encoding')
          ? 'encoding'
          : 'text';
    const follow = p.order.filter(([k]) => k === 'dereference' || k === 'no-dereference').pop()?.[0] === 'dereference';
    const names = p.operands.map((n) => (n === '-' ? '/dev/stdin' : n));
    const width = Math.max(...names.map((n) => n.length)) + 1;
    let status = 0;
    for (let i = 0; i < p.operands.length; i++) {
      ctx.signal.throwIfAborted();
      const result = await describe(ctx, p.operands[i], follow);
      const prefix = p.has('brief') ? '' : `${`${names[i]}:`.padEnd(width)} `;
      if (typeof result === 'string') {
        if (p.has('E')) {
          await writeText(ctx.stdout, `${names[i]}: ERROR: ${result.replace('cannot open', 'cannot stat')}\n`);
          status = 1;
          continue;
        }
        await writeText(ctx.stdout, `${prefix}${result}\n`);
        continue;
      }
      await writeText(ctx.stdout, `${prefix}${render(result, show)}\n`);
    }
    return status;
  },
});
