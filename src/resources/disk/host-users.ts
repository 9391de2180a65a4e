/**
 * User and group names for stat, read once per process from /etc/passwd and
 * /etc/group. Names only (no secrets), so caching them is safe; where the files
 * are missing or unreadable the names stay undefined.
 */
import { readFile } from 'node:fs/promises';

/** Numeric ids to names. */
export interface HostNames {
  readonly users: ReadonlyMap<number, string>;
  readonly groups: ReadonlyMap<number, string>;
}

let loading: Promise<HostNames> | undefined;

/** The host's id → name maps, loaded on first use. */
export function hostNames(): Promise<HostNames> {
  loading ??= Promise.all([readIdFile('/etc/passwd'), readIdFile('/etc/group')]).then(([users, groups]) => ({
    users,
    groups,
  }));
  return loading;
}

/** Parses `name:x:id:…` lines; the first name wins for an id, as getpwuid does. */
async function readIdFile(file: string): Promise<Map<number, string>> {
  const map = new Map<number, string>();
  const text = await readFile(file, 'utf8').catch(() => '');
  for (const line of text.split('\n')) {
    const fields = line.split(':');
    if (fields.length < 3) continue;
    const id = Number(fields[2]);
    if (Number.isInteger(id) && !map.has(id)) map.set(id, fields[0]);
  }
  return map;
}
