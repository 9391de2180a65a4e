/**
 * The copying behind cp: files (streamed, or server-side through fs.copyFile),
 * symlinks as links, and directory trees walked with a bounded depth.
 */
import type { CommandContext } from '../../core/command.js';
import { FsError } from '../../core/errors.js';
import { writeText } from '../../core/io.js';
import { MAX_WALK_DEPTH } from '../../core/limits.js';
import { isUnder } from '../../core/path.js';
import type { FileStat } from '../../core/resource.js';
import { canonicalize } from '../lib/canonical.js';
import { quoteAlways } from '../lib/quote.js';
import { displayJoin, type WalkNode, walkTree } from '../lib/walk.js';
import { codeOf, reasonOf, resolveOperand } from './fs-errors.js';
import type { Transfer } from './targets.js';

/** What cp was asked to do. */
export interface CopyOptions {
  readonly recursive: boolean;
  /** 'always' (-L), 'never' (-P, -d, default with -r), 'command-line' (-H, default without -r). */
  readonly dereference: 'always' | 'never' | 'command-line';
  readonly preserveTimes: boolean;
  readonly noClobber: boolean;
  readonly force: boolean;
  readonly update: boolean;
  readonly verbose: boolean;
}

/** One cp run: options, output and exit status. */
export class Copier {
  status = 0;

  constructor(
    private readonly ctx: CommandContext,
    private readonly o: CopyOptions,
  ) {}

  private async fail(message: string): Promise<false> {
    await writeText(this.ctx.stderr, `cp: ${message}\n`);
    this.status = 1;
    return false;
  }

  private async said(source: string, dest: string): Promise<void> {
    if (this.o.verbose) await writeText(this.ctx.stdout, `${quoteAlways(source)} -> ${quoteAlways(dest)}\n`);
  }

  /** Copies one operand to its destination. */
  async transfer(t: Transfer): Promise<void> {
    const { ctx, o } = this;
    const srcPath = ctx.resolve(t.source);
    const follow = o.dereference !== 'never' || t.source.endsWith('/');
    let st: FileStat;
    try {
      resolveOperand(ctx, t.source);
      st = await (follow ? ctx.fs.stat(srcPath) : ctx.fs.lstat(srcPath));
    } catch (e) {
      await this.fail(`cannot stat ${quoteAlways(t.source)}: ${reasonOf(e)}`);
      return;
    }
    if (st.type === 'directory' && !o.recursive) {
      await this.fail(`-r not specified; omitting directory ${quoteAlways(t.source)}`);
      return;
    }
    let destStat: FileStat | null = null;
    try {
      destStat = await ctx.fs.stat(t.destPath);
      if (t.dest.endsWith('/') && destStat.type !== 'directory') throw new FsError('ENOTDIR', t.dest);
    } catch (e) {
      const code = codeOf(e);
      if (code !== 'ENOENT') {
        await this.fail(`cannot stat ${quoteAlways(t.dest)}: ${reasonOf(e)}`);
        return;
      }
    }
    if (destStat && (await this.sameFile(srcPath, t.destPath))) {
      await this.fail(`${quoteAlways(t.source)} and ${quoteAlways(t.dest)} are the same file`);
      return;
    }
    const node: WalkNode = { path: srcPath, display: t.source, depth: 0, stat: st };
    if (st.type === 'directory') {
      const srcReal = await canonicalize(ctx.fs, '/', srcPath, 'missing', ctx.signal);
      const destReal = await canonicalize(ctx.fs, '/', t.destPath, 'missing', ctx.signal);
      if (isUnder(destReal, srcReal)) {
        await this.fail(`cannot copy a directory, ${quoteAlways(t.source)}, into itself, ${quoteAlways(t.dest)}`);
        return;
      }
      await this.copyTree(node, t.destPath, t.dest);
      return;
    }
    if (t.dest.endsWith('/') && !destStat) {
      await this.fail(`cannot create regular file ${quoteAlways(t.dest)}: Not a directory`);
      return;
    }
    await this.copyLeaf(node, t.destPath, t.dest);
  }

  private async sameFile(a: string, b: string): Promise<boolean> {
    const fs = this.ctx.fs;
    const [x, y] = await Promise.all([
      canonicalize(fs, '/', a, 'existing').catch(() => null),
      canonicalize(fs, '/', b, 'existing').catch(() => null),
    ]);
    return x !== null && x === y;
  }

  /** Copies a file or symlink; returns false when it failed (already reported). */
  private async copyLeaf(node: WalkNode, destPath: string, dest: string): Promise<boolean> {
    const { ctx, o } = this;
    const existing = await ctx.fs.lstat(destPath).catch(() => null);
    const existingFollowed = existing?.type === 'symlink' ? await ctx.fs.stat(destPath).catch(() => null) : existing;
    if (existingFollowed?.type === 'directory' && node.stat.type !== 'symlink') {
      return this.fail(`cannot overwrite directory ${quoteAlways(dest)} with non-directory`);
    }
    if (existing && o.noClobber) return true;
    if (existing && o.update && existingFollowed && existingFollowed.mtimeMs >= node.stat.mtimeMs) return true;
    if (node.stat.type === 'symlink') {
      try {
        const target = await ctx.fs.readlink(node.path);
        if (existing) await ctx.fs.rm(destPath);
        await ctx.fs.symlink(target, destPath);
      } catch (e) {
        return this.fail(`cannot create symbolic link ${quoteAlways(dest)}: ${reasonOf(e)}`);
      }
    } else {
      try {
        await this.copyFile(node.path, destPath, existing !== null);
      } catch (e) {
        return this.fail(`cannot create regular file ${quoteAlways(dest)}: ${reasonOf(e)}`);
      }
    }
    if (o.preserveTimes && node.stat.type !== 'symlink') await this.setTime(destPath, dest, node.stat.mtimeMs);
    await this.said(node.display, dest);
    return true;
  }

  private async copyFile(from: string, to: string, existed: boolean): Promise<void> {
    const { ctx, o } = this;
    try {
      await ctx.fs.copyFile(from, to, { signal: ctx.signal });
    } catch (e) {
      const code = codeOf(e);
      // -f: a destination that cannot be opened is removed and the copy retried.
      if (!o.force || !existed || code === 'ENOENT' || code === 'ENOTDIR') throw e;
      await ctx.fs.rm(to);
      await ctx.fs.copyFile(from, to, { signal: ctx.signal });
    }
  }

  private async setTime(path: string, display: string, mtimeMs: number): Promise<void> {
    try {
      await this.ctx.fs.utimes(path, mtimeMs);
    } catch (e) {
      await this.fail(`preserving times for ${quoteAlways(display)}: ${reasonOf(e)}`);
    }
  }

  /** Copies a directory tree rooted at `root` to `destRoot`. */
  private async copyTree(root: WalkNode, destRoot: string, destDisplay: string): Promise<void> {
    const { ctx, o } = this;
    const destOf = (node: WalkNode) => {
      const rel = node.path.slice(root.path.length).replace(/^\//, '');
      return rel === ''
        ? { path: destRoot, display: destDisplay }
        : { path: `${destRoot === '/' ? '' : destRoot}/${rel}`, display: displayJoin(destDisplay, rel) };
    };
    await walkTree(
      ctx.fs,
      root,
      {
        enter: async (node) => {
          const dest = destOf(node);
          const existing = await ctx.fs.stat(dest.path).catch(() => null);
          if (existing && existing.type !== 'directory') {
            return this.fail(
              `cannot overwrite non-directory ${quoteAlways(dest.display)} with directory ${quoteAlways(node.display)}`,
            );
          }
          if (!existing) {
            try {
              await ctx.fs.mkdir(dest.path);
            } catch (e) {
              return this.fail(`cannot create directory ${quoteAlways(dest.display)}: ${reasonOf(e)}`);
            }
            await this.said(node.display, dest.display);
          }
          return true;
        },
        leaf: async (node) => {
          const dest = destOf(node);
          if (node.stat.type === 'symlink' && o.dereference === 'always') {
            const target = await ctx.fs.stat(node.path).catch(() => null);
            if (target?.type === 'directory') {
              await this.copyTree({ ...node, stat: target }, dest.path, dest.display);
              return;
            }
            if (target) {
              await this.copyLeaf({ ...node, stat: target }, dest.path, dest.display);
              return;
            }
          }
          await this.copyLeaf(node, dest.path, dest.display);
        },
        leave: async (node) => {
          if (o.preserveTimes) {
            const dest = destOf(node);
            await this.setTime(dest.path, dest.display, node.stat.mtimeMs);
          }
        },
        error: (display, error) => this.fail(`cannot access ${quoteAlways(display)}: ${error.reason}`).then(() => {}),
      },
      ctx.signal,
      MAX_WALK_DEPTH,
    );
  }
}
