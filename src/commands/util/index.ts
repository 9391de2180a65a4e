/** The util command group; each command lives in its own file. */
import type { Command } from '../../core/command.js';

export const UTIL_COMMANDS: readonly Command[] = [];
