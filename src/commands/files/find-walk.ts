/**
 * find's traversal: depth-first from each starting point, entries in the order
 * ctx.fs.readdir gives them, pre-order (or post-order under -depth). The type
 * comes from readdir, so a walk that tests only names and types never stats;
 * metadata is fetched once per entry when a test first asks for it.
 */
import { FsError, toFsError } from '../../core/errors.js';
import { writeText } from '../../core/io.js';
import { MAX_WALK_DEPTH } from '../../core/limits.js';
import type { FileStat, FileType } from '../../core/resource.js';
import type { VirtualFs } from '../../core/vfs.js';
import type { ParsedFind } from './find-parse.js';
import type { FindEntry, FindExpr, FindRun } from './find-types.js';

class Entry implements FindEntry {
  pruned = false;
  private cached: Promise<FileStat> | null;

  constructor(
    readonly path: string,
    readonly abs: string,
    readonly start: string,
    readonly depth: number,
    readonly type: FileType,
    private readonly fs: VirtualFs,
    private readonly follow: boolean,
    known: FileStat | null,
  ) {
    this.cached = known ? Promise.resolve(known) : null;
  }

  stat(): Promise<FileStat> {
    if (!this.cached) {
      this.cached = this.follow ? this.fs.stat(this.abs).catch(() => this.fs.lstat(this.abs)) : this.fs.lstat(this.abs);
    }
    return this.cached;
  }
}

/** Evaluates the expression for one entry, short-circuiting and stopping at -quit. */
export function evaluate(x: FindExpr, e: FindEntry, run: FindRun): boolean | Promise<boolean> {
  switch (x.kind) {
    case 'primary':
      return x.evaluate(e, run);
    case 'not': {
      const r = evaluate(x.operand, e, run);
      return r instanceof Promise ? r.then((v) => !v) : !r;
    }
    case 'and':
    case 'or': {
      const wantRight = x.kind === 'and';
      const l = evaluate(x.left, e, run);
      const next = (v: boolean) => (v === wantRight && !run.quit ? evaluate(x.right, e, run) : v);
      return l instanceof Promise ? l.then(next) : next(l);
    }
    case 'comma': {
      const l = evaluate(x.left, e, run);
      const next = () => (run.quit ? false : evaluate(x.right, e, run));
      return l instanceof Promise ? l.then(next) : next();
    }
  }
}

/** Walks every starting point, then finishes pending -exec batches. */
export async function walkAll(parsed: ParsedFind, run: FindRun): Promise<void> {
  const walker = new Walker(parsed, run);
  for (const start of parsed.paths) {
    if (run.quit) break;
    await walker.start(start);
  }
  for (const finish of parsed.finishers) await finish(run);
  await run.out.flush();
}

class Walker {
  private readonly fs: VirtualFs;
  /** Canonical paths of the directories being walked, with their printed paths (loop detection under -L). */
  private readonly ancestors = new Map<string, string>();

  constructor(
    private readonly parsed: ParsedFind,
    private readonly run: FindRun,
  ) {
    this.fs = run.ctx.fs;
  }

  private async error(path: string, e: unknown): Promise<void> {
    await this.run.out.flush();
    await writeText(this.run.ctx.stderr, `find: '${path}': ${toFsError(e, path).reason}\n`);
    this.run.status = 1;
  }

  async start(start: string): Promise<void> {
    const { follow } = this.parsed.settings;
    let st: FileStat;
    const abs = this.run.ctx.resolve(start);
    try {
      if (start === '') throw new FsError('ENOENT', start);
      st = follow === 'P' ? await this.fs.lstat(abs) : await this.fs.stat(abs).catch(() => this.fs.lstat(abs));
      if (/\/$/.test(start) && st.type !== 'directory') {
        const target = st.type === 'symlink' ? await this.fs.stat(abs) : st;
        if (target.type !== 'directory') throw new FsError('ENOTDIR', start);
      }
    } catch (e) {
      await this.error(start, e);
      return;
    }
    const root = new Entry(start, abs, start, 0, st.type, this.fs, follow !== 'P', st);
    const real = follow === 'L' && st.type === 'directory' ? await this.fs.realpath(abs).catch(() => abs) : abs;
    const mount = this.fs.resolve(abs)?.mount.path ?? '/';
    await this.visit(root, real, mount);
  }

  private async visit(e: Entry, real: string, mount: string): Promise<void> {
    const { settings, expr } = this.parsed;
    const run = this.run;
    run.ctx.signal.throwIfAborted();
    if (!settings.depthFirst && e.depth >= settings.minDepth) await evaluate(expr, e, run);
    if (run.quit) return;
    if (e.type === 'directory' && e.depth < settings.maxDepth && !e.pruned) {
      await this.descend(e, real, mount);
      if (run.quit) return;
    }
    if (settings.depthFirst && e.depth >= settings.minDepth) await evaluate(expr, e, run);
  }

  private async descend(dir: Entry, real: string, mount: string): Promise<void> {
    const { settings } = this.parsed;
    if (settings.sameMount && dir.depth > 0 && this.fs.resolve(dir.abs)?.mount.path !== mount) return;
    if (dir.depth >= MAX_WALK_DEPTH) {
      await this.error(dir.path, new FsError('ENAMETOOLONG', dir.path));
      return;
    }
    let names: { name: string; type: FileType }[];
    try {
      names = await this.fs.readdir(dir.abs, { signal: this.run.ctx.signal });
    } catch (e) {
      await this.error(dir.path, e);
      return;
    }
    const follow = settings.follow === 'L';
    if (follow) this.ancestors.set(real, dir.path);
    const prefix = dir.path.endsWith('/') ? dir.path : `${dir.path}/`;
    // Names from readdir are single components, so plain concatenation stays normalised.
    const absPrefix = dir.abs === '/' ? '/' : `${dir.abs}/`;
    for (const ent of names) {
      const abs = absPrefix + ent.name;
      let type = ent.type;
      let childReal = follow ? `${real === '/' ? '' : real}/${ent.name}` : abs;
      if (follow && type === 'symlink') {
        const target = await this.fs.stat(abs).catch(() => null);
        if (target) {
          type = target.type;
          if (type === 'directory') childReal = await this.fs.realpath(abs).catch(() => abs);
        }
      }
      const path = prefix + ent.name;
      if (follow && type === 'directory' && this.ancestors.has(childReal)) {
        await this.run.out.flush();
        const first = this.ancestors.get(childReal);
        await writeText(
          this.run.ctx.stderr,
          `find: File system loop detected; '${path}' is part of the same file system loop as '${first}'.\n`,
        );
        this.run.status = 1;
        continue;
      }
      const child = new Entry(path, abs, dir.start, dir.depth + 1, type, this.fs, follow, null);
      await this.visit(child, childReal, mount);
      if (this.run.quit) break;
    }
    if (follow) this.ancestors.delete(real);
  }
}
