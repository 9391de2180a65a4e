/**
 * timeout: run a command with a time limit. The command really stops: it runs
 * with an AbortSignal that fires when the time is up.
 */
import { UsageError } from '../../core/errors.js';
import { writeText } from '../../core/io.js';
import { defineCommand } from '../lib/define.js';
import { tryHelp, usageError } from '../lib/flags.js';
import { quoteAlways } from '../lib/quote.js';
import { parseDuration } from './duration.js';
import { canRun } from './run-argv.js';
import { signalName, signalNumber } from './signals.js';

const HELP = `Usage: timeout [OPTION] DURATION COMMAND [ARG]...
  or:  timeout [OPTION]
Start COMMAND, and kill it if still running after DURATION.

Mandatory arguments to long options are mandatory for short options too.
      --preserve-status
                 exit with the same status as COMMAND, even when the
                   command times out
      --foreground
                 accepted for compatibility (commands never read a terminal)
  -k, --kill-after=DURATION
                 also send a KILL signal if COMMAND is still running
                   this long after the initial signal was sent
  -s, --signal=SIGNAL
                 specify the signal to be sent on timeout;
                   SIGNAL may be a name like 'HUP' or a number
  -v, --verbose  diagnose to stderr any signal sent upon timeout
      --help     display this help and exit

DURATION is a floating point number with an optional suffix:
's' for seconds (the default), 'm' for minutes, 'h' for hours or 'd' for days.
A duration of 0 disables the associated timeout.

Upon timeout, send the TERM signal to COMMAND, if no other SIGNAL specified.

Exit status:
  124  if COMMAND times out, and --preserve-status is not specified
  125  if the timeout command itself fails
  126  if COMMAND is found but cannot be invoked
  127  if COMMAND cannot be found
  137  if COMMAND (or timeout itself) is sent the KILL (9) signal (128+9)
  -    the exit status of COMMAND otherwise
`;

const KILL = 9;

function duration(text: string): number {
  const s = parseDuration(text);
  if (s === null) throw usageError('timeout', `invalid time interval ${quoteAlways(text)}`, 125);
  return s;
}

/** The timeout command. */
export const timeout = defineCommand({
  name: 'timeout',
  summary: 'run a command with a time limit',
  help: HELP,
  flags: [
    { long: 'preserve-status' },
    { long: 'foreground' },
    { short: 'k', long: 'kill-after', arg: 'required' },
    { short: 's', long: 'signal', arg: 'required' },
    { short: 'v', long: 'verbose' },
  ],
  flagOptions: { usageExit: 125, stopAtOperand: true },
  async run(ctx, parsed) {
    const signalText = parsed.get('signal') ?? 'TERM';
    const signum = signalNumber(signalText);
    if (signum === null) throw usageError('timeout', `${quoteAlways(signalText)}: invalid signal`, 125);
    const killAfter = parsed.has('kill-after') ? duration(parsed.get('kill-after') as string) : 0;
    if (parsed.operands.length < 2) throw new UsageError(`${tryHelp('timeout')}\n`, 125);
    const seconds = duration(parsed.operands[0]);
    const argv = parsed.operands.slice(1);
    if (!canRun(ctx, argv[0])) {
      await writeText(
        ctx.stderr,
        `timeout: failed to run command ${quoteAlways(argv[0])}: No such file or directory\n`,
      );
      return 127;
    }
    const timer = new AbortController();
    const ms = seconds * 1000;
    const handle = seconds > 0 && ms <= 0x7fffffff ? setTimeout(() => timer.abort(), ms) : undefined;
    let killHandle: ReturnType<typeof setTimeout> | undefined;
    // A command that has not wound down --kill-after past the signal is given up on, as KILL would.
    const killed = new Promise<'killed'>((resolve) => {
      if (killAfter <= 0) return;
      timer.signal.addEventListener('abort', () => {
        killHandle = setTimeout(() => resolve('killed'), killAfter * 1000);
      });
    });
    const child = ctx.exec(argv, { signal: AbortSignal.any([ctx.signal, timer.signal]) });
    try {
      const outcome = await Promise.race([
        child.then(
          (status) => ({ status }),
          (error: unknown) => ({ error }),
        ),
        killed,
      ]);
      if (!timer.signal.aborted) {
        if (outcome !== 'killed' && 'error' in outcome) throw outcome.error;
        return outcome !== 'killed' && 'status' in outcome ? outcome.status : 128 + KILL;
      }
      if (parsed.has('verbose')) {
        await writeText(
          ctx.stderr,
          `timeout: sending signal ${signalName(signum)} to command ${quoteAlways(argv[0])}\n`,
        );
      }
      if (outcome === 'killed') return 128 + KILL;
      if (parsed.has('preserve-status')) return 128 + signum;
      return signum === KILL ? 128 + KILL : 124;
    } finally {
      clearTimeout(handle);
      clearTimeout(killHandle);
    }
  },
});
