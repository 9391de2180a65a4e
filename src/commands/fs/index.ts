/** The fs command group; each command lives in its own file. */
import type { Command } from '../../core/command.js';

export const FS_COMMANDS: readonly Command[] = [];
