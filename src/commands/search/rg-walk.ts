/**
 * ripgrep's file selection: a walk through ctx.fs in path order that honours
 * .gitignore, .ignore and .rgignore at every directory level (deeper files
 * and .rgignore > .ignore > .gitignore win), skips hidden entries, and applies
 * -g globs (overriding everything, last one wins) and -t/-T types.
 */
import ignore, { type Ignore } from 'ignore';
import type { CommandContext } from '../../core/command.js';
import { isAbortError } from '../../core/errors.js';
import { patternToRegExp } from '../../core/glob-pattern.js';
import { MAX_WALK_DEPTH } from '../../core/limits.js';
import { joinPath } from '../../core/path.js';
import { RG_TYPES } from './rg-types.js';

/** What decides which files are searched. */
export interface RgSelection {
  readonly hidden: boolean;
  readonly noIgnore: boolean;
  /** -g globs in command-line order; `negated` for a leading '!'. */
  readonly globs: readonly { readonly glob: Ignore; readonly negated: boolean }[];
  readonly selectTypes: readonly string[];
  readonly negateTypes: readonly string[];
  readonly maxDepth: number;
  readonly follow: boolean;
}

/** A file to search. */
export interface RgFile {
  readonly path: string;
  /** The path as printed. */
  readonly display: string;
}

const IGNORE_FILES = ['.gitignore', '.ignore', '.rgignore'];

interface IgnoreLevel {
  /** The path, relative to the directory of the ignore files, of a path relative to the walk root. */
  readonly relative: (fromRoot: string) => string | null;
  /** Rules in increasing precedence. */
  readonly rules: readonly Ignore[];
}

/** A followed symlink that leads back to a directory being walked (-L). */
export class FileSystemLoop extends Error {
  constructor(
    readonly link: string,
    readonly ancestor: string,
  ) {
    super(`File system loop found: ${link} points to an ancestor ${ancestor}`);
    this.name = 'FileSystemLoop';
  }
}

/** Compiles one -g glob (gitignore syntax) into a matcher. */
export function compileGlob(glob: string): { glob: Ignore; negated: boolean } {
  const negated = glob.startsWith('!');
  return { glob: ignore().add(negated ? glob.slice(1) : glob), negated };
}

/** Names of the -t / -T types that do not exist, for the error message. */
export function unknownTypes(names: readonly string[]): string[] {
  return names.filter((n) => RG_TYPES[n] === undefined && n !== 'all');
}

/** The files under directory `root` (shown as `display`) that rg searches, in path order. */
export async function* walkFiles(
  ctx: CommandContext,
  root: string,
  display: string,
  sel: RgSelection,
  onError: (display: string, error: unknown) => Promise<void>,
): AsyncGenerator<RgFile> {
  const hasWhitelist = sel.globs.some((g) => !g.negated);
  const typeMatchers = (names: readonly string[]) =>
    names
      .flatMap((n) => (n === 'all' ? Object.values(RG_TYPES).flat() : (RG_TYPES[n] ?? [])))
      .map((g) => patternToRegExp(g));
  const selectTypes = typeMatchers(sel.selectTypes);
  const negateTypes = typeMatchers(sel.negateTypes);

  async function* walk(
    dir: string,
    shown: string,
    rel: string,
    depth: number,
    levels: readonly IgnoreLevel[],
    ancestors: readonly { readonly real: string; readonly shown: string }[],
  ): AsyncGenerator<RgFile> {
    ctx.signal.throwIfAborted();
    if (depth >= Math.min(sel.maxDepth, MAX_WALK_DEPTH)) return;
    // With -L, real paths of the directories on the way down reveal symlink loops.
    const chain = sel.follow ? [...ancestors, { real: await ctx.fs.realpath(dir), shown: shown || '.' }] : ancestors;
    let entries: { name: string; type: string }[];
    try {
      entries = await ctx.fs.readdir(dir, { signal: ctx.signal });
    } catch (e) {
      await onError(shown || '.', e);
      return;
    }
    const base = rel;
    const level = await readIgnoreFiles(ctx, dir, entries, (p) => (base === '' ? p : p.slice(base.length + 1)));
    const here = sel.noIgnore || level.rules.length === 0 ? levels : [...levels, level];
    for (const entry of entries) {
      ctx.signal.throwIfAborted();
      const path = joinPath(dir, entry.name);
      const child = shown === '' ? entry.name : shown.endsWith('/') ? shown + entry.name : `${shown}/${entry.name}`;
      let type = entry.type;
      if (type === 'symlink') {
        if (!sel.follow) continue;
        try {
          type = (await ctx.fs.stat(path, { signal: ctx.signal })).type;
          if (type === 'directory') {
            const real = await ctx.fs.realpath(path);
            const ancestor = chain.find((a) => a.real === real);
            if (ancestor) throw new FileSystemLoop(child, ancestor.shown);
          }
        } catch (e) {
          await onError(child, e);
          continue;
        }
      }
      const isDir = type === 'directory';
      const childRel = rel === '' ? entry.name : `${rel}/${entry.name}`;
      const decided = overrideOf(child.replace(/^\.\//, ''), isDir);
      if (decided === 'exclude') continue;
      if (decided === null) {
        if (!sel.hidden && entry.name.startsWith('.')) continue;
        if (ignoredBy(here, childRel, isDir)) continue;
        if (!isDir && hasWhitelist) continue;
        if (!isDir && !typeAllows(entry.name)) continue;
      }
      if (isDir) yield* walk(path, child, childRel, depth + 1, here, chain);
      else yield { path, display: child };
    }
  }

  /** The decision of the last -g glob matching the path, if any. */
  function overrideOf(relative: string, isDir: boolean): 'include' | 'exclude' | null {
    for (let i = sel.globs.length - 1; i >= 0; i--) {
      const g = sel.globs[i];
      if (g.glob.ignores(isDir ? `${relative}/` : relative)) return g.negated ? 'exclude' : 'include';
    }
    return null;
  }

  function typeAllows(name: string): boolean {
    if (negateTypes.some((re) => re.test(name))) return false;
    return selectTypes.length === 0 || selectTypes.some((re) => re.test(name));
  }

  yield* walk(root, display, '', 0, sel.noIgnore ? [] : await parentLevels(ctx, root), []);
}

/** Whether the deepest ignore rule that has an opinion ignores the path (relative to the walk root). */
function ignoredBy(levels: readonly IgnoreLevel[], rel: string, isDir: boolean): boolean {
  for (let i = levels.length - 1; i >= 0; i--) {
    const relative = levels[i].relative(rel);
    if (relative === null || relative === '') continue;
    const path = isDir ? `${relative}/` : relative;
    const rules = levels[i].rules;
    for (let r = rules.length - 1; r >= 0; r--) {
      const verdict = rules[r].test(path);
      if (verdict.ignored) return true;
      if (verdict.unignored) return false;
    }
  }
  return false;
}

async function readIgnoreFiles(
  ctx: CommandContext,
  dir: string,
  entries: readonly { name: string }[],
  relative: (fromRoot: string) => string | null,
): Promise<IgnoreLevel> {
  const rules: Ignore[] = [];
  for (const name of IGNORE_FILES) {
    if (!entries.some((e) => e.name === name)) continue;
    try {
      const text = Buffer.from(await ctx.fs.readFile(joinPath(dir, name), { signal: ctx.signal })).toString('utf8');
      rules.push(ignore().add(text));
    } catch (e) {
      // An unreadable ignore file counts as empty; cancellation still propagates.
      if (isAbortError(e)) throw e;
    }
  }
  return { relative, rules };
}

/** Ignore files of the directories above the walk root (their anchored rules see the path from there). */
async function parentLevels(ctx: CommandContext, root: string): Promise<IgnoreLevel[]> {
  const levels: IgnoreLevel[] = [];
  for (let dir = root; dir !== '/'; ) {
    dir = dir.slice(0, dir.lastIndexOf('/')) || '/';
    let entries: { name: string }[];
    try {
      entries = await ctx.fs.readdir(dir, { signal: ctx.signal });
    } catch (e) {
      if (isAbortError(e)) throw e;
      break;
    }
    const prefix = root.slice(dir === '/' ? 1 : dir.length + 1);
    const level = await readIgnoreFiles(ctx, dir, entries, (p) => `${prefix}/${p}`);
    if (level.rules.length > 0) levels.unshift(level);
  }
  return levels;
}
