import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { RAMResource } from '../../../src/resources/ram/ram-resource.js';
import { runCommand } from '../../helpers/command-harness.js';
import { fsWith } from './fixtures.js';

// RAM directories report 4096 bytes; files count as their size rounded up to KiB.
async function tree() {
  const fs = await fsWith({ '/d/big': 'x'.repeat(5000), '/d/s/f': 'hi\n', '/d/empty': '', '/e/': '' });
  await fs.symlink('big', '/d/lnk');
  return fs;
}

describe('du', () => {
  test('directories bottom-up in KiB', async () => {
    const fs = await tree();
    assert.equal((await runCommand(fs, ['du', 'd'])).stdout, '5\td/s\n14\td\n');
  });

  test('-a lists files too, in byte order', async () => {
    const fs = await tree();
    assert.equal(
      (await runCommand(fs, ['du', '-a', 'd/'])).stdout,
      '5\td/big\n0\td/empty\n0\td/lnk\n1\td/s/f\n5\td/s\n14\td/\n',
    );
  });

  test('-s, -c, -h, -b, --apparent-size, -m, -d', async () => {
    const fs = await tree();
    assert.equal((await runCommand(fs, ['du', '-s', 'd', 'e'])).stdout, '14\td\n4\te\n');
    assert.equal((await runCommand(fs, ['du', '-sc', 'd', 'e'])).stdout, '14\td\n4\te\n18\ttotal\n');
    assert.equal((await runCommand(fs, ['du', '-sh', 'd', 'd/s/f'])).stdout, '14K\td\n1.0K\td/s/f\n');
    assert.equal((await runCommand(fs, ['du', '-b', 'd'])).stdout, '4099\td/s\n13198\td\n');
    assert.equal((await runCommand(fs, ['du', '--apparent-size', 'd'])).stdout, '5\td/s\n13\td\n');
    assert.equal((await runCommand(fs, ['du', '-m', 'd'])).stdout, '1\td/s\n1\td\n');
    assert.equal((await runCommand(fs, ['du', '-d', '0', 'd'])).stdout, '14\td\n');
    assert.equal(
      (await runCommand(fs, ['du', '--max-depth=1', '-a', 'd'])).stdout,
      '5\td/big\n0\td/empty\n0\td/lnk\n5\td/s\n14\td\n',
    );
  });

  test('no operand means .', async () => {
    const fs = await tree();
    assert.equal((await runCommand(fs, ['du', '-s'], { cwd: '/d' })).stdout, '14\t.\n');
    assert.equal((await runCommand(fs, ['du'], { cwd: '/d' })).stdout, '5\t./s\n14\t.\n');
  });

  test('GNU errors', async () => {
    const fs = await tree();
    const missing = await runCommand(fs, ['du', 'nosuch', 'e']);
    assert.equal(missing.stdout, '4\te\n');
    assert.equal(missing.stderr, "du: cannot access 'nosuch': No such file or directory\n");
    assert.equal(missing.exitCode, 1);
    assert.equal(
      (await runCommand(fs, ['du', '-sa', 'd'])).stderr,
      "du: cannot both summarize and show all entries\nTry 'du --help' for more information.\n",
    );
    assert.equal(
      (await runCommand(fs, ['du', '-s', '-d', '1', 'd'])).stderr,
      "du: warning: summarizing conflicts with --max-depth=1\nTry 'du --help' for more information.\n",
    );
    assert.equal(
      (await runCommand(fs, ['du', '-d', 'x', 'd'])).stderr,
      "du: invalid maximum depth 'x'\nTry 'du --help' for more information.\n",
    );
  });

  test('--help documents the block rule', async () => {
    assert.match((await runCommand(await fsWith({}), ['du', '--help'])).stdout, /rounded up\s+to whole 1 KiB blocks/);
  });
});

describe('df', () => {
  test('one line per mount, GNU columns', async () => {
    const fs = await fsWith({}, { '/data': new RAMResource(), '/ro': new RAMResource({ readOnly: true }) });
    assert.equal(
      (await runCommand(fs, ['df'])).stdout,
      'Filesystem     1K-blocks  Used Available Use% Mounted on\n' +
        'ram                    0     0         0    - /\n' +
        'ram                    0     0         0    - /data\n' +
        'ram                    0     0         0    - /ro\n',
    );
    assert.equal(
      (await runCommand(fs, ['df', '-hT', '/data'])).stdout,
      'Filesystem     Type  Size  Used Avail Use% Mounted on\nram            ram      0     0     0    - /data\n',
    );
  });

  test('errors and filters', async () => {
    const fs = await fsWith({});
    const r = await runCommand(fs, ['df', 'nosuch']);
    assert.equal(r.stderr, 'df: nosuch: No such file or directory\n');
    assert.equal(r.exitCode, 1);
    const none = await runCommand(fs, ['df', '-t', 's3']);
    assert.equal(none.stderr, 'df: no file systems processed\n');
    assert.equal(none.exitCode, 1);
    assert.equal(
      (await runCommand(fs, ['df', '-x'])).stderr,
      "df: option requires an argument -- 'x'\nTry 'df --help' for more information.\n",
    );
  });
});
