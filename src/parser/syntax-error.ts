/** The one error the parser layer throws. */

/** A bash syntax error at a 1-based line and UTF-16 column of the parsed text. */
export class ShellSyntaxError extends Error {
  /** 1-based line of the error. */
  readonly line: number;
  /** 1-based column (UTF-16 code units) of the error. */
  readonly col: number;
  /** True when more input could complete the text (an open quote, `if` without `fi`, a trailing `|`). */
  readonly incomplete: boolean;
  /** The bare message, without the position (`reached EOF without matching ( with )`). */
  readonly reason: string;

  constructor(reason: string, line: number, col: number, incomplete = false) {
    super(`line ${line}:${col}: ${reason}`);
    this.name = 'ShellSyntaxError';
    this.line = line;
    this.col = col;
    this.incomplete = incomplete;
    this.reason = reason;
  }
}
