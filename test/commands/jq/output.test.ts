import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { quoteString, writeJson } from '../../../src/commands/jq/values/json-write.js';
import { formatDouble, numberFromLiteral } from '../../../src/commands/jq/values/numbers.js';
import { DecNum, type Value } from '../../../src/commands/jq/values/value.js';
import { runJq } from './run-jq.js';

describe('jq number printing (jq 1.7.1)', () => {
  const doubles: [number, string][] = [
    [0, '0'],
    [-0, '-0'],
    [1e15, '1000000000000000'],
    [1e16, '1e+16'],
    [1.5e17, '1.5e+17'],
    [123456789012345680, '123456789012345680'],
    [1e-5, '1e-05'],
    [0.0001, '0.0001'],
    [-5e-5, '-5e-05'],
    [0.1 + 0.2, '0.30000000000000004'],
    [1e300, '1e+300'],
    [Number.POSITIVE_INFINITY, '1.7976931348623157e+308'],
    [Number.NEGATIVE_INFINITY, '-1.7976931348623157e+308'],
    [Number.NaN, 'null'],
    [1.2345678901234568e21, '1234567890123456800000'],
  ];
  for (const [n, text] of doubles) test(`${n} prints ${text}`, () => assert.equal(formatDouble(n), text));

  test('literals keep their decNumber canonical text', () => {
    const lit = (t: string) => {
      const v = numberFromLiteral(t);
      return v instanceof DecNum ? v.literal : formatDouble(v);
    };
    assert.equal(lit('1.000'), '1.000');
    assert.equal(lit('100e-2'), '1.00');
    assert.equal(lit('1.5e3'), '1.5E+3');
    assert.equal(lit('1e1000'), '1E+1000');
    assert.equal(lit('1e-7'), '1E-7');
    assert.equal(lit('0.00001'), '0.00001');
    assert.equal(lit('12345678901234567890'), '12345678901234567890');
    assert.equal(lit('0.5'), '0.5');
    assert.ok(typeof numberFromLiteral('0.5') === 'number', 'plain decimals stay doubles');
  });

  test('through the command: literals survive, arithmetic gives doubles', async () => {
    const r = await runJq(['-c', '., map(. + 0)'], { stdin: '[1.0, 1e2, 1.5e300, 0.00001, -0.0, 1e1000, 3]' });
    assert.equal(
      r.stdout,
      '[1.0,1E+2,1.5E+300,0.00001,-0.0,1E+1000,3]\n[1,100,1.5e+300,1e-05,0,1.7976931348623157e+308,3]\n',
    );
  });

  test('big literals compare exactly, as decimals', async () => {
    const r = await runJq(['-c', '[. == 100000000000000000000000000000, . > 100000000000000000000000000000]'], {
      stdin: '100000000000000000000000000001',
    });
    assert.equal(r.stdout, '[false,true]\n');
  });
});

describe('jq string escaping', () => {
  test('control characters, DEL and lone surrogates', () => {
    assert.equal(quoteString('\u0000\u001f\u007f\b\f\n\r\t"\\/'), '"\\u0000\\u001f\\u007f\\b\\f\\n\\r\\t\\"\\\\/"');
    assert.equal(quoteString('é😀\u2028'), '"é😀\u2028"');
    assert.equal(quoteString('\ud800x'), '"\ufffdx"');
    assert.equal(quoteString('\\ud800'), '"\\\\ud800"');
  });
  test('-a escapes every non-ASCII character, astral ones as surrogate pairs', () => {
    assert.equal(quoteString('é😀\u007f', true), '"\\u00e9\\ud83d\\ude00\\u007f"');
  });
});

describe('jq layout', () => {
  const value: Value = { b: 1, a: [1, { c: [] }, {}] };
  test('default: two spaces; empty containers stay inline', () => {
    assert.equal(
      writeJson(value, { indent: '  ', sortKeys: false, ascii: false }),
      '{\n  "b": 1,\n  "a": [\n    1,\n    {\n      "c": []\n    },\n    {}\n  ]\n}',
    );
  });
  test('-S sorts keys at every level; -c is compact', () => {
    assert.equal(
      writeJson({ b: { d: 1, c: 2 }, a: 0 }, { indent: '', sortKeys: true, ascii: false }),
      '{"a":0,"b":{"c":2,"d":1}}',
    );
    assert.equal(writeJson(value), '{"b":1,"a":[1,{"c":[]},{}]}');
  });
  test('--tab, --indent N, --indent 0 and the last of -c/--tab/--indent wins', async () => {
    const input = '{"a":[1]}';
    assert.equal((await runJq(['--tab', '.'], { stdin: input })).stdout, '{\n\t"a": [\n\t\t1\n\t]\n}\n');
    assert.equal((await runJq(['--indent', '1', '.'], { stdin: input })).stdout, '{\n "a": [\n  1\n ]\n}\n');
    assert.equal((await runJq(['--indent', '0', '.'], { stdin: input })).stdout, '{"a":[1]}\n');
    assert.equal((await runJq(['-c', '--tab', '.'], { stdin: input })).stdout, '{\n\t"a": [\n\t\t1\n\t]\n}\n');
    assert.equal((await runJq(['--tab', '-c', '.'], { stdin: input })).stdout, '{"a":[1]}\n');
    const bad = await runJq(['--indent', '8', '.'], { stdin: input });
    assert.equal(bad.exitCode, 2);
    assert.match(bad.stderr, /^jq: --indent takes a number between -1 and 7\nUse jq --help/);
  });
  test('key order is insertion order, integer-like keys included', async () => {
    const r = await runJq(['-c', '., keys_unsorted, (. + {"0": 5})'], { stdin: '{"2":1,"1":2,"b":3,"a":4}' });
    assert.equal(r.stdout, '{"2":1,"1":2,"b":3,"a":4}\n["2","1","b","a"]\n{"2":1,"1":2,"b":3,"a":4,"0":5}\n');
  });
  test('duplicate keys: the last value, at the first position', async () => {
    assert.equal((await runJq(['-c', '.'], { stdin: '{"a":1,"b":2,"a":3}' })).stdout, '{"a":3,"b":2}\n');
  });
});

describe('jq output options', () => {
  test('-r, -j, --raw-output0, -a with -r, --seq', async () => {
    const stdin = '["a\\tb", 1, null, {"é":1}]';
    assert.equal((await runJq(['-r', '.[]'], { stdin })).stdout, 'a\tb\n1\nnull\n{\n  "é": 1\n}\n');
    assert.equal((await runJq(['-j', '.[0], .[1]'], { stdin })).stdout, 'a\tb1');
    assert.equal((await runJq(['--raw-output0', '.[0], .[1]'], { stdin })).stdout, 'a\tb\u00001\u0000');
    assert.equal((await runJq(['-r', '-a', '.[3] | keys[0]'], { stdin })).stdout, '"\\u00e9"\n');
    assert.equal((await runJq(['--seq', '-c', '.[1]'], { stdin })).stdout, '\u001e1\n');
  });
});
