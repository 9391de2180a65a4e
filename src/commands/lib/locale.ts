/** The character set a command works in, read from the locale variables as glibc does. */

/**
 * True unless the environment selects the C/POSIX locale. Mirage defaults to
 * UTF-8 when no locale variable is set, as agents' text mostly is; LC_ALL=C
 * gives byte semantics exactly as GNU tools have them.
 */
export function isUtf8Locale(env: Readonly<Record<string, string>>): boolean {
  const name = env.LC_ALL || env.LC_CTYPE || env.LANG || '';
  if (name === '') return true;
  if (name === 'C' || name === 'POSIX') return false;
  return /utf-?8/i.test(name);
}
