/** The fs command group; each command lives in its own file. */
import type { Command } from '../../core/command.js';
import { cat } from './cat.js';
import { cp } from './cp.js';
import { ls } from './ls.js';
import { mkdir } from './mkdir.js';
import { mv } from './mv.js';
import { rm } from './rm.js';
import { rmdir } from './rmdir.js';

/** Every filesystem command, registered in the command registry. */
export const FS_COMMANDS: readonly Command[] = [cat, cp, ls, mkdir, mv, rm, rmdir];
