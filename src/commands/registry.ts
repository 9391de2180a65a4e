/** The name → command map: the one place every command is registered. */
import type { Command } from '../core/command.js';
import { AWK_COMMANDS } from './awk/index.js';
import { DATA_COMMANDS } from './data/index.js';
import { FILES_COMMANDS } from './files/index.js';
import { FS_COMMANDS } from './fs/index.js';
import { JQ_COMMANDS } from './jq/index.js';
import { SEARCH_COMMANDS } from './search/index.js';
import { TEXT_COMMANDS } from './text/index.js';
import { TEXTPROC_COMMANDS } from './textproc/index.js';
import { UTIL_COMMANDS } from './util/index.js';

/** Every built-in command, by name. */
export const COMMANDS: ReadonlyMap<string, Command> = new Map(
  [
    ...FS_COMMANDS,
    ...FILES_COMMANDS,
    ...SEARCH_COMMANDS,
    ...DATA_COMMANDS,
    ...TEXT_COMMANDS,
    ...TEXTPROC_COMMANDS,
    ...UTIL_COMMANDS,
    ...JQ_COMMANDS,
    ...AWK_COMMANDS,
  ].map((c) => [c.name, c]),
);
