/** The jq command group. */
import type { Command } from '../../core/command.js';
import { jq } from './jq.js';

/** Commands of this group. */
export const JQ_COMMANDS: readonly Command[] = [jq];
