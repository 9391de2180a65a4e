/** Parses `--mount PATH=SPEC` options: `ram`, `disk:DIR`, `disk-ro:DIR`. */
import { resolve } from 'node:path';
import type { Resource } from '../core/resource.js';
import { DiskResource } from '../resources/disk/index.js';
import { RAMResource } from '../resources/ram/index.js';

/** Turns one `--mount` value into a mount path and a resource; throws a clear Error on bad input. */
export function parseMount(value: string): [string, Resource] {
  const eq = value.indexOf('=');
  if (eq <= 0) throw new Error(`bad --mount '${value}': expected PATH=SPEC, e.g. /data=ram or /logs=disk:./logs`);
  const path = value.slice(0, eq);
  const spec = value.slice(eq + 1);
  if (!path.startsWith('/')) throw new Error(`bad --mount '${value}': the mount path must be absolute`);
  if (spec === 'ram') return [path, new RAMResource()];
  if (spec === 'ram-ro') return [path, new RAMResource({ readOnly: true })];
  const m = /^(disk|disk-ro):(.+)$/.exec(spec);
  if (m) return [path, new DiskResource({ root: resolve(m[2]), readOnly: m[1] === 'disk-ro' })];
  throw new Error(`bad --mount '${value}': unknown kind '${spec}' (use ram, ram-ro, disk:DIR or disk-ro:DIR)`);
}
