/**
 * Loads the mvdan-sh package (1.5 MB of GopherJS) with a V8 code cache: compiling
 * it is most of its load time. The build writes a cache next to the compiled
 * module (scripts/build-extras.mjs); when that one is missing or V8 rejects it
 * (another Node version), a copy keyed by the V8 version is kept in the OS temp
 * directory, so only the first process on a machine pays the full compile.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';

const require = createRequire(import.meta.url);

/** The cache file name the build writes beside the module that loads mvdan-sh. */
export const MVDAN_CACHE_NAME = 'mvdan-sh.v8cache';

/** The build's cache, beside this module (dist/src/parser/ or the bundle's directory). */
const SHIPPED_CACHE = join(dirname(fileURLToPath(import.meta.url)), MVDAN_CACHE_NAME);
/** The per-machine fallback, valid for this V8 only. */
const LOCAL_CACHE = join(tmpdir(), `mirage-mvdan-sh-${process.versions.v8}.v8cache`);

/** The evaluated package and the compiled script (to take a cache from). */
export interface LoadedMvdan {
  readonly exports: unknown;
  readonly script: Script;
  /** True when V8 accepted a stored cache. */
  readonly fromCache: boolean;
}

function readCache(path: string): Buffer | undefined {
  try {
    return existsSync(path) ? readFileSync(path) : undefined;
  } catch {
    return undefined;
  }
}

function compile(source: string, file: string, cachedData: Buffer | undefined): Script {
  return new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: file,
    cachedData,
  });
}

/** Evaluates mvdan-sh's index.js as CommonJS, through a code cache when one is accepted. */
export function loadMvdanWithCache(): LoadedMvdan {
  const file = require.resolve('mvdan-sh');
  const source = readFileSync(file, 'utf8');
  let script = compile(source, file, readCache(SHIPPED_CACHE));
  let fromCache = script.cachedDataRejected === false;
  if (!fromCache) {
    script = compile(source, file, readCache(LOCAL_CACHE));
    fromCache = script.cachedDataRejected === false;
  }
  const module = { exports: {} as unknown };
  const fn = script.runInThisContext() as (...args: unknown[]) => void;
  fn.call(module.exports, module.exports, createRequire(file), module, file, dirname(file));
  return { exports: module.exports, script, fromCache };
}

/** After a warm-up parse, keeps a cache for the next process (best effort; never throws). */
export function rememberCache(loaded: LoadedMvdan): void {
  if (loaded.fromCache) return;
  try {
    writeFileSync(LOCAL_CACHE, loaded.script.createCachedData());
  } catch {
    // A read-only temp directory only costs speed.
  }
}
