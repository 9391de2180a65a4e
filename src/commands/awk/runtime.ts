/**
 * The state a running awk program works on, on top of the record and its
 * fields (record-state.ts): the special variables, reading the next record,
 * value conversions through CONVFMT/OFMT, regex caching, gawk-style runtime
 * errors and cancellation. Generated code calls these methods directly.
 */
import type { CommandContext } from '../../core/command.js';
import { AWK_MAX_CALL_DEPTH, LOOP_YIELD_EVERY } from '../../core/limits.js';
import type { Codec } from './codec.js';
import { AwkFatal, type SourceMap } from './errors.js';
import type { FieldRule } from './field-scan.js';
import { fieldRule } from './fields.js';
import { InputFiles } from './input.js';
import { IoTable } from './io-table.js';
import { formatG, integerDigits, specialText } from './numfmt.js';
import { type FormatHost, formatPrintf } from './printf.js';
import { AwkRandom } from './random.js';
import { RecordState } from './record-state.js';
import type { RecordSeparator } from './records.js';
import { type AwkRegex, AwkRegexError, compileRegex } from './regex.js';
import { type AwkArray, compareValues, inputValue, toNum, type Value } from './values.js';

/** Dynamic regexes kept compiled. */
const REGEX_CACHE_LIMIT = 500;
/** Loop iterations between yields to the event loop, so timers and aborts get through. */
const YIELD_EVERY_TICKS = 64;

/** What the runtime needs from the command. */
export interface RuntimeSetup {
  readonly ctx: CommandContext;
  readonly codec: Codec;
  readonly sources: SourceMap;
  /** ARGV[0], ARGV[1], … already in the codec's char set. */
  readonly argv: readonly string[];
}

/** The running program's state. */
export class Runtime extends RecordState implements FormatHost {
  readonly ctx: CommandContext;
  readonly codec: Codec;
  readonly utf8: boolean;
  readonly sources: SourceMap;
  readonly input: InputFiles;
  readonly io: IoTable;
  readonly random = new AwkRandom();

  NR = 0;
  FNR = 0;
  RSTART = 0;
  RLENGTH = -1;
  FILENAME = '';
  RT = '';
  ORS = '\n';
  SUBSEP = '\x1c';
  ARGC: Value;
  readonly ENVIRON: AwkArray = new Map();
  readonly ARGV: AwkArray = new Map();
  readonly PROCINFO: AwkArray = new Map();
  /** Loop iterations left before the next cancellation check. */
  budget = LOOP_YIELD_EVERY;
  /** Offset of the last rule run, for errors raised between rules (gawk names its line). */
  lastRulePos = -1;
  /** Calls of recursive functions in progress. */
  callDepth = 0;
  /**
   * When every main rule is a `/regex/` pattern: finds the records any of them
   * matches, so the others are counted and skipped without running the rules.
   */
  lineScan: RegExp | null = null;
  /** The last record skipped unseen, which is $0 if input ends there. */
  private skipped: string | null = null;

  private fs = ' ';
  private rs = '\n';
  private convfmt = '%.6g';
  private ofmt = '%.6g';
  /** How records are separated now (RS decoded). */
  separator: RecordSeparator = { kind: 'char', ch: '\n' };

  private readonly regexCache = new Map<string, AwkRegex>();
  private ticks = 0;

  constructor(setup: RuntimeSetup) {
    super();
    this.ctx = setup.ctx;
    this.codec = setup.codec;
    this.utf8 = setup.codec.utf8;
    this.sources = setup.sources;
    for (const [i, a] of setup.argv.entries()) this.ARGV.set(String(i), inputValue(a));
    this.ARGC = setup.argv.length;
    for (const [k, v] of Object.entries(setup.ctx.env)) {
      this.ENVIRON.set(this.codec.fromJs(k), inputValue(this.codec.fromJs(v)));
    }
    this.PROCINFO.set('version', '5.2.1');
    this.PROCINFO.set('FS', 'FS');
    this.io = new IoTable(this);
    this.input = new InputFiles(this);
  }

  get FS(): string {
    return this.fs;
  }

  set FS(v: string) {
    this.fs = v;
    this.rule = this.makeFieldRule(v);
  }

  get RS(): string {
    return this.rs;
  }

  set RS(v: string) {
    this.rs = v;
    if (v === '') this.separator = { kind: 'paragraph' };
    else if (v.length === 1) this.separator = { kind: 'char', ch: v };
    else this.separator = { kind: 'regex', re: this.re(v, -1) };
    // Paragraph mode changes how FS splits (newline always separates fields).
    this.rule = this.makeFieldRule(this.fs);
  }

  get CONVFMT(): string {
    return this.convfmt;
  }

  set CONVFMT(v: string) {
    this.convfmt = v;
  }

  get OFMT(): string {
    return this.ofmt;
  }

  set OFMT(v: string) {
    this.ofmt = v;
  }

  private makeFieldRule(fs: string): FieldRule {
    try {
      return fieldRule(fs, this.rs === '', this.utf8);
    } catch (e) {
      if (e instanceof AwkRegexError) throw new AwkFatal(`invalid regexp: ${e.message}`, -1);
      throw e;
    }
  }

  /** Loads the next main-input record if one is buffered; false when input must be awaited. */
  nextRecordSync(): boolean {
    if (this.lineScan !== null) this.skipUnmatched(this.lineScan);
    const rec = this.input.nextSync();
    if (rec === undefined) return false;
    this.skipped = null;
    this.setRecord(rec);
    this.NR++;
    this.FNR++;
    return true;
  }

  /** Loads the next main-input record, reading more input; false at the end of all input. */
  async nextRecord(): Promise<boolean> {
    await this.io.flushStandard();
    if (++this.ticks % YIELD_EVERY_TICKS === 0) await yieldToEventLoop();
    const rec = await this.input.next();
    if (rec === undefined) return false;
    this.skipped = null;
    this.setRecord(rec);
    this.NR++;
    this.FNR++;
    return true;
  }

  private skipUnmatched(scan: RegExp): void {
    const sep = this.separator;
    if (sep.kind !== 'char' || sep.ch !== '\n') return;
    const { count, last } = this.input.skipLines(scan);
    if (count === 0) return;
    this.NR += count;
    this.FNR += count;
    this.skipped = last;
  }

  /** At the end of a file: a record skipped unseen becomes $0, as if it had been read. */
  restoreSkipped(): void {
    if (this.skipped === null) return;
    this.setRecord(this.skipped);
    this.skipped = null;
  }

  /** Plain `getline`: the next main-input record into $0, counting NR and FNR; 1, or 0 at the end. */
  async getline(): Promise<number> {
    const rec = this.input.nextSync() ?? (await this.input.next());
    if (rec === undefined) return 0;
    this.setRecord(rec);
    this.NR++;
    this.FNR++;
    return 1;
  }

  /** `getline var`: the next main-input record into io.line, counting NR and FNR. */
  async getlineVar(): Promise<number> {
    const rec = this.input.nextSync() ?? (await this.input.next());
    if (rec === undefined) return 0;
    this.io.line = rec;
    this.NR++;
    this.FNR++;
    return 1;
  }

  // ---- conversions ----

  /** A value as a string, numbers through CONVFMT. */
  str(v: Value): string {
    if (typeof v === 'string') return v;
    if (typeof v === 'number') return this.numberText(v, this.convfmt);
    return v === undefined ? '' : v.s;
  }

  /** A value as print writes it, numbers through OFMT. */
  out(v: Value): string {
    if (typeof v === 'string') return v;
    if (typeof v === 'number') return this.numberText(v, this.ofmt);
    return v === undefined ? '' : v.s;
  }

  /** A number through CONVFMT. */
  n2s(n: number): string {
    return this.numberText(n, this.convfmt);
  }

  /** A number through OFMT. */
  n2o(n: number): string {
    return this.numberText(n, this.ofmt);
  }

  num(v: Value): number {
    return toNum(v);
  }

  private numberText(n: number, fmt: string): string {
    if ((n | 0) === n) return String(n);
    if (Number.isInteger(n)) return integerDigits(n);
    if (!Number.isFinite(n)) return specialText(n);
    if (fmt === '%.6g') return n < 0 ? `-${formatG(-n, 6, false, false)}` : formatG(n, 6, false, false);
    return formatPrintf(fmt, [n], this);
  }

  /** awk comparison: <0, 0, >0, or NaN when unordered. */
  cmp(a: Value, b: Value): number {
    return compareValues(a, b, (v) => this.str(v));
  }

  /** sprintf with the program position for errors. */
  sprintf(fmt: string, args: readonly Value[], pos: number): string {
    try {
      return formatPrintf(fmt, args, this);
    } catch (e) {
      if (e instanceof AwkFatal && e.pos === null) throw new AwkFatal(e.message, pos);
      throw e;
    }
  }

  // ---- arithmetic with errors ----

  div(a: number, b: number, pos: number): number {
    if (b === 0) throw new AwkFatal('division by zero attempted', pos);
    return a / b;
  }

  mod(a: number, b: number, pos: number): number {
    if (b === 0) throw new AwkFatal("division by zero attempted in `%'", pos);
    return a % b;
  }

  // ---- regexes ----

  /** A dynamic regex, compiled once per text. */
  re(text: string, pos: number): AwkRegex {
    let r = this.regexCache.get(text);
    if (r === undefined) {
      try {
        r = compileRegex(text, this.utf8);
      } catch (e) {
        if (e instanceof AwkRegexError) throw new AwkFatal(`invalid regexp: ${e.message}`, pos);
        throw e;
      }
      if (this.regexCache.size >= REGEX_CACHE_LIMIT) this.regexCache.clear();
      this.regexCache.set(text, r);
    }
    return r;
  }

  // ---- errors and cancellation ----

  /** Throws gawk's fatal error for the program position. */
  fatal(message: string, pos: number): never {
    throw new AwkFatal(message, pos);
  }

  /** A warning in gawk's form, written to standard error. */
  warn(message: string, pos: number): void {
    this.io.stderr.put(`${this.messagePrefix(pos)}warning: ${message}\n`);
  }

  /** `awk: cmd. line:1: (FILENAME=x FNR=3) ` for a program position (-1: none). */
  messagePrefix(pos: number): string {
    let head = `${this.ctx.name}: `;
    if (pos >= 0) head += `${this.sources.where(pos)}: `;
    if (this.FNR > 0) head += `(FILENAME=${this.FILENAME || '-'} FNR=${this.FNR}) `;
    return head;
  }

  /** Counts a call of a recursive function; past AWK_MAX_CALL_DEPTH it is a fatal error. */
  enterCall(pos: number): void {
    if (++this.callDepth > AWK_MAX_CALL_DEPTH) {
      this.callDepth = 0;
      throw new AwkFatal('function call nesting too deep', pos);
    }
  }

  /** Called by loops every LOOP_YIELD_EVERY iterations: honours aborts and lets other work run. */
  async tick(): Promise<void> {
    this.budget = LOOP_YIELD_EVERY;
    this.ctx.signal.throwIfAborted();
    if (++this.ticks % YIELD_EVERY_TICKS === 0) await yieldToEventLoop();
    this.ctx.signal.throwIfAborted();
  }
}

function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
