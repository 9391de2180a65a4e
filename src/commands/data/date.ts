/** date: print the current or a given time in a format; setting the clock is refused. */
import type { CommandContext } from '../../core/command.js';
import { toFsError, UsageError } from '../../core/errors.js';
import { writeText } from '../../core/io.js';
import { byteLines } from '../../core/lines.js';
import { defineCommand, fail } from '../lib/define.js';
import { type ParsedFlags, tryHelp, usageError } from '../lib/flags.js';
import { quote, quoteAlways } from '../lib/quote.js';
import { type Instant, parseDateTime } from './date-parse.js';
import { operandSource } from './input.js';
import { strftime } from './strftime.js';
import { TimeZone } from './time-zone.js';

const HELP = `Usage: date [OPTION]... [+FORMAT]
  or:  date [-u|--utc|--universal] [MMDDhhmm[[CC]YY][.ss]]
Print the current time, or the time given by -d, in FORMAT.

  -d, --date=STRING          show the time STRING describes, not 'now'
  -f, --file=DATEFILE        like --date, once for each line of DATEFILE
  -I[FMT], --iso-8601[=FMT]  ISO 8601 output; FMT is 'date' (default),
                               'hours', 'minutes', 'seconds' or 'ns'
  -R, --rfc-email            RFC 5322 output: Mon, 14 Aug 2006 02:34:56 -0600
      --rfc-3339=FMT         RFC 3339 output; FMT is 'date', 'seconds' or 'ns'
  -r, --reference=FILE       show the last modification time of FILE
  -s, --set=STRING           set the time (not permitted here)
  -u, --utc, --universal     use Coordinated Universal Time
      --help     display this help and exit

FORMAT takes the strftime conversions (%Y %m %d %H %M %S %s %N %j %a %A %b
%B %p %Z %z %:z %F %T %D %e %k %l %u %w %U %V %G %C %y %n %t %% and more)
with the flags - (no padding), _ (spaces), 0 (zeros), ^ (upper case) and
# (swap case) and a field width. The time zone comes from TZ (UTC if unset).
`;

const ISO_FORMATS: Record<string, string> = {
  date: '%Y-%m-%d',
  hours: '%Y-%m-%dT%H%:z',
  minutes: '%Y-%m-%dT%H:%M%:z',
  seconds: '%Y-%m-%dT%H:%M:%S%:z',
  ns: '%Y-%m-%dT%H:%M:%S,%N%:z',
};
const RFC3339_FORMATS: Record<string, string> = {
  date: '%Y-%m-%d',
  seconds: '%Y-%m-%d %H:%M:%S%:z',
  ns: '%Y-%m-%d %H:%M:%S.%N%:z',
};
const DEFAULT_FORMAT = '%a %b %e %H:%M:%S %Z %Y';

/** GNU's argmatch failure: the bad value and every valid one. */
function badArgument(value: string, option: string, valid: readonly string[]): UsageError {
  const list = valid.map((v) => `  - '${v}'`).join('\n');
  return new UsageError(
    `date: invalid argument '${value}' for '${option}'\nValid arguments are:\n${list}\n${tryHelp('date')}\n`,
    1,
  );
}

/** The output format the options ask for, or null when none does. */
function formatFromOptions(p: ParsedFlags): string | null {
  let format: string | null = null;
  for (const [key, value] of p.order) {
    let next: string | null = null;
    if (key === 'iso-8601') {
      const which = value === true ? 'date' : value;
      const match = Object.keys(ISO_FORMATS).find((k) => k.startsWith(which));
      if (!match || which === '') throw badArgument(which, '--iso-8601', ['hours', 'minutes', 'date', 'seconds', 'ns']);
      next = ISO_FORMATS[match];
    } else if (key === 'rfc-3339') {
      const match = Object.keys(RFC3339_FORMATS).find((k) => k.startsWith(value as string));
      if (!match || value === '') throw badArgument(value as string, '--rfc-3339', ['date', 'seconds', 'ns']);
      next = RFC3339_FORMATS[match];
    } else if (key === 'rfc-email') next = '%a, %d %b %Y %H:%M:%S %z';
    if (next !== null) {
      if (format !== null && format !== next) throw new UsageError('date: multiple output formats specified\n', 1);
      format = next;
    }
  }
  return format;
}

function render(format: string, t: Instant, zone: TimeZone): string {
  return `${strftime(format, { fields: zone.fields(t.sec * 1000), seconds: t.sec, nanos: t.nsec })}\n`;
}

function nowInstant(): Instant {
  const ms = Date.now();
  const sec = Math.floor(ms / 1000);
  return { sec, nsec: (ms - sec * 1000) * 1e6 };
}

/** date [OPTION]... [+FORMAT] */
export const date = defineCommand({
  name: 'date',
  summary: 'print or set the system date and time',
  help: HELP,
  flags: [
    { short: 'd', long: 'date', arg: 'required' },
    { short: 'f', long: 'file', arg: 'required' },
    { short: 'I', long: 'iso-8601', arg: 'optional' },
    { short: 'R', long: 'rfc-email' },
    { long: 'rfc-3339', arg: 'required' },
    { short: 'r', long: 'reference', arg: 'required' },
    { short: 's', long: 'set', arg: 'required' },
    { short: 'u', long: 'utc' },
    { long: 'universal', key: 'utc' },
  ],
  async run(ctx, p) {
    const optionFormat = formatFromOptions(p);
    if (p.operands.length > 1) throw usageError('date', `extra operand '${p.operands[1]}'`);
    const operand = p.operands[0];
    const given = p.has('date') || p.has('file') || p.has('reference') || p.has('set');
    if (operand !== undefined && !operand.startsWith('+')) {
      if (given) {
        throw new UsageError(
          `date: the argument '${operand}' lacks a leading '+';\nwhen using an option to specify date(s), any non-option\nargument must be a format string beginning with '+'\n${tryHelp('date')}\n`,
          1,
        );
      }
      return setClock(ctx, operand);
    }
    if (operand !== undefined && optionFormat !== null)
      throw new UsageError('date: multiple output formats specified\n', 1);
    if (p.has('set')) return fail(ctx, 'cannot set date: Operation not permitted');
    const format = operand !== undefined ? operand.slice(1) : (optionFormat ?? DEFAULT_FORMAT);
    const zone = p.has('utc') ? TimeZone.UTC : TimeZone.fromEnv(ctx.env);
    const now = nowInstant();
    if (p.has('file')) return fromFile(ctx, p.get('file') as string, format, zone, now);
    let t = now;
    if (p.has('reference')) {
      const file = p.get('reference') as string;
      try {
        const ms = (await ctx.fs.stat(ctx.resolve(file))).mtimeMs;
        const sec = Math.floor(ms / 1000);
        t = { sec, nsec: Math.round((ms - sec * 1000) * 1e6) };
      } catch (e) {
        return fail(ctx, `${quote(file)}: ${toFsError(e, file).reason}`);
      }
    }
    if (p.has('date')) {
      const text = p.get('date') as string;
      const parsed = parseDateTime(text, now, zone);
      if (parsed === null) return fail(ctx, `invalid date ${quoteAlways(text)}`);
      t = parsed;
    }
    await writeText(ctx.stdout, render(format, t, zone));
    return 0;
  },
});

/** The MMDDhhmm[[CC]YY][.ss] operand: checked like GNU, then refused (the clock is not ours to set). */
async function setClock(ctx: CommandContext, operand: string): Promise<number> {
  if (!/^\d{8}(\d{2}|\d{4})?(\.\d{2})?$/.test(operand)) return fail(ctx, `invalid date ${quoteAlways(operand)}`);
  return fail(ctx, 'cannot set date: Operation not permitted');
}

/** -f: one date per line; bad lines are reported and the rest still printed. */
async function fromFile(ctx: CommandContext, file: string, format: string, zone: TimeZone, now: Instant) {
  let status = 0;
  try {
    for await (const { bytes } of byteLines(operandSource(ctx, file))) {
      const text = Buffer.from(bytes).toString('utf8');
      const t = parseDateTime(text, now, zone);
      if (t === null) {
        await writeText(ctx.stderr, `date: invalid date ${quoteAlways(text)}\n`);
        status = 1;
        continue;
      }
      await writeText(ctx.stdout, render(format, t, zone));
    }
  } catch (e) {
    const reason = (e as { reason?: unknown }).reason;
    if (typeof reason !== 'string') throw e;
    return fail(ctx, `${quote(file)}: ${reason}`);
  }
  return status;
}
