/**
 * An analyzed awk program to the source of one JavaScript function body:
 * globals become `let` variables, user functions become (async when they do
 * I/O or loop) JS functions, and the rules run inside one record loop so the
 * per-record path has no calls beyond field access. `next` is `continue rec`.
 */
import type { Analysis, FunctionInfo, Kind } from './analyze.js';
import { SPECIAL_SCALARS } from './analyze.js';
import type { Program, Rule, Stmt } from './ast.js';
import { ExprGen, GenShared } from './codegen-expr.js';
import type { AwkRegex } from './regex.js';

/** Generated source and the static regexes it refers to as `R[i]`. */
export interface GeneratedProgram {
  readonly source: string;
  readonly regexes: readonly AwkRegex[];
}

type Mode = 'main' | 'begin' | 'end' | 'hook' | 'function';

const TICK = 'if (--rt.budget < 0) await rt.tick();';

/** Generates the program. The source expects `rt`, `H` and `R` in scope and returns `{ run, setVar }`. */
export function generateProgram(program: Program, analysis: Analysis, utf8: boolean): GeneratedProgram {
  const shared = new GenShared(analysis, utf8);
  const parts: string[] = ['"use strict";', 'const out = rt.io.stdout;'];
  const globals: string[] = [];
  for (const [name, kind] of analysis.globals) globals.push(kind === 'array' ? `g_${name} = new Map()` : `g_${name}`);
  if (globals.length > 0) parts.push(`let ${globals.join(', ')};`);
  const ranges = program.rules.filter((r) => r.pattern.kind === 'range').length;
  if (ranges > 0) parts.push(`let ${Array.from({ length: ranges }, (_, i) => `rg${i} = false`).join(', ')};`);
  for (const f of analysis.functions.values()) parts.push(functionSource(shared, f));
  const nextInFunctions = [...analysis.functions.values()].some((f) => f.usesNext);
  parts.push(
    hookSource(
      shared,
      'beginFile',
      program.rules.filter((r) => r.pattern.kind === 'beginfile'),
    ),
  );
  parts.push(
    hookSource(
      shared,
      'endFile',
      program.rules.filter((r) => r.pattern.kind === 'endfile'),
    ),
  );
  parts.push(setVarSource(analysis));
  parts.push('rt.input.hooks = { beginFile, endFile, assign: (n, v) => { setVar(n, H.cmdValue(v, rt.utf8)); } };');
  parts.push(runSource(shared, program, nextInFunctions));
  return { source: parts.join('\n'), regexes: shared.regexes };
}

function functionSource(shared: GenShared, f: FunctionInfo): string {
  const locals = new Map<string, Kind>(f.def.params.map((p, i) => [p, f.kinds[i]]));
  const g = new ExprGen(shared, locals);
  const body = new StmtGen(g, 'function').stmt(f.def.body);
  const checks = f.def.params
    .map((p, i) =>
      f.kinds[i] === 'array'
        ? `if (l_${p} === undefined) l_${p} = new Map(); else if (!(l_${p} instanceof Map)) rt.fatal(${JSON.stringify(
            `attempt to use scalar parameter \`${p}' as an array`,
          )}, ${f.def.pos});`
        : '',
    )
    .join('');
  const params = f.def.params.map((p) => `l_${p}`).join(', ');
  const head = `function f_${f.def.name}(${params})`;
  if (!f.recursive) return `${f.isAsync ? 'async ' : ''}${head} {${g.declareTemps()}${checks}${body}}`;
  // Awaiting unwinds the stack, so recursion is bounded by a count instead.
  return `async ${head} {${g.declareTemps()}rt.enterCall(${f.def.pos}); try {${TICK}${checks}${body}} finally { rt.callDepth--; }}`;
}

function hookSource(shared: GenShared, name: string, rules: readonly Rule[]): string {
  const g = new ExprGen(shared, null);
  const gen = new StmtGen(g, 'hook');
  const body = rules.map((r) => (r.action ? gen.stmt(r.action) : '')).join('\n');
  return `async function ${name}() {${g.declareTemps()}${body}}`;
}

/** setVar(name, value): -v and command-line assignments by name; false when the name is unknown. */
function setVarSource(analysis: Analysis): string {
  const cases: string[] = [];
  for (const [name, kind] of analysis.globals)
    if (kind !== 'array') cases.push(`case ${JSON.stringify(name)}: g_${name} = v; return true;`);
  for (const name of SPECIAL_SCALARS) {
    if (name === 'NF') cases.push('case "NF": rt.setNF(H.num(v), -1); return true;');
    else if (['NR', 'FNR', 'RSTART', 'RLENGTH'].includes(name))
      cases.push(`case "${name}": rt.${name} = H.num(v); return true;`);
    else if (name === 'ARGC') cases.push('case "ARGC": rt.ARGC = v; return true;');
    else cases.push(`case "${name}": rt.${name} = rt.str(v); return true;`);
  }
  return `function setVar(name, v) { switch (name) { ${cases.join(' ')} } return false; }`;
}

function runSource(shared: GenShared, program: Program, nextInFunctions: boolean): string {
  const g = new ExprGen(shared, null);
  const begin = new StmtGen(g, 'begin');
  const end = new StmtGen(g, 'end');
  const main = new StmtGen(g, 'main');
  const rules = program.rules;
  const beginCode = rules.filter((r) => r.pattern.kind === 'begin').map((r) => begin.rule(r));
  const endCode = rules.filter((r) => r.pattern.kind === 'end').map((r) => end.rule(r));
  let rangeIndex = 0;
  const mainCode = rules
    .filter((r) => r.pattern.kind === 'all' || r.pattern.kind === 'expr' || r.pattern.kind === 'range')
    .map((r) => main.rule(r, r.pattern.kind === 'range' ? rangeIndex++ : -1));
  const readsInput = mainCode.length > 0 || endCode.length > 0 || rules.some((r) => r.pattern.kind.endsWith('file'));
  const guard = (code: string, where: string) =>
    nextInFunctions
      ? `try {${code}} catch (e) { if (e instanceof H.AwkNext) rt.fatal(${JSON.stringify(
          `\`next' cannot be called from a \`${where}' rule`,
        )}, e.pos); throw e; }`
      : code;
  let loop = '';
  const scanned = lineScanSources(program);
  if (scanned !== null) loop += `rt.lineScan = H.lineScanner(${JSON.stringify(scanned)}, rt.utf8);\n`;
  if (readsInput) {
    const body = mainCode.join('\n');
    const guarded = nextInFunctions
      ? `try {${body}} catch (e) { if (!(e instanceof H.AwkNext)) throw e; if (e.file) await rt.input.skipFile(); }`
      : body;
    loop += `rec: while (rt.nextRecordSync() || (await rt.nextRecord())) {${guarded}}`;
  }
  return `return { setVar, run: async function run() {${g.declareTemps()}
let status;
try {${guard(beginCode.join('\n'), 'BEGIN')}
${loop}} catch (e) { if (!(e instanceof H.AwkExit)) throw e; status = e.status; await rt.input.close(); }
try {${guard(endCode.join('\n'), 'END')}} catch (e) { if (!(e instanceof H.AwkExit)) throw e; if (e.status !== undefined) status = e.status; }
return status; } };`;
}

/** The regexes of the main rules when every main rule is just `/regex/ ...`, else null. */
function lineScanSources(program: Program): string[] | null {
  const main = program.rules.filter(
    (r) => r.pattern.kind === 'all' || r.pattern.kind === 'expr' || r.pattern.kind === 'range',
  );
  if (main.length === 0) return null;
  const sources: string[] = [];
  for (const r of main) {
    if (r.pattern.kind !== 'expr') return null;
    let e = r.pattern.expr;
    while (e.kind === 'group') e = e.expr;
    if (e.kind !== 'regex') return null;
    sources.push(e.source);
  }
  return sources;
}

/** Statements of one code unit. */
class StmtGen {
  private loops = 0;

  constructor(
    private readonly g: ExprGen,
    private readonly mode: Mode,
  ) {}

  /** One rule: its pattern test around its action (or `print $0`). */
  rule(r: Rule, rangeIndex = -1): string {
    const g = this.g;
    const action = r.action ? this.stmt(r.action) : 'if (out.put(rt.getRecord() + rt.ORS)) await out.flush();';
    const body = `rt.lastRulePos = ${r.pos};${action}`;
    const p = r.pattern;
    if (p.kind === 'expr') return `if (${g.gen(p.expr, 'bool')}) {${body}}`;
    if (p.kind === 'range') {
      const v = `rg${rangeIndex}`;
      return `if (${v} || (${g.gen(p.from, 'bool')} && (${v} = true))) { if (${g.gen(p.to, 'bool')}) ${v} = false; ${body}}`;
    }
    return `{${body}}`;
  }

  stmt(s: Stmt): string {
    const g = this.g;
    switch (s.kind) {
      case 'print':
      case 'printf': {
        const text =
          s.kind === 'printf'
            ? `rt.sprintf(${g.gen(s.args[0], 'str')}, [${s.args
                .slice(1)
                .map((a) => g.gen(a, 'val'))
                .join(', ')}], ${s.pos})`
            : `${s.args.length === 0 ? 'rt.getRecord()' : s.args.map((a) => g.gen(a, 'out')).join(' + rt.OFS + ')} + rt.ORS`;
        if (!s.dest) return `if (out.put(${text})) await out.flush();`;
        const target = g.gen(s.dest.target, 'str');
        return `{ const o = await rt.io.output(${JSON.stringify(s.dest.mode)}, ${target}, ${s.pos}); if (o.put(${text})) await o.flush(); }`;
      }
      case 'expr':
        return `${g.gen(s.expr, 'val')};`;
      case 'if':
        return `if (${g.gen(s.test, 'bool')}) {${this.stmt(s.then)}}${s.else ? ` else {${this.stmt(s.else)}}` : ''}`;
      case 'while':
        return `while (${g.gen(s.test, 'bool')}) {${TICK}${this.stmt(s.body)}}`;
      case 'do':
        return `do {${TICK}${this.stmt(s.body)}} while (${g.gen(s.test, 'bool')});`;
      case 'for': {
        const init = s.init ? g.gen(s.init, 'val') : '';
        const test = s.test ? g.gen(s.test, 'bool') : '';
        const update = s.update ? g.gen(s.update, 'val') : '';
        return `for (${init}; ${test}; ${update}) {${TICK}${this.stmt(s.body)}}`;
      }
      case 'forIn': {
        const k = `k${this.loops++}`;
        const p = g.place(s.key);
        const assign = `${p.setup ? `${p.setup}, ` : ''}${p.set(`H.iv(${k})`)};`;
        return `for (const ${k} of H.keys(rt, ${g.arrayRef(s.array, s.pos)})) {${TICK}${assign}${this.stmt(s.body)}}`;
      }
      case 'block':
        return s.body.map((b) => this.stmt(b)).join('\n');
      case 'next':
        return this.mode === 'main' ? 'continue rec;' : `throw new H.AwkNext(false, ${s.pos});`;
      case 'nextfile':
        return this.mode === 'main'
          ? '{ await rt.input.skipFile(); continue rec; }'
          : `throw new H.AwkNext(true, ${s.pos});`;
      case 'exit':
        return `throw new H.AwkExit(${s.status ? g.gen(s.status, 'num') : 'undefined'});`;
      case 'return':
        return `return ${s.value ? g.gen(s.value, 'val') : 'undefined'};`;
      case 'break':
        return 'break;';
      case 'continue':
        return 'continue;';
      case 'delete': {
        const map = g.arrayRef(s.array, s.pos);
        return s.subs ? `${map}.delete(${g.key(s.subs)});` : `${map}.clear();`;
      }
    }
  }
}
