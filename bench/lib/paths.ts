/** Where things are, from the compiled bench (dist/bench/lib) back to the repository. */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (this file runs as dist/bench/lib/paths.js). */
export const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/** bench/ in the source tree: fixtures and the peers' node_modules live there, not in dist. */
export const BENCH_SOURCE_DIR = join(REPO_ROOT, 'bench');

/** The SDK's per-module build (tsc output), one file per source module. */
export const SDK_MODULES_ENTRY = join(REPO_ROOT, 'dist', 'src', 'index.js');

/** What `import 'mirage'` loads: the root export of package.json (the bundle). */
export function packageEntry(): string {
  const manifest = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as {
    exports?: { '.'?: { import?: string } };
    main?: string;
  };
  const entry = manifest.exports?.['.']?.import ?? manifest.main;
  if (!entry) throw new Error('package.json names no entry point');
  return join(REPO_ROOT, entry);
}

/** The compiled probe that measures one command in a fresh process. */
export const PROBE_ENTRY = join(REPO_ROOT, 'dist', 'bench', 'probe.js');

/** The compiled child that times many calls of one shell in a fresh process. */
export const CALLS_ENTRY = join(REPO_ROOT, 'dist', 'bench', 'calls.js');
