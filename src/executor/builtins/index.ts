/** The builtin table: name → function over the shell. Builtins may change shell state; commands may not. */
import type { FdTable } from '../fds.js';
import type { Shell } from '../interp.js';
import {
  colonBuiltin,
  evalBuiltin,
  execBuiltin,
  exitBuiltin,
  letBuiltin,
  loopBuiltin,
  returnBuiltin,
  sourceBuiltin,
  trapBuiltin,
  waitBuiltin,
} from './control.js';
import { declareFromArgv } from './declare.js';
import { helpBuiltin, historyBuiltin } from './history.js';
import { builtinBuiltin, commandBuiltin, hashBuiltin, typeBuiltin } from './lookup.js';
import { cdBuiltin, pwdBuiltin } from './nav.js';
import { aliasBuiltin, setBuiltin, shiftBuiltin, shoptBuiltin, unaliasBuiltin, unsetBuiltin } from './options.js';
import { mapfileBuiltin, readBuiltin } from './read.js';
import { bashBuiltin, getoptsBuiltin, printfBuiltin } from './script.js';

/** A builtin: runs in the calling shell with its descriptors. */
export type Builtin = (sh: Shell, argv: string[], fds: FdTable) => Promise<number>;

/** Every builtin, by name. */
export const BUILTINS: ReadonlyMap<string, Builtin> = new Map<string, Builtin>([
  [':', colonBuiltin],
  ['.', sourceBuiltin],
  ['alias', aliasBuiltin],
  ['bash', bashBuiltin],
  ['break', loopBuiltin],
  ['builtin', builtinBuiltin],
  ['cd', cdBuiltin],
  ['command', commandBuiltin],
  ['continue', loopBuiltin],
  ['declare', declareFromArgv],
  ['eval', evalBuiltin],
  ['exec', execBuiltin],
  ['exit', exitBuiltin],
  ['export', declareFromArgv],
  ['getopts', getoptsBuiltin],
  ['hash', hashBuiltin],
  ['help', helpBuiltin],
  ['history', historyBuiltin],
  ['let', letBuiltin],
  ['local', declareFromArgv],
  ['mapfile', mapfileBuiltin],
  ['printf', printfBuiltin],
  ['pwd', pwdBuiltin],
  ['read', readBuiltin],
  ['readarray', mapfileBuiltin],
  ['readonly', declareFromArgv],
  ['return', returnBuiltin],
  ['set', setBuiltin],
  ['sh', bashBuiltin],
  ['shift', shiftBuiltin],
  ['shopt', shoptBuiltin],
  ['source', sourceBuiltin],
  ['trap', trapBuiltin],
  ['type', typeBuiltin],
  ['typeset', declareFromArgv],
  ['unalias', unaliasBuiltin],
  ['unset', unsetBuiltin],
  ['wait', waitBuiltin],
]);

/** Registered commands that bash implements as builtins: `type` and `builtin` treat them so. */
export const BUILTIN_COMMANDS: ReadonlySet<string> = new Set(['echo', 'printf', 'test', '[', 'true', 'false', 'kill']);

/** Reserved words, for `type`. */
export const KEYWORDS: ReadonlySet<string> = new Set([
  'if',
  'then',
  'else',
  'elif',
  'fi',
  'case',
  'esac',
  'for',
  'select',
  'while',
  'until',
  'do',
  'done',
  'in',
  'function',
  'time',
  '{',
  '}',
  '!',
  '[[',
  ']]',
  'coproc',
]);
