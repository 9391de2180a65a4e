/**
 * grep's inputs: operands, standard input and recursive walks through ctx.fs
 * (-r skips symlinks met on the way, -R follows them), --include / --exclude /
 * --exclude-dir filters, and the per-file lines of -c, -l and -L.
 */
import type { CommandContext } from '../../core/command.js';
import { FsError, toFsError } from '../../core/errors.js';
import { patternToRegExp } from '../../core/glob-pattern.js';
import type { ByteSource } from '../../core/io.js';
import { writeText } from '../../core/io.js';
import type { FileStat } from '../../core/resource.js';
import { type WalkNode, walkTree } from '../lib/walk.js';
import type { GrepSettings } from './grep-options.js';
import { type ScanOptions, scanInput } from './grep-scan.js';
import type { OutBuffer } from './out-buffer.js';

/** Thrown through the walk to stop everything once -q has its answer. */
class QuietStop extends Error {}

/** One grep run over its operands; collects the exit status as it goes. */
export class GrepInputs {
  anySelected = false;
  hadError = false;
  /** -q found a selected record: nothing more to do. */
  stopped = false;

  constructor(
    private readonly ctx: CommandContext,
    private readonly settings: GrepSettings,
    private readonly scan: ScanOptions,
    private readonly out: OutBuffer,
    private readonly opts: { readonly suppressErrors: boolean; readonly label: string; readonly manyOperands: boolean },
  ) {}

  /** Searches one operand ('-' is standard input); `implicit` is the '.' of `grep -r` without files. */
  async operand(operand: string, implicit: boolean): Promise<void> {
    if (this.stopped) return;
    if (operand === '-') {
      await this.search(this.ctx.stdin, this.opts.label, this.opts.manyOperands);
      return;
    }
    let stat: FileStat;
    const path = this.ctx.resolve(operand);
    try {
      if (operand === '') throw new FsError('ENOENT', operand);
      stat = await this.ctx.fs.stat(path, { signal: this.ctx.signal });
    } catch (e) {
      await this.error(operand, toFsError(e, path));
      return;
    }
    if (stat.type !== 'directory') {
      if (this.excludedFile(operand)) return;
      await this.searchFile(path, operand, this.opts.manyOperands);
      return;
    }
    if (this.settings.directories === 'skip') return;
    if (this.settings.directories === 'read') {
      await this.error(operand, new FsError('EISDIR', path));
      return;
    }
    if (!implicit && this.excludedDir(operand)) return;
    await this.walk({ path, display: implicit ? '' : operand, depth: 0, stat });
  }

  private async walk(root: WalkNode): Promise<void> {
    try {
      await walkTree(
        this.ctx.fs,
        root,
        {
          enter: (node) => node.depth === 0 || !this.excludedDir(node.display),
          leaf: (node) => this.leaf(node),
          error: (display, error) => this.error(display, error),
        },
        this.ctx.signal,
      );
    } catch (e) {
      if (!(e instanceof QuietStop)) throw e;
    }
  }

  private async leaf(node: WalkNode): Promise<void> {
    const display = node.display.startsWith('/') ? node.display.slice(1) : node.display;
    let type = node.stat.type;
    if (type === 'symlink') {
      if (!this.settings.followLinks) return;
      try {
        const target = await this.ctx.fs.stat(node.path, { signal: this.ctx.signal });
        type = target.type;
        if (type === 'directory') {
          if (this.excludedDir(display)) return;
          if (await this.isLoop(node.path)) {
            await this.out.flush();
            await writeText(this.ctx.stderr, `grep: ${display}: warning: recursive directory loop\n`);
            return;
          }
          await this.walk({ path: node.path, display, depth: node.depth, stat: target });
          return;
        }
      } catch (e) {
        await this.error(display, toFsError(e, node.path));
        return;
      }
    }
    if (this.excludedFile(display)) return;
    await this.searchFile(node.path, display, true);
    if (this.stopped) throw new QuietStop();
  }

  /** A symlink to one of its own ancestors would make -R walk forever. */
  private async isLoop(link: string): Promise<boolean> {
    const target = await this.ctx.fs.realpath(link);
    const here = await this.ctx.fs.realpath(link.slice(0, link.lastIndexOf('/')) || '/');
    return here === target || here.startsWith(target === '/' ? '/' : `${target}/`);
  }

  private async searchFile(path: string, display: string, named: boolean): Promise<void> {
    try {
      await this.search(this.ctx.fs.read(path, { signal: this.ctx.signal }), display, named);
    } catch (e) {
      if (e instanceof FsError || (e as { code?: unknown }).code !== undefined) {
        await this.error(display, toFsError(e, path));
        return;
      }
      throw e;
    }
  }

  private async search(source: ByteSource, display: string, named: boolean): Promise<void> {
    const { withNames } = this.settings;
    const showName = withNames ?? named;
    const result = await scanInput(source, showName ? display : null, this.scan, this.out, this.ctx.signal);
    if (result.selected > 0) this.anySelected = true;
    const end = this.scan.nullAfterName ? '\0' : '\n';
    const mode = this.scan.mode;
    if (mode === 'count') {
      const sep = this.scan.nullAfterName ? '\0' : ':';
      this.out.utf8(showName ? `${display}${sep}${result.selected}\n` : `${result.selected}\n`);
    } else if (mode === 'files-with' && result.selected > 0) this.out.utf8(display + end);
    else if (mode === 'files-without' && result.selected === 0) this.out.utf8(display + end);
    else if (mode === 'quiet' && result.selected > 0) this.stopped = true;
    if (result.binaryMatched) {
      await this.out.flush();
      await writeText(this.ctx.stderr, `grep: ${display}: binary file matches\n`);
    }
    if (this.out.full) await this.out.flush();
  }

  private async error(display: string, error: FsError): Promise<void> {
    this.hadError = true;
    if (this.opts.suppressErrors) return;
    await this.out.flush();
    await writeText(this.ctx.stderr, `grep: ${display}: ${error.reason}\n`);
  }

  /**
   * --include / --exclude: the last option whose glob matches a suffix of the
   * name decides; when none matches, the file is searched unless the first such
   * option was an --include.
   */
  private excludedFile(name: string): boolean {
    const filters = this.settings.fileFilters;
    if (filters.length === 0) return false;
    for (let i = filters.length - 1; i >= 0; i--) {
      if (matchesSuffix(filters[i][1], name)) return filters[i][0] === 'exclude';
    }
    return filters[0][0] === 'include';
  }

  private excludedDir(name: string): boolean {
    return this.settings.excludeDirs.some((glob) => matchesSuffix(glob, name));
  }
}

/** GNU's "name suffix" rule: the whole name or any part of it that starts right after a '/'. */
function matchesSuffix(glob: string, name: string): boolean {
  const re = patternToRegExp(glob, { extglob: false });
  const trimmed = name.replace(/\/+$/, '');
  if (re.test(trimmed)) return true;
  for (let i = trimmed.indexOf('/'); i >= 0; i = trimmed.indexOf('/', i + 1)) {
    if (i + 1 < trimmed.length && trimmed[i + 1] !== '/' && re.test(trimmed.slice(i + 1))) return true;
  }
  return false;
}
