/**
 * A compiled sed script: a flat list of commands with resolved jumps. Blocks
 * `{ … }` are a `{` that skips to its `}` when its address does not match.
 */

/** A compiled regex of a script; `null` in an address or `s` means "the last regex used". */
export interface SedRegex {
  /** Global RegExp over the pattern space (lastIndex is moved by the caller). */
  readonly re: RegExp;
  /** The same RegExp without the g flag, for String#replace of the first match. */
  readonly first: RegExp;
  /** Whether it can match the empty string (then GNU's rules for empty matches apply). */
  readonly nullable: boolean;
  /** One sticky RegExp per top-level alternative, for POSIX's longest match. */
  readonly branches: readonly RegExp[];
  readonly groups: number;
}

/** The first address of a command. */
export type SedAddress =
  | { readonly kind: 'line'; readonly line: number }
  | { readonly kind: 'last' }
  | { readonly kind: 'regex'; readonly regex: SedRegex | null }
  | { readonly kind: 'step'; readonly first: number; readonly step: number }
  /** `0` in `0,/re/`: the range is open before the first line. */
  | { readonly kind: 'zero' };

/** The second address of a range. */
export type SedAddress2 =
  | SedAddress
  | { readonly kind: 'plus'; readonly count: number }
  | { readonly kind: 'multiple'; readonly of: number };

/** One piece of an `s` replacement. */
export type ReplacementPart =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'group'; readonly index: number }
  /** \U \L \E (whole-run case) and \u \l (next char). */
  | { readonly kind: 'case'; readonly op: 'U' | 'L' | 'E' | 'u' | 'l' };

/** An `s` command's compiled parts. */
export interface Substitution {
  readonly regex: SedRegex | null;
  readonly replacement: readonly ReplacementPart[];
  readonly global: boolean;
  /** Replace from the Nth match on (1 without a number). */
  readonly occurrence: number;
  readonly print: boolean;
  readonly writeFile: string | null;
  /** The replacement as a String#replace pattern ($& $01 …) when it has no case escapes. */
  readonly native: string | null;
  /** UTF-8 locale: \U \L \u \l convert whole characters. */
  readonly utf8: boolean;
}

/** One command with its addresses and arguments. */
export interface SedCommand {
  readonly name: string;
  readonly a1: SedAddress | null;
  readonly a2: SedAddress2 | null;
  readonly negate: boolean;
  /** a, i, c text (already unescaped, newline-terminated unless empty). */
  text?: string;
  /** b, t, T, : label ('' for "end of script"). */
  label?: string;
  /** Index a jump goes to (b t T), or the index after the matching `}` ({). */
  target?: number;
  /** r R w W file name. */
  file?: string;
  /** q Q exit code, l width (-1: the default). */
  int?: number;
  subst?: Substitution;
  /** y: character → character map (bytes, or UTF-8 sequences in a UTF-8 locale). */
  map?: Map<string, string>;
}

/** Per-run state of a range address (the program itself stays read-only). */
export interface RangeState {
  /** `closed`: a range with a numeric start ended and never starts again. */
  state: 'inactive' | 'active' | 'closed';
  /** Last line of a +N or ~N end. */
  end: number;
}

/** A parsed script. */
export interface SedProgram {
  readonly commands: readonly SedCommand[];
  /** The script asked for -n with a first line `#n`. */
  readonly quietByScript: boolean;
  /** Files written by w/W and s///w, opened (truncated) before the first cycle. */
  readonly writeFiles: readonly string[];
  /** Whether any address is `$` (the reader must look one line ahead). */
  readonly usesLast: boolean;
}
