/** Tests of the golden harness itself: case-file parsing and the failure diff. */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { goldenDir, loadGoldenFiles, parseCaseFile } from './case-file.js';
import { lineDiff } from './diff.js';

describe('parseCaseFile', () => {
  test('splits cases, reads tags and trims trailing blank lines', () => {
    const text = '# comment\n\n#### first\necho a\n\n\n#### second [stderr] [disk-skip]\necho b\n';
    assert.deepEqual(parseCaseFile(text, 'x.sh'), [
      { name: 'first', tags: [], script: 'echo a\n' },
      { name: 'second', tags: ['stderr', 'disk-skip'], script: 'echo b\n' },
    ]);
  });

  test('keeps blank lines inside a case', () => {
    assert.equal(parseCaseFile('#### c\necho a\n\necho b\n', 'x.sh')[0].script, 'echo a\n\necho b\n');
  });

  test('rejects unknown tags', () => {
    assert.throws(() => parseCaseFile('#### c [bogus]\necho\n', 'x.sh'), /x\.sh:1: unknown tag \[bogus\]/);
  });

  test('rejects duplicate names', () => {
    assert.throws(() => parseCaseFile('#### c\necho\n#### c\necho\n', 'x.sh'), /x\.sh:3: duplicate case name "c"/);
  });

  test('rejects code before the first header', () => {
    assert.throws(() => parseCaseFile('echo stray\n#### c\necho\n', 'x.sh'), /x\.sh:1: text before the first/);
  });
});

describe('lineDiff', () => {
  test('is empty for equal text', () => {
    assert.equal(lineDiff('a\nb\n', 'a\nb\n'), '');
  });

  test('marks removed, added and kept lines', () => {
    assert.equal(lineDiff('a\nb\nc\n', 'a\nx\nc\n'), '  a\n- b\n+ x\n  c');
  });

  test('makes tabs and a missing final newline visible', () => {
    assert.equal(lineDiff('a\tb\n', 'a\tb'), '- a\\tb\n+ a\\tb [no newline at end]');
  });

  test('handles one empty side', () => {
    assert.equal(lineDiff('', 'x\n'), '+ x');
    assert.equal(lineDiff('x\n', ''), '- x');
  });
});

describe('goldenDir', () => {
  test('finds the source cases from the compiled test folder too', () => {
    const dir = goldenDir();
    assert.equal(goldenDir(join(dir, '..', '..', 'dist', 'test', 'golden')), dir);
  });

  test('throws when there is no suite above', () => {
    assert.throws(() => goldenDir('/'), /test\/golden\/cases not found/);
  });
});

describe('recorded suite', () => {
  test('every case file is recorded and every case has a recording', () => {
    const files = loadGoldenFiles();
    assert.ok(files.length > 0);
    for (const f of files) {
      assert.ok(f.expected, `${f.feature} has no recording`);
      for (const c of f.cases) assert.ok(f.expected[c.name], `${f.feature} / ${c.name} has no recording`);
    }
  });
});
