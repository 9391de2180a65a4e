import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { RAMResource } from '../../../src/resources/ram/ram-resource.js';
import { runCommand } from '../../helpers/command-harness.js';
import { fsWith } from './fixtures.js';

async function tree() {
  const fs = await fsWith({ '/w/f': '', '/w/d/s/': '' }, { '/b': new RAMResource() });
  await fs.symlink('f', '/w/lf');
  await fs.symlink('d/s', '/w/ls');
  await fs.symlink('nowhere', '/w/dang');
  await fs.symlink('loop2', '/w/loop1');
  await fs.symlink('loop1', '/w/loop2');
  await fs.symlink('/w/d', '/b/toroot');
  return fs;
}

describe('realpath', () => {
  test('follows links before applying ..', async () => {
    const fs = await tree();
    const r = await runCommand(fs, ['realpath', 'ls/..', 'lf', 'dang', '/b/toroot/s'], { cwd: '/w' });
    assert.equal(r.stdout, '/w/d\n/w/f\n/w/nowhere\n/w/d/s\n');
  });

  test('-L, -s, -e, -m', async () => {
    const fs = await tree();
    const run = async (...args: string[]) => runCommand(fs, ['realpath', ...args], { cwd: '/w' });
    assert.equal((await run('-L', 'ls/..')).stdout, '/w\n');
    assert.equal((await run('-s', 'ls/..', 'nosuch/x')).stdout, '/w\n/w/nosuch/x\n');
    assert.equal((await run('-m', 'nosuch/../f', 'loop1', 'f/x')).stdout, '/w/f\n/w/loop1\n/w/f/x\n');
    const e = await run('-e', 'dang');
    assert.equal(e.stderr, 'realpath: dang: No such file or directory\n');
    assert.equal(e.exitCode, 1);
  });

  test('GNU errors in the default mode', async () => {
    const fs = await tree();
    const r = await runCommand(fs, ['realpath', 'nosuch/x', 'f/x', 'f/', 'loop1', '', 'nosuch'], { cwd: '/w' });
    assert.equal(r.stdout, '/w/nosuch\n');
    assert.equal(
      r.stderr,
      'realpath: nosuch/x: No such file or directory\n' +
        'realpath: f/x: Not a directory\n' +
        'realpath: f/: Not a directory\n' +
        'realpath: loop1: Too many levels of symbolic links\n' +
        "realpath: '': No such file or directory\n",
    );
    assert.equal(r.exitCode, 1);
    assert.equal((await runCommand(fs, ['realpath', '-q', 'nosuch/x'])).stderr, '');
    assert.equal(
      (await runCommand(fs, ['realpath'])).stderr,
      "realpath: missing operand\nTry 'realpath --help' for more information.\n",
    );
  });

  test('--relative-to and --relative-base', async () => {
    const fs = await tree();
    const to = await runCommand(fs, ['realpath', '--relative-to=d', 'f', 'd/s/x', 'd'], { cwd: '/w' });
    assert.equal(to.stdout, '../f\ns/x\n.\n');
    const base = await runCommand(fs, ['realpath', '--relative-base=d', 'f', 'd/s'], { cwd: '/w' });
    assert.equal(base.stdout, '/w/f\ns\n');
    assert.equal((await runCommand(fs, ['realpath', '-z', 'f'], { cwd: '/w' })).stdout, '/w/f\0');
  });
});

describe('readlink', () => {
  test('prints targets; non-links fail quietly unless -v', async () => {
    const fs = await tree();
    const r = await runCommand(fs, ['readlink', 'lf', 'ls', 'f', 'nosuch', 'lf/'], { cwd: '/w' });
    assert.equal(r.stdout, 'f\nd/s\n');
    assert.equal(r.stderr, '');
    assert.equal(r.exitCode, 1);
    const v = await runCommand(fs, ['readlink', '-v', 'f', 'nosuch'], { cwd: '/w' });
    assert.equal(v.stderr, 'readlink: f: Invalid argument\nreadlink: nosuch: No such file or directory\n');
  });

  test('-f, -e, -m', async () => {
    const fs = await tree();
    const f = await runCommand(fs, ['readlink', '-f', 'lf', 'dang', 'nosuch/x'], { cwd: '/w' });
    assert.equal(f.stdout, '/w/f\n/w/nowhere\n');
    assert.equal(f.exitCode, 1);
    assert.equal((await runCommand(fs, ['readlink', '-e', 'dang'], { cwd: '/w' })).exitCode, 1);
    assert.equal((await runCommand(fs, ['readlink', '-m', 'nosuch/x'], { cwd: '/w' })).stdout, '/w/nosuch/x\n');
    assert.equal(
      (await runCommand(fs, ['readlink', '-fv', 'nosuch/x'], { cwd: '/w' })).stderr,
      'readlink: nosuch/x: No such file or directory\n',
    );
  });

  test('-n: no newline for one result, a warning for several', async () => {
    const fs = await tree();
    assert.equal((await runCommand(fs, ['readlink', '-n', 'lf'], { cwd: '/w' })).stdout, 'f');
    const two = await runCommand(fs, ['readlink', '-n', 'lf', 'ls'], { cwd: '/w' });
    assert.equal(two.stdout, 'f\nd/s\n');
    assert.equal(two.stderr, 'readlink: ignoring --no-newline with multiple arguments\n');
    assert.equal(
      (await runCommand(fs, ['readlink'])).stderr,
      "readlink: missing operand\nTry 'readlink --help' for more information.\n",
    );
  });
});
