import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { REGEX_TYPES, RegexSyntaxError, translateRegex } from '../../../src/commands/files/regex-syntax.js';

const EMACS = REGEX_TYPES.get('emacs')!;
const BASIC = REGEX_TYPES.get('posix-basic')!;
const EXTENDED = REGEX_TYPES.get('posix-extended')!;

function whole(pattern: string, dialect = EMACS): RegExp {
  return new RegExp(`^(?:${translateRegex(pattern, dialect)})$`);
}

function error(pattern: string, dialect = EMACS): string {
  try {
    translateRegex(pattern, dialect);
  } catch (e) {
    assert.ok(e instanceof RegexSyntaxError);
    return e.message;
  }
  return '';
}

describe('translateRegex', () => {
  test('emacs: backslash groups and alternation, bare + and ?, literal braces', () => {
    assert.ok(whole('a\\(b\\|c\\)+').test('abcb'));
    assert.ok(whole('c{2}').test('c{2}'));
    assert.ok(whole('ab?').test('a'));
    assert.ok(!whole('[[:digit:]]').test('1'), 'emacs syntax has no character classes');
  });

  test('basic: \\{m,n\\}, \\+, literal + and a leading star', () => {
    assert.ok(whole('a\\{2\\}', BASIC).test('aa'));
    assert.ok(whole('a+', BASIC).test('a+'));
    assert.ok(whole('a\\+', BASIC).test('aaa'));
    assert.ok(whole('*a', BASIC).test('*a'));
    assert.ok(whole('a^b$c', BASIC).test('a^b$c'));
  });

  test('extended: bare groups, intervals, classes, back-references', () => {
    assert.ok(whole('(ab|c){2,}', EXTENDED).test('abcab'));
    assert.ok(whole('[[:upper:]]x', EXTENDED).test('Qx'));
    assert.ok(whole('(a)\\1', EXTENDED).test('aa'));
    assert.ok(whole('a)', EXTENDED).test('a)'), 'an unmatched ) is literal');
    assert.ok(whole('a+?', EXTENDED).test(''), 'stacked repetitions wrap instead of turning lazy');
    assert.ok(whole('[]a]', EXTENDED).test(']'));
    assert.ok(whole('[^a]', EXTENDED).test('\n'));
  });

  test('glibc error messages', () => {
    assert.equal(error('\\('), 'Unmatched ( or \\(');
    assert.equal(error('a\\)'), 'Unmatched ) or \\)');
    assert.equal(error('['), 'Invalid regular expression');
    assert.equal(error('[a'), 'Unmatched [, [^, [:, [., or [=');
    assert.equal(error('a\\'), 'Trailing backslash');
    assert.equal(error('\\(a\\)\\2'), 'Invalid back reference');
    assert.equal(error('*a', EXTENDED), 'Invalid preceding regular expression');
    assert.equal(error('a{1', EXTENDED), 'Unmatched \\{');
    assert.equal(error('a{x}', EXTENDED), 'Invalid content of \\{\\}');
    assert.equal(error('a{2,1}', EXTENDED), 'Invalid content of \\{\\}');
    assert.equal(error('[z-a]', EXTENDED), 'Invalid range end');
    assert.equal(error('[[:nope:]]', EXTENDED), 'Invalid character class name');
    assert.equal(error('a{99999}', EXTENDED), 'Regular expression too big');
  });
});
