/** The data, checksum, comparison and calculator command group; each command lives in its own file. */
import type { Command } from '../../core/command.js';
import { base64 } from './base64.js';
import { bc } from './bc.js';
import { CHECKSUM_COMMANDS } from './checksum.js';
import { cmp } from './cmp.js';
import { date } from './date.js';
import { diff } from './diff.js';
import { expr } from './expr.js';
import { iconv } from './iconv.js';
import { mktemp } from './mktemp.js';
import { od } from './od.js';
import { patch } from './patch.js';
import { strings } from './strings.js';
import { xxd } from './xxd.js';

/** Every data command, registered in the command registry. */
export const DATA_COMMANDS: readonly Command[] = [
  base64,
  bc,
  ...CHECKSUM_COMMANDS,
  cmp,
  date,
  diff,
  expr,
  iconv,
  mktemp,
  od,
  patch,
  strings,
  xxd,
];
