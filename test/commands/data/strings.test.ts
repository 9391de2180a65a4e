import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { makeFs, runCommand } from '../../helpers/command-harness.js';

const input = new Uint8Array([
  ...Buffer.from('hello'),
  0,
  ...Buffer.from('ab'),
  1,
  ...Buffer.from('wide\tweb'),
  0xff,
  ...Buffer.from('xyz'),
]);

describe('strings', () => {
  test('runs of at least four printable bytes (tab included)', async () => {
    assert.equal((await runCommand(makeFs(), ['strings'], { stdin: input })).stdout, 'hello\nwide\tweb\n');
  });

  test('-n, -t and -f', async () => {
    const fs = makeFs();
    await fs.writeFile('/s', input);
    assert.equal(
      (await runCommand(fs, ['strings', '-n', '2', '-t', 'd', 's'])).stdout,
      '      0 hello\n      6 ab\n      9 wide\tweb\n     18 xyz\n',
    );
    assert.equal((await runCommand(fs, ['strings', '-f', 's'])).stdout, 's: hello\ns: wide\tweb\n');
  });

  test('errors', async () => {
    const fs = makeFs();
    assert.deepEqual(
      [(await runCommand(fs, ['strings', 'nope'])).stderr, (await runCommand(fs, ['strings', 'nope'])).exitCode],
      ["strings: 'nope': No such file\n", 1],
    );
    assert.equal((await runCommand(fs, ['strings', '-n', '0'])).stderr, 'strings: invalid minimum string length 0\n');
  });
});
