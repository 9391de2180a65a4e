#!/usr/bin/env node
// Runs before tsc: bundles third-party parser libraries into single ESM files
// under src/vendor/ (and the same place under dist/). chevrotain imports lodash-es
// as hundreds of small modules, which costs ~250 ms at load; one bundled file
// loads in ~12 ms. The bundles are build output (git-ignored); their types come
// from the .d.ts files beside them, which re-export the package's own types.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';

const root = resolve(import.meta.dirname, '..');
/** Bundle name → the package it re-exports. */
const VENDORED = { chevrotain: 'chevrotain' };

for (const [name, pkg] of Object.entries(VENDORED)) {
  for (const dir of ['src/vendor', 'dist/src/vendor']) {
    mkdirSync(join(root, dir), { recursive: true });
    await build({
      stdin: { contents: `export * from '${pkg}';`, resolveDir: root, loader: 'js' },
      bundle: true,
      minify: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      legalComments: 'none',
      outfile: join(root, dir, `${name}.js`),
      logLevel: 'warning',
    });
  }
}
console.log(`bundled ${Object.keys(VENDORED).join(', ')} into src/vendor/ and dist/src/vendor/`);
