/** The text command group; each command lives in its own file. */
import type { Command } from '../../core/command.js';

export const TEXT_COMMANDS: readonly Command[] = [];
