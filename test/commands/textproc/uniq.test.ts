import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { fsWith, run } from './run.js';

const INPUT = 'a\na\nb\nc\nc\nc\nd\n';

describe('uniq', () => {
  test('merges adjacent equal lines; -c counts them in a 7-wide column', async () => {
    assert.equal((await run(['uniq'], INPUT)).stdout, 'a\nb\nc\nd\n');
    assert.equal((await run(['uniq', '-c'], INPUT)).stdout, '      2 a\n      1 b\n      3 c\n      1 d\n');
  });

  test('-d, -u, -D and their delimiting methods', async () => {
    assert.equal((await run(['uniq', '-d'], INPUT)).stdout, 'a\nc\n');
    assert.equal((await run(['uniq', '-u'], INPUT)).stdout, 'b\nd\n');
    assert.equal((await run(['uniq', '-D'], INPUT)).stdout, 'a\na\nc\nc\nc\n');
    assert.equal((await run(['uniq', '--all-repeated=separate'], INPUT)).stdout, 'a\na\n\nc\nc\nc\n');
    assert.equal((await run(['uniq', '--group=both'], 'a\na\nb\n')).stdout, '\na\na\n\nb\n\n');
  });

  test('-i, -f, -s and -w choose what is compared; the first line of a group is printed', async () => {
    assert.equal((await run(['uniq', '-i', '-c'], 'A\na\nb\n')).stdout, '      2 A\n      1 b\n');
    assert.equal((await run(['uniq', '-f', '1'], 'x a\ny a\nz b\n')).stdout, 'x a\nz b\n');
    assert.equal((await run(['uniq', '-s', '1'], 'xa\nya\nzb\n')).stdout, 'xa\nzb\n');
    assert.equal((await run(['uniq', '-w', '1'], 'ab\nac\nbc\n')).stdout, 'ab\nbc\n');
    assert.equal((await run(['uniq', '-2'], 'a x y\nb z y\n')).stdout, 'a x y\n');
    assert.equal((await run(['uniq', '+1'], 'xa\nya\n')).stdout, 'xa\n');
  });

  test('groups spanning input chunks are still merged', async () => {
    const big = `${'same line\n'.repeat(20000)}other\n`;
    assert.equal((await run(['uniq', '-c'], big)).stdout, '  20000 same line\n      1 other\n');
  });

  test('no trailing newline, CRLF, NUL lines, empty input', async () => {
    assert.equal((await run(['uniq'], 'a\na')).stdout, 'a\n');
    assert.equal((await run(['uniq', '-c'], 'a\r\na\n')).stdout, '      1 a\r\n      1 a\n');
    assert.equal((await run(['uniq', '-z'], 'a\0a\0b')).stdout, 'a\0b\0');
    assert.equal((await run(['uniq'], '')).stdout, '');
  });

  test('writes to an OUTPUT operand', async () => {
    const fs = await fsWith({ in: 'x\nx\n' });
    const { runCommand } = await import('../../helpers/command-harness.js');
    assert.equal((await runCommand(fs, ['uniq', 'in', 'out'])).exitCode, 0);
    assert.equal(Buffer.from(await fs.readFile('/out')).toString(), 'x\n');
  });

  test('errors: missing file, directory, bad numbers, conflicting options', async () => {
    const missing = await run(['uniq', 'missing']);
    assert.equal(missing.stderr, 'uniq: missing: No such file or directory\n');
    assert.equal(missing.exitCode, 1);
    assert.equal((await run(['uniq', 'd'], undefined, { 'd/f': '' })).stderr, "uniq: error reading 'd'\n");
    assert.equal((await run(['uniq', '-f', 'x'])).stderr, 'uniq: x: invalid number of fields to skip\n');
    assert.equal(
      (await run(['uniq', '-c', '-D'])).stderr,
      "uniq: printing all duplicated lines and repeat counts is meaningless\nTry 'uniq --help' for more information.\n",
    );
    assert.equal(
      (await run(['uniq', '--group=x'])).stderr,
      "uniq: invalid argument 'x' for '--group'\nValid arguments are:\n  - 'prepend'\n  - 'append'\n  - 'separate'\n  - 'both'\nTry 'uniq --help' for more information.\n",
    );
    assert.equal(
      (await run(['uniq', 'a', 'b', 'c'])).stderr,
      "uniq: extra operand 'c'\nTry 'uniq --help' for more information.\n",
    );
  });
});
