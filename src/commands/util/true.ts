/** true: do nothing, successfully (bash's builtin ignores every argument, --help included). */
import { defineCommand } from '../lib/define.js';

/** The true command. */
export const trueCommand = defineCommand({
  name: 'true',
  summary: 'do nothing, successfully',
  help: 'true: true\n    Return a successful result.\n\n    Exit Status:\n    Always succeeds.\n',
  parse: false,
  run: async () => 0,
});
