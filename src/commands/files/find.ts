/** find: search a directory tree, evaluating an expression for every file. */
import { writeText } from '../../core/io.js';
import { TimeZone } from '../data/time-zone.js';
import { defineCommand } from '../lib/define.js';
import { TextBatcher } from '../lib/text-batch.js';
import { parseFind } from './find-parse.js';
import { type FindRun, FindUsageError } from './find-types.js';
import { walkAll } from './find-walk.js';

const HELP = `Usage: find [-H] [-L] [-P] [path...] [expression]

Walk each PATH (the current directory by default) and evaluate EXPRESSION
for every file met; the default expression is -print.

Operators, by decreasing precedence (-a is implied between two tests):
      ( EXPR )   ! EXPR   -not EXPR   EXPR1 -a EXPR2   EXPR1 -and EXPR2
      EXPR1 -o EXPR2   EXPR1 -or EXPR2   EXPR1 , EXPR2

Symbolic links: -P never follows them (default), -H follows those named as
PATH, -L follows all of them.

Options (always true): -daystart -follow -regextype TYPE -depth -maxdepth N
      -mindepth N -mount -xdev -noleaf -warn -nowarn

Tests (N is +N for more than N, -N for less than N, or exactly N):
      -name PATTERN -iname PATTERN -path PATTERN -ipath PATTERN
      -wholename PATTERN -iwholename PATTERN -lname PATTERN -ilname PATTERN
      -regex PATTERN -iregex PATTERN -type [fdl] -xtype [fdl]
      -size N[bcwkMG] -empty -links N -perm [-/]MODE -readable -writable
      -executable -user NAME -group NAME -uid N -gid N -nouser -nogroup
      -mtime N -mmin N -atime N -amin N -ctime N -cmin N
      -newer FILE -newermt DATE -true -false

Actions:
      -print -print0 -printf FORMAT -ls -delete -prune -quit
      -exec COMMAND ; -exec COMMAND {} +

      --help     display this help and exit
`;

/** find [-H] [-L] [-P] [path...] [expression] */
export const find = defineCommand({
  name: 'find',
  summary: 'search for files in a directory hierarchy',
  help: HELP,
  parse: false,
  async run(ctx) {
    if (ctx.args[0] === '--help' || ctx.args[0] === '-help') {
      await writeText(ctx.stdout, HELP);
      return 0;
    }
    const zone = TimeZone.fromEnv(ctx.env);
    const nowMs = Date.now();
    let parsed: Awaited<ReturnType<typeof parseFind>>;
    try {
      parsed = await parseFind(ctx.args, { ctx, zone, nowMs });
    } catch (e) {
      if (!(e instanceof FindUsageError)) throw e;
      await writeText(ctx.stderr, `find: ${e.message}\n`);
      return 1;
    }
    const run: FindRun = {
      ctx,
      out: new TextBatcher(ctx.stdout),
      follow: parsed.settings.follow,
      zone,
      status: 0,
      quit: false,
    };
    await walkAll(parsed, run);
    return run.status;
  },
});
