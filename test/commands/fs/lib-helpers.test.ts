import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { relativePath } from '../../../src/commands/lib/canonical.js';
import { modeString } from '../../../src/commands/lib/file-meta.js';
import { humanSize } from '../../../src/commands/lib/human-size.js';
import { parseTouchStamp } from '../../../src/commands/lib/parse-date.js';
import { quote, quoteAlways } from '../../../src/commands/lib/quote.js';
import { lsDate } from '../../../src/commands/lib/time-format.js';

describe('quote (GNU shell-escape, checked against coreutils 9.1 in the C locale)', () => {
  const cases: [string, string][] = [
    ['plain', 'plain'],
    ['a b', "'a b'"],
    ["it's", '"it\'s"'],
    ["it's $x", "'it'\\''s $x'"],
    ['a"b', "'a\"b'"],
    ['a\tb', "'a'$'\\t''b'"],
    ['a\n', "'a'$'\\n'"],
    ['\n', "''$'\\n'"],
    ['ü', "''$'\\303\\274'"],
    ['#a', "'#a'"],
    ['a#', 'a#'],
    ['~a', "'~a'"],
    ['a=b', "'a=b'"],
    ['a:b', "'a:b'"],
    ['a{b}', 'a{b}'],
    ['a\x7fb', "'a'$'\\177''b'"],
    ['', "''"],
    ['-x', '-x'],
  ];
  for (const [name, expected] of cases) {
    test(JSON.stringify(name), () => assert.equal(quote(name), expected));
  }
  test('quoteAlways quotes plain names too', () => assert.equal(quoteAlways('x'), "'x'"));
});

describe('humanSize (GNU -h: powers of 1024, rounded up)', () => {
  const cases: [number, string][] = [
    [0, '0'],
    [1023, '1023'],
    [1024, '1.0K'],
    [1025, '1.1K'],
    [5000, '4.9K'],
    [10240, '10K'],
    [10241, '11K'],
    [1048575, '1.0M'],
    [1048576, '1.0M'],
    [20 * 1024 * 1024 * 1024, '20G'],
  ];
  for (const [n, s] of cases) test(String(n), () => assert.equal(humanSize(n), s));
});

describe('modeString', () => {
  test('types and special bits', () => {
    assert.equal(modeString({ type: 'file', size: 0, mtimeMs: 0, mode: 0o644 }), '-rw-r--r--');
    assert.equal(modeString({ type: 'directory', size: 0, mtimeMs: 0, mode: 0o1777 }), 'drwxrwxrwt');
    assert.equal(modeString({ type: 'file', size: 0, mtimeMs: 0, mode: 0o4644 }), '-rwSr--r--');
    assert.equal(modeString({ type: 'symlink', size: 0, mtimeMs: 0, mode: 0o777 }), 'lrwxrwxrwx');
  });
});

describe('lsDate', () => {
  test('recent, old and future', () => {
    const now = new Date(2026, 10, 22, 3, 16).getTime();
    assert.equal(lsDate(new Date(2026, 10, 2, 1, 5).getTime(), now), 'Nov  2 01:05');
    assert.equal(lsDate(new Date(2020, 0, 2, 3, 4).getTime(), now), 'Jan  2  2020');
    assert.equal(lsDate(new Date(2027, 0, 2, 3, 4).getTime(), now), 'Jan  2  2027');
  });
});

describe('parseTouchStamp', () => {
  const now = new Date(2026, 5, 1).getTime();
  test('forms', () => {
    assert.equal(parseTouchStamp('202001020304.05', now), new Date(2020, 0, 2, 3, 4, 5).getTime());
    assert.equal(parseTouchStamp('01020304', now), new Date(2026, 0, 2, 3, 4).getTime());
    assert.equal(parseTouchStamp('6901020304', now), new Date(1969, 0, 2, 3, 4).getTime());
    assert.equal(parseTouchStamp('6801020304', now), new Date(2068, 0, 2, 3, 4).getTime());
  });
  test('rejects malformed stamps', () => {
    for (const bad of ['123', '202013020304', '202002300000', '2020010203.5', 'abcdefgh']) {
      assert.equal(parseTouchStamp(bad, now), null, bad);
    }
  });
});

describe('relativePath', () => {
  test('up and down', () => {
    assert.equal(relativePath('/w/f', '/w/d'), '../f');
    assert.equal(relativePath('/w/d/s/x', '/w/d'), 's/x');
    assert.equal(relativePath('/w', '/w'), '.');
    assert.equal(relativePath('/', '/a/b'), '../..');
  });
});
