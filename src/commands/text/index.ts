/** The text command group; each command lives in its own file. */
import type { Command } from '../../core/command.js';
import { head } from './head.js';
import { tail } from './tail.js';
import { wc } from './wc.js';

/** head, tail, wc. */
export const TEXT_COMMANDS: readonly Command[] = [head, tail, wc];
