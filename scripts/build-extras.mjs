#!/usr/bin/env node
// Runs after tsc: bundles the SDK and the CLI into single files (loading ~200
// small modules is most of the SDK's import time), then writes the V8 code
// cache of the mvdan-sh parser beside every module that loads it.
import { chmodSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { build } from 'esbuild';

const root = resolve(import.meta.dirname, '..');
const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
};
await build({ ...common, entryPoints: [join(root, 'src/index.ts')], outfile: join(root, 'dist/mirage.js') });
// The CLI source starts with its shebang; esbuild keeps it.
await build({ ...common, entryPoints: [join(root, 'src/cli/main.ts')], outfile: join(root, 'dist/cli.js') });
chmodSync(join(root, 'dist/cli.js'), 0o755);

const { loadMvdanWithCache, MVDAN_CACHE_NAME } = await import('../dist/src/parser/mvdan-load.js');
const loaded = loadMvdanWithCache();
loaded.exports.syntax
  .NewParser()
  .Parse('for f in *.log; do grep -c "$f" | sort -n > out; done; x=${y:-z}; echo $((1+2))', 'warmup');
const cache = loaded.script.createCachedData();
for (const dir of [join(root, 'dist/src/parser'), join(root, 'dist')])
  writeFileSync(join(dir, MVDAN_CACHE_NAME), cache);
console.log(`bundled dist/mirage.js and dist/cli.js; mvdan-sh code cache in ${dirname(join(root, 'dist/x'))}`);
