/** Conversion of words and word parts, and what mvdan does with here-documents. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parse } from '../../src/parser/index.js';
import { argOf, bin, call, dbl, lit, param, sgl, stmt, stmtsOf, strip, un, w, word } from './ast-helpers.js';

const CASES: [string, unknown][] = [
  ['echo {a,b}c', w('{a,b}c')],
  ['echo a\\ b\\"c\\$d', w('a\\ b\\"c\\$d')],
  ["echo 'a\\b'", word(sgl('a\\b'))],
  ["echo $'a\\n\\'b'", word(sgl("a\\n\\'b", true))],
  ['echo "a\\"b\\$c"', word(dbl(lit('a\\"b\\$c')))],
  ['echo $"x$y"', word({ kind: 'DblQuoted', dollar: true, parts: [lit('x'), param('y', { short: true })] })],
  ['echo "a\\\nb"', word(dbl(lit('ab')))],
  ['echo a\\\nb', w('ab')],
  ['echo a$', w('a$')],
  ['echo $10', word(param('1', { short: true }), lit('0'))],
  ['echo ${10}', word(param('10'))],
  ['echo $@ $# $? $$ $! $- $0', word(param('@', { short: true }))],
  ['echo ${#x}', word(param('x', { length: true }))],
  ['echo ${!x}', word(param('x', { excl: true }))],
  ['echo ${a[i+1]}', word(param('a', { index: bin('+', w('i'), w('1')) }))],
  ['echo ${a[@]}', word(param('a', { index: w('@') }))],
  ['echo ${#a[*]}', word(param('a', { length: true, index: w('*') }))],
  ['echo ${!a[@]}', word(param('a', { excl: true, index: w('@') }))],
  ['echo ${x:1}', word(param('x', { slice: { offset: w('1'), length: null } }))],
  ['echo ${x: -1:2}', word(param('x', { slice: { offset: un('-', w('1')), length: w('2') } }))],
  ['echo ${x::2}', word(param('x', { slice: { offset: null, length: w('2') } }))],
  ['echo ${x/a/b}', word(param('x', { repl: { all: false, orig: w('a'), with: w('b') } }))],
  ['echo ${x//a}', word(param('x', { repl: { all: true, orig: w('a'), with: null } }))],
  ['echo ${x/#a/}', word(param('x', { repl: { all: false, orig: w('#a'), with: null } }))],
  ['echo ${x/}', word(param('x', { repl: { all: false, orig: word(), with: null } }))],
  ['echo ${!pre*}', word(param('pre', { excl: true, names: '*' }))],
  ['echo ${x:-a b}', word(param('x', { exp: { op: ':-', word: w('a b') } }))],
  ['echo ${x-}', word(param('x', { exp: { op: '-', word: null } }))],
  ['echo ${x@Q}', word(param('x', { exp: { op: '@', word: w('Q') } }))],
  ['echo ${x:-$y}', word(param('x', { exp: { op: ':-', word: word(param('y', { short: true })) } }))],
  ['echo $(a; b)', word({ kind: 'CmdSubst', stmts: [stmt(call('a')), stmt(call('b'))], backquotes: false })],
  [
    'echo `a \\`b\\``',
    word({
      kind: 'CmdSubst',
      stmts: [
        stmt({
          kind: 'CallExpr',
          assigns: [],
          args: [w('a'), word({ kind: 'CmdSubst', stmts: [stmt(call('b'))], backquotes: true })],
        }),
      ],
      backquotes: true,
    }),
  ],
  ['echo `echo a\\\\b`', word({ kind: 'CmdSubst', stmts: [stmt(call('echo', 'a\\b'))], backquotes: true })],
  [
    'echo $((1 + x * 2))',
    word({ kind: 'ArithmExp', bracket: false, expr: bin('+', w('1'), bin('*', w('x'), w('2'))) }),
  ],
  ['echo $[1]', word({ kind: 'ArithmExp', bracket: true, expr: w('1') })],
  ['echo $((16#ff))', word({ kind: 'ArithmExp', bracket: false, expr: w('16#ff') })],
  ['echo <(a) >(b)', word({ kind: 'ProcSubst', op: '<(', stmts: [stmt(call('a'))] })],
  ['echo @(a|b)x', word({ kind: 'ExtGlob', op: '@(', pattern: 'a|b' }, lit('x'))],
  ['echo !(*.c) ?(x) *(y) +(z)', word({ kind: 'ExtGlob', op: '!(', pattern: '*.c' })],
];

describe('words convert to our AST', () => {
  for (const [input, expected] of CASES) {
    test(JSON.stringify(input), () => {
      assert.deepEqual(argOf(input), expected);
    });
  }

  test('adjacent literals are merged, other parts are not', () => {
    const parts = (argOf('echo "a\\\nb${x}\\\nc"') as { parts: { parts: unknown[] }[] }).parts[0].parts;
    assert.deepEqual(parts, [lit('ab'), param('x'), lit('c')]);
    // A continuation joins names too, as in bash: `$x\<newline>c` is `$xc`.
    assert.deepEqual(argOf('echo $x\\\nc'), word(param('xc', { short: true })));
  });
});

describe('here-documents as mvdan gives them', () => {
  const hdocOf = (text: string) => {
    const r = parse(text).stmts[0].redirs[0];
    return { word: strip(r.word), hdoc: strip(r.hdoc) };
  };

  test('unquoted: expansions parsed, backslashes raw, line continuation removed', () => {
    assert.deepEqual(
      hdocOf('cat <<EOF\na \\$x $y \\\\ \\n\\\nb\nEOF\n').hdoc,
      word(lit('a \\$x '), param('y', { short: true }), lit(' \\\\ \\nb\n')),
    );
  });

  test('quoted delimiters give one literal, verbatim', () => {
    for (const delim of ["'EOF'", '"EOF"', 'E\\OF', "'E'OF"]) {
      assert.deepEqual(hdocOf(`cat <<${delim}\n$x \\n \\\n\nEOF\n`).hdoc, word(lit('$x \\n \\\n\n')), delim);
    }
  });

  test('<<- keeps the tabs, including those of the closing line', () => {
    assert.deepEqual(hdocOf('cat <<-EOF\n\tfoo\n\t\tbar\n\tEOF\n').hdoc, word(lit('\tfoo\n\t\tbar\n\t')));
  });

  test('an empty body is a Word without parts; other redirections have no body', () => {
    assert.deepEqual(hdocOf('cat <<EOF\nEOF\n').hdoc, word());
    assert.equal(parse('cat <f').stmts[0].redirs[0].hdoc, null);
  });

  test('several here-documents on one line, then more statements', () => {
    const stmts = stmtsOf('cat <<A <<B; echo x\na\nA\nb\nB\necho y');
    assert.equal((stmts as unknown[]).length, 3);
    const redirs = parse('cat <<A <<B; echo x\na\nA\nb\nB\necho y').stmts[0].redirs;
    assert.deepEqual(strip(redirs.map((r) => r.hdoc)), [w('a\n'), w('b\n')]);
  });
});
