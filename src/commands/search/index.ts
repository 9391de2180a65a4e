/** The search command group: grep and its aliases, rg and sed. */
import type { Command } from '../../core/command.js';
import { egrep, fgrep, grep } from './grep.js';
import { rg } from './rg.js';
import { sed } from './sed.js';

/** Every search command, registered in the command registry. */
export const SEARCH_COMMANDS: readonly Command[] = [grep, egrep, fgrep, rg, sed];
