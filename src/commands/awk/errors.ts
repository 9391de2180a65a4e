/**
 * awk's diagnostics, formatted the way gawk prints them: syntax errors quote
 * the source line with a caret under the offending token (exit 1), other
 * compile-time errors name the line (exit 1), runtime fatals add the input
 * position `(FILENAME=f FNR=n)` once a record has been read (exit 2).
 */

/** A syntax error at an offset of the program text, shown with the source line and a caret. */
export class AwkSyntaxError extends Error {
  constructor(
    message: string,
    readonly pos: number,
  ) {
    super(message);
    this.name = 'AwkSyntaxError';
  }
}

/** A compile-time error that gawk reports without a caret (`error: function name `f' previously defined`). */
export class AwkCompileError extends Error {
  constructor(
    message: string,
    readonly pos: number,
  ) {
    super(message);
    this.name = 'AwkCompileError';
  }
}

/**
 * A runtime fatal error at a program offset: -1 when no program line applies,
 * null when the caller has yet to say where.
 */
export class AwkFatal extends Error {
  constructor(
    message: string,
    readonly pos: number | null = null,
  ) {
    super(message);
    this.name = 'AwkFatal';
  }
}

/** Thrown by `exit`: END rules still run unless exit was called from END. */
export class AwkExit extends Error {
  constructor(readonly status: number | undefined) {
    super('exit');
    this.name = 'AwkExit';
  }
}

/** Thrown by `next` or `nextfile` from inside a function, caught by the record loop. */
export class AwkNext extends Error {
  constructor(
    readonly file: boolean,
    /** Offset of the statement, for the error when no record loop is running. */
    readonly pos: number,
  ) {
    super(file ? 'nextfile' : 'next');
    this.name = 'AwkNext';
  }
}

/** One piece of program text: the command line or a -f file, at its offset in the joined program. */
export interface ProgramSource {
  /** `cmd. line` or the -f file name as given. */
  readonly name: string;
  readonly text: string;
  readonly offset: number;
}

/** The joined program text and where each source starts, to name lines in messages. */
export class SourceMap {
  readonly text: string;
  private readonly sources: readonly ProgramSource[];

  constructor(parts: readonly { name: string; text: string }[]) {
    const sources: ProgramSource[] = [];
    let text = '';
    for (const p of parts) {
      sources.push({ name: p.name, text: p.text, offset: text.length });
      text += p.text;
      if (!p.text.endsWith('\n')) text += '\n';
    }
    this.text = text;
    this.sources = sources;
  }

  /** The source holding an offset. */
  sourceAt(pos: number): ProgramSource {
    let found = this.sources[0];
    for (const s of this.sources) if (s.offset <= pos) found = s;
    return found ?? { name: 'cmd. line', text: '', offset: 0 };
  }

  /** `cmd. line:3` for an offset. */
  where(pos: number): string {
    const src = this.sourceAt(pos);
    return `${src.name}:${this.lineOf(pos)}`;
  }

  /** 1-based line number of an offset within its source. */
  lineOf(pos: number): number {
    const src = this.sourceAt(pos);
    let line = 1;
    const end = Math.min(pos, src.offset + src.text.length);
    for (let i = src.offset; i < end; i++) if (this.text.charCodeAt(i) === 10) line++;
    return line;
  }

  /** Whether `pos` is the newline added after a source that did not end with one. */
  private isAddedNewline(pos: number): boolean {
    const src = this.sourceAt(pos);
    return pos === src.offset + src.text.length && !src.text.endsWith('\n');
  }

  /**
   * gawk's two-line syntax error: the source line, then a caret under `pos` and
   * the message. At a newline gawk has already counted the next line; a -f file
   * that ends inside a rule gets its own message.
   */
  syntaxMessage(prog: string, e: AwkSyntaxError): string {
    const eof = e.pos >= this.text.length;
    const pos = eof ? this.text.length - 1 : e.pos;
    const atNewline = this.text[pos] === '\n';
    const src = this.sourceAt(pos);
    const line = this.lineOf(pos) + (atNewline && !eof ? 1 : 0);
    const head = `${prog}: ${src.name}:${line}: `;
    const lineStart = this.text.lastIndexOf('\n', pos - 1) + 1;
    const pad = this.text.slice(lineStart, pos).replace(/[^\t]/g, ' ');
    if (src.name !== 'cmd. line' && (eof || this.isAddedNewline(pos))) {
      const caret = eof ? '' : pad.slice(1);
      return `${head}(END OF FILE)\n${head}${caret}^ source files / command-line arguments must contain complete functions or rules\n`;
    }
    const message = atNewline && e.message === 'syntax error' ? 'unexpected newline or end of string' : e.message;
    let lineEnd = this.text.indexOf('\n', pos);
    if (lineEnd < 0) lineEnd = this.text.length;
    return `${head}${this.text.slice(lineStart, lineEnd)}\n${head}${pad}^ ${message}\n`;
  }
}
