import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { fieldsUsed } from '../../../src/commands/jq/analysis.js';
import { LineProjector } from '../../../src/commands/jq/values/projection.js';
import { runJq } from './run-jq.js';

function fields(filter: string): string[] | null {
  const f = fieldsUsed(filter);
  return f === null ? null : [...f].sort();
}

describe('fieldsUsed', () => {
  const known: [string, string[]][] = [
    ['.user', ['user']],
    ['select(.level == "error") | .msg', ['level', 'msg']],
    ['.a.b[0]', ['a']],
    ['{a, b: .c}', ['a', 'c']],
    ['.["quoted key"]', ['quoted key']],
    ['.a as $x | .b', ['a', 'b']],
    ['reduce .items[] as $i (0; . + $i.n)', ['items']],
    ['if .a then .b else .c end', ['a', 'b', 'c']],
    ['"\\(.a)-\\(.b)"', ['a', 'b']],
    ['[.a, .b] | add', ['a', 'b']],
    ['.a | length', ['a']],
    ['try .a catch .b', ['a']],
    ['select(.a) | select(.b) | {c}', ['a', 'b', 'c']],
    ['now', []],
  ];
  for (const [filter, expected] of known)
    test(`${filter} reads ${expected.join(', ') || 'nothing'}`, () => assert.deepEqual(fields(filter), expected));

  const unknown = [
    '.',
    '.[]',
    '..',
    'keys',
    'length',
    'select(.x > 1)',
    '.[.k]',
    'if .a then . else 1 end',
    'tojson',
    'del(.a)',
    '.a |= 1',
    'def f: .a; f',
    'input',
    'to_entries',
    '. + {}',
    '. as $x | $x',
    'syntax error (',
  ];
  for (const filter of unknown)
    test(`${filter} → null (may read anything)`, () => assert.equal(fieldsUsed(filter), null));
});

describe('projected line reading', () => {
  const project = (fieldsList: string[], line: string) => {
    const buf = Buffer.from(line);
    const p = new LineProjector(new Set(fieldsList));
    p.begin(buf);
    return p.projectLine(0, buf.length);
  };

  test('keeps the wanted fields, last duplicate wins', () => {
    assert.deepEqual(project(['a', 'c'], '{"a":1,"b":{"x":[1,2]},"c":"é","a":[true,null]}'), {
      a: [true, null],
      c: 'é',
    });
    assert.deepEqual(project(['z'], '{"a":1}'), {});
  });

  test('declines what the exact readers must handle', () => {
    for (const line of [
      '[1]',
      '{"a":1} 2',
      '{"a":"x\\ty"}',
      '{"a":1,}',
      '{"a":01}',
      '{"a":tru}',
      '{"a" 1}',
      '{"a":"\t"}',
      '{"b":"\u0001"}',
    ]) {
      assert.equal(project(['a'], line), undefined, line);
    }
  });

  test('number literals keep their text', () => {
    const v = project(['a', 'b'], '{"a":1.0,"b":1e2}') as Record<string, { literal: string }>;
    assert.equal(v.a.literal, '1.0');
    assert.equal(v.b.literal, '1E+2');
  });

  test('the command gives the same results and errors with and without projection', async () => {
    const stdin = [
      '{"level":"error","msg":"a","x":[1,{"y":2}]}',
      '{"level":"info","msg":"b"}',
      '{"level":"error","msg":"c\\u00e9","level":"error"}',
      '{"msg":"d","level":"error","n":1.0}',
      '  {"level":"error","msg":"e"}  ',
      '{"level":"error","msg":2}',
      '[1]',
      '{"level":"error","msg":"f","bad":[1,]}',
      '{"level":"error","msg":"g"}',
    ].join('\n');
    const projected = await runJq(['-c', 'select(.level == "error") | .msg'], { stdin });
    const full = await runJq(['-c', 'select(.level == "error") | .msg | .'], { stdin });
    assert.equal(projected.stdout, '"a"\n"cé"\n"d"\n"e"\n2\n');
    assert.equal(
      projected.stderr,
      'jq: error (at <stdin>:7): Cannot index array with string "level"\njq: parse error: Expected another array element at line 8, column 37\n',
    );
    assert.deepEqual(projected, full);
  });
});
