/** The line and column text tools (sort, uniq, cut, tr, …); each command lives in its own file. */
import type { Command } from '../../core/command.js';
import { column } from './column.js';
import { comm } from './comm.js';
import { csplit } from './csplit.js';
import { cut } from './cut.js';
import { expand } from './expand.js';
import { fmt } from './fmt.js';
import { fold } from './fold.js';
import { join } from './join.js';
import { nl } from './nl.js';
import { paste } from './paste.js';
import { rev } from './rev.js';
import { shuf } from './shuf.js';
import { sort } from './sort/sort.js';
import { split } from './split.js';
import { tac } from './tac.js';
import { tr } from './tr.js';
import { unexpand } from './unexpand.js';
import { uniq } from './uniq.js';

/** Every command of the textproc group. */
export const TEXTPROC_COMMANDS: readonly Command[] = [
  column,
  comm,
  csplit,
  cut,
  expand,
  fmt,
  fold,
  join,
  nl,
  paste,
  rev,
  shuf,
  sort,
  split,
  tac,
  tr,
  unexpand,
  uniq,
];
