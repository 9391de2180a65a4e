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
  constructor(readonly file: boolean) {
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

  /** gawk's two-line syntax error: the source line, then a caret under `pos` and the message. */
  syntaxMessage(prog: string, e: AwkSyntaxError): string {
    const pos = Math.max(0, Math.min(e.pos, this.text.length - 1));
    // A newline token (or the end of the text) points one past the end of its line.
    const message =
      this.text[pos] === '\n' && e.message === 'syntax error' ? 'unexpected newline or end of string' : e.message;
    const lineStart = this.text.lastIndexOf('\n', pos - 1) + 1;
    let lineEnd = this.text.indexOf('\n', pos);
    if (lineEnd < 0) lineEnd = this.text.length;
    const head = `${prog}: ${this.where(pos)}: `;
    const line = this.text.slice(lineStart, lineEnd);
    const pad = this.text.slice(lineStart, pos).replace(/[^\t]/g, ' ');
    return `${head}${line}\n${head}${pad}^ ${message}\n`;
  }
}
