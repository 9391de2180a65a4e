/** The awk language engine, registered as awk, gawk and mawk. */
import type { Command } from '../../core/command.js';
import { awk, gawk, mawk } from './awk.js';

/** awk and its aliases. */
export const AWK_COMMANDS: readonly Command[] = [awk, gawk, mawk];
