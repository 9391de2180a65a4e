import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, test } from 'node:test';
import { makeFs, runCommand } from '../../helpers/command-harness.js';

async function fsWith(files: Record<string, string>) {
  const fs = makeFs();
  for (const [path, data] of Object.entries(files)) await fs.writeFile(path, data);
  return fs;
}

const MD5_A = createHash('md5').update('a\n').digest('hex');

describe('checksum commands', () => {
  test('every algorithm matches node:crypto', async () => {
    const fs = await fsWith({ '/f': 'abc' });
    const algos: [string, string][] = [
      ['md5sum', 'md5'],
      ['sha1sum', 'sha1'],
      ['sha224sum', 'sha224'],
      ['sha256sum', 'sha256'],
      ['sha384sum', 'sha384'],
      ['sha512sum', 'sha512'],
      ['b2sum', 'blake2b512'],
    ];
    for (const [cmd, hash] of algos) {
      const r = await runCommand(fs, [cmd, 'f']);
      assert.equal(r.stdout, `${createHash(hash).update('abc').digest('hex')}  f\n`, cmd);
    }
  });

  test('stdin, -b and --tag', async () => {
    const fs = await fsWith({ '/a': 'a\n' });
    assert.equal((await runCommand(fs, ['md5sum'], { stdin: 'a\n' })).stdout, `${MD5_A}  -\n`);
    assert.equal((await runCommand(fs, ['md5sum', '-b', 'a'])).stdout, `${MD5_A} *a\n`);
    assert.equal((await runCommand(fs, ['md5sum', '--tag', 'a'])).stdout, `MD5 (a) = ${MD5_A}\n`);
  });

  test('names with a backslash or newline are escaped', async () => {
    const fs = await fsWith({ '/a\\b': 'a\n' });
    assert.equal((await runCommand(fs, ['md5sum', 'a\\b'])).stdout, `\\${MD5_A}  a\\\\b\n`);
  });

  test('-c reports OK, FAILED and the warnings', async () => {
    const fs = await fsWith({ '/a': 'a\n', '/b': 'b\n' });
    const sums = (await runCommand(fs, ['md5sum', 'a', 'b'])).stdout;
    await fs.writeFile('/sums', `${sums}junk\n${MD5_A}  gone\n`);
    await fs.writeFile('/b', 'changed\n');
    const r = await runCommand(fs, ['md5sum', '-c', 'sums']);
    assert.equal(r.stdout, 'a: OK\nb: FAILED\ngone: FAILED open or read\n');
    assert.equal(
      r.stderr,
      [
        'md5sum: gone: No such file or directory',
        'md5sum: WARNING: 1 line is improperly formatted',
        'md5sum: WARNING: 1 listed file could not be read',
        'md5sum: WARNING: 1 computed checksum did NOT match',
        '',
      ].join('\n'),
    );
    assert.equal(r.exitCode, 1);
  });

  test('-c --quiet and --status', async () => {
    const fs = await fsWith({ '/a': 'a\n', '/sums': `${MD5_A}  a\n` });
    const quiet = await runCommand(fs, ['md5sum', '-c', '--quiet', 'sums']);
    assert.deepEqual([quiet.stdout, quiet.exitCode], ['', 0]);
    await fs.writeFile('/a', 'x\n');
    const status = await runCommand(fs, ['md5sum', '-c', '--status', 'sums']);
    assert.deepEqual([status.stdout, status.stderr, status.exitCode], ['', '', 1]);
  });

  test('-c with no valid line', async () => {
    const r = await runCommand(makeFs(), ['md5sum', '-c'], { stdin: 'nothing here\n' });
    assert.equal(r.stderr, "md5sum: 'standard input': no properly formatted checksum lines found\n");
    assert.equal(r.exitCode, 1);
  });

  test('check-only options need -c', async () => {
    const r = await runCommand(makeFs(), ['sha256sum', '--quiet']);
    assert.equal(
      r.stderr,
      "sha256sum: the --quiet option is meaningful only when verifying checksums\nTry 'sha256sum --help' for more information.\n",
    );
    assert.equal(r.exitCode, 1);
  });

  test('a missing operand is reported and the rest still printed', async () => {
    const fs = await fsWith({ '/a': 'a\n' });
    const r = await runCommand(fs, ['md5sum', 'nope', 'a']);
    assert.equal(r.stdout, `${MD5_A}  a\n`);
    assert.equal(r.stderr, 'md5sum: nope: No such file or directory\n');
    assert.equal(r.exitCode, 1);
  });
});
