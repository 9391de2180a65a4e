/**
 * Every operator of every kind, parsed from a sample, must come out as its own
 * string: this re-checks the probed mvdan token numbers in ops.ts end to end.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parse } from '../../src/parser/index.js';
import * as ops from '../../src/parser/ops.js';
import { nodes } from './ast-helpers.js';

/** [table, node kind, field holding the operator, operator → sample] */
const CASES: [Readonly<Record<number, string>>, string, string, Record<string, string>][] = [
  [ops.BINARY_CMD_OPS, 'BinaryCmd', 'op', { '&&': 'a && b', '||': 'a || b', '|': 'a | b', '|&': 'a |& b' }],
  [
    ops.REDIR_OPS,
    'Redirect',
    'op',
    {
      '>': 'a >f',
      '>>': 'a >>f',
      '<': 'a <f',
      '<>': 'a <>f',
      '<&': 'a <&3',
      '>&': 'a >&2',
      '>|': 'a >|f',
      '<<': 'a <<E\nE\n',
      '<<-': 'a <<-E\nE\n',
      '<<<': 'a <<<w',
      '&>': 'a &>f',
      '&>>': 'a &>>f',
    },
  ],
  [
    ops.CASE_OPS,
    'CaseItem',
    'op',
    { ';;': 'case x in a) b;; esac', ';&': 'case x in a) b;& esac', ';;&': 'case x in a) b;;& esac' },
  ],
  [ops.PROC_SUBST_OPS, 'ProcSubst', 'op', { '<(': 'a <(b)', '>(': 'a >(b)' }],
  [
    ops.EXT_GLOB_OPS,
    'ExtGlob',
    'op',
    { '@(': 'a @(x)', '!(': 'a !(x)', '?(': 'a ?(x)', '*(': 'a *(x)', '+(': 'a +(x)' },
  ],
  [
    ops.UNARY_ARITHM_OPS,
    'UnaryArithm',
    'op',
    { '!': '((!a))', '~': '((~a))', '+': '((+a))', '-': '((-a))', '++': '((++a))', '--': '((a--))' },
  ],
  [
    ops.BINARY_ARITHM_OPS,
    'BinaryArithm',
    'op',
    Object.fromEntries(
      [
        ...['+', '-', '*', '/', '%', '**', '==', '!=', '<', '<=', '>', '>=', '&', '|', '^', '<<', '>>', '&&', '||'],
        ...[',', '=', '+=', '-=', '*=', '/=', '%=', '&=', '|=', '^=', '<<=', '>>='],
      ]
        .map((op) => [op, `((a ${op} b))`])
        .concat([
          ['?', '((a ? b : c))'],
          [':', '((a ? b : c))'],
        ]),
    ),
  ],
  [
    ops.UNARY_TEST_OPS,
    'UnaryTest',
    'op',
    Object.fromEntries(
      ['-e', '-f', '-d', '-c', '-b', '-p', '-S', '-L', '-k', '-g', '-u', '-G', '-O', '-N', '-r', '-w', '-x']
        .concat(['-s', '-t', '-z', '-n', '-o', '-v', '-R'])
        .map((op) => [op, `[[ ${op} x ]]`])
        .concat([['!', '[[ ! x ]]']]),
    ),
  ],
  [
    ops.BINARY_TEST_OPS,
    'BinaryTest',
    'op',
    Object.fromEntries(
      ['=~', '-nt', '-ot', '-ef', '-eq', '-ne', '-le', '-ge', '-lt', '-gt', '==', '=', '!=', '<', '>']
        .map((op) => [op, `[[ a ${op} b ]]`])
        .concat([
          ['&&', '[[ a && b ]]'],
          ['||', '[[ a || b ]]'],
        ]),
    ),
  ],
];

describe('operator tables', () => {
  for (const [table, kind, field, samples] of CASES) {
    test(`${kind}: every operator converts from its sample`, () => {
      for (const [op, sample] of Object.entries(samples)) {
        const found = [...nodes(parse(sample))].filter((n) => n.kind === kind).map((n) => (n as never)[field]);
        assert.ok(found.includes(op as never), `${JSON.stringify(sample)} gave ${kind} ops ${JSON.stringify(found)}`);
      }
    });

    test(`${kind}: every table entry is covered by a sample`, () => {
      assert.deepEqual(new Set(Object.values(table)), new Set(Object.keys(samples)));
    });
  }

  test('parameter expansion operators', () => {
    const expOps = ['+', ':+', '-', ':-', '?', ':?', '=', ':=', '%', '%%', '#', '##', '^', '^^', ',', ',,'];
    for (const op of expOps) {
      const p = [...nodes(parse(`echo \${x${op}w}`))].find((n) => n.kind === 'ParamExp');
      assert.equal(p?.kind === 'ParamExp' && p.exp?.op, op, op);
    }
    const at = [...nodes(parse('echo ${x@Q}'))].find((n) => n.kind === 'ParamExp');
    assert.equal(at?.kind === 'ParamExp' && at.exp?.op, '@');
    assert.deepEqual(new Set(Object.values(ops.PARAM_EXP_OPS)), new Set([...expOps, '@']));
  });

  test('${!prefix*} and ${!prefix@}', () => {
    for (const names of ['*', '@']) {
      const p = [...nodes(parse(`echo \${!pre${names}}`))].find((n) => n.kind === 'ParamExp');
      assert.equal(p?.kind === 'ParamExp' && p.names, names);
    }
  });

  test('mvdan folds -a into -e and -h into -L', () => {
    const opOf = (text: string) => [...nodes(parse(text))].find((n) => n.kind === 'UnaryTest');
    assert.equal(opOf('[[ -a f ]]')?.kind === 'UnaryTest' && opOf('[[ -a f ]]')?.op, '-e');
    const h = opOf('[[ -h f ]]');
    assert.equal(h?.kind === 'UnaryTest' && h.op, '-L');
  });
});
