/**
 * sed's execution cycle: read a line into the pattern space, run the commands
 * whose addresses select it, print it unless -n, then flush the append queue.
 * Follows GNU sed 4.9: `n`/`N` at the end of input print and quit, `D` restarts
 * without reading, `c` in a range prints its text once, `q` takes an exit code.
 */
import type { SedInput, SedLine } from './sed-input.js';
import type { SedStream } from './sed-output.js';
import type { RangeState, SedAddress, SedCommand, SedProgram, SedRegex } from './sed-program.js';
import { characters, substitute } from './sed-subst.js';
import { dumpLine } from './sed-text.js';

/** Run-wide switches. */
export interface SedRunOptions {
  readonly quiet: boolean;
  /** -s / -i: line numbers and `$` are per file. */
  readonly separate: boolean;
  /** Default width of `l` (-l N); 0 disables folding. */
  readonly lineWrap: number;
  /** The record terminator (NUL with -z), which `l` also ends its lines with. */
  readonly eol: string;
  /** UTF-8 locale: y maps characters, not bytes. */
  readonly utf8: boolean;
}

/** What a run needs from the command around it. */
export interface SedEnv {
  /** The stream for the lines of input file `file` (in-place editing switches it per file). */
  output(file: number): Promise<SedStream>;
  /** The stream of a `w` file, opened before the first cycle. */
  writeStream(name: string): SedStream;
  /** The bytes of an `r`/`R` file, or null when it cannot be read (then nothing is printed). */
  readFile(name: string): Promise<Uint8Array | null>;
}

/** A failure while running (GNU reports it with a location and exits 4 or 1). */
export class SedRuntimeError extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
    this.name = 'SedRuntimeError';
  }
}

type Queued = { readonly text: string } | { readonly file: string } | { readonly line: string };

/** One sed run over all input lines. */
export class SedRun {
  private ps = '';
  private hold = '';
  /** Whether the pattern / hold space ends with a newline when printed (GNU's `chomped`). */
  private psChomped = true;
  private holdChomped = true;
  private lineNo = 0;
  private file = -1;
  private out!: SedStream;
  private lastRegex: SedRegex | null = null;
  private replaced = false;
  private last: boolean | null = null;
  private ranges: (RangeState | undefined)[] = [];
  private readonly appendQueue: Queued[] = [];
  private readonly rLines = new Map<string, { lines: string[]; next: number }>();
  /** Exit status set by q / Q, or null while running. */
  quitCode: number | null = null;

  constructor(
    private readonly program: SedProgram,
    private readonly input: SedInput,
    private readonly opts: SedRunOptions,
    private readonly env: SedEnv,
  ) {}

  /** Runs every cycle; returns the exit status q/Q asked for, or 0. */
  async run(): Promise<number> {
    let line = await this.input.take();
    while (line) {
      if (line.file === this.file && !this.program.usesLast) this.loadLine(line);
      else await this.load(line);
      this.replaced = false;
      const pending = this.cycle(0);
      if (pending) await pending;
      if (this.quitCode !== null) break;
      if (this.appendQueue.length > 0) await this.dumpAppends(false);
      if (this.out.full) await this.out.flush();
      line = this.input.takeSync() ?? (await this.input.take());
    }
    return this.quitCode ?? 0;
  }

  /** Makes `line` the current input line, switching output when a new file starts. */
  private async load(line: SedLine): Promise<void> {
    if (line.file !== this.file) {
      const first = this.file < 0;
      this.file = line.file;
      this.out = await this.env.output(line.file);
      // Each file starts afresh with -s / -i: line numbers, ranges and the hold space.
      if (this.opts.separate && !first) {
        this.lineNo = 0;
        this.ranges = [];
        this.hold = '';
      }
    }
    this.loadLine(line);
    // `$` needs one line of lookahead; it is settled here so address checks stay synchronous.
    if (this.program.usesLast) this.last = await this.input.atEnd(this.opts.separate);
  }

  private loadLine(line: SedLine): void {
    this.lineNo++;
    this.ps = line.text;
    this.psChomped = line.terminated;
  }

  /** The next line for n/N, or null at the end of the input (which ends the script). */
  private async nextLine(): Promise<SedLine | null> {
    if (await this.input.atEnd(false)) return null;
    await this.dumpAppends(false);
    return this.input.takeSync() ?? (await this.input.take());
  }

  /**
   * Runs the script on the current line from command `pc`; the end of the
   * script prints the pattern space. Synchronous unless a command must wait
   * for input (n, N, R) or a file (q flushing r); those continue in an async
   * helper, so ordinary lines cost no promise.
   */
  private cycle(from: number): void | Promise<void> {
    const cmds = this.program.commands;
    const autoprint = !this.opts.quiet;
    let pc = from;
    while (pc < cmds.length) {
      const cmd = cmds[pc];
      if (!this.selected(cmd, pc)) {
        pc = cmd.name === '{' ? (cmd.target as number) : pc + 1;
        continue;
      }
      pc++;
      switch (cmd.name) {
        case '=':
          this.out.line(String(this.lineNo));
          break;
        case 'a':
          this.appendQueue.push({ text: cmd.text as string });
          break;
        case 'i':
          this.out.line(withoutNewline(cmd.text as string));
          break;
        case 'c':
          if (this.ranges[pc - 1]?.state !== 'active') this.out.line(withoutNewline(cmd.text as string));
          return;
        case 'b':
          pc = cmd.target as number;
          break;
        case 't':
          if (this.replaced) {
            this.replaced = false;
            pc = cmd.target as number;
          }
          break;
        case 'T':
          if (!this.replaced) pc = cmd.target as number;
          else this.replaced = false;
          break;
        case 'd':
          return;
        case 'D': {
          const nl = this.ps.indexOf('\n');
          if (nl < 0) return;
          this.ps = this.ps.slice(nl + 1);
          pc = 0;
          break;
        }
        case 'n':
          if (autoprint) this.out.line(this.ps, this.psChomped);
          return this.readNext(pc, false);
        case 'N':
          return this.readNext(pc, true);
        case 'p':
          this.out.line(this.ps, this.psChomped);
          break;
        case 'P': {
          const nl = this.ps.indexOf('\n');
          if (nl < 0) this.out.line(this.ps, this.psChomped);
          else this.out.line(this.ps.slice(0, nl));
          break;
        }
        case 'l':
          this.out.raw(
            dumpLine(this.ps, (cmd.int ?? -1) >= 0 ? (cmd.int as number) : this.opts.lineWrap, this.opts.eol),
          );
          break;
        case 'F':
          this.out.line(this.input.nameOf(this.file));
          break;
        case 'z':
          this.ps = '';
          break;
        case 'h':
          this.hold = this.ps;
          this.holdChomped = this.psChomped;
          break;
        case 'H':
          this.hold = `${this.hold}\n${this.ps}`;
          this.holdChomped = this.psChomped;
          break;
        case 'g':
          this.ps = this.hold;
          this.psChomped = this.holdChomped;
          break;
        case 'G':
          this.ps = `${this.ps}\n${this.hold}`;
          this.psChomped = this.holdChomped;
          break;
        case 'x':
          [this.ps, this.hold] = [this.hold, this.ps];
          [this.psChomped, this.holdChomped] = [this.holdChomped, this.psChomped];
          break;
        case 'y':
          this.ps = transliterate(this.ps, cmd.map as Map<string, string>, this.opts.utf8);
          break;
        case 's':
          this.substitute(cmd);
          break;
        case 'w':
          this.env.writeStream(cmd.file as string).line(this.ps, this.psChomped);
          break;
        case 'W': {
          const nl = this.ps.indexOf('\n');
          const stream = this.env.writeStream(cmd.file as string);
          if (nl < 0) stream.line(this.ps, this.psChomped);
          else stream.line(this.ps.slice(0, nl));
          break;
        }
        case 'r':
          this.appendQueue.push({ file: cmd.file as string });
          break;
        case 'R':
          return this.queueLineOf(cmd.file as string).then(() => this.cycle(pc));
        case 'q':
          if (autoprint) this.out.line(this.ps, this.psChomped);
          this.quit(cmd.int ?? -1);
          return this.dumpAppends(true);
        case 'Q':
          return this.quit(cmd.int ?? -1);
      }
    }
    if (autoprint) this.out.line(this.ps, this.psChomped);
  }

  /** n and N: the next line replaces or joins the pattern space, then the script goes on at `pc`. */
  private async readNext(pc: number, join: boolean): Promise<void> {
    const next = await this.nextLine();
    if (!next) {
      // GNU prints the pattern space when N finds no more input (n printed it already).
      if (join && !this.opts.quiet) this.out.line(this.ps, this.psChomped);
      return;
    }
    const joined = join ? `${this.ps}\n${next.text}` : null;
    await this.load(next);
    this.replaced = false;
    if (joined !== null) this.ps = joined;
    return this.cycle(pc);
  }

  /** Stops the run with exit status `code` (-1: 0). */
  private quit(code: number): void {
    this.quitCode = Math.max(code, 0);
  }

  /** Prints the append queue (a text, r files, R lines); GNU ends a missing newline first. */
  private async dumpAppends(always: boolean): Promise<void> {
    if (this.appendQueue.length === 0 && !always) return;
    this.out.endMissingNewline();
    for (const q of this.appendQueue.splice(0)) {
      if ('text' in q) this.out.raw(q.text);
      else if ('line' in q) this.out.raw(`${q.line}\n`);
      else {
        const bytes = await this.env.readFile(q.file);
        if (bytes) this.out.bytes(bytes);
      }
    }
  }

  private async queueLineOf(name: string): Promise<void> {
    let state = this.rLines.get(name);
    if (!state) {
      const bytes = await this.env.readFile(name);
      const text = bytes ? Buffer.from(bytes).toString('latin1') : '';
      const lines = text === '' ? [] : (text.endsWith('\n') ? text.slice(0, -1) : text).split('\n');
      state = { lines, next: 0 };
      this.rLines.set(name, state);
    }
    if (state.next < state.lines.length) this.appendQueue.push({ line: state.lines[state.next++] });
  }

  private substitute(cmd: SedCommand): void {
    const s = cmd.subst;
    if (!s) return;
    const regex = s.regex ?? this.lastRegex;
    if (!regex) throw new SedRuntimeError('-e expression #1, char 0: no previous regular expression', 1);
    this.lastRegex = regex;
    const result = substitute(this.ps, s, regex);
    if (result === null) return;
    this.ps = result;
    this.replaced = true;
    if (s.print) this.out.line(this.ps, this.psChomped);
    if (s.writeFile !== null) this.env.writeStream(s.writeFile).line(this.ps, this.psChomped);
  }

  /** Whether command `cmd` (at index `at`) applies to the current line. */
  private selected(cmd: SedCommand, at: number): boolean {
    if (!cmd.a1) return !cmd.negate;
    const hit = cmd.a2 ? this.inRange(cmd, at) : this.matches(cmd.a1);
    return hit !== cmd.negate;
  }

  private matches(a: SedAddress | NonNullable<SedCommand['a2']>): boolean {
    switch (a.kind) {
      case 'line':
        return this.lineNo === a.line;
      case 'last':
        return this.last === true;
      case 'zero':
        return false;
      case 'step':
        return a.step <= 0 ? this.lineNo === a.first : this.lineNo >= a.first && (this.lineNo - a.first) % a.step === 0;
      case 'plus':
      case 'multiple':
        return false;
      case 'regex': {
        const regex = a.regex ?? this.lastRegex;
        if (!regex) throw new SedRuntimeError('-e expression #1, char 0: no previous regular expression', 1);
        this.lastRegex = regex;
        regex.re.lastIndex = 0;
        return regex.re.test(this.ps);
      }
    }
  }

  /** A range, exactly as GNU's match_address_p decides it. */
  private inRange(cmd: SedCommand, at: number): boolean {
    const a1 = cmd.a1 as SedAddress;
    const a2 = cmd.a2 as NonNullable<SedCommand['a2']>;
    // 0,/re/ is open before the first line, so /re/ may end it on line 1.
    const range = (this.ranges[at] ??= { state: a1.kind === 'zero' ? 'active' : 'inactive', end: 0 });
    const n = this.lineNo;
    if (range.state !== 'active') {
      const numeric = a1.kind === 'line' || (a1.kind === 'step' && a1.step <= 0);
      if (numeric) {
        const first = a1.kind === 'line' ? a1.line : (a1 as { first: number }).first;
        if (range.state === 'closed' || n < first) return false;
      } else if (!this.matches(a1)) return false;
      range.state = 'active';
      switch (a2.kind) {
        case 'regex':
          return true;
        case 'line':
          if (n >= a2.line) range.state = 'closed';
          return n <= a2.line || this.matches(a1);
        case 'plus':
          if (a2.count === 0) break;
          range.end = n + a2.count;
          return true;
        case 'multiple':
          if (a2.of === 0) break;
          range.end = n + a2.of - (n % a2.of);
          return true;
      }
    }
    if (a2.kind === 'line') {
      if (n >= a2.line) range.state = 'closed';
      return n <= a2.line;
    }
    const ends =
      a2.kind === 'plus' || a2.kind === 'multiple'
        ? (a2.kind === 'plus' ? a2.count : a2.of) === 0 || range.end <= n
        : this.matches(a2);
    if (ends) range.state = 'closed';
    return true;
  }
}

/** a/i/c text without its final newline (output_line adds the terminator). */
function withoutNewline(text: string): string {
  return text.endsWith('\n') ? text.slice(0, -1) : text;
}

function transliterate(text: string, map: Map<string, string>, utf8: boolean): string {
  let out = '';
  for (const ch of characters(text, utf8)) out += map.get(ch) ?? ch;
  return out;
}
