/**
 * Safeguards: limits on what one command line may send back to the caller and
 * how long a command may run, per mount and per command. Shared vocabulary of
 * the workspace (configuration) and the executor (enforcement).
 */

/** What to do when output passes a cap. */
export type OnExceed = 'truncate' | 'error';

/** One command's limits. */
export interface Safeguard {
  readonly maxLines?: number;
  readonly maxBytes?: number;
  readonly timeoutSeconds?: number;
  readonly onExceed?: OnExceed;
}

/** mount path (or '*' for every mount) → command name (or '*') → limits. */
export type SafeguardConfig = Readonly<Record<string, Readonly<Record<string, Safeguard>>>>;

/** Lines `cat`, `grep`, `rg`, `head` and `tail` may return when no safeguard is configured. */
export const DEFAULT_OUTPUT_LINES = 2000;

/** Commands capped at DEFAULT_OUTPUT_LINES by default. */
export const DEFAULT_CAPPED_COMMANDS: ReadonlySet<string> = new Set([
  'cat',
  'grep',
  'egrep',
  'fgrep',
  'rg',
  'head',
  'tail',
]);

/** The limits that apply to `command` whose file operands live under `mountPath` (null: none). */
export function findSafeguard(
  config: SafeguardConfig | undefined,
  command: string,
  mountPath: string | null,
): { readonly guard: Safeguard; readonly configured: boolean } | null {
  if (config) {
    for (const key of mountPath ? [mountPath, '*'] : ['*']) {
      const byCommand = config[key];
      const g = byCommand?.[command] ?? byCommand?.['*'];
      if (g) return { guard: g, configured: true };
    }
  }
  if (DEFAULT_CAPPED_COMMANDS.has(command))
    return { guard: { maxLines: DEFAULT_OUTPUT_LINES, onExceed: 'truncate' }, configured: false };
  return null;
}

/** Throws a clear Error for a malformed configuration. */
export function validateSafeguards(config: SafeguardConfig): void {
  for (const [mount, byCommand] of Object.entries(config)) {
    if (mount !== '*' && !mount.startsWith('/')) throw new Error(`safeguards: '${mount}' is not a mount path or '*'`);
    for (const [cmd, g] of Object.entries(byCommand)) {
      for (const [k, v] of Object.entries(g)) {
        if (k === 'onExceed') {
          if (v !== 'truncate' && v !== 'error')
            throw new Error(`safeguards: ${mount} ${cmd}: onExceed must be 'truncate' or 'error'`);
        } else if (k === 'maxLines' || k === 'maxBytes' || k === 'timeoutSeconds') {
          if (typeof v !== 'number' || !(v > 0))
            throw new Error(`safeguards: ${mount} ${cmd}: ${k} must be a positive number`);
        } else throw new Error(`safeguards: ${mount} ${cmd}: unknown setting '${k}'`);
      }
    }
  }
}
