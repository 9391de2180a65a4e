/**
 * What diff compares: two files, a file and the same name in a directory,
 * or two directories (names merged in byte order, "Only in", "Common
 * subdirectories", recursion with -r, absent files as empty with -N).
 */
import type { CommandContext } from '../../core/command.js';
import { toFsError } from '../../core/errors.js';
import { readAll, writeText } from '../../core/io.js';
import { MAX_WALK_DEPTH } from '../../core/limits.js';
import { baseName } from '../../core/path.js';
import type { FileStat } from '../../core/resource.js';
import { compareTexts } from './diff-compare.js';
import type { DiffSettings } from './diff-options.js';
import { strftime } from './strftime.js';
import { TimeZone } from './time-zone.js';

/** One side of a comparison after stat. */
interface Side {
  readonly name: string;
  readonly kind: 'file' | 'dir' | 'stdin' | 'missing';
  readonly stat?: FileStat;
}

const EMPTY = new Uint8Array(0);

/** GNU's join of a directory operand and an entry name: no doubled slash. */
function joinName(dir: string, name: string): string {
  return dir.endsWith('/') ? dir + name : `${dir}/${name}`;
}

/** Runs one diff invocation and returns its exit status (0 same, 1 different, 2 trouble). */
export class DiffRun {
  private stdin: Uint8Array | null = null;
  private readonly zone: TimeZone;

  constructor(
    private readonly ctx: CommandContext,
    private readonly settings: DiffSettings,
  ) {
    this.zone = TimeZone.fromEnv(ctx.env);
  }

  private async error(message: string): Promise<number> {
    await writeText(this.ctx.stderr, `diff: ${message}\n`);
    return 2;
  }

  private async side(name: string): Promise<Side | string> {
    if (name === '-') return { name, kind: 'stdin' };
    try {
      const stat = await this.ctx.fs.stat(this.ctx.resolve(name));
      return { name, kind: stat.type === 'directory' ? 'dir' : 'file', stat };
    } catch (e) {
      const err = toFsError(e, name);
      if (err.code === 'ENOENT') return { name, kind: 'missing' };
      return `${name}: ${err.reason}`;
    }
  }

  /** The two operands of the command line. */
  async top(name0: string, name1: string): Promise<number> {
    let a = await this.side(name0);
    let b = await this.side(name1);
    if (typeof a === 'string') return this.error(a);
    if (typeof b === 'string') return this.error(b);
    if (a.kind === 'dir' && b.kind === 'dir') return this.directories(a.name, b.name, 0);
    if ((a.kind === 'dir' && b.kind === 'stdin') || (a.kind === 'stdin' && b.kind === 'dir')) {
      return this.error("cannot compare '-' to a directory");
    }
    if (a.kind === 'dir' && b.kind !== 'missing') a = await this.side(joinName(a.name, baseName(`/${b.name}`)));
    else if (b.kind === 'dir' && a.kind !== 'missing') b = await this.side(joinName(b.name, baseName(`/${a.name}`)));
    if (typeof a === 'string') return this.error(a);
    if (typeof b === 'string') return this.error(b);
    for (const s of [a, b]) {
      if (s.kind === 'missing' && !this.settings.newFile) return this.error(`${s.name}: No such file or directory`);
    }
    return this.files(a, b, false);
  }

  private async bytes(s: Side): Promise<Uint8Array> {
    if (s.kind === 'missing') return EMPTY;
    if (s.kind === 'stdin') {
      this.stdin ??= await readAll(this.ctx.stdin);
      return this.stdin;
    }
    return this.ctx.fs.readFile(this.ctx.resolve(s.name), { signal: this.ctx.signal });
  }

  private header(s: Side, label: string | undefined): string {
    if (label !== undefined) return label;
    const ms = s.kind === 'missing' ? 0 : s.kind === 'stdin' ? Date.now() : (s.stat?.mtimeMs ?? 0);
    const seconds = Math.floor(ms / 1000);
    const t = { fields: this.zone.fields(ms), seconds, nanos: Math.round((ms - seconds * 1000) * 1e6) };
    const stamp =
      this.settings.compare.style === 'unified'
        ? strftime('%Y-%m-%d %H:%M:%S.%N %z', t)
        : strftime('%a %b %e %H:%M:%S %Y', t);
    return `${s.name}\t${stamp}`;
  }

  private async files(a: Side, b: Side, inDirectory: boolean): Promise<number> {
    const { settings } = this;
    let bytes0: Uint8Array;
    let bytes1: Uint8Array;
    try {
      bytes0 = await this.bytes(a);
    } catch (e) {
      return this.error(`${a.name}: ${toFsError(e, a.name).reason}`);
    }
    try {
      bytes1 = await this.bytes(b);
    } catch (e) {
      return this.error(`${b.name}: ${toFsError(e, b.name).reason}`);
    }
    const result = compareTexts(bytes0, bytes1, settings.compare);
    const [label0, label1] = settings.labels;
    const shown0 = label0 ?? a.name;
    const shown1 = label1 ?? b.name;
    if (result.kind === 'same') {
      if (settings.reportIdentical) await writeText(this.ctx.stdout, `Files ${shown0} and ${shown1} are identical\n`);
      return 0;
    }
    if (settings.brief || result.kind === 'binary') {
      const what = settings.brief ? 'Files' : 'Binary files';
      await writeText(this.ctx.stdout, `${what} ${shown0} and ${shown1} differ\n`);
      return 1;
    }
    let head = inDirectory ? `diff${settings.switches ? ` ${settings.switches}` : ''} ${shown0} ${shown1}\n` : '';
    const style = settings.compare.style;
    if (style !== 'normal') {
      const [mark0, mark1] = style === 'unified' ? ['---', '+++'] : ['***', '---'];
      head += `${mark0} ${this.header(a, label0)}\n${mark1} ${this.header(b, label1)}\n`;
    }
    await writeText(this.ctx.stdout, head);
    for (const hunk of result.hunks) {
      this.ctx.signal.throwIfAborted();
      await this.ctx.stdout.write(Buffer.from(hunk, 'latin1'));
    }
    return 1;
  }

  private async list(dir: string): Promise<string[] | string> {
    try {
      const entries = await this.ctx.fs.readdir(this.ctx.resolve(dir), { signal: this.ctx.signal });
      return entries.map((e) => e.name).filter((n) => !this.settings.excludes.some((re) => re.test(n)));
    } catch (e) {
      const err = toFsError(e, dir);
      if (err.code === 'ENOENT' && this.settings.newFile) return [];
      return `${dir}: ${err.reason}`;
    }
  }

  /** Two directories; `dir0`/`dir1` may name a missing one under -N. */
  private async directories(dir0: string, dir1: string, depth: number): Promise<number> {
    if (depth >= MAX_WALK_DEPTH) return this.error(`${dir0}: File name too long`);
    const names0 = await this.list(dir0);
    const names1 = await this.list(dir1);
    if (typeof names0 === 'string') return this.error(names0);
    if (typeof names1 === 'string') return this.error(names1);
    const all = [...new Set([...names0, ...names1])].sort((x, y) => Buffer.compare(Buffer.from(x), Buffer.from(y)));
    const in0 = new Set(names0);
    const in1 = new Set(names1);
    let status = 0;
    for (const name of all) {
      this.ctx.signal.throwIfAborted();
      const p0 = joinName(dir0, name);
      const p1 = joinName(dir1, name);
      let r: number;
      if (!in0.has(name) || !in1.has(name)) r = await this.onlyIn(in0.has(name) ? dir0 : dir1, name, p0, p1, depth);
      else r = await this.entry(p0, p1, depth);
      status = Math.max(status, r);
    }
    return status;
  }

  private async onlyIn(dir: string, name: string, p0: string, p1: string, depth: number): Promise<number> {
    if (!this.settings.newFile) {
      await writeText(this.ctx.stdout, `Only in ${dir}: ${name}\n`);
      return 1;
    }
    const a = await this.side(p0);
    const b = await this.side(p1);
    if (typeof a === 'string') return this.error(a);
    if (typeof b === 'string') return this.error(b);
    if (a.kind === 'dir' || b.kind === 'dir') {
      if (!this.settings.recursive) {
        await writeText(this.ctx.stdout, `Only in ${dir}: ${name}\n`);
        return 1;
      }
      return this.directories(p0, p1, depth + 1);
    }
    return this.files(a, b, true);
  }

  private async entry(p0: string, p1: string, depth: number): Promise<number> {
    const a = await this.side(p0);
    const b = await this.side(p1);
    if (typeof a === 'string') return this.error(a);
    if (typeof b === 'string') return this.error(b);
    if (a.kind === 'missing') return this.error(`${p0}: No such file or directory`);
    if (b.kind === 'missing') return this.error(`${p1}: No such file or directory`);
    if (a.kind === 'dir' && b.kind === 'dir') {
      if (this.settings.recursive) return this.directories(p0, p1, depth + 1);
      await writeText(this.ctx.stdout, `Common subdirectories: ${p0} and ${p1}\n`);
      return 0;
    }
    if (a.kind === 'dir' || b.kind === 'dir') {
      const type = (s: Side) => (s.kind === 'dir' ? 'directory' : 'regular file');
      await writeText(this.ctx.stdout, `File ${p0} is a ${type(a)} while file ${p1} is a ${type(b)}\n`);
      return 1;
    }
    return this.files(a, b, true);
  }
}
