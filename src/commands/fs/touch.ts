/** touch: create empty files and set modification times (virtual mounts keep no access time). */
import type { CommandContext } from '../../core/command.js';
import { FsError } from '../../core/errors.js';
import { writeText } from '../../core/io.js';
import { defineCommand } from '../lib/define.js';
import { usageError } from '../lib/flags.js';
import { parseDate, parseTouchStamp } from '../lib/parse-date.js';
import { quoteAlways } from '../lib/quote.js';
import { codeOf, reasonOf, resolveOperand } from './fs-errors.js';

const HELP = `Usage: touch [OPTION]... FILE...
Set the modification time of each FILE to now (or to the time given), creating
FILE empty when it does not exist.

  -a                     change only the access time; virtual mounts keep no
                           access time, so existing files are left as they are
  -c, --no-create        do not create missing files
  -d, --date=STRING      use STRING instead of now: 2024-01-02, 2024-01-02
                           03:04:05, 2024-01-02T03:04:05Z, @1700000000,
                           'Jan 2 2024', yesterday, '2 days ago', ...
  -m                     change only the modification time
  -r, --reference=FILE   use FILE's time instead of now
  -t STAMP               use [[CC]YY]MMDDhhmm[.ss] instead of now
      --help     display this help and exit
`;

/** The time to set: ms, null for "now", or the error message to print. */
async function chosenTime(
  ctx: CommandContext,
  date?: string,
  ref?: string,
  stamp?: string,
): Promise<number | null | string> {
  if (stamp !== undefined && (date !== undefined || ref !== undefined)) {
    throw usageError('touch', 'cannot specify times from more than one source');
  }
  let base = Date.now();
  if (ref !== undefined) {
    try {
      base = (await ctx.fs.stat(resolveOperand(ctx, ref))).mtimeMs;
    } catch (e) {
      return `failed to get attributes of ${quoteAlways(ref)}: ${reasonOf(e)}`;
    }
  }
  const text = stamp ?? date;
  if (text !== undefined) {
    const t = stamp !== undefined ? parseTouchStamp(stamp, base) : parseDate(text, base);
    return t ?? `invalid date format ${quoteAlways(text)}`;
  }
  return ref !== undefined ? base : null;
}

/** touch [OPTION]... FILE... */
export const touch = defineCommand({
  name: 'touch',
  summary: 'change file timestamps',
  help: HELP,
  flags: [
    { short: 'a' },
    { short: 'c', long: 'no-create' },
    { short: 'd', long: 'date', arg: 'required' },
    { short: 'm' },
    { short: 'r', long: 'reference', arg: 'required' },
    { short: 't', arg: 'required' },
    { short: 'f' },
  ],
  async run(ctx, p) {
    if (p.operands.length === 0) throw usageError('touch', 'missing file operand');
    const time = await chosenTime(ctx, p.get('date'), p.get('reference'), p.get('t'));
    if (typeof time === 'string') {
      await writeText(ctx.stderr, `touch: ${time}\n`);
      return 1;
    }
    const accessOnly = p.has('a') && !p.has('m');
    let status = 0;
    for (const arg of p.operands) {
      ctx.signal.throwIfAborted();
      if (arg === '-') continue;
      const fail = async (what: string, e: unknown) => {
        await writeText(ctx.stderr, `touch: ${what} ${quoteAlways(arg)}: ${reasonOf(e)}\n`);
        status = 1;
      };
      let path: string;
      try {
        path = resolveOperand(ctx, arg);
        const st = await ctx.fs.stat(path);
        if (arg.endsWith('/') && st.type !== 'directory') throw new FsError('ENOTDIR', arg);
      } catch (e) {
        if (codeOf(e) !== 'ENOENT') {
          await fail('setting times of', e);
          continue;
        }
        if (p.has('no-create')) continue;
        try {
          await ctx.fs.writeFile(resolveOperand(ctx, arg), new Uint8Array(0));
          if (time !== null && !accessOnly) await ctx.fs.utimes(ctx.resolve(arg), time);
        } catch (e2) {
          await fail('cannot touch', e2);
        }
        continue;
      }
      if (accessOnly) continue;
      try {
        await ctx.fs.utimes(path, time ?? Date.now());
      } catch (e) {
        await fail('setting times of', e);
      }
    }
    return status;
  },
});
