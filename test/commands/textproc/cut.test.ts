import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { run } from './run.js';

const CSV = 'a:b:c:d\nxyz\n\none:two\nlast:x';

describe('cut', () => {
  test('-f selects fields; undelimited lines pass whole unless -s', async () => {
    assert.equal((await run(['cut', '-d', ':', '-f', '2'], CSV)).stdout, 'b\nxyz\n\ntwo\nx\n');
    assert.equal((await run(['cut', '-d', ':', '-f', '2', '-s'], CSV)).stdout, 'b\ntwo\nx\n');
    assert.equal((await run(['cut', '-d', ':', '-f', '3,1'], CSV)).stdout, 'a:c\nxyz\n\none\nlast\n');
    assert.equal((await run(['cut', '-d', ':', '-f', '2-'], CSV)).stdout, 'b:c:d\nxyz\n\ntwo\nx\n');
    assert.equal((await run(['cut', '-d', ':', '-f', '-2', '--complement'], CSV)).stdout, 'c:d\nxyz\n\n\n\n');
  });

  test('tab is the default delimiter; --output-delimiter joins fields', async () => {
    assert.equal((await run(['cut', '-f2'], 'a\tb\tc\n')).stdout, 'b\n');
    assert.equal((await run(['cut', '-d:', '-f1,3', '--output-delimiter=XY'], 'a:b:c\n')).stdout, 'aXYc\n');
  });

  test('-b and -c select bytes; ranges get the output delimiter between them', async () => {
    assert.equal((await run(['cut', '-b', '2-3,5-'], 'abcdefg\n')).stdout, 'bcefg\n');
    assert.equal((await run(['cut', '-b', '1-2,3-4', '--output-delimiter=:'], 'abcdef\n')).stdout, 'ab:cd\n');
    assert.equal((await run(['cut', '-c', '1'], 'é\n')).stdoutBytes.length, 2);
  });

  test('long runs of undelimited lines and many lines across chunks', async () => {
    const input = `${'plain line\n'.repeat(10000)}k:v\n`;
    const r = await run(['cut', '-d:', '-f2'], input);
    assert.equal(r.stdout, `${'plain line\n'.repeat(10000)}v\n`);
    assert.equal((await run(['cut', '-d:', '-f2', '-s'], input)).stdout, 'v\n');
  });

  test('-z and a newline delimiter', async () => {
    assert.equal((await run(['cut', '-z', '-d:', '-f2'], 'a:b\0c:d\0')).stdout, 'b\0d\0');
    assert.equal((await run(['cut', '-d', '\n', '-f2'], 'a\nb\nc\n')).stdout, 'b\n');
  });

  test('list and option errors', async () => {
    const cases: [string[], string][] = [
      [['-f', '0'], 'cut: fields are numbered from 1'],
      [['-f', '3-1'], 'cut: invalid decreasing range'],
      [['-f', 'x'], "cut: invalid field value 'x'"],
      [['-b', '0-2'], 'cut: byte/character positions are numbered from 1'],
      [['-f', '-'], 'cut: invalid range with no endpoint: -'],
      [['-d', 'ab', '-f1'], 'cut: the delimiter must be a single character'],
      [['-d', ':', '-b1'], 'cut: an input delimiter may be specified only when operating on fields'],
      [['-f1', '-b1'], 'cut: only one list may be specified'],
      [[], 'cut: you must specify a list of bytes, characters, or fields'],
    ];
    for (const [args, message] of cases) {
      const r = await run(['cut', ...args], 'a\n');
      assert.equal(r.stderr, `${message}\nTry 'cut --help' for more information.\n`, args.join(' '));
      assert.equal(r.exitCode, 1);
    }
  });

  test('a missing file is reported and the others are still cut', async () => {
    const r = await run(['cut', '-f1', 'missing', 'f'], undefined, { f: 'x\ty\n' });
    assert.equal(r.stdout, 'x\n');
    assert.equal(r.stderr, 'cut: missing: No such file or directory\n');
    assert.equal(r.exitCode, 1);
  });
});
