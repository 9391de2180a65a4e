#!/usr/bin/env node
// Enforces the layer arrows of docs/architecture.md: each folder under src/ may
// import only the layers listed for it. `typeOnly` layers may be imported with
// `import type` only. Exits 1 and lists every violation.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

const SRC = resolve(import.meta.dirname, '..', 'src');

/** layer -> { may: layers importable, typeOnly: layers importable with `import type` only } */
const RULES = {
  core: { may: [] },
  parser: { may: ['core'] },
  commands: { may: ['core', 'vendor'] },
  // Bundled third-party libraries (scripts/bundle-vendor.mjs); they import nothing of ours.
  vendor: { may: [] },
  planner: { may: ['core', 'commands'], typeOnly: ['parser'] },
  executor: { may: ['core', 'planner', 'commands'], typeOnly: ['parser'] },
  resources: { may: ['core'] },
  cache: { may: ['core'] },
  workspace: { may: ['core', 'parser', 'commands', 'planner', 'executor', 'resources', 'cache'] },
  daemon: { may: ['core', 'workspace'] },
  cli: { may: ['core', 'workspace', 'resources', 'cache'] },
  agents: { may: ['core', 'workspace'] },
  // The package root re-exports the public SDK.
  '(root)': { may: ['core', 'parser', 'commands', 'planner', 'executor', 'resources', 'cache', 'workspace', 'agents'] },
};

function* walk(dir) {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) yield* walk(p);
    else if (p.endsWith('.ts')) yield p;
  }
}

function layerOf(file) {
  const rel = relative(SRC, file).split(sep);
  return rel.length === 1 ? '(root)' : rel[0];
}

const IMPORT_RE = /^\s*(import|export)\s+(type\s+)?(?:[^'"]*?\s+from\s+)?['"]([^'"]+)['"]/gm;
const violations = [];
let files = 0;
for (const file of walk(SRC)) {
  files++;
  const from = layerOf(file);
  const rule = RULES[from];
  if (!rule) {
    violations.push(`${relative(SRC, file)}: folder '${from}' has no rule in scripts/check-imports.mjs`);
    continue;
  }
  const text = readFileSync(file, 'utf8');
  for (const m of text.matchAll(IMPORT_RE)) {
    const spec = m[3];
    if (!spec.startsWith('.')) continue;
    const target = resolve(dirname(file), spec);
    const to = layerOf(target.endsWith('.js') ? target.replace(/\.js$/, '.ts') : target);
    if (to === from) continue;
    const typeOnly = Boolean(m[2]);
    if (rule.may.includes(to)) continue;
    if (typeOnly && rule.typeOnly?.includes(to)) continue;
    const how = rule.typeOnly?.includes(to) ? ' (only `import type` is allowed)' : '';
    violations.push(`${relative(SRC, file)}: ${from}/ may not import ${to}/ ('${spec}')${how}`);
  }
}

if (violations.length > 0) {
  console.error(`import-direction check failed (${violations.length}):\n  ${violations.join('\n  ')}`);
  process.exit(1);
}
console.log(`import-direction check: ${files} files follow the layer rules`);
