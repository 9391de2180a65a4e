/**
 * Built-in function calls to JavaScript source. Arguments are generated in
 * the type each function takes; regex arguments use the static regex for a
 * `/re/` literal and a cached dynamic one otherwise; lvalue targets of
 * sub/gsub are assigned only when something was replaced.
 */
import type { Expr, LValue } from './ast.js';
import type { Code, ExprGen } from './codegen-expr.js';
import { isLValue } from './parser-expr.js';

const FIELD_ZERO: LValue = { kind: 'field', pos: 0, index: { kind: 'num', pos: 0, value: 0 } };

/** Code for a call of built-in `name`. */
export function genBuiltin(g: ExprGen, name: string, args: readonly Expr[], pos: number): Code {
  const num = (i: number) => g.gen(args[i], 'num');
  const str = (i: number) => g.gen(args[i], 'str');
  const n = (js: string): Code => ({ js, ty: 'num' });
  const s = (js: string): Code => ({ js, ty: 'str' });
  switch (name) {
    case 'length':
      return length(g, args);
    case 'substr':
      return s(`H.substr(rt, ${str(0)}, ${num(1)}${args.length > 2 ? `, ${num(2)}` : ''})`);
    case 'index':
      return n(`H.index(rt, ${str(0)}, ${str(1)})`);
    case 'split': {
      const sep = args.length > 2 ? separator(g, args[2]) : 'rt.FS';
      const seps = args.length > 3 ? arrayArg(g, args[3]) : 'null';
      return n(`H.split(rt, ${str(0)}, ${arrayArg(g, args[1])}, ${sep}, ${seps}, ${pos})`);
    }
    case 'sub':
    case 'gsub':
      return substitute(g, args, name === 'gsub');
    case 'gensub': {
      const target = args.length > 3 ? str(3) : 'rt.getRecord()';
      return s(`H.gensub(rt, ${g.regexOf(args[0])}, ${str(1)}, ${g.gen(args[2], 'val')}, ${target})`);
    }
    case 'match':
      return n(`H.match(rt, ${str(0)}, ${g.regexOf(args[1])}, ${args.length > 2 ? arrayArg(g, args[2]) : 'null'})`);
    case 'sprintf':
      return s(
        `rt.sprintf(${str(0)}, [${args
          .slice(1)
          .map((a) => g.gen(a, 'val'))
          .join(', ')}], ${pos})`,
      );
    case 'sin':
    case 'cos':
    case 'exp':
      return n(`Math.${name}(${num(0)})`);
    case 'atan2':
      return n(`Math.atan2(${num(0)}, ${num(1)})`);
    case 'log':
    case 'sqrt':
      return n(`H.${name}(rt, ${num(0)}, ${pos})`);
    case 'int':
      return n(`Math.trunc(${num(0)})`);
    case 'rand':
      return n('rt.random.rand()');
    case 'srand':
      return n(`rt.random.srand(${args.length > 0 ? num(0) : 'Math.floor(Date.now() / 1000)'})`);
    case 'tolower':
    case 'toupper':
      return s(`H.changeCase(rt, ${str(0)}, ${name === 'toupper'})`);
    case 'system':
      return n(`(await rt.io.system(${str(0)}))`);
    case 'close':
      return n(`(await rt.io.close(${str(0)}))`);
    case 'fflush':
      return n(`(await rt.io.fflush(${args.length > 0 ? str(0) : 'undefined'}, ${pos}))`);
    case 'strftime':
      return s(
        `H.strftime(rt${args.length > 0 ? `, ${str(0)}` : ''}${args.length > 1 ? `, ${num(1)}` : ''}${args.length > 2 ? `, ${g.gen(args[2], 'val')}` : ''})`,
      );
    case 'systime':
      return n('Math.floor(Date.now() / 1000)');
    case 'mktime':
      return n(`H.mktime(rt, ${str(0)}${args.length > 1 ? `, ${g.gen(args[1], 'val')}` : ''})`);
    case 'strtonum':
      return n(`H.strtonum(${g.gen(args[0], 'val')})`);
    case 'and':
    case 'or':
    case 'xor':
      return n(`H.bitwise(rt, "${name}", [${args.map((_, i) => num(i)).join(', ')}], ${pos})`);
    case 'lshift':
    case 'rshift':
      return n(`H.shift(rt, ${name === 'lshift'}, ${num(0)}, ${num(1)}, ${pos})`);
    case 'compl':
      return n(`H.compl(rt, ${num(0)}, ${pos})`);
    case 'asort':
    case 'asorti': {
      const dest = args.length > 1 ? arrayArg(g, args[1]) : 'null';
      const how = args.length > 2 ? str(2) : 'null';
      return n(`H.sortArray(rt, ${arrayArg(g, args[0])}, ${dest}, ${how}, ${name === 'asorti'})`);
    }
    case 'isarray':
      return n(isArrayName(g, args[0]) ? '1' : `(${g.gen(args[0], 'val')}, 0)`);
    case 'typeof':
      if (isArrayName(g, args[0])) return s('"array"');
      return s(`H.typeName(${g.gen(args[0], 'val')}, ${args[0].kind === 'field'})`);
    default:
      throw new Error(`awk: no code for builtin ${name}`);
  }
}

function isArrayName(g: ExprGen, e: Expr): boolean {
  return e.kind === 'var' && g.kindOf(e.name) === 'array';
}

function length(g: ExprGen, args: readonly Expr[]): Code {
  if (args.length === 0) return { js: 'H.length(rt, rt.getRecord())', ty: 'num' };
  const a = args[0];
  if (a.kind === 'var' && g.kindOf(a.name) === 'array') return { js: `${g.arrayRef(a.name, a.pos)}.size`, ty: 'num' };
  return { js: `H.length(rt, ${g.gen(a, 'str')})`, ty: 'num' };
}

/** An argument that must be an array: a bare array name. */
function arrayArg(g: ExprGen, e: Expr): string {
  if (e.kind === 'var') return g.arrayRef(e.name, e.pos);
  return `rt.fatal("attempt to use a scalar value as array", ${e.pos})`;
}

/** split()'s separator: a static regex for `/re/`, else a string read by FS rules. */
function separator(g: ExprGen, e: Expr): string {
  const inner = e.kind === 'group' ? e.expr : e;
  if (inner.kind === 'regex') return g.regexOf(inner);
  return g.gen(e, 'str');
}

function substitute(g: ExprGen, args: readonly Expr[], global: boolean): Code {
  const re = g.regexOf(args[0]);
  const repl = g.gen(args[1], 'str');
  const target = args.length > 2 ? args[2] : FIELD_ZERO;
  if (!isLValue(target)) {
    return { js: `H.substitute(${re}, ${repl}, ${g.gen(target, 'str')}, ${global}).count`, ty: 'num' };
  }
  const p = g.place(target);
  const r = g.tmp();
  const setup = p.setup ? `${p.setup}, ` : '';
  const js = `(${setup}${r} = H.substitute(${re}, ${repl}, ${p.get('str')}, ${global}), ${r}.count > 0 ? (${p.set(`${r}.text`)}, ${r}.count) : 0)`;
  return { js, ty: 'num' };
}
