/** The fs command group; each command lives in its own file. */
import type { Command } from '../../core/command.js';
import { cat } from './cat.js';
import { ls } from './ls.js';

/** Every filesystem command, registered in the command registry. */
export const FS_COMMANDS: readonly Command[] = [cat, ls];
