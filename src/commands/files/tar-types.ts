/** State one tar run shares between creating, listing and extracting. */
import type { CommandContext } from '../../core/command.js';
import { patternToRegExp } from '../../core/glob-pattern.js';
import { writeText } from '../../core/io.js';

/** Messages, exit status and the options every mode reads. */
export class TarRun {
  /** Exit status so far: 2 once anything failed. */
  status = 0;
  /** Files already in the archive being created (path → member name), for hard links. */
  readonly archived = new Map<string, string>();
  private warnedSlash = false;
  private readonly excludes: RegExp[];

  constructor(
    private readonly ctx: CommandContext,
    /** The -C directory (absolute virtual path). */
    readonly base: string,
    /** Where -v names go: stderr when the archive itself is written to stdout. */
    private readonly listTo: 'stdout' | 'stderr' | null,
    excludes: readonly string[],
    /** --owner / --group overrides for created archives. */
    readonly owner: string | null,
    readonly group: string | null,
  ) {
    this.excludes = excludes.map((x) => patternToRegExp(x, { extglob: false }));
  }

  /** A failure that does not stop the run (GNU exits 2 at the end). */
  async error(message: string): Promise<void> {
    this.status = 2;
    await writeText(this.ctx.stderr, `tar: ${message}\n`);
  }

  /** The once-per-run note about absolute member names. */
  async removingLeadingSlash(): Promise<void> {
    if (this.warnedSlash) return;
    this.warnedSlash = true;
    await writeText(this.ctx.stderr, "tar: Removing leading `/' from member names\n");
  }

  /** A -v line. */
  async verbose(line: string): Promise<void> {
    if (this.listTo === null) return;
    await writeText(this.listTo === 'stdout' ? this.ctx.stdout : this.ctx.stderr, `${line}\n`);
  }

  /** True when --exclude matches the member or its last component. */
  excluded(member: string): boolean {
    const last = member.replace(/\/+$/, '').split('/').pop() ?? member;
    return this.excludes.some((re) => re.test(member) || re.test(last));
  }

  /** The closing message GNU prints after errors. */
  async finish(): Promise<number> {
    if (this.status !== 0)
      await writeText(this.ctx.stderr, 'tar: Exiting with failure status due to previous errors\n');
    return this.status;
  }
}
