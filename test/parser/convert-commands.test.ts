/** Conversion of statements and commands: input text → expected tree (spans stripped). */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parse } from '../../src/parser/index.js';
import { bin, call, cmdOf, type Plain, stmt, stmtsOf, un, w, word } from './ast-helpers.js';

const assignNamed = (name: string, value: string | null, extra: object = {}) => ({
  kind: 'Assign',
  name,
  append: false,
  naked: false,
  index: null,
  value: value === null ? null : w(value),
  array: null,
  ...extra,
});
const naked = (name: string | null, value: string | null = null) => ({
  ...assignNamed(name as string, value),
  name,
  naked: true,
});
const redir = (op: string, target: string, fd: string | null = null, hdoc: Plain = null) => ({
  kind: 'Redirect',
  op,
  fd,
  word: w(target),
  hdoc,
});

const CASES: [string, unknown][] = [
  [
    'a=1 b+=2 cmd x',
    {
      kind: 'CallExpr',
      assigns: [assignNamed('a', '1'), assignNamed('b', '2', { append: true })],
      args: [w('cmd'), w('x')],
    },
  ],
  ['c[i+1]=3', { kind: 'CallExpr', assigns: [assignNamed('c', '3', { index: bin('+', w('i'), w('1')) })], args: [] }],
  [
    'e= f=()',
    {
      kind: 'CallExpr',
      assigns: [assignNamed('e', null), assignNamed('f', null, { array: [] })],
      args: [],
    },
  ],
  [
    'a=(1 [k]=v [2]=)',
    {
      kind: 'CallExpr',
      assigns: [
        assignNamed('a', null, {
          array: [
            { kind: 'ArrayElem', index: null, value: w('1') },
            { kind: 'ArrayElem', index: w('k'), value: w('v') },
            { kind: 'ArrayElem', index: w('2'), value: null },
          ],
        }),
      ],
      args: [],
    },
  ],
  [
    'a | b | c',
    {
      kind: 'BinaryCmd',
      op: '|',
      x: stmt({ kind: 'BinaryCmd', op: '|', x: stmt(call('a')), y: stmt(call('b')) }),
      y: stmt(call('c')),
    },
  ],
  [
    'a && b || c |& d',
    {
      kind: 'BinaryCmd',
      op: '||',
      x: stmt({ kind: 'BinaryCmd', op: '&&', x: stmt(call('a')), y: stmt(call('b')) }),
      y: stmt({ kind: 'BinaryCmd', op: '|&', x: stmt(call('c')), y: stmt(call('d')) }),
    },
  ],
  ['! a && b', { kind: 'BinaryCmd', op: '&&', x: stmt(call('a'), { negated: true }), y: stmt(call('b')) }],
  [
    'if a; then b; elif c; then d; else e; fi',
    {
      kind: 'IfClause',
      clauses: [
        { cond: [stmt(call('a'))], body: [stmt(call('b'))] },
        { cond: [stmt(call('c'))], body: [stmt(call('d'))] },
      ],
      elseBody: [stmt(call('e'))],
    },
  ],
  [
    'if a; then b; fi',
    { kind: 'IfClause', clauses: [{ cond: [stmt(call('a'))], body: [stmt(call('b'))] }], elseBody: null },
  ],
  ['while a; do b; done', { kind: 'WhileClause', until: false, cond: [stmt(call('a'))], body: [stmt(call('b'))] }],
  ['until a; do b; done', { kind: 'WhileClause', until: true, cond: [stmt(call('a'))], body: [stmt(call('b'))] }],
  [
    'for i in 1 2; do b; done',
    {
      kind: 'ForClause',
      select: false,
      loop: { kind: 'WordIter', name: 'i', items: [w('1'), w('2')] },
      body: [stmt(call('b'))],
    },
  ],
  [
    'for i; do b; done',
    {
      kind: 'ForClause',
      select: false,
      loop: { kind: 'WordIter', name: 'i', items: null },
      body: [stmt(call('b'))],
    },
  ],
  [
    'for i in; do b; done',
    {
      kind: 'ForClause',
      select: false,
      loop: { kind: 'WordIter', name: 'i', items: [] },
      body: [stmt(call('b'))],
    },
  ],
  [
    'select i in x; do b; done',
    {
      kind: 'ForClause',
      select: true,
      loop: { kind: 'WordIter', name: 'i', items: [w('x')] },
      body: [stmt(call('b'))],
    },
  ],
  [
    'for ((i=0; i<3; i++)); do b; done',
    {
      kind: 'ForClause',
      select: false,
      loop: {
        kind: 'CStyleLoop',
        init: bin('=', w('i'), w('0')),
        cond: bin('<', w('i'), w('3')),
        post: un('++', w('i'), true),
      },
      body: [stmt(call('b'))],
    },
  ],
  [
    'for ((;;)); do b; done',
    {
      kind: 'ForClause',
      select: false,
      loop: { kind: 'CStyleLoop', init: null, cond: null, post: null },
      body: [stmt(call('b'))],
    },
  ],
  [
    'case $x in a|b) y;; *) ;& c) z;;& esac',
    {
      kind: 'CaseClause',
      word: word({
        kind: 'ParamExp',
        short: true,
        excl: false,
        length: false,
        param: 'x',
        index: null,
        slice: null,
        repl: null,
        names: null,
        exp: null,
      }),
      items: [
        { kind: 'CaseItem', op: ';;', patterns: [w('a'), w('b')], stmts: [stmt(call('y'))] },
        { kind: 'CaseItem', op: ';&', patterns: [w('*')], stmts: [] },
        { kind: 'CaseItem', op: ';;&', patterns: [w('c')], stmts: [stmt(call('z'))] },
      ],
    },
  ],
  ['{ a; b; }', { kind: 'Block', stmts: [stmt(call('a')), stmt(call('b'))] }],
  ['( a )', { kind: 'Subshell', stmts: [stmt(call('a'))] }],
  ['f() { a; }', { kind: 'FuncDecl', name: 'f', body: stmt({ kind: 'Block', stmts: [stmt(call('a'))] }) }],
  ['function f { a; }', { kind: 'FuncDecl', name: 'f', body: stmt({ kind: 'Block', stmts: [stmt(call('a'))] }) }],
  [
    'function f() ( a ) >out',
    {
      kind: 'FuncDecl',
      name: 'f',
      body: stmt({ kind: 'Subshell', stmts: [stmt(call('a'))] }, { redirs: [redir('>', 'out')] }),
    },
  ],
  [
    '((x++, y = 2 ** 3))',
    {
      kind: 'ArithmCmd',
      expr: bin(',', un('++', w('x'), true), bin('=', w('y'), bin('**', w('2'), w('3')))),
    },
  ],
  [
    'declare -a x=(1) y -r "$z"',
    {
      kind: 'DeclClause',
      variant: 'declare',
      args: [
        naked(null, '-a'),
        assignNamed('x', null, { array: [{ kind: 'ArrayElem', index: null, value: w('1') }] }),
        naked('y'),
        naked(null, '-r'),
        {
          ...naked(null),
          value: word({
            kind: 'DblQuoted',
            dollar: false,
            parts: [
              {
                kind: 'ParamExp',
                short: true,
                excl: false,
                length: false,
                param: 'z',
                index: null,
                slice: null,
                repl: null,
                names: null,
                exp: null,
              },
            ],
          }),
        },
      ],
    },
  ],
  ['local a b=1', { kind: 'DeclClause', variant: 'local', args: [naked('a'), assignNamed('b', '1')] }],
  ['export A=1', { kind: 'DeclClause', variant: 'export', args: [assignNamed('A', '1')] }],
  ['readonly r', { kind: 'DeclClause', variant: 'readonly', args: [naked('r')] }],
  ['typeset -i t', { kind: 'DeclClause', variant: 'typeset', args: [naked(null, '-i'), naked('t')] }],
  ['declare y[1]', { kind: 'DeclClause', variant: 'declare', args: [{ ...naked('y'), index: w('1') }] }],
  ['let a=1 b+=2', { kind: 'LetClause', exprs: [bin('=', w('a'), w('1')), bin('+=', w('b'), w('2'))] }],
  [
    'time -p a | b',
    {
      kind: 'TimeClause',
      posix: true,
      stmt: stmt({ kind: 'BinaryCmd', op: '|', x: stmt(call('a')), y: stmt(call('b')) }),
    },
  ],
  ['time', { kind: 'TimeClause', posix: false, stmt: null }],
];

describe('commands convert to our AST', () => {
  for (const [input, expected] of CASES) {
    test(JSON.stringify(input), () => {
      assert.deepEqual(cmdOf(input), expected);
    });
  }

  test('statements: negation, background, redirect-only, several per line', () => {
    assert.deepEqual(stmtsOf('! a &\n>f; b'), [
      stmt(call('a'), { negated: true, background: true }),
      stmt(null, { redirs: [redir('>', 'f')] }),
      stmt(call('b')),
    ]);
  });

  test('redirections keep their descriptor, including {name} and closing', () => {
    assert.deepEqual(stmtsOf('exec {fd}>f 3<&- 2>&1 &>>log <<<w'), [
      stmt(call('exec'), {
        redirs: [
          redir('>', 'f', '{fd}'),
          redir('<&', '-', '3'),
          redir('>&', '1', '2'),
          redir('&>>', 'log'),
          redir('<<<', 'w'),
        ],
      }),
    ]);
  });

  test('both function syntaxes give the same tree', () => {
    assert.deepEqual(cmdOf('f() { a; }'), cmdOf('function f { a; }'));
  });
});

describe('[[ ]] follows bash precedence, not mvdan’s tree', () => {
  const t = (expr: string) => (cmdOf(`[[ ${expr} ]]`) as { expr: unknown }).expr;
  const not = (x: unknown) => ({ kind: 'UnaryTest', op: '!', x });
  const and = (x: unknown, y: unknown) => ({ kind: 'BinaryTest', op: '&&', x, y });
  const or = (x: unknown, y: unknown) => ({ kind: 'BinaryTest', op: '||', x, y });

  test('&& binds tighter than ||', () => {
    assert.deepEqual(t('a && b || c'), or(and(w('a'), w('b')), w('c')));
    assert.deepEqual(t('a || b && c'), or(w('a'), and(w('b'), w('c'))));
  });

  test('chains are left-associative', () => {
    assert.deepEqual(t('a && b && c'), and(and(w('a'), w('b')), w('c')));
    assert.deepEqual(t('a || b || c'), or(or(w('a'), w('b')), w('c')));
  });

  test('! negates one term', () => {
    assert.deepEqual(t('! a && b'), and(not(w('a')), w('b')));
    assert.deepEqual(t('! ! a'), not(not(w('a'))));
    assert.deepEqual(t('! a == b'), not({ kind: 'BinaryTest', op: '==', x: w('a'), y: w('b') }));
  });

  test('parentheses keep their grouping', () => {
    assert.deepEqual(t('a && ( b || c )'), and(w('a'), { kind: 'ParenTest', x: or(w('b'), w('c')) }));
    assert.deepEqual(t('! ( a && b )'), not({ kind: 'ParenTest', x: and(w('a'), w('b')) }));
  });

  test('unary and binary primaries', () => {
    assert.deepEqual(
      t('-f a && $x =~ ^a(b)$'),
      and(
        { kind: 'UnaryTest', op: '-f', x: w('a') },
        {
          kind: 'BinaryTest',
          op: '=~',
          x: word({
            kind: 'ParamExp',
            short: true,
            excl: false,
            length: false,
            param: 'x',
            index: null,
            slice: null,
            repl: null,
            names: null,
            exp: null,
          }),
          y: w('^a(b)$'),
        },
      ),
    );
  });

  test('spans of rebuilt nodes cover their operands', () => {
    const script = '[[ ! a && bb ]]';
    const expr = (
      cmdOfRaw(script) as {
        expr: { span: { offset: number; end: number }; x: { span: { offset: number; end: number } } };
      }
    ).expr;
    assert.equal(script.slice(expr.span.offset, expr.span.end), '! a && bb');
    assert.equal(script.slice(expr.x.span.offset, expr.x.span.end), '! a');
  });
});

function cmdOfRaw(text: string): unknown {
  return parse(text).stmts[0].cmd;
}

test('ArithmCmd keeps precedence and associativity', () => {
  assert.deepEqual((cmdOf('((1 - 2 - 3))') as { expr: unknown }).expr, bin('-', bin('-', w('1'), w('2')), w('3')));
  assert.deepEqual((cmdOf('((a = b = c))') as { expr: unknown }).expr, bin('=', w('a'), bin('=', w('b'), w('c'))));
  assert.deepEqual((cmdOf('((a ? b : c))') as { expr: unknown }).expr, bin('?', w('a'), bin(':', w('b'), w('c'))));
  assert.deepEqual((cmdOf('((-(a)))') as { expr: unknown }).expr, un('-', { kind: 'ParenArithm', x: w('a') }));
});
