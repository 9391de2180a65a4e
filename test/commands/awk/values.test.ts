import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { LATIN1, UTF8 } from '../../../src/commands/awk/codec.js';
import { decodeEscapes } from '../../../src/commands/awk/lexer.js';
import { AwkRandom } from '../../../src/commands/awk/random.js';
import { awkToPosix, compileRegex, execRegex } from '../../../src/commands/awk/regex.js';
import { compareValues, inputValue, looksNumeric, StrNum, strToNum, truthy } from '../../../src/commands/awk/values.js';

describe('awk values', () => {
  test('string to number takes the longest numeric prefix', () => {
    const cases: [string, number][] = [
      ['42', 42],
      ['  12  ', 12],
      ['3x', 3],
      ['1e3', 1000],
      ['.5', 0.5],
      ['+5', 5],
      ['-.5e1', -5],
      ['1.5e', 1.5],
      ['x', 0],
      ['', 0],
      ['0x11', 0],
      ['inf', 0],
      ['+inf', Number.POSITIVE_INFINITY],
      ['-Inf', Number.NEGATIVE_INFINITY],
      ['+infinity', 0],
      ['1e500', Number.POSITIVE_INFINITY],
      ['1234567890123456', 1234567890123456],
    ];
    for (const [s, n] of cases) assert.equal(strToNum(s), n, s);
    assert.ok(Number.isNaN(strToNum('+nan')));
  });

  test('strnum: whole text numeric, blanks allowed around', () => {
    for (const s of ['1', ' 12 ', '1e2', '-.5', '+3.', '+inf', '-nan']) assert.ok(looksNumeric(s), s);
    for (const s of ['', ' ', '1x', '0x10', 'nan', '1 2', '.', 'e5']) assert.ok(!looksNumeric(s), s);
    assert.ok(inputValue('10') instanceof StrNum);
    assert.equal(inputValue('ten'), 'ten');
  });

  test('comparison is numeric only when both sides are numeric', () => {
    const str = (v: unknown) => String(v instanceof StrNum ? v.s : (v ?? ''));
    assert.equal(compareValues(inputValue('10'), inputValue('9'), str), 1);
    assert.equal(compareValues('10', '9', str), -1);
    assert.equal(compareValues(inputValue('10'), '9', str), -1);
    assert.equal(compareValues(undefined, 0, str), 0);
    assert.equal(compareValues(undefined, '', str), 0);
    assert.ok(Number.isNaN(compareValues(Number.NaN, 1, str)));
  });

  test('truth', () => {
    assert.deepEqual([0, 1, '', '0', ' ', undefined, inputValue('0.0'), inputValue('a')].map(truthy), [
      false,
      true,
      false,
      true,
      true,
      false,
      false,
      true,
    ]);
  });
});

describe('awk codecs and escapes', () => {
  test('UTF-8 keeps invalid bytes through a round trip', () => {
    const bytes = Uint8Array.from([0x61, 0xff, 0xc3, 0xa9, 0xe2, 0x82]);
    const text = UTF8.decode(bytes);
    assert.equal(text.length, 5);
    assert.deepEqual([...UTF8.encode(text)], [...bytes]);
    assert.equal(UTF8.incompleteTail(Uint8Array.from([0x61, 0xe2, 0x82])), 2);
    assert.equal(UTF8.incompleteTail(Uint8Array.from([0x61, 0xc3, 0xa9])), 0);
  });

  test('C locale strings are bytes', () => {
    assert.equal(LATIN1.fromJs('é'), '\xc3\xa9');
    assert.equal(LATIN1.toJs('\xc3\xa9'), 'é');
  });

  test('escaped bytes spell characters in UTF-8 and stay bytes otherwise', () => {
    assert.equal(decodeEscapes('\\303\\251', true), 'é');
    assert.equal(decodeEscapes('\\303\\251', false), '\xc3\xa9');
    assert.equal(decodeEscapes('\\x41\\t\\/', false), 'A\t/');
  });
});

describe('awk regex translation', () => {
  test('escapes, word boundaries and literal leading operators', () => {
    assert.equal(awkToPosix('a\\.b', false), 'a\\.b');
    assert.equal(awkToPosix('\\/x\\t', false), '/x\t');
    assert.equal(awkToPosix('\\yword\\y', false), '\\bword\\b');
    assert.equal(awkToPosix('*a|+b', false), '\\*a|\\+b');
    assert.equal(awkToPosix('a\\101', false), 'aA');
  });

  test('bracket expressions where backslash escapes', () => {
    assert.equal(awkToPosix('[\\]a]', false), '[]a]');
    assert.equal(awkToPosix('[a\\-z]', false), '[az-]');
    assert.equal(awkToPosix('[\\^]', false), '\\^');
    assert.equal(awkToPosix('[^\\]]', false), '[^]]');
    assert.equal(awkToPosix('[[:digit:]_]', false), '[[:digit:]_]');
  });

  test('matching is leftmost, then longest across alternatives', () => {
    const m = execRegex(compileRegex('abc|abcd|b', false), 'xabcabcd', 0);
    assert.deepEqual([m?.start, m?.end], [1, 4]);
    const n = execRegex(compileRegex('o+|oob', false), 'foobar', 0);
    assert.deepEqual([n?.start, n?.end], [1, 4]);
    assert.equal(execRegex(compileRegex('z', false), 'abc', 0), null);
  });

  test('invalid regexes carry glibc messages', () => {
    assert.throws(() => compileRegex('(', false), /Unmatched \( or \\\(: \/\(\//);
  });
});

describe('awk rand', () => {
  test('sequences match gawk for the same seeds', () => {
    const r = new AwkRandom();
    assert.deepEqual(
      [r.rand(), r.rand(), r.rand()].map((x) => x.toPrecision(17)),
      ['0.92404581539912467', '0.59390861929587824', '0.30639443885198236'],
    );
    assert.equal(r.srand(42), 1);
    assert.deepEqual(
      [r.rand(), r.rand()].map((x) => x.toPrecision(17)),
      ['0.24632032657454306', '0.39614327393255944'],
    );
    assert.equal(r.srand(2.7), 42);
    assert.equal(r.rand().toPrecision(17), '0.89310426406734589');
  });
});
