/** sleep: delay for a specified amount of time; stops at once when the command is cancelled. */
import { UsageError } from '../../core/errors.js';
import { defineCommand } from '../lib/define.js';
import { tryHelp, usageError } from '../lib/flags.js';
import { quoteAlways } from '../lib/quote.js';
import { delay, parseDuration } from './duration.js';

const HELP = `Usage: sleep NUMBER[SUFFIX]...
  or:  sleep OPTION
Pause for NUMBER seconds.  SUFFIX may be 's' for seconds (the default),
'm' for minutes, 'h' for hours or 'd' for days.  NUMBER need not be an
integer.  Given two or more arguments, pause for the amount of time
specified by the sum of their values.

      --help     display this help and exit
`;

/** The sleep command. */
export const sleep = defineCommand({
  name: 'sleep',
  summary: 'delay for a specified amount of time',
  help: HELP,
  async run(ctx, parsed) {
    if (parsed.operands.length === 0) throw usageError('sleep', 'missing operand');
    let seconds = 0;
    const errors: string[] = [];
    for (const op of parsed.operands) {
      const s = parseDuration(op);
      if (s === null) errors.push(`sleep: invalid time interval ${quoteAlways(op)}\n`);
      else seconds += s;
    }
    if (errors.length > 0) throw new UsageError(`${errors.join('')}${tryHelp('sleep')}\n`, 1);
    await delay(seconds * 1000, ctx.signal);
    return 0;
  },
});
