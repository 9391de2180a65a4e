/**
 * The command history of a workspace: every execute is recorded (not its
 * output: a bounded preview at most), per session and agent. Renders bash's
 * `history` listing and the GNU histfile served as /.bash_history.
 */

/** One executed command line. */
export interface HistoryEntry {
  readonly seq: number;
  readonly sessionId: string;
  readonly agentId: string | null;
  readonly command: string;
  readonly startedAt: number;
  exitCode: number | null;
  durationMs: number | null;
  bytesIn: number;
  bytesOut: number;
  /** The first bytes of stdout, for observers. */
  preview: string;
}

/** Bytes of stdout kept per entry. */
export const HISTORY_PREVIEW_BYTES = 256;
/** Entries kept by default (oldest dropped first). */
export const DEFAULT_HISTORY_LIMIT = 10_000;

/** A bounded, ordered record of commands across sessions. */
export class History {
  private entries: HistoryEntry[] = [];
  private nextSeq = 1;
  /** Per session: the seq before which `history -c` hid entries from that session's view. */
  private readonly clearedBefore = new Map<string, number>();

  constructor(private readonly limit = DEFAULT_HISTORY_LIMIT) {}

  /** Records a command as it starts; the caller fills in the outcome later. */
  start(sessionId: string, agentId: string | null, command: string, bytesIn: number): HistoryEntry {
    const e: HistoryEntry = {
      seq: this.nextSeq++,
      sessionId,
      agentId,
      command,
      startedAt: Date.now(),
      exitCode: null,
      durationMs: null,
      bytesIn,
      bytesOut: 0,
      preview: '',
    };
    this.entries.push(e);
    // Trim in batches: dropping one entry per command would copy the whole array each time.
    if (this.entries.length > this.limit + Math.ceil(this.limit / 8)) this.trim();
    return e;
  }

  private trim(): void {
    if (this.entries.length > this.limit) this.entries.splice(0, this.entries.length - this.limit);
  }

  /** Every entry (all sessions), oldest first. */
  all(): readonly HistoryEntry[] {
    this.trim();
    return this.entries;
  }

  /** What `history` shows in a session: its entries since its last `history -c`. */
  view(sessionId: string): HistoryEntry[] {
    this.trim();
    const from = this.clearedBefore.get(sessionId) ?? 0;
    return this.entries.filter((e) => e.sessionId === sessionId && e.seq >= from);
  }

  /** `history -c`: empties one session's view; the workspace record keeps the entries. */
  clear(sessionId: string): void {
    this.clearedBefore.set(sessionId, this.nextSeq);
  }

  /** The GNU histfile: `#<epoch seconds>` before each command, across sessions. */
  histfile(): string {
    this.trim();
    return this.entries.map((e) => `#${Math.floor(e.startedAt / 1000)}\n${e.command.replace(/\n+$/, '')}\n`).join('');
  }
}
