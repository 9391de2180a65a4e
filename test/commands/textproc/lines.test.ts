import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { run } from './run.js';

describe('nl', () => {
  test('numbers non-empty lines; blank lines get padding of width plus separator', async () => {
    assert.equal((await run(['nl'], 'a\n\nb\n')).stdout, '     1\ta\n       \n     2\tb\n');
  });

  test('styles, formats and sections', async () => {
    assert.equal((await run(['nl', '-ba', '-n', 'rz', '-w', '3'], 'a\n\n')).stdout, '001\ta\n002\t\n');
    assert.equal((await run(['nl', '-n', 'ln', '-w', '3', '-s', '|'], 'a\n')).stdout, '1  |a\n');
    assert.equal((await run(['nl', '-b', 'pa'], 'ab\nb\n')).stdout, '     1\tab\n       b\n');
    const sections = await run(['nl', '-ha'], 'x\n\\:\\:\\:\nH\n\\:\\:\nB\n');
    assert.equal(sections.stdout, '     1\tx\n\n     1\tH\n\n     1\tB\n');
  });

  test('numbering continues across files and errors are GNU-worded', async () => {
    assert.equal((await run(['nl', 'a', 'b'], undefined, { a: 'x\n', b: 'y' })).stdout, '     1\tx\n     2\ty\n');
    const bad = await run(['nl', '-b', 'x']);
    assert.equal(bad.stderr, "nl: invalid body numbering style: 'x'\nTry 'nl --help' for more information.\n");
    assert.equal(
      (await run(['nl', '-w', '0'])).stderr,
      "nl: invalid line number field width: '0': Numerical result out of range\n",
    );
    assert.equal((await run(['nl', 'missing'])).stderr, 'nl: missing: No such file or directory\n');
  });
});

describe('paste', () => {
  test('merges files side by side, cycling the delimiter list', async () => {
    const files = { a: '1\n2\n3\n', b: 'x\ny\n' };
    assert.equal((await run(['paste', 'a', 'b'], undefined, files)).stdout, '1\tx\n2\ty\n3\t\n');
    assert.equal((await run(['paste', '-d', ':,', 'a', 'a', 'a'], undefined, files)).stdout, '1:1,1\n2:2,2\n3:3,3\n');
  });

  test('-s joins each file; - twice takes alternate stdin lines; \\0 is no delimiter', async () => {
    assert.equal((await run(['paste', '-s', '-d', ','], 'a\nb\nc')).stdout, 'a,b,c\n');
    assert.equal((await run(['paste', '-', '-'], 'a\nb\nc\n')).stdout, 'a\tb\nc\t\n');
    assert.equal((await run(['paste', '-d', '\\0x', '-', '-', '-'], 'a\nb\nc\n')).stdout, 'abxc\n');
  });

  test('a missing file fails before any output', async () => {
    const r = await run(['paste', 'a', 'missing'], undefined, { a: 'x\n' });
    assert.equal(r.stdout, '');
    assert.equal(r.stderr, 'paste: missing: No such file or directory\n');
    assert.equal(r.exitCode, 1);
  });
});

describe('comm and join', () => {
  const files = { c1: 'a\nb\nd\n', c2: 'b\nc\nd\ne\n', u: 'b\na\n' };

  test('comm prints three columns and hides the ones asked for', async () => {
    assert.equal((await run(['comm', 'c1', 'c2'], undefined, files)).stdout, 'a\n\t\tb\n\tc\n\t\td\n\te\n');
    assert.equal((await run(['comm', '-12', 'c1', 'c2'], undefined, files)).stdout, 'b\nd\n');
    assert.equal(
      (await run(['comm', '--total', '-3', 'c1', 'c2'], undefined, files)).stdout,
      'a\n\tc\n\te\n1\t2\t2\ttotal\n',
    );
  });

  test('comm warns once about unsorted input and fails at the end', async () => {
    const r = await run(['comm', 'u', 'c2'], undefined, files);
    assert.equal(r.stderr, 'comm: file 1 is not in sorted order\ncomm: input is not in sorted order\n');
    assert.equal(r.exitCode, 1);
  });

  test('join pairs lines on the first field, with -a and -o', async () => {
    const j = { j1: 'a 1\nb 2\n', j2: 'a x\nb y\nc z\n' };
    assert.equal((await run(['join', 'j1', 'j2'], undefined, j)).stdout, 'a 1 x\nb 2 y\n');
    assert.equal((await run(['join', '-a2', 'j1', 'j2'], undefined, j)).stdout, 'a 1 x\nb 2 y\nc z\n');
    const filled = await run(['join', '-a2', '-e', 'E', '-o', '0,1.2,2.2', 'j1', 'j2'], undefined, j);
    assert.equal(filled.stdout, 'a 1 x\nb 2 y\nc E z\n');
  });

  test('join reports unsorted input with file and line', async () => {
    const r = await run(['join', 'j1', 'j2'], undefined, { j1: 'b 1\na 2\n', j2: 'a x\nc y\n' });
    assert.equal(r.stderr, 'join: j1:2: is not sorted: a 2\njoin: input is not in sorted order\n');
    assert.equal(r.exitCode, 1);
  });
});

describe('column and fmt', () => {
  test('column fills columns at tab stops within 80 columns', async () => {
    const input = `${Array.from({ length: 12 }, (_, i) => i + 1).join('\n')}\n`;
    assert.equal((await run(['column'], input)).stdout, '1\t3\t5\t7\t9\t11\n2\t4\t6\t8\t10\t12\n');
    assert.equal((await run(['column', '-c', '20'], input)).stdout, '1\t7\n2\t8\n3\t9\n4\t10\n5\t11\n6\t12\n');
  });

  test('column -t aligns a table, padding all but the last column', async () => {
    assert.equal((await run(['column', '-t'], 'a b c\nlong x\n')).stdout, 'a     b  c\nlong  x  \n');
    assert.equal((await run(['column', '-t', '-s', ',', '-o', '|'], 'a,,b\n')).stdout, 'a||b\n');
  });

  test('fmt fills paragraphs with GNU line breaks', async () => {
    const text = 'One two three. Four five six seven eight nine ten eleven twelve.\n';
    assert.equal(
      (await run(['fmt', '-w', '20'], text)).stdout,
      'One two three. Four\nfive six seven\neight nine ten\neleven twelve.\n',
    );
    assert.equal((await run(['fmt', '-u'], 'a  b   c.  d\n')).stdout, 'a b c.  d\n');
    assert.equal((await run(['fmt', '-w', 'x'])).stderr, "fmt: invalid width: 'x'\n");
  });
});
