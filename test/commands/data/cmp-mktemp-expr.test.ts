import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { RAMResource } from '../../../src/resources/ram/ram-resource.js';
import { makeFs, runCommand } from '../../helpers/command-harness.js';

async function fsWith(files: Record<string, string>) {
  const fs = makeFs();
  for (const [path, data] of Object.entries(files)) await fs.writeFile(path, data);
  return fs;
}

describe('cmp', () => {
  test('first difference with byte and line', async () => {
    const fs = await fsWith({ '/a': 'ab\ncd', '/b': 'ab\ncX' });
    const r = await runCommand(fs, ['cmp', 'a', 'b']);
    assert.deepEqual([r.stdout, r.exitCode], ['a b differ: char 5, line 2\n', 1]);
  });

  test('-l lists every difference, -s says nothing', async () => {
    const fs = await fsWith({ '/a': 'abcd', '/b': 'aXcY' });
    assert.equal((await runCommand(fs, ['cmp', '-l', 'a', 'b'])).stdout, '2 142 130\n4 144 131\n');
    assert.deepEqual((await runCommand(fs, ['cmp', '-s', 'a', 'b'])).stdout, '');
  });

  test('EOF on the shorter input, on stderr', async () => {
    const fs = await fsWith({ '/a': 'abc', '/b': 'ab', '/e': '' });
    assert.equal((await runCommand(fs, ['cmp', 'a', 'b'])).stderr, 'cmp: EOF on b after byte 2, in line 1\n');
    assert.equal((await runCommand(fs, ['cmp', 'e', 'a'])).stderr, 'cmp: EOF on e which is empty\n');
  });

  test('equal inputs, skips and missing files', async () => {
    const fs = await fsWith({ '/a': 'xxabc', '/b': 'abc' });
    assert.equal((await runCommand(fs, ['cmp', '-i', '2:0', 'a', 'b'])).exitCode, 0);
    const missing = await runCommand(fs, ['cmp', 'a', 'nope']);
    assert.deepEqual([missing.stderr, missing.exitCode], ['cmp: nope: No such file or directory\n', 2]);
  });
});

describe('mktemp', () => {
  test('creates a file under TMPDIR with the X run replaced', async () => {
    const fs = makeFs();
    await fs.mkdir('/t');
    const r = await runCommand(fs, ['mktemp'], { env: { TMPDIR: '/t' } });
    assert.match(r.stdout, /^\/t\/tmp\.[A-Za-z0-9]{10}\n$/);
    assert.equal((await fs.stat(r.stdout.trim())).type, 'file');
  });

  test('-d makes a directory, -u makes nothing', async () => {
    const fs = makeFs();
    const d = await runCommand(fs, ['mktemp', '-d', '-p', '/', 'dirXXX']);
    assert.equal((await fs.stat(d.stdout.trim())).type, 'directory');
    const u = await runCommand(fs, ['mktemp', '-u', '-p', '/']);
    assert.equal(await fs.exists(u.stdout.trim()), false);
  });

  test('fails clearly when no mount covers the directory', async () => {
    const fs = makeFs({ '/data': new RAMResource() });
    const r = await runCommand(fs, ['mktemp'], { cwd: '/data' });
    assert.equal(r.exitCode, 1);
    assert.equal(
      r.stderr,
      "mktemp: failed to create file via template '/tmp/tmp.XXXXXXXXXX': No such file or directory\n",
    );
  });

  test('template errors', async () => {
    const r = await runCommand(makeFs(), ['mktemp', 'fooXX']);
    assert.deepEqual([r.stderr, r.exitCode], ["mktemp: too few X's in template 'fooXX'\n", 1]);
  });
});

describe('expr', () => {
  const expr = (...args: string[]) => runCommand(makeFs(), ['expr', ...args]);

  test('arbitrary precision arithmetic', async () => {
    assert.equal((await expr('99999999999999999999', '*', '3')).stdout, '299999999999999999997\n');
    assert.equal((await expr('-7', '/', '2')).stdout, '-3\n');
  });

  test('exit status follows the value', async () => {
    assert.equal((await expr('0')).exitCode, 1);
    assert.equal((await expr('')).exitCode, 1);
    assert.equal((await expr('a', '=', 'a')).exitCode, 0);
  });

  test('regex match returns the group or the length', async () => {
    assert.equal((await expr('abcd', ':', 'a\\(..\\)')).stdout, 'bc\n');
    assert.equal((await expr('abcd', ':', 'ab')).stdout, '2\n');
    assert.equal((await expr('ab', ':', '\\(a\\|ab\\)')).stdout, 'ab\n', 'POSIX longest match');
  });

  test('errors exit 2', async () => {
    const zero = await expr('1', '/', '0');
    assert.deepEqual([zero.stderr, zero.exitCode], ['expr: division by zero\n', 2]);
    assert.equal((await expr('x', '+', '1')).stderr, 'expr: non-integer argument\n');
    assert.equal((await expr('1', '2')).stderr, "expr: syntax error: unexpected argument '2'\n");
    assert.equal((await expr('(', '1')).stderr, "expr: syntax error: expecting ')' after '1'\n");
  });
});
