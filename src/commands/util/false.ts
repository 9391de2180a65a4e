/** false: do nothing, unsuccessfully (bash's builtin ignores every argument, --help included). */
import { defineCommand } from '../lib/define.js';

/** The false command. */
export const falseCommand = defineCommand({
  name: 'false',
  summary: 'do nothing, unsuccessfully',
  help: 'false: false\n    Return an unsuccessful result.\n\n    Exit Status:\n    Always fails.\n',
  parse: false,
  run: async () => 1,
});
