/**
 * GNU sed's script compiler: addresses, commands, labels and blocks, with the
 * error messages and positions GNU reports ("-e expression #1, char 3: …",
 * "file x line 2: …"). Scripts are byte strings (one char per byte).
 */
import { skipBracket } from '../lib/posix-bracket.js';
import type { SedAddress, SedAddress2, SedCommand, SedProgram, SedRegex } from './sed-program.js';
import { compileSedRegex, parseSubstitution, parseTransliteration } from './sed-subst.js';
import { unescapeText } from './sed-text.js';

/** One -e expression or -f file of the script. */
export interface ScriptChunk {
  readonly text: string;
  readonly origin: { readonly kind: 'e'; readonly index: number } | { readonly kind: 'f'; readonly name: string };
}

/** A script GNU would reject; the message is complete but for the `sed: ` prefix. */
export class SedScriptError extends Error {
  constructor(
    message: string,
    /** 1 for syntax errors; 4 where GNU panics (a jump to a missing label). */
    readonly exitCode = 1,
  ) {
    super(message);
    this.name = 'SedScriptError';
  }
}

/** Parsing options. */
export interface SedParseOptions {
  readonly extended: boolean;
  readonly sandbox: boolean;
  /** UTF-8 locale: regexes, y and case conversion work on characters. */
  readonly utf8: boolean;
}

const ONE_ADDRESS = new Set(['q', 'Q']);
const NO_ARGUMENT = new Set(['=', 'd', 'D', 'F', 'g', 'G', 'h', 'H', 'n', 'N', 'p', 'P', 'x', 'z']);

/** Compiles a script made of -e and -f chunks. */
export function parseScript(chunks: readonly ScriptChunk[], opts: SedParseOptions): SedProgram {
  return new Parser(chunks, opts).parse();
}

/** Reads characters of one chunk; `null` is the end of the chunk. */
class Parser {
  private chunk: ScriptChunk = { text: '', origin: { kind: 'e', index: 1 } };
  private pos = 0;
  private readonly commands: SedCommand[] = [];
  private readonly blocks: number[] = [];
  private readonly writeFiles: string[] = [];
  private usesLast = false;
  private quietByScript = false;
  /** An a/i/c command whose text continues in the next chunk (`-e 'a\' -e 'text'`). */
  private pendingText: SedCommand | null = null;

  constructor(
    private readonly chunks: readonly ScriptChunk[],
    private readonly opts: SedParseOptions,
  ) {}

  /** --sandbox: r, R, w, W and s///w are refused. */
  get sandboxed(): boolean {
    return this.opts.sandbox;
  }

  parse(): SedProgram {
    for (const [i, chunk] of this.chunks.entries()) {
      this.chunk = chunk;
      this.pos = 0;
      if (i === 0 && /^#n(\n|$)/.test(chunk.text)) this.quietByScript = true;
      if (this.pendingText) {
        const cmd = this.pendingText;
        this.pendingText = null;
        cmd.text = this.readText('\n');
      }
      this.commandsOfChunk();
    }
    if (this.blocks.length > 0) {
      this.pos = 0;
      throw this.error("unmatched `{'", true);
    }
    this.resolveLabels();
    return {
      commands: this.commands,
      quietByScript: this.quietByScript,
      writeFiles: this.writeFiles,
      usesLast: this.usesLast,
    };
  }

  /** An error at the current position, in GNU's location format. */
  error(message: string, atZero = false): SedScriptError {
    const o = this.chunk.origin;
    if (o.kind === 'e')
      return new SedScriptError(`-e expression #${o.index}, char ${atZero ? 0 : this.pos}: ${message}`);
    const line = this.chunk.text.slice(0, Math.max(0, this.pos - 1)).split('\n').length;
    return new SedScriptError(`file ${o.name} line ${line}: ${message}`);
  }

  inchar(): string | null {
    return this.pos < this.chunk.text.length ? this.chunk.text[this.pos++] : null;
  }

  savchar(ch: string | null): void {
    if (ch !== null) this.pos--;
  }

  /** Skips spaces and tabs; returns the next char. */
  private nonblank(): string | null {
    let ch = this.inchar();
    while (ch === ' ' || ch === '\t') ch = this.inchar();
    return ch;
  }

  private commandsOfChunk(): void {
    for (;;) {
      let ch = this.inchar();
      while (ch !== null && (ch === ';' || /\s/.test(ch))) ch = this.inchar();
      if (ch === null) return;
      if (ch === '#') {
        this.skipLine();
        continue;
      }
      this.savchar(ch);
      this.command();
      if (this.pendingText) return;
    }
  }

  private skipLine(): void {
    for (let ch = this.inchar(); ch !== null && ch !== '\n'; ch = this.inchar());
  }

  private command(): void {
    // Only a second address can be +N or ~N.
    const a1 = this.address(false) as SedAddress | null;
    let a2: SedAddress2 | null = null;
    if (a1) {
      let ch = this.nonblank();
      if (ch === ',') {
        ch = this.nonblank();
        this.savchar(ch);
        a2 = this.address(true);
        if (!a2) {
          // GNU has read the character it could not take as an address.
          this.inchar();
          throw this.error("unexpected `,'");
        }
      } else this.savchar(ch);
    }
    let negate = false;
    let ch = this.nonblank();
    if (ch === '!') {
      negate = true;
      ch = this.nonblank();
      if (ch === '!') throw this.error("multiple `!'s");
    }
    if (ch === null || ch === '\n' || ch === ';') {
      this.savchar(ch);
      throw this.error('missing command');
    }
    if (a1?.kind === 'zero' && a2?.kind !== 'regex') throw this.error('invalid usage of line address 0');
    if (a2 && ONE_ADDRESS.has(ch)) throw this.error('command only uses one address');
    const cmd: SedCommand = { name: ch, a1, a2, negate };
    this.commands.push(cmd);
    this.argumentsOf(cmd, a1 !== null);
  }

  private argumentsOf(cmd: SedCommand, addressed: boolean): void {
    const name = cmd.name;
    if (NO_ARGUMENT.has(name)) {
      this.endOfCommand();
      return;
    }
    switch (name) {
      case '{':
        this.blocks.push(this.commands.length - 1);
        return;
      case '}': {
        if (addressed) throw this.error("} doesn't want any addresses");
        const open = this.blocks.pop();
        if (open === undefined) throw this.error("unexpected `}'");
        this.commands[open].target = this.commands.length;
        this.endOfCommand();
        return;
      }
      case '#':
        throw this.error("comments don't accept any addresses");
      case ':': {
        if (addressed) throw this.error(": doesn't want any addresses");
        const label = this.label();
        if (label === '') throw this.error('":" lacks a label');
        cmd.label = label;
        return;
      }
      case 'b':
      case 't':
      case 'T':
        cmd.label = this.label();
        return;
      case 'l':
      case 'q':
      case 'Q':
        cmd.int = this.optionalNumber();
        this.endOfCommand();
        return;
      case 'a':
      case 'i':
      case 'c':
        this.textCommand(cmd);
        return;
      case 'r':
      case 'R':
      case 'w':
      case 'W':
        if (this.opts.sandbox) throw this.error('e/r/w commands disabled in sandbox mode');
        cmd.file = this.fileName();
        if (name === 'w' || name === 'W') this.writeFiles.push(cmd.file);
        return;
      case 's':
        cmd.subst = parseSubstitution(this, this.opts.utf8);
        if (cmd.subst.writeFile !== null) this.writeFiles.push(cmd.subst.writeFile);
        return;
      case 'y':
        cmd.map = parseTransliteration(this, this.opts.utf8);
        this.endOfCommand();
        return;
      case 'v':
        this.label();
        return;
      case 'e':
        throw this.error('the e command is not supported (Mirage runs no external programs)');
      default:
        throw this.error(`unknown command: \`${name}'`);
    }
  }

  /** After a command: only blanks, then end of line, ';', '}' or '#'. */
  endOfCommand(): void {
    const ch = this.nonblank();
    if (ch === '}' || ch === '#') this.savchar(ch);
    else if (ch !== null && ch !== '\n' && ch !== ';') throw this.error('extra characters after command');
  }

  /** A label: blanks skipped, then up to a blank, ';' or '}'. */
  private label(): string {
    let ch = this.nonblank();
    let label = '';
    while (ch !== null && ch !== ';' && ch !== '}' && !/\s/.test(ch)) {
      label += ch;
      ch = this.inchar();
    }
    this.savchar(ch);
    return label;
  }

  private optionalNumber(): number {
    const ch = this.nonblank();
    if (ch === null || !/\d/.test(ch)) {
      this.savchar(ch);
      return -1;
    }
    return this.number(ch);
  }

  /** A number after blanks, or 0 when none follows (GNU's in_integer). */
  private digitsOrZero(): number {
    const d = this.nonblank();
    if (d !== null && /\d/.test(d)) return this.number(d);
    this.savchar(d);
    return 0;
  }

  private number(first: string): number {
    let digits = first;
    let ch = this.inchar();
    while (ch !== null && /\d/.test(ch)) {
      digits += ch;
      ch = this.inchar();
    }
    this.savchar(ch);
    return Number(digits);
  }

  /** A file name: the rest of the line after blanks. */
  fileName(): string {
    let ch = this.nonblank();
    let name = '';
    while (ch !== null && ch !== '\n') {
      name += ch;
      ch = this.inchar();
    }
    if (name === '') throw this.error('missing filename in r/R/w/W commands');
    return name;
  }

  /** a, i, c: `a text`, `a\text` or `a\` newline text, with backslash-newline continuing lines. */
  private textCommand(cmd: SedCommand): void {
    let ch = this.nonblank();
    if (ch === null) throw this.error("expected \\ after `a', `c' or `i'");
    if (ch === '\\') {
      ch = this.inchar();
      if (ch === null) {
        cmd.text = '';
        this.pendingText = cmd;
        return;
      }
    } else {
      this.savchar(ch);
      ch = '\n';
    }
    cmd.text = this.readText(ch);
  }

  /** Reads a/i/c text from the current position; `leadin` is the char after the backslash. */
  private readText(leadin: string): string {
    let raw = leadin === '\n' ? '' : leadin;
    for (let ch = this.inchar(); ch !== null && ch !== '\n'; ch = this.inchar()) {
      if (ch === '\\') {
        const next = this.inchar();
        if (next === null) break;
        raw += next === '\n' ? '\\\n' : `\\${next}`;
        continue;
      }
      raw += ch;
    }
    return `${unescapeText(raw)}\n`;
  }

  /** An address at the current position, or null (nothing consumed) when there is none. */
  private address(second: boolean): SedAddress2 | null {
    const ch = this.inchar();
    if (ch === null) return null;
    if (ch === '/' || ch === '\\') {
      const delim = ch === '\\' ? this.inchar() : '/';
      if (delim === null || delim === '\n') throw this.error('unterminated address regex');
      const body = this.delimited(delim, true);
      if (body === null) throw this.error('unterminated address regex');
      let icase = false;
      let multiline = false;
      for (let f = this.inchar(); ; f = this.inchar()) {
        if (f === 'I') icase = true;
        else if (f === 'M') multiline = true;
        else {
          this.savchar(f);
          break;
        }
      }
      return { kind: 'regex', regex: this.regex(body, icase, multiline) };
    }
    if (/\d/.test(ch)) {
      const n = this.number(ch);
      const tilde = this.inchar();
      if (tilde === '~' && !second) {
        return { kind: 'step', first: n, step: this.digitsOrZero() };
      }
      this.savchar(tilde);
      return n === 0 && !second ? { kind: 'zero' } : { kind: 'line', line: n };
    }
    if (second && (ch === '+' || ch === '~')) {
      const n = this.digitsOrZero();
      return ch === '+' ? { kind: 'plus', count: n } : { kind: 'multiple', of: n };
    }
    if (ch === '$') {
      this.usesLast = true;
      return { kind: 'last' };
    }
    this.savchar(ch);
    return null;
  }

  /** Compiles an address or `s` regex at the current position; '' means "the last regex". */
  regex(body: string, icase: boolean, multiline: boolean): SedRegex | null {
    if (body === '') return null;
    try {
      return compileSedRegex(body, { extended: this.opts.extended, icase, multiline, utf8: this.opts.utf8 });
    } catch (e) {
      if (e instanceof SedScriptError) throw this.error(e.message);
      throw e;
    }
  }

  /**
   * GNU's match_slash: the text up to an unescaped `delim`, with `\delim`
   * unescaped and `\n` a newline in regexes; brackets are skipped whole in
   * regexes. Null when the line or chunk ends first.
   */
  delimited(delim: string, regex: boolean): string | null {
    let out = '';
    for (let ch = this.inchar(); ch !== null; ch = this.inchar()) {
      if (ch === '\n') {
        this.savchar(ch);
        return null;
      }
      if (ch === delim) return out;
      if (ch === '[' && regex) {
        const text = this.chunk.text;
        const lineEnd = text.indexOf('\n', this.pos);
        const end = skipBracket(text.slice(0, lineEnd < 0 ? text.length : lineEnd), this.pos - 1);
        if (end < 0) {
          this.pos = lineEnd < 0 ? text.length : lineEnd;
          return null;
        }
        out += text.slice(this.pos - 1, end);
        this.pos = end;
        continue;
      }
      if (ch === '\\') {
        const next = this.inchar();
        if (next === null) return null;
        if (next === 'n' && regex) out += '\n';
        else if (next === '\n') out += '\n';
        else if (next === delim && !(next === '&' && !regex)) out += next;
        else out += `\\${next}`;
        continue;
      }
      out += ch;
    }
    return null;
  }

  private resolveLabels(): void {
    const labels = new Map<string, number>();
    this.commands.forEach((c, i) => {
      if (c.name === ':' && c.label !== undefined && !labels.has(c.label)) labels.set(c.label, i);
    });
    for (const c of this.commands) {
      if (c.name !== 'b' && c.name !== 't' && c.name !== 'T') continue;
      if (c.label === '') c.target = this.commands.length;
      else {
        const at = labels.get(c.label ?? '');
        if (at === undefined) throw new SedScriptError(`can't find label for jump to \`${c.label}'`, 4);
        c.target = at;
      }
    }
  }
}

/** The parser surface sed-subst.ts needs. */
export type SedParser = Pick<Parser, 'inchar' | 'savchar' | 'error' | 'delimited' | 'fileName' | 'regex' | 'sandboxed'>;
