/** mktemp: create a uniquely named file or directory through ctx.fs and print its name. */
import { randomInt } from 'node:crypto';
import type { CommandContext } from '../../core/command.js';
import { toFsError } from '../../core/errors.js';
import { writeText } from '../../core/io.js';
import { MKTEMP_ATTEMPTS } from '../../core/limits.js';
import { defineCommand } from '../lib/define.js';
import { usageError } from '../lib/flags.js';

const HELP = `Usage: mktemp [OPTION]... [TEMPLATE]
Create a temporary file or directory with a unique name and print that name.
TEMPLATE must hold at least 3 consecutive 'X's in its last component; they
are replaced by random letters and digits. Without TEMPLATE, tmp.XXXXXXXXXX
in $TMPDIR (or /tmp) is used.

  -d, --directory     create a directory, not a file
  -u, --dry-run       create nothing; only print a name
  -q, --quiet         do not report failures to create
      --suffix=SUFF   append SUFF to TEMPLATE (which must then end in X)
  -p DIR, --tmpdir[=DIR]  interpret TEMPLATE relative to DIR; without DIR,
                        $TMPDIR if set, else /tmp
  -t                  like --tmpdir, TEMPLATE being a single file name
      --help     display this help and exit
`;

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

function fill(template: string, start: number, count: number): string {
  let random = '';
  for (let i = 0; i < count; i++) random += ALPHABET[randomInt(ALPHABET.length)];
  return template.slice(0, start) + random + template.slice(start + count);
}

/** mktemp [OPTION]... [TEMPLATE] */
export const mktemp = defineCommand({
  name: 'mktemp',
  summary: 'create a temporary file or directory',
  help: HELP,
  flags: [
    { short: 'd', long: 'directory' },
    { short: 'u', long: 'dry-run' },
    { short: 'q', long: 'quiet' },
    { long: 'suffix', arg: 'required' },
    { short: 'p', arg: 'required', key: 'tmpdir' },
    { long: 'tmpdir', arg: 'optional' },
    { short: 't' },
  ],
  async run(ctx, p) {
    if (p.operands.length > 1) throw usageError('mktemp', 'too many templates');
    const given = p.operands[0];
    const complain = (message: string) =>
      p.has('quiet') ? Promise.resolve(1) : writeText(ctx.stderr, `mktemp: ${message}\n`).then(() => 1);
    let template = given ?? 'tmp.XXXXXXXXXX';
    let suffix = p.get('suffix') ?? '';
    const useTmpdir = given === undefined || p.has('tmpdir') || p.has('t');
    if (p.has('suffix') && !template.endsWith('X')) {
      return complain(`with --suffix, template '${template}' must end in X`);
    }
    if (!p.has('suffix')) {
      const lastX = template.lastIndexOf('X');
      if (lastX >= 0) {
        suffix = template.slice(lastX + 1);
        template = template.slice(0, lastX + 1);
      }
    }
    if (suffix.includes('/')) return complain(`invalid suffix '${suffix}', contains directory separator`);
    if (useTmpdir && template.includes('/') && (p.has('t') || given === undefined)) {
      return complain(`invalid template, '${template}${suffix}', contains directory separator`);
    }
    const run = /X*$/.exec(template)?.[0].length ?? 0;
    if (run < 3) return complain(`too few X's in template '${template}${suffix}'`);
    let dir = '';
    if (useTmpdir) {
      const option = p.get('tmpdir');
      dir = option !== undefined && option !== '' ? option : ctx.env.TMPDIR || '/tmp';
      if (template.startsWith('/')) dir = '';
    }
    const shown = dir === '' ? template : `${dir.replace(/\/+$/, '')}/${template}`;
    return create(ctx, shown, suffix, run, p.has('directory'), p.has('dry-run'), complain);
  },
});

async function create(
  ctx: CommandContext,
  shownTemplate: string,
  suffix: string,
  xs: number,
  directory: boolean,
  dryRun: boolean,
  complain: (message: string) => Promise<number>,
): Promise<number> {
  const start = shownTemplate.length - xs;
  let lastError: unknown = null;
  for (let attempt = 0; attempt < MKTEMP_ATTEMPTS; attempt++) {
    ctx.signal.throwIfAborted();
    const name = fill(shownTemplate, start, xs) + suffix;
    const path = ctx.resolve(name);
    try {
      if (await ctx.fs.exists(path).catch(() => false)) continue;
      if (!dryRun) {
        if (directory) await ctx.fs.mkdir(path);
        else await (await ctx.fs.openWrite(path)).close();
      }
      await writeText(ctx.stdout, `${name}\n`);
      return 0;
    } catch (e) {
      lastError = e;
      const code = toFsError(e, name).code;
      if (code !== 'EEXIST') break;
    }
  }
  const reason = lastError === null ? 'File exists' : toFsError(lastError, shownTemplate).reason;
  return complain(
    `failed to create ${directory ? 'directory' : 'file'} via template '${shownTemplate}${suffix}': ${reason}`,
  );
}
