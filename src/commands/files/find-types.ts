/** The shapes shared by find's parser, primaries, printf and walker. */
import type { CommandContext } from '../../core/command.js';
import type { FileStat, FileType } from '../../core/resource.js';
import type { TimeZone } from '../data/time-zone.js';
import type { TextBatcher } from '../lib/text-batch.js';
import type { RegexDialect } from './regex-syntax.js';

/** A fatal usage problem: find prints `find: <message>` and exits 1 before walking. */
export class FindUsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FindUsageError';
  }
}

/** How symbolic links are treated: never followed, followed on the command line, or everywhere. */
export type FollowMode = 'P' | 'H' | 'L';

/** One file met by the walk. */
export interface FindEntry {
  /** The path as printed: the starting point, then '/name' per level. */
  readonly path: string;
  /** Absolute virtual path. */
  readonly abs: string;
  /** The starting point this entry descends from, as given. */
  readonly start: string;
  /** 0 for a starting point. */
  readonly depth: number;
  /** Type as seen in the current mode: a followed link shows its target's type. */
  readonly type: FileType;
  /** Metadata in the current mode (a dangling link gives its own lstat). */
  stat(): Promise<FileStat>;
  /** Set by -prune: the walk does not descend into this directory. */
  pruned: boolean;
}

/** The running state actions share. */
export interface FindRun {
  readonly ctx: CommandContext;
  readonly out: TextBatcher;
  readonly follow: FollowMode;
  readonly zone: TimeZone;
  /** Exit status so far (1 after any error). */
  status: number;
  /** Set by -quit. */
  quit: boolean;
}

/** A compiled test or action. */
export type Evaluator = (entry: FindEntry, run: FindRun) => boolean | Promise<boolean>;

/** The expression tree. */
export type FindExpr =
  | { readonly kind: 'primary'; readonly name: string; readonly evaluate: Evaluator }
  | { readonly kind: 'not'; readonly operand: FindExpr }
  | { readonly kind: 'and' | 'or' | 'comma'; readonly left: FindExpr; readonly right: FindExpr };

/** Settings the options and the parse decide for the whole walk. */
export interface FindSettings {
  follow: FollowMode;
  maxDepth: number;
  minDepth: number;
  /** Post-order: a directory after its contents (-depth, implied by -delete). */
  depthFirst: boolean;
  /** Stay on the starting point's mount (-xdev, -mount). */
  sameMount: boolean;
  regex: RegexDialect;
  /** -daystart: times count from the start of today. */
  dayStart: boolean;
}

/** What a primary's builder gets: its arguments and the shared parse state. */
export interface BuildContext {
  readonly ctx: CommandContext;
  readonly settings: FindSettings;
  readonly zone: TimeZone;
  /** When the command started, ms since the epoch. */
  readonly nowMs: number;
  /** Reports a warning on stderr (parse time). */
  warn(message: string): Promise<void>;
}
