/** The fs command group; each command lives in its own file. */
import type { Command } from '../../core/command.js';
import { basename } from './basename.js';
import { cat } from './cat.js';
import { cp } from './cp.js';
import { df } from './df.js';
import { dirname } from './dirname.js';
import { du } from './du.js';
import { ln } from './ln.js';
import { ls } from './ls.js';
import { mkdir } from './mkdir.js';
import { mv } from './mv.js';
import { readlink } from './readlink.js';
import { realpath } from './realpath.js';
import { rm } from './rm.js';
import { rmdir } from './rmdir.js';
import { stat } from './stat.js';
import { tee } from './tee.js';
import { touch } from './touch.js';

/** Every filesystem command, registered in the command registry. */
export const FS_COMMANDS: readonly Command[] = [
  basename,
  cat,
  cp,
  df,
  dirname,
  du,
  ln,
  ls,
  mkdir,
  mv,
  readlink,
  realpath,
  rm,
  rmdir,
  stat,
  tee,
  touch,
];
