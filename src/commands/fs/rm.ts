/** rm: remove files and, with -r, directory trees; refuses '/', '.' and '..' like GNU. */
import type { CommandContext } from '../../core/command.js';
import { FsError } from '../../core/errors.js';
import { writeText } from '../../core/io.js';
import { isUnder } from '../../core/path.js';
import { defineCommand } from '../lib/define.js';
import { usageError } from '../lib/flags.js';
import { quoteAlways } from '../lib/quote.js';
import { type WalkNode, walkTree } from '../lib/walk.js';
import { codeOf, reasonOf, resolveOperand } from './fs-errors.js';

const HELP = `Usage: rm [OPTION]... [FILE]...
Remove each FILE. Directories are kept unless -r or -d is given.

  -f, --force           ignore files that do not exist; never fail on a
                          missing operand
  -r, -R, --recursive   remove directories and everything below them
  -d, --dir             remove empty directories
  -v, --verbose         print a line for every file removed
      --no-preserve-root  do not treat '/' specially
      --preserve-root[=all]  refuse to remove '/' recursively (default)
      --help     display this help and exit

'.' and '..' are never removed recursively. To remove a file whose name starts
with '-', write 'rm -- -foo' or 'rm ./-foo'.
`;

interface RmOptions {
  readonly force: boolean;
  readonly recursive: boolean;
  readonly dir: boolean;
  readonly verbose: boolean;
  readonly preserveRoot: boolean;
}

/** One rm run: options and output. */
class Remover {
  status = 0;

  constructor(
    private readonly ctx: CommandContext,
    private readonly o: RmOptions,
  ) {}

  private async failed(display: string, e: unknown): Promise<void> {
    if (this.o.force && codeOf(e) === 'ENOENT') return;
    await writeText(this.ctx.stderr, `rm: cannot remove ${quoteAlways(display)}: ${reasonOf(e)}\n`);
    this.status = 1;
  }

  private async removed(display: string, isDir: boolean): Promise<void> {
    if (!this.o.verbose) return;
    await writeText(this.ctx.stdout, `removed ${isDir ? 'directory ' : ''}${quoteAlways(display)}\n`);
  }

  async operand(arg: string): Promise<void> {
    const { ctx, o } = this;
    const path = ctx.resolve(arg);
    const last = arg.replace(/\/+$/, '').split('/').pop();
    if (o.recursive && (last === '.' || last === '..')) {
      await this.refuse(`refusing to remove '.' or '..' directory: skipping ${quoteAlways(arg)}`);
      return;
    }
    if (o.recursive && o.preserveRoot && path === '/' && arg !== '') {
      const same = arg === '/' ? '' : ` (same as '/')`;
      await this.refuse(`it is dangerous to operate recursively on ${quoteAlways(arg)}${same}`);
      await writeText(ctx.stderr, 'rm: use --no-preserve-root to override this failsafe\n');
      return;
    }
    let st: Awaited<ReturnType<typeof ctx.fs.lstat>>;
    // 'link/' names the directory behind the link: its contents go, the link stays (rmdir fails), as in GNU.
    let throughLink = false;
    try {
      resolveOperand(ctx, arg);
      st = await ctx.fs.lstat(path, { signal: ctx.signal });
      if (arg.endsWith('/') && st.type === 'symlink') {
        st = await ctx.fs.stat(path);
        throughLink = true;
      }
      if (arg.endsWith('/') && st.type !== 'directory') {
        await this.failed(arg, new FsError('ENOTDIR', arg));
        return;
      }
    } catch (e) {
      await this.failed(arg, e);
      return;
    }
    if (st.type !== 'directory') {
      await this.removeFile(path, arg, false);
      return;
    }
    if (o.recursive) await this.removeTree({ path, display: arg, depth: 0, stat: st }, throughLink);
    else if (o.dir) await this.removeFile(path, arg, true);
    else await this.failed(arg, new FsError('EISDIR', arg));
  }

  private async refuse(message: string): Promise<void> {
    await writeText(this.ctx.stderr, `rm: ${message}\n`);
    this.status = 1;
  }

  private async removeFile(path: string, display: string, isDir: boolean): Promise<boolean> {
    try {
      if (isDir) await this.ctx.fs.rmdir(path);
      else await this.ctx.fs.rm(path);
    } catch (e) {
      await this.failed(display, e);
      return false;
    }
    await this.removed(display, isDir);
    return true;
  }

  /** Removes a directory tree: in one call when nothing needs reporting per file, else bottom-up. */
  private async removeTree(root: WalkNode, throughLink: boolean): Promise<void> {
    const { ctx } = this;
    const mountInside = ctx.fs.mounts().some((m) => isUnder(m.path, root.path));
    if (!this.o.verbose && !mountInside && !throughLink) {
      try {
        await ctx.fs.rm(root.path, { recursive: true });
      } catch (e) {
        await this.failed(root.display, e);
      }
      return;
    }
    // failedBelow[d] is set when something under the directory at depth d stayed.
    const failedBelow: boolean[] = [];
    const markParent = (depth: number) => {
      if (depth > 0) failedBelow[depth - 1] = true;
    };
    await walkTree(
      ctx.fs,
      root,
      {
        enter: (node) => {
          failedBelow[node.depth] = false;
          return true;
        },
        leaf: async (node) => {
          if (!(await this.removeFile(node.path, node.display, false))) markParent(node.depth);
        },
        leave: async (node, complete) => {
          if (!complete || failedBelow[node.depth]) {
            markParent(node.depth);
            if (complete) await this.failed(node.display, new FsError('ENOTEMPTY', node.path));
            return;
          }
          if (!(await this.removeFile(node.path, node.display, true))) markParent(node.depth);
        },
        error: (display, error) => this.failed(display, error),
      },
      ctx.signal,
    );
  }
}

/** rm [OPTION]... [FILE]... */
export const rm = defineCommand({
  name: 'rm',
  summary: 'remove files or directories',
  help: HELP,
  flags: [
    { short: 'f', long: 'force' },
    { short: 'r', long: 'recursive' },
    { short: 'R', key: 'recursive' },
    { short: 'd', long: 'dir' },
    { short: 'v', long: 'verbose' },
    { long: 'no-preserve-root' },
    { long: 'preserve-root', arg: 'optional' },
  ],
  async run(ctx, p) {
    const force = p.has('force');
    if (p.operands.length === 0) {
      if (force) return 0;
      throw usageError('rm', 'missing operand');
    }
    let preserveRoot = true;
    for (const [key] of p.order) {
      if (key === 'no-preserve-root') preserveRoot = false;
      else if (key === 'preserve-root') preserveRoot = true;
    }
    const remover = new Remover(ctx, {
      force,
      recursive: p.has('recursive'),
      dir: p.has('dir'),
      verbose: p.has('verbose'),
      preserveRoot,
    });
    for (const arg of p.operands) {
      ctx.signal.throwIfAborted();
      await remover.operand(arg);
    }
    return remover.status;
  },
});
