/**
 * The jq command. The engine (grammar, interpreter, builtins) loads on the
 * first run, so importing the command set stays cheap.
 */
import type { Command } from '../../core/command.js';
import { JQ_HELP } from './help.js';

/** jq, the command-line JSON processor (jq 1.7 language). */
export const jq: Command = {
  name: 'jq',
  summary: 'command-line JSON processor',
  help: JQ_HELP,
  async run(ctx) {
    const { runJq } = await import('./run.js');
    return runJq(ctx);
  },
};
