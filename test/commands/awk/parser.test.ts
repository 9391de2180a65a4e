import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Expr, Stmt } from '../../../src/commands/awk/ast.js';
import { AwkSyntaxError, SourceMap } from '../../../src/commands/awk/errors.js';
import { Lexer } from '../../../src/commands/awk/lexer.js';
import { parseExpression, parseProgram } from '../../../src/commands/awk/parser.js';

/** A compact prefix rendering of an expression, so precedence shows in one string. */
function show(e: Expr): string {
  switch (e.kind) {
    case 'num':
      return String(e.value);
    case 'str':
      return JSON.stringify(e.value);
    case 'regex':
      return `/${e.source}/`;
    case 'var':
      return e.name;
    case 'field':
      return `$(${show(e.index)})`;
    case 'index':
      return `${e.name}[${e.subs.map(show).join(',')}]`;
    case 'in':
      return `(in (${e.subs.map(show).join(',')}) ${e.array})`;
    case 'assign':
      return `(${e.op} ${show(e.target)} ${show(e.value)})`;
    case 'cond':
      return `(? ${show(e.test)} ${show(e.then)} ${show(e.else)})`;
    case 'arith':
    case 'compare':
    case 'logic':
      return `(${e.op} ${show(e.left)} ${show(e.right)})`;
    case 'concat':
      return `(cat ${e.parts.map(show).join(' ')})`;
    case 'match':
      return `(${e.negate ? '!~' : '~'} ${show(e.left)} ${show(e.right)})`;
    case 'unary':
      return `(${e.op}u ${show(e.arg)})`;
    case 'incdec':
      return e.prefix ? `(${e.op} ${show(e.target)})` : `(${show(e.target)} ${e.op})`;
    case 'group':
      return `(${show(e.expr)})`;
    case 'call':
    case 'builtin':
      return `${e.name}(${e.args.map(show).join(', ')})`;
    case 'getline': {
      const target = e.target ? ` ${show(e.target)}` : '';
      if (e.from === 'main') return `(getline${target})`;
      if (e.from === 'file') return `(getline${target} < ${show(e.source as Expr)})`;
      return `(${show(e.source as Expr)} | getline${target})`;
    }
  }
}

const expr = (text: string) => show(parseExpression(text));

/** The statements of `BEGIN { text }`. */
function body(text: string): readonly Stmt[] {
  const p = parseProgram(`BEGIN { ${text} }`, false, () => {});
  const action = p.rules[0].action as Stmt & { kind: 'block' };
  return action.body;
}

function syntaxError(program: string): { message: string; pos: number } {
  try {
    parseProgram(program, false, () => {});
  } catch (e) {
    if (e instanceof AwkSyntaxError) return { message: e.message, pos: e.pos };
    throw e;
  }
  assert.fail(`expected a syntax error in ${program}`);
}

describe('awk lexer', () => {
  test('a slash is division after an operand and a regex where an operand starts', () => {
    assert.equal(expr('a / b / c'), '(/ (/ a b) c)');
    assert.equal(expr('x ~ /a\\/b/'), '(~ x /a/b/)');
    assert.equal(expr('4 /2/ 1'), '(/ (/ 4 2) 1)');
    assert.equal(expr('(a) /2'), '(/ (a) 2)');
    assert.equal(expr('a[1] / 2'), '(/ a[1] 2)');
    assert.equal(expr('/=/'), '/=/');
    assert.equal(expr('x /= 2'), '(/= x 2)');
  });

  test('a slash inside a bracket expression does not end a regex', () => {
    assert.equal(expr('/[/]x/'), '/[/]x/');
    assert.equal(expr('/[[:alpha:]/]+/'), '/[[:alpha:]/]+/');
    assert.equal(expr('/[]/]/'), '/[]/]/');
  });

  test('newlines are skipped after tokens that continue a line', () => {
    const lexer = new Lexer('a &&\n\nb ,\nc {\n}', false, () => {});
    const kinds: string[] = [];
    for (let t = lexer.next(); t.kind !== 'eof'; t = lexer.next()) kinds.push(t.kind === 'newline' ? 'NL' : t.text);
    assert.deepEqual(kinds, ['a', '&&', 'b', ',', 'c', '{', '}']);
  });

  test('names before ( are calls; keywords and builtins are recognized', () => {
    const lexer = new Lexer('f(x) g (y) length substr( while func', false, () => {});
    const tokens: string[] = [];
    for (let t = lexer.next(); t.kind !== 'eof'; t = lexer.next()) tokens.push(`${t.kind}:${t.text}`);
    assert.deepEqual(tokens, [
      'funcName:f',
      'op:(',
      'name:x',
      'op:)',
      'name:g',
      'op:(',
      'name:y',
      'op:)',
      'builtin:length',
      'builtin:substr',
      'op:(',
      'keyword:while',
      'keyword:function',
    ]);
  });

  test('string escapes and numbers', () => {
    const warnings: string[] = [];
    const lexer = new Lexer('"a\\tb\\101\\x41\\q\\"" 0x1f 011 018 1e3 .5', false, (m) => warnings.push(m));
    const values: unknown[] = [];
    for (let t = lexer.next(); t.kind !== 'eof'; t = lexer.next()) values.push(t.value);
    assert.deepEqual(values, ['a\tbAAq"', 31, 9, 18, 1000, 0.5]);
    assert.deepEqual(warnings, ["escape sequence `\\q' treated as plain `q'"]);
  });

  test('comments and backslash-newline continuations vanish', () => {
    assert.equal(expr('1 + \\\n 2 # comment'), '(+ 1 2)');
  });
});

describe('awk expression precedence', () => {
  test('arithmetic, power and unary minus', () => {
    assert.equal(expr('1 + 2 * 3 - 4'), '(- (+ 1 (* 2 3)) 4)');
    assert.equal(expr('2 ^ 3 ^ 2'), '(^ 2 (^ 3 2))');
    assert.equal(expr('-2 ^ 2'), '(-u (^ 2 2))');
    assert.equal(expr('2 ^ -1'), '(^ 2 (-u 1))');
    assert.equal(expr('2 ** 3'), '(^ 2 3)');
    assert.equal(expr('!x + 1'), '(+ (!u x) 1)');
  });

  test('concatenation sits between additive and comparison; minus stays binary', () => {
    assert.equal(expr('a b c'), '(cat a b c)');
    assert.equal(expr('a " " -1'), '(cat a (- " " 1))');
    assert.equal(expr('a -1'), '(- a 1)');
    assert.equal(expr('1 !x'), '(cat 1 (!u x))');
    assert.equal(expr('"a" "b" == "ab"'), '(== (cat "a" "b") "ab")');
    assert.equal(expr('x < y z'), '(< x (cat y z))');
  });

  test('comparison, match, in, and, or, ternary and assignment', () => {
    assert.equal(expr('a < b && c ~ d || !e'), '(|| (&& (< a b) (~ c d)) (!u e))');
    assert.equal(expr('k in a && 1'), '(&& (in (k) a) 1)');
    assert.equal(expr('(i, j) in a'), '(in (i,j) a)');
    assert.equal(expr('a ? b : c ? d : e'), '(? a b (? c d e))');
    assert.equal(expr('x = y = 3'), '(= x (= y 3))');
    assert.equal(expr('x += y ? 1 : 2'), '(+= x (? y 1 2))');
    assert.equal(expr('x ~ "a" "b"'), '(~ x (cat "a" "b"))');
  });

  test('$ binds tighter than everything but grouping', () => {
    assert.equal(expr('$NF-1'), '(- $(NF) 1)');
    assert.equal(expr('$(NF-1)'), '$(((- NF 1)))');
    assert.equal(expr('$i++'), '($(i) ++)');
    assert.equal(expr('$++i'), '$((++ i))');
    assert.equal(expr('$-1'), '$((-u 1))');
    assert.equal(expr('$$0'), '$($(0))');
    assert.equal(expr('-$1'), '(-u $(1))');
  });

  test('increments apply to lvalues only', () => {
    assert.equal(expr('x++ + ++y'), '(+ (x ++) (++ y))');
    assert.equal(expr('a[i]--'), '(a[i] --)');
    assert.equal(expr('x ++y'), '(cat (x ++) y)');
  });

  test('length works with and without parentheses', () => {
    assert.equal(expr('length'), 'length()');
    assert.equal(expr('length > 3'), '(> length() 3)');
    assert.equal(expr('length($1) + 1'), '(+ length($(1)) 1)');
    assert.equal(expr('length "x"'), '(cat length() "x")');
  });

  test('getline forms', () => {
    assert.equal(expr('getline'), '(getline)');
    assert.equal(expr('getline x'), '(getline x)');
    assert.equal(expr('getline < f'), '(getline < f)');
    assert.equal(expr('getline x < "a" "b"'), '(cat (getline x < "a") "b")');
    assert.equal(expr('(getline line < file) > 0'), '(> ((getline line < file)) 0)');
    assert.equal(expr('"cmd" | getline'), '("cmd" | getline)');
    assert.equal(expr('"echo " x | getline y'), '((cat "echo " x) | getline y)');
    assert.equal(expr('"cmd" | getline > 0'), '(> ("cmd" | getline) 0)');
    assert.equal(expr('getline $1'), '(getline $(1))');
    assert.equal(expr('cmd | getline a[1]'), '(cmd | getline a[1])');
  });
});

describe('awk statements', () => {
  test('print reads > as redirection unless parenthesized', () => {
    const [a, b, c, d] = body('print 1 > "f"; print (1 > 2); print (1, 2) > "g" "h"; print 1 < 2');
    assert.equal(a.kind === 'print' && a.dest?.mode, '>');
    assert.equal(b.kind === 'print' && b.dest, null);
    assert.equal(b.kind === 'print' && show(b.args[0]), '(> 1 2)');
    assert.equal(c.kind === 'print' && c.args.length, 2);
    assert.equal(c.kind === 'print' && c.dest && show(c.dest.target), '(cat "g" "h")');
    assert.equal(d.kind === 'print' && show(d.args[0]), '(< 1 2)');
  });

  test('print grouping followed by more expression is one expression', () => {
    const [s] = body('print (1)(2), 3 | "cat"');
    assert.equal(s.kind, 'print');
    if (s.kind !== 'print') return;
    assert.deepEqual(s.args.map(show), ['(cat (1) (2))', '3']);
    assert.equal(s.dest?.mode, '|');
  });

  test('for-in versus C-style for', () => {
    const [a, b] = body('for (k in arr) n++; for (k = 0; k < 3; k++) ;');
    assert.equal(a.kind, 'forIn');
    assert.equal(b.kind, 'for');
  });

  test('if/else across newlines and semicolons', () => {
    const [s] = body('if (x) print 1;\n\n else print 2');
    assert.equal(s.kind === 'if' && s.else?.kind, 'print');
    const [t, u] = body('if (x) print 1\nprint 2');
    assert.equal(t.kind === 'if' && t.else, null);
    assert.equal(u.kind, 'print');
  });

  test('rules, ranges and functions', () => {
    const p = parseProgram('function f(a, b) { return a }\n/x/, /y/\nNR > 1 { print }\nEND { }', false, () => {});
    assert.deepEqual(
      p.rules.map((r) => r.pattern.kind),
      ['range', 'expr', 'end'],
    );
    assert.equal(p.rules[0].action, null);
    assert.deepEqual(p.functions[0].params, ['a', 'b']);
  });

  test('delete forms and do-while', () => {
    const [a, b, c] = body('delete a[1, 2]; delete a; do x++; while (x < 3)');
    assert.equal(a.kind === 'delete' && a.subs?.length, 2);
    assert.equal(b.kind === 'delete' && b.subs, null);
    assert.equal(c.kind, 'do');
  });
});

describe('awk syntax errors', () => {
  test('the offending token is reported', () => {
    assert.deepEqual(syntaxError('BEGIN { x = 1 +* 2 }'), { message: 'syntax error', pos: 15 });
    assert.deepEqual(syntaxError('BEGIN { print ) }'), { message: 'syntax error', pos: 14 });
    assert.deepEqual(syntaxError('BEGIN { x = 1 < 2 < 3 }'), { message: 'syntax error', pos: 18 });
    assert.deepEqual(syntaxError('BEGIN { x = "abc }'), { message: 'unterminated string', pos: 12 });
    assert.deepEqual(syntaxError('BEGIN { x = /abc }'), { message: 'unterminated regexp', pos: 13 });
    assert.equal(syntaxError('BEGIN { return 1 }').message, "`return' used outside function context");
    assert.equal(syntaxError('BEGIN { print length(1, 2) }').message, '2 is invalid as number of arguments for length');
    assert.equal(syntaxError('BEGIN { printf }').message, 'syntax error');
    assert.equal(syntaxError('BEGIN\n{ }').message, 'syntax error');
  });

  test('messages quote the line with a caret, as gawk does', () => {
    const sources = new SourceMap([{ name: 'cmd. line', text: 'BEGIN {\n  x = 1 +\n}' }]);
    const e = syntaxError(sources.text);
    assert.equal(
      sources.syntaxMessage('awk', new AwkSyntaxError(e.message, e.pos)),
      'awk: cmd. line:3:   x = 1 +\nawk: cmd. line:3:          ^ unexpected newline or end of string\n',
    );
    const file = new SourceMap([{ name: 'p.awk', text: 'BEGIN {\n' }]);
    const f = syntaxError(file.text);
    assert.match(file.syntaxMessage('awk', new AwkSyntaxError(f.message, f.pos)), /p\.awk:1: \(END OF FILE\)/);
  });

  test('deep nesting is refused instead of exhausting the stack', () => {
    const deep = `BEGIN { x = ${'('.repeat(5000)}1${')'.repeat(5000)} }`;
    assert.equal(syntaxError(deep).message, 'program nested too deeply');
    assert.equal(syntaxError(`BEGIN { x = 1${' + 1'.repeat(5000)} }`).message, 'program nested too deeply');
    assert.equal(syntaxError(`BEGIN { ${'{'.repeat(5000)} }`).message, 'program nested too deeply');
  });
});
