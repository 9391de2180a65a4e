/** Where things are, from the compiled bench (dist/bench/lib) back to the repository. */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (this file runs as dist/bench/lib/paths.js). */
export const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/** bench/ in the source tree: fixtures and the peers' node_modules live there, not in dist. */
export const BENCH_SOURCE_DIR = join(REPO_ROOT, 'bench');

/** The compiled SDK entry point, as a fresh process would import it. */
export const SDK_ENTRY = join(REPO_ROOT, 'dist', 'src', 'index.js');

/** The compiled probe that measures one command in a fresh process. */
export const PROBE_ENTRY = join(REPO_ROOT, 'dist', 'bench', 'probe.js');

/** The compiled child that times many calls of one shell in a fresh process. */
export const CALLS_ENTRY = join(REPO_ROOT, 'dist', 'bench', 'calls.js');
