/**
 * defineCommand turns a flag table and a run function into a Command with GNU
 * --help handling and error reporting, so each command file holds only its logic.
 */
import type { Command, CommandContext } from '../../core/command.js';
import { FsError, UsageError } from '../../core/errors.js';
import { writeText } from '../../core/io.js';
import { type FlagOptions, type FlagSpec, type ParsedFlags, parseFlags } from './flags.js';

/** What a command file declares. */
export interface CommandDefinition {
  readonly name: string;
  readonly summary: string;
  /** Usage lines and option descriptions; `--help` prints exactly this. */
  readonly help: string;
  readonly flags?: readonly FlagSpec[];
  readonly flagOptions?: FlagOptions;
  /** When false, arguments are passed through unparsed (echo, test, printf). Default true. */
  readonly parse?: boolean;
  run(ctx: CommandContext, parsed: ParsedFlags): Promise<number>;
}

const NO_FLAGS: ParsedFlags = {
  flags: {},
  lists: {},
  order: [],
  operands: [],
  count: () => 0,
  has: () => false,
  get: () => undefined,
};

/** Builds a Command from its definition. */
export function defineCommand(def: CommandDefinition): Command {
  const specs: readonly FlagSpec[] = [...(def.flags ?? []), { long: 'help', key: '__help' }];
  return {
    name: def.name,
    summary: def.summary,
    help: def.help,
    async run(ctx) {
      try {
        if (def.parse === false) {
          return await def.run(ctx, { ...NO_FLAGS, operands: ctx.args });
        }
        const parsed = parseFlags(ctx.name, ctx.args, specs, def.flagOptions);
        if (parsed.has('__help')) {
          await writeText(ctx.stdout, def.help);
          return 0;
        }
        return await def.run(ctx, parsed);
      } catch (e) {
        if (e instanceof UsageError) {
          await writeText(ctx.stderr, e.message);
          return e.exitCode;
        }
        if (e instanceof FsError) {
          await writeText(ctx.stderr, `${ctx.name}: ${e.path}: ${e.reason}\n`);
          return 1;
        }
        throw e;
      }
    },
  };
}

/** Writes `cmd: message` to stderr and returns the status, for one-line failures. */
export async function fail(ctx: CommandContext, message: string, status = 1): Promise<number> {
  await writeText(ctx.stderr, `${ctx.name}: ${message}\n`);
  return status;
}
