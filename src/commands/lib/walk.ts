/**
 * A depth-first walk over a directory tree in ctx.fs, for ls -R, cp -r, rm -r
 * and du. Entries come in byte order, symlinks are not followed, the depth is
 * bounded by MAX_WALK_DEPTH and the signal is checked between entries.
 */
import { FsError, toFsError } from '../../core/errors.js';
import { MAX_WALK_DEPTH } from '../../core/limits.js';
import { joinPath } from '../../core/path.js';
import type { FileStat } from '../../core/resource.js';
import type { VirtualFs } from '../../core/vfs.js';

/** One node met by the walk. */
export interface WalkNode {
  /** Absolute virtual path. */
  readonly path: string;
  /** The path as the user would write it: the operand, then '/name' per level. */
  readonly display: string;
  /** 0 for the root of the walk. */
  readonly depth: number;
  /** lstat of the node (the caller decides how the root was stat'ed). */
  readonly stat: FileStat;
}

/** Callbacks of a walk; every one may be async. */
export interface TreeVisitor {
  /** A directory before its entries; returning false skips them (and its leave call). */
  enter?(node: WalkNode): Promise<boolean | undefined> | boolean | undefined;
  /** A directory after its entries; `complete` is false when some could not be read. */
  leave?(node: WalkNode, complete: boolean): Promise<void> | void;
  /** Anything that is not a directory. */
  leaf?(node: WalkNode): Promise<void> | void;
  /** A directory that could not be listed, or an entry that could not be stat'ed. */
  error(display: string, error: FsError, node?: WalkNode): Promise<void> | void;
}

/** `display` joined with `name` as GNU's fts does ('d/' + 'x' gives 'd/x'). */
export function displayJoin(display: string, name: string): string {
  return display.endsWith('/') ? display + name : `${display}/${name}`;
}

/** Walks the tree under `root` depth-first, pre- and post-visiting directories. */
export async function walkTree(
  fs: VirtualFs,
  root: WalkNode,
  visitor: TreeVisitor,
  signal: AbortSignal,
  maxDepth = MAX_WALK_DEPTH,
): Promise<void> {
  signal.throwIfAborted();
  if (root.stat.type !== 'directory') {
    await visitor.leaf?.(root);
    return;
  }
  if ((await visitor.enter?.(root)) === false) return;
  if (root.depth >= maxDepth) {
    await visitor.error(root.display, new FsError('ENAMETOOLONG', root.path), root);
    await visitor.leave?.(root, false);
    return;
  }
  let complete = true;
  let entries: { name: string }[] = [];
  try {
    entries = await fs.readdir(root.path, { signal });
  } catch (e) {
    await visitor.error(root.display, toFsError(e, root.path), root);
    complete = false;
  }
  for (const entry of entries) {
    signal.throwIfAborted();
    const path = joinPath(root.path, entry.name);
    const display = displayJoin(root.display, entry.name);
    let stat: FileStat;
    try {
      stat = await fs.lstat(path, { signal });
    } catch (e) {
      await visitor.error(display, toFsError(e, path));
      complete = false;
      continue;
    }
    await walkTree(fs, { path, display, depth: root.depth + 1, stat }, visitor, signal, maxDepth);
  }
  await visitor.leave?.(root, complete);
}
