/** GNU argmatch: an option argument from a fixed list, unique prefixes allowed, with GNU's exact complaint. */
import { UsageError } from '../../../core/errors.js';
import { tryHelp } from '../../lib/flags.js';
import { localeQuote } from './locale-quote.js';

/** The entry of `choices` that `value` names (exactly or by unique prefix), else a UsageError. */
export function argmatch<T extends string>(cmd: string, option: string, value: string, choices: readonly T[]): T {
  const exact = choices.find((c) => c === value);
  if (exact) return exact;
  const matches = value === '' ? [] : choices.filter((c) => c.startsWith(value));
  if (matches.length === 1) return matches[0];
  const kind = matches.length > 1 ? 'ambiguous' : 'invalid';
  const list = choices.map((c) => `  - '${c}'\n`).join('');
  throw new UsageError(
    `${cmd}: ${kind} argument ${localeQuote(value)} for '${option}'\nValid arguments are:\n${list}${tryHelp(cmd)}\n`,
    1,
  );
}
