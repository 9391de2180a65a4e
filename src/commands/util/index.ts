/** The util command group; each command lives in its own file. */
import type { Command } from '../../core/command.js';
import { echo } from './echo.js';
import { env } from './env.js';
import { falseCommand } from './false.js';
import { printenv } from './printenv.js';
import { printf } from './printf.js';
import { seq } from './seq.js';
import { sleep } from './sleep.js';
import { bracket, test } from './test.js';
import { timeout } from './timeout.js';
import { trueCommand } from './true.js';
import { which } from './which.js';
import { xargs } from './xargs.js';
import { yes } from './yes.js';

/** echo, printf, test/[, true, false, seq, sleep, env, printenv, yes, xargs, timeout, which. */
export const UTIL_COMMANDS: readonly Command[] = [
  echo,
  printf,
  test,
  bracket,
  trueCommand,
  falseCommand,
  seq,
  sleep,
  env,
  printenv,
  yes,
  xargs,
  timeout,
  which,
];
