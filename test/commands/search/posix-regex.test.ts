import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { PosixRegexError, translatePosix } from '../../../src/commands/lib/posix-regex.js';
import { sequencesSource } from '../../../src/commands/lib/posix-utf8.js';

/** Input lines of the table; expected results were recorded from GNU grep 3.8 and sed 4.9 (LC_ALL=C). */
const LINES = [
  'a*a',
  'b\\n',
  'abc',
  'aab',
  'a{1}',
  '{1}',
  'ab',
  'abb',
  'x',
  '*a',
  'a.b',
  'a b',
  'tab\tx',
  'a^b',
  'a$b',
  '^a',
  'foo bar',
  'foobar',
  'a-',
  'a]',
  '[x',
  'a|b',
  '(a)',
  ')',
  'aaaa',
  '',
  'AbC',
  '_w9',
  '+a',
  '?a',
  'a+b',
  'a{,}',
  'a{x',
  '\\',
  'ba',
];

/** [dialect, G or E, pattern, matching line numbers (" ~warning") or "!error"]. */
const TABLE: readonly (readonly [dialect: 'grep' | 'sed', flavor: 'G' | 'E', pattern: string, expected: string])[] = [
  [
    'grep',
    'G',
    'a*',
    '1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35',
  ],
  ['grep', 'G', '*a', '1,10'],
  ['grep', 'G', '^*a', '10'],
  [
    'grep',
    'G',
    'a**',
    '1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35',
  ],
  ['grep', 'G', 'a\\{2\\}', '4,25'],
  ['grep', 'G', 'a\\{1,\\}b', '3,4,7,8,13'],
  ['grep', 'G', '\\(a\\)\\1', '4,25'],
  ['grep', 'G', '\\(a\\)\\(b\\)\\2', '8'],
  [
    'grep',
    'G',
    '[[:alpha:]]\\+',
    '1,2,3,4,5,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,25,27,28,29,30,31,32,33,35',
  ],
  ['grep', 'G', '[^a-z]', '1,2,5,6,10,11,12,13,14,15,16,17,19,20,21,22,23,24,27,28,29,30,31,32,33,34'],
  ['grep', 'G', 'a\\|b', '1,2,3,4,5,7,8,10,11,12,13,14,15,16,17,18,19,20,22,23,25,27,29,30,31,32,33,35'],
  ['grep', 'G', 'x\\|*', '1,9,10,13,21,33'],
  ['grep', 'G', '\\(*a\\)', '1,10'],
  ['grep', 'G', 'a^b', '14'],
  ['grep', 'G', 'a$b', '15'],
  ['grep', 'G', '\\^a', '16'],
  ['grep', 'G', '^a$', ''],
  ['grep', 'G', '\\<ab', '3,7,8'],
  ['grep', 'G', 'ab\\>', '4,7,13'],
  ['grep', 'G', '\\bab\\b', '7'],
  ['grep', 'G', '\\Bb', '3,4,7,8,13,18,27'],
  ['grep', 'G', '\\w\\+', '1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,25,27,28,29,30,31,32,33,35'],
  ['grep', 'G', '\\W', '1,2,5,6,10,11,12,13,14,15,16,17,19,20,21,22,23,24,29,30,31,32,33,34'],
  ['grep', 'G', '\\s', '12,13,17'],
  ['grep', 'G', '\\S\\S\\S', '1,2,3,4,5,6,8,11,13,14,15,17,18,22,23,25,27,28,31,32,33'],
  ['grep', 'G', '[]a]', '1,3,4,5,7,8,10,11,12,13,14,15,16,17,18,19,20,22,23,25,29,30,31,32,33,35'],
  ['grep', 'G', '[^]a]', '1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,21,22,23,24,27,28,29,30,31,32,33,34,35'],
  ['grep', 'G', '[\\]', '2,34'],
  ['grep', 'G', '\\]', '20'],
  ['grep', 'G', '\\}', '5,6,32'],
  [
    'grep',
    'G',
    'a\\{1\\}*',
    '1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35',
  ],
  ['grep', 'G', '[a-]', '1,3,4,5,7,8,10,11,12,13,14,15,16,17,18,19,20,22,23,25,29,30,31,32,33,35'],
  ['grep', 'G', '[[.-.]]', '19'],
  ['grep', 'G', '[[=a=]b]', '1,2,3,4,5,7,8,10,11,12,13,14,15,16,17,18,19,20,22,23,25,27,29,30,31,32,33,35'],
  ['grep', 'G', '.', '1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,27,28,29,30,31,32,33,34,35'],
  ['grep', 'G', '\\.', '11'],
  ['grep', 'G', 'a\\?b', '2,3,4,7,8,11,12,13,14,15,17,18,22,27,31,35'],
  ['grep', 'G', 'a\\+b', '3,4,7,8,13'],
  ['grep', 'G', '\\{1\\}', '5,6'],
  [
    'grep',
    'G',
    'a\\{,2\\}',
    '1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35',
  ],
  ['grep', 'G', '[[:punct:]]', '1,2,5,6,10,11,14,15,16,19,20,21,22,23,24,28,29,30,31,32,33,34'],
  ['grep', 'G', '[[:space:]]', '12,13,17'],
  ['grep', 'G', '\\`a', '1,3,4,5,7,8,11,12,14,15,19,20,22,25,31,32,33'],
  ['grep', 'G', "b\\'", '4,7,8,11,12,14,15,22,31'],
  ['grep', 'G', 'a\\{0\\}b', '2,3,4,7,8,11,12,13,14,15,17,18,22,27,31,35'],
  ['grep', 'G', 'A', '27'],
  ['grep', 'G', '[[:upper:]]', '27'],
  ['grep', 'G', '\\(^a\\)', '1,3,4,5,7,8,11,12,14,15,19,20,22,25,31,32,33'],
  ['grep', 'G', 'a\\|^b', '1,2,3,4,5,7,8,10,11,12,13,14,15,16,17,18,19,20,22,23,25,29,30,31,32,33,35'],
  ['grep', 'G', '\\+a', '29'],
  ['grep', 'G', '\\?a', '30'],
  ['grep', 'G', '[', '!Invalid regular expression'],
  ['grep', 'G', '[^', '!Invalid regular expression'],
  ['grep', 'G', 'a[', '!Invalid regular expression'],
  ['grep', 'G', '[]', '!Unmatched [, [^, [:, [., or [='],
  ['grep', 'G', '[a', '!Unmatched [, [^, [:, [., or [='],
  ['grep', 'G', '[[:alpha:]', '!Unmatched [, [^, [:, [., or [='],
  ['grep', 'G', '[[:foo:]]', '!Invalid character class name'],
  ['grep', 'G', '[:space:]', '!character class syntax is [[:space:]], not [:space:]'],
  ['grep', 'G', '[[=ab=]]', '!Invalid collation character'],
  ['grep', 'G', '[[.hyphen.]]', '!Invalid collation character'],
  ['grep', 'G', '[b-a]', '!Invalid range end'],
  ['grep', 'G', '[a-c-e]', '!Invalid range end'],
  ['grep', 'G', '[[:alpha:]-z]', '!Invalid range end'],
  ['grep', 'G', '\\(', '!Unmatched ( or \\('],
  ['grep', 'G', 'a\\)', '!Unmatched ) or \\)'],
  ['grep', 'G', '\\1', '!Invalid back reference'],
  ['grep', 'G', '\\(a\\1\\)', '!Invalid back reference'],
  ['grep', 'G', 'a\\{1', '!Unmatched \\{'],
  ['grep', 'G', 'a\\{x\\}', '!Invalid content of \\{\\}'],
  ['grep', 'G', 'a\\{2,1\\}', '!Invalid content of \\{\\}'],
  ['grep', 'G', 'a\\{32768\\}', '!Regular expression too big'],
  ['grep', 'G', '\\', '!Trailing backslash'],
  ['grep', 'G', 'a\\{\\}', '!Invalid content of \\{\\}'],
  ['grep', 'E', 'a+', '1,3,4,5,7,8,10,11,12,13,14,15,16,17,18,19,20,22,23,25,29,30,31,32,33,35'],
  ['grep', 'E', 'a?b', '2,3,4,7,8,11,12,13,14,15,17,18,22,27,31,35'],
  ['grep', 'E', '(a)\\1', '4,25'],
  ['grep', 'E', 'a|b', '1,2,3,4,5,7,8,10,11,12,13,14,15,16,17,18,19,20,22,23,25,27,29,30,31,32,33,35'],
  ['grep', 'E', 'a{1', '5'],
  ['grep', 'E', 'a{x', '33'],
  ['grep', 'E', 'a{1,x}', ''],
  [
    'grep',
    'E',
    'a{,}',
    '1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35',
  ],
  [
    'grep',
    'E',
    '{1}a',
    '1,3,4,5,7,8,10,11,12,13,14,15,16,17,18,19,20,22,23,25,29,30,31,32,33,35 ~{...} at start of expression',
  ],
  [
    'grep',
    'E',
    '+a',
    '1,3,4,5,7,8,10,11,12,13,14,15,16,17,18,19,20,22,23,25,29,30,31,32,33,35 ~+ at start of expression',
  ],
  [
    'grep',
    'E',
    '*a',
    '1,3,4,5,7,8,10,11,12,13,14,15,16,17,18,19,20,22,23,25,29,30,31,32,33,35 ~* at start of expression',
  ],
  [
    'grep',
    'E',
    'a|*b',
    '1,2,3,4,5,7,8,10,11,12,13,14,15,16,17,18,19,20,22,23,25,27,29,30,31,32,33,35 ~* at start of expression',
  ],
  [
    'grep',
    'E',
    '(*a)',
    '1,3,4,5,7,8,10,11,12,13,14,15,16,17,18,19,20,22,23,25,29,30,31,32,33,35 ~* at start of expression',
  ],
  ['grep', 'E', '()x', '9,13,21,33'],
  [
    'grep',
    'E',
    'x|',
    '1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35',
  ],
  [
    'grep',
    'E',
    '|x',
    '1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35',
  ],
  ['grep', 'E', 'a^b', ''],
  ['grep', 'E', 'a$b', ''],
  [
    'grep',
    'E',
    'a+*',
    '1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35',
  ],
  ['grep', 'E', 'a{1}{2}', '4,25'],
  ['grep', 'E', '(a|ab)(c|bcd)', '3'],
  ['grep', 'E', 'a\\|b', '22'],
  ['grep', 'E', ')', '23,24'],
  ['grep', 'E', 'a)', '23'],
  ['grep', 'E', 'a{0}b', '2,3,4,7,8,11,12,13,14,15,17,18,22,27,31,35'],
  ['grep', 'E', '^(a|b)*$', '4,7,8,25,26,35'],
  ['grep', 'E', '(', '!Unmatched ( or \\('],
  ['grep', 'E', '\\1(a)', '!Invalid back reference'],
  ['grep', 'E', '(a)\\2', '!Invalid back reference'],
  ['grep', 'E', 'a{2,1}', '!Invalid content of \\{\\}'],
  ['grep', 'E', 'a{}', '!Invalid content of \\{\\}'],
  [
    'grep',
    'E',
    '^*a',
    '1,3,4,5,7,8,10,11,12,13,14,15,16,17,18,19,20,22,23,25,29,30,31,32,33,35 ~* at start of expression',
  ],
  ['sed', 'G', 'a**', '!Invalid preceding regular expression'],
  ['sed', 'G', 'a*\\?b', '2,3,4,7,8,11,12,13,14,15,17,18,22,27,31,35'],
  ['sed', 'G', '\\{1\\}a', '!Invalid preceding regular expression'],
  ['sed', 'G', 'a\\{1\\}\\{2\\}', '!Invalid preceding regular expression'],
  ['sed', 'G', '\\(*a\\)', '1,10'],
  ['sed', 'G', '^*a', '10'],
  ['sed', 'G', '\\+a', '29'],
  ['sed', 'G', 'a$b', '15'],
  ['sed', 'G', 'x\\|*', '1,9,10,13,21,33'],
  [
    'sed',
    'G',
    'a\\{,\\}',
    '1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35',
  ],
  ['sed', 'G', 'a\\{\\}', '!Invalid content of \\{\\}'],
  ['sed', 'G', '[:alpha:]', '!character class syntax is [[:space:]], not [:space:]'],
  ['sed', 'G', '\\(a', '!Unmatched ( or \\('],
  ['sed', 'G', 'a\\)', '!Unmatched ) or \\)'],
  ['sed', 'G', '\\(a\\)\\2', '!Invalid back reference'],
  ['sed', 'G', 'a\\{99999\\}', '!Regular expression too big'],
  ['sed', 'G', '[b-a]', '!Invalid range end'],
  ['sed', 'G', '[[:foo:]]', '!Invalid character class name'],
  ['sed', 'G', 'a\\tb', ''],
  ['sed', 'G', 'b\\n', ''],
  ['sed', 'G', '[\\n]', ''],
  ['sed', 'E', '+a', '!Invalid preceding regular expression'],
  ['sed', 'E', '*a', '!Invalid preceding regular expression'],
  ['sed', 'E', 'a|*b', '!Invalid preceding regular expression'],
  ['sed', 'E', 'a{1', '!Unmatched \\{'],
  ['sed', 'E', 'a{x', '!Unmatched \\{'],
  ['sed', 'E', 'a{1,2', '!Unmatched \\{'],
  ['sed', 'E', '{1}a', '!Invalid preceding regular expression'],
  ['sed', 'E', ')', '!Unmatched ) or \\)'],
  ['sed', 'E', 'a{1}{2}', '4,25'],
  [
    'sed',
    'E',
    'a+*',
    '1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35',
  ],
  [
    'sed',
    'E',
    '(|x)',
    '1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35',
  ],
  ['sed', 'E', '(*x)', '!Invalid preceding regular expression'],
  ['sed', 'E', 'a)', '!Unmatched ) or \\)'],
  ['sed', 'E', '^*a', '!Invalid preceding regular expression'],
];

function run(dialect: 'grep' | 'sed', flavor: string, pattern: string): string {
  try {
    const t = translatePosix(pattern, {
      extended: flavor === 'E',
      dialect,
      eol: dialect === 'grep' ? '\n' : undefined,
      sedEscapes: dialect === 'sed',
    });
    const re = new RegExp(t.source, t.flags);
    const hits = LINES.flatMap((line, i) => (re.test(line) ? [String(i + 1)] : []));
    return hits.join(',') + (t.warnings.length > 0 ? ` ~${t.warnings.join('|')}` : '');
  } catch (e) {
    if (e instanceof PosixRegexError) return `!${e.message}`;
    throw e;
  }
}

describe('translatePosix against GNU grep and sed', () => {
  for (const [dialect, flavor, pattern, expected] of TABLE) {
    test(`${dialect} -${flavor} ${JSON.stringify(pattern)}`, () => {
      assert.equal(run(dialect, flavor, pattern), expected);
    });
  }
});

describe('translatePosix options', () => {
  const grepOpts = { extended: false, dialect: 'grep', eol: '\n' } as const;

  test('plain patterns are reported as literals, operators are not', () => {
    assert.equal(translatePosix('ERROR: x', grepOpts).literal, 'ERROR: x');
    assert.equal(translatePosix('a\\.b', grepOpts).literal, 'a.b');
    assert.equal(translatePosix('a.b', grepOpts).literal, null);
    assert.equal(translatePosix('', grepOpts).literal, null);
  });

  test('records never leak into one another: no class matches the terminator', () => {
    for (const p of ['a[[:space:]]b', 'a\\sb', 'a.b', 'a[^x]b', 'a\\Wb', 'a$', '^b']) {
      const t = translatePosix(p, grepOpts);
      const re = new RegExp(t.source, t.flags);
      assert.equal(re.test('a\nb'), p === 'a$' || p === '^b', p);
    }
  });

  test('-z records end at NUL, so newline is an ordinary character', () => {
    const t = translatePosix('a.b', { ...grepOpts, eol: '\0' });
    assert.ok(new RegExp(t.source).test('a\nb'));
    assert.ok(!new RegExp(t.source).test('a\0b'));
  });

  test('case folding stays ASCII for bytes outside it (C locale)', () => {
    const ascii = translatePosix('abc', { ...grepOpts, icase: true });
    assert.equal(ascii.flags, 'i');
    const latin = translatePosix('\xe9a[b-c]', { ...grepOpts, icase: true });
    assert.equal(latin.flags, '');
    const re = new RegExp(latin.source, latin.flags);
    assert.ok(re.test('\xe9AC'));
    assert.ok(!re.test('\xc9AC'));
  });

  test('top-level alternatives become branches that keep group numbers', () => {
    const t = translatePosix('\\(a\\)\\|\\(ab\\)', { extended: false, dialect: 'sed' });
    assert.equal(t.groups, 2);
    assert.equal(t.branches.length, 2);
    const m = new RegExp(t.branches[1]).exec('ab');
    assert.deepEqual([m?.[0], m?.[1], m?.[2]], ['ab', undefined, 'ab']);
  });

  test('repeated repeats nest instead of turning lazy', () => {
    const t = translatePosix('a*?', { extended: true, dialect: 'sed' });
    assert.equal(new RegExp(t.source).exec('aaa')?.[0], 'aaa');
  });

  test('sed escapes produce control characters and literal bytes', () => {
    const opts = { extended: false, dialect: 'sed', sedEscapes: true } as const;
    assert.ok(new RegExp(translatePosix('a\\tb', opts).source).test('a\tb'));
    assert.ok(new RegExp(translatePosix('\\x2e', opts).source).test('.'));
    assert.ok(!new RegExp(translatePosix('\\x2e', opts).source).test('x'));
    assert.ok(new RegExp(translatePosix('\\o101\\d066', opts).source).test('AB'));
    assert.ok(new RegExp(translatePosix('[\\n]', opts).source).test('\n'));
  });

  test('back-references shift with the group offset of joined patterns', () => {
    const t = translatePosix('\\(x\\)\\1', { ...grepOpts, groupOffset: 2 });
    assert.equal(t.source, '(x)(?:\\3)');
  });
});

describe('UTF-8 mode', () => {
  const utf8Opts = { extended: false, dialect: 'grep', eol: '\n', utf8: true } as const;
  const bytes = (s: string) => Buffer.from(s, 'utf8').toString('latin1');

  test('code point ranges become exactly their UTF-8 encodings', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0x80, max: 0x10ffff }),
        fc.integer({ min: 0, max: 0x3000 }),
        fc.integer({ min: 0x80, max: 0x10ffff }),
        (lo, span, probe) => {
          const hi = Math.min(lo + span, 0x10ffff);
          const re = new RegExp(`^(?:${sequencesSource([[lo, hi]])})$`);
          if (probe >= 0xd800 && probe <= 0xdfff) return;
          const inside = probe >= lo && probe <= hi && !(probe >= 0xd800 && probe <= 0xdfff);
          assert.equal(re.test(bytes(String.fromCodePoint(probe))), inside);
          if (!(lo >= 0xd800 && lo <= 0xdfff)) assert.ok(re.test(bytes(String.fromCodePoint(lo))));
        },
      ),
      { numRuns: 300 },
    );
  });

  test('. matches one whole character and never a stray byte', () => {
    const re = new RegExp(`^${translatePosix('a.b', utf8Opts).source}$`);
    assert.ok(re.test(bytes('a\u00e9b')));
    assert.ok(re.test(bytes('a\u{1f600}b')));
    assert.ok(!re.test('a\xe9b'));
    assert.ok(!re.test(bytes('a\u00e9\u00e9b')));
  });

  test('brackets, negation, classes and case folding work on characters', () => {
    const m = (p: string, text: string, icase = false) => {
      const t = translatePosix(bytes(p), { ...utf8Opts, icase });
      return new RegExp(t.source, t.flags).exec(bytes(text))?.[0];
    };
    assert.equal(m('[\u00e0-\u00ff]', 'x\u00e9'), bytes('\u00e9'));
    assert.equal(m('[^a]', 'a\u00fc'), bytes('\u00fc'));
    assert.equal(m('[[:upper:]]', 'a\u00c9'), bytes('\u00c9'));
    assert.equal(m('\u00e9', '\u00c9', true), bytes('\u00c9'));
    assert.equal(m('[\u00e9]', '\u00c9', true), bytes('\u00c9'));
    assert.equal(m('\\w\\+', '\u00fcber!'), bytes('\u00fcber'));
    assert.equal(m('x\\>', 'x\u00e9 x'), 'x');
  });
});
