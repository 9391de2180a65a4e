/**
 * Program text to a runnable program: parse, analyze, generate JavaScript and
 * compile it once with `new Function` (names are prefixed and literals are
 * JSON, so no program text reaches the generated code unquoted). Compiled
 * programs are cached by text, since agents run the same one-liners often.
 */
import { analyze } from './analyze.js';
import * as builtins from './builtins.js';
import * as misc from './builtins-misc.js';
import { generateProgram } from './codegen.js';
import { AwkExit, AwkNext, type SourceMap } from './errors.js';
import { decodeEscapes } from './lexer.js';
import { parseProgram } from './parser.js';
import { type AwkRegex, compileLineScanner } from './regex.js';
import type { Runtime } from './runtime.js';
import { loopKeys, sortArray } from './sorting.js';
import { type AwkArray, inputValue, strToNum, toNum, truthy, typeName, type Value } from './values.js';

/** A program instance bound to a runtime. */
export interface ProgramInstance {
  /** Runs BEGIN, the input loop and END; the exit status given to `exit`, if any. */
  run(): Promise<number | undefined>;
  /** Assigns a global by name (for -v); false when the program has no such variable. */
  setVar(name: string, value: Value): boolean;
}

/** A compiled program. */
export interface CompiledProgram {
  /** Compile-time warnings with their program offsets. */
  readonly warnings: readonly { message: string; pos: number }[];
  instantiate(rt: Runtime): ProgramInstance;
}

type Factory = (rt: Runtime, h: typeof HELPERS, r: readonly AwkRegex[]) => ProgramInstance;

/** Compiled programs kept by text. */
const CACHE_LIMIT = 32;
const cache = new Map<string, CompiledProgram>();

/** The helpers generated code calls as `H.name`. */
const HELPERS = {
  num: toNum,
  s2n: strToNum,
  truthy,
  iv: inputValue,
  typeName,
  /** A command-line assignment's value: escapes processed, a strnum when numeric. */
  cmdValue: (raw: string, utf8: boolean) => inputValue(decodeEscapes(raw, utf8)),
  aget(a: AwkArray, k: string): Value {
    const v = a.get(k);
    // Referencing an element creates it.
    if (v === undefined && !a.has(k)) a.set(k, undefined);
    return v;
  },
  aset(a: AwkArray, k: string, v: Value): Value {
    a.set(k, v);
    return v;
  },
  keys: loopKeys,
  lineScanner: compileLineScanner,
  sortArray,
  pow: misc.pow,
  log: misc.log,
  sqrt: misc.sqrt,
  strtonum: misc.strtonum,
  bitwise: misc.bitwise,
  shift: misc.shift,
  compl: misc.compl,
  strftime: misc.strftime,
  mktime: misc.mktime,
  length: builtins.length,
  substr: builtins.substr,
  index: builtins.index,
  split: builtins.split,
  substitute: builtins.substitute,
  gensub: builtins.gensub,
  match: builtins.match,
  changeCase: builtins.changeCase,
  AwkExit,
  AwkNext,
};

/** Compiles program text; throws AwkSyntaxError, AwkCompileError or AwkFatal as gawk reports them. */
export function compileProgram(
  sources: SourceMap,
  utf8: boolean,
  lexWarnings: { message: string; pos: number }[],
): CompiledProgram {
  const key = `${utf8 ? 'u' : 'b'}${sources.text}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const program = parseProgram(sources.text, utf8, (message, pos) => lexWarnings.push({ message, pos }));
  const analysis = analyze(program);
  const generated = generateProgram(program, analysis, utf8);
  const factory = new Function('rt', 'H', 'R', generated.source) as Factory;
  const compiled: CompiledProgram = {
    warnings: [...lexWarnings, ...analysis.warnings],
    instantiate: (rt) => factory(rt, HELPERS, generated.regexes),
  };
  lexWarnings.length = 0;
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
  cache.set(key, compiled);
  return compiled;
}
