/** The file-tree and archive command group; each command lives in its own file. */
import type { Command } from '../../core/command.js';
import { file } from './file.js';
import { find } from './find.js';
import { gunzip, gzip, zcat } from './gzip.js';
import { tar } from './tar.js';
import { tree } from './tree.js';
import { unzip } from './unzip.js';
import { zgrep } from './zgrep.js';
import { zip } from './zip.js';

/** Every file-tree and archive command, registered in the command registry. */
export const FILES_COMMANDS: readonly Command[] = [file, find, gunzip, gzip, tar, tree, unzip, zcat, zgrep, zip];
