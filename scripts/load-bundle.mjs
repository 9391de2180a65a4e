// Evaluates a CommonJS bundle through vm.Script, with a V8 code cache when one
// is given and accepted, so most of the bundle is not compiled again.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { Script } from 'node:vm';

/** Loads `file` (CommonJS) and returns its exports and the compiled script. */
export function loadBundle(file, cacheFile) {
  const source = readFileSync(file, 'utf8');
  const cachedData = cacheFile && existsSync(cacheFile) ? readFileSync(cacheFile) : undefined;
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: file,
    cachedData,
  });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(file), module, file, dirname(file));
  return { exports: module.exports, script, fromCache: cachedData !== undefined && !script.cachedDataRejected };
}
