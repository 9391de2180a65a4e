import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { RAMResource } from '../../../src/resources/ram/ram-resource.js';
import { runCommand } from '../../helpers/command-harness.js';
import { fsWith, readOnlyMount } from './fixtures.js';

const TREE = { '/d/s/y': 'y', '/d/x': 'x', '/e/': '', '/f': 'hi\n', '/g': 'g\n' };

describe('cp', () => {
  test('copies a file to a new name', async () => {
    const fs = await fsWith(TREE);
    const r = await runCommand(fs, ['cp', '-v', 'f', 'f2']);
    assert.equal(r.stdout, "'f' -> 'f2'\n");
    assert.equal(new TextDecoder().decode(await fs.readFile('/f2')), 'hi\n');
  });

  test('copies several files into a directory, skipping directories without -r', async () => {
    const fs = await fsWith(TREE);
    const r = await runCommand(fs, ['cp', '-v', 'f', 'g', 'd', 'e']);
    assert.equal(r.stdout, "'f' -> 'e/f'\n'g' -> 'e/g'\n");
    assert.equal(r.stderr, "cp: -r not specified; omitting directory 'd'\n");
    assert.equal(r.exitCode, 1);
  });

  test('-r copies trees pre-order; into an existing directory or to a new name', async () => {
    const fs = await fsWith(TREE);
    const r = await runCommand(fs, ['cp', '-rv', 'd', 'e']);
    assert.equal(r.stdout, "'d' -> 'e/d'\n'd/s' -> 'e/d/s'\n'd/s/y' -> 'e/d/s/y'\n'd/x' -> 'e/d/x'\n");
    await runCommand(fs, ['cp', '-R', 'd', 'new']);
    assert.equal(new TextDecoder().decode(await fs.readFile('/new/s/y')), 'y');
    await runCommand(fs, ['cp', '-rT', 'd', 'e']);
    assert.equal(await fs.exists('/e/x'), true);
  });

  test('across mounts', async () => {
    const fs = await fsWith(TREE, { '/b': new RAMResource() });
    assert.equal((await runCommand(fs, ['cp', '-r', 'd', 'f', '/b'])).exitCode, 0);
    assert.equal(new TextDecoder().decode(await fs.readFile('/b/d/s/y')), 'y');
    assert.equal(new TextDecoder().decode(await fs.readFile('/b/f')), 'hi\n');
  });

  test('-p preserves the modification time of files and directories', async () => {
    const fs = await fsWith(TREE);
    await fs.utimes('/d/x', 1_000_000);
    await fs.utimes('/d', 2_000_000);
    await runCommand(fs, ['cp', '-rp', 'd', 'copy']);
    assert.equal((await fs.stat('/copy/x')).mtimeMs, 1_000_000);
    assert.equal((await fs.stat('/copy')).mtimeMs, 2_000_000);
    await runCommand(fs, ['cp', 'd/x', 'plain']);
    assert.notEqual((await fs.stat('/plain')).mtimeMs, 1_000_000);
  });

  test('-n keeps existing files; -u copies only newer ones', async () => {
    const fs = await fsWith(TREE);
    assert.equal((await runCommand(fs, ['cp', '-n', 'f', 'g'])).exitCode, 0);
    assert.equal(new TextDecoder().decode(await fs.readFile('/g')), 'g\n');
    await fs.utimes('/f', 1000);
    await runCommand(fs, ['cp', '-u', 'f', 'g']);
    assert.equal(new TextDecoder().decode(await fs.readFile('/g')), 'g\n');
  });

  test('symlinks: followed without -r, copied as links with -r, -P or -a', async () => {
    const fs = await fsWith(TREE);
    await fs.symlink('f', '/lf');
    await fs.symlink('d', '/ld');
    await runCommand(fs, ['cp', 'lf', 'plain']);
    assert.equal((await fs.lstat('/plain')).type, 'file');
    await runCommand(fs, ['cp', '-P', 'lf', 'link']);
    assert.equal(await fs.readlink('/link'), 'f');
    await runCommand(fs, ['cp', '-r', 'ld', 'ld2']);
    assert.equal(await fs.readlink('/ld2'), 'd');
    assert.equal((await runCommand(fs, ['cp', 'ld', 'z'])).stderr, "cp: -r not specified; omitting directory 'ld'\n");
  });

  test('GNU errors', async () => {
    const fs = await fsWith(TREE);
    await fs.symlink('f', '/lf');
    const cases: [string[], string][] = [
      [['cp', 'f', 'f'], "cp: 'f' and 'f' are the same file\n"],
      [['cp', 'lf', 'f'], "cp: 'lf' and 'f' are the same file\n"],
      [['cp', '-r', 'd', 'd/s'], "cp: cannot copy a directory, 'd', into itself, 'd/s/d'\n"],
      [['cp', 'nosuch', 'x'], "cp: cannot stat 'nosuch': No such file or directory\n"],
      [['cp', 'f', 'nodir/x'], "cp: cannot create regular file 'nodir/x': No such file or directory\n"],
      [['cp', 'f', 'nodir/'], "cp: cannot create regular file 'nodir/': Not a directory\n"],
      [['cp', 'f', 'g', 'h'], "cp: target 'h': No such file or directory\n"],
      [['cp', 'f', 'g', 'g'], "cp: target 'g' is not a directory\n"],
      [['cp', '-T', 'f', 'e'], "cp: cannot overwrite directory 'e' with non-directory\n"],
      [['cp', '-r', 'd', 'f'], "cp: cannot overwrite non-directory 'f' with directory 'd'\n"],
      [['cp', '-t', 'nosuch', 'f'], "cp: target directory 'nosuch': No such file or directory\n"],
      [['cp', '-t', 'f', 'g'], "cp: target directory 'f': Not a directory\n"],
      [['cp'], "cp: missing file operand\nTry 'cp --help' for more information.\n"],
      [['cp', 'f'], "cp: missing destination file operand after 'f'\nTry 'cp --help' for more information.\n"],
      [['cp', '-T', 'f', 'g', 'h'], "cp: extra operand 'h'\nTry 'cp --help' for more information.\n"],
      [['cp', '-Z', 'f', 'g'], "cp: invalid option -- 'Z'\nTry 'cp --help' for more information.\n"],
    ];
    for (const [argv, stderr] of cases) {
      const r = await runCommand(fs, argv);
      assert.equal(r.stderr, stderr, argv.join(' '));
      assert.equal(r.exitCode, 1, argv.join(' '));
    }
  });

  test('read-only mounts: reading works, writing fails', async () => {
    const fs = await fsWith(TREE, { '/ro': readOnlyMount({ inside: 'ro data' }) });
    assert.equal((await runCommand(fs, ['cp', '/ro/inside', 'out'])).exitCode, 0);
    assert.equal(new TextDecoder().decode(await fs.readFile('/out')), 'ro data');
    const r = await runCommand(fs, ['cp', 'f', '/ro/x']);
    assert.equal(r.stderr, "cp: cannot create regular file '/ro/x': Read-only file system\n");
    const d = await runCommand(fs, ['cp', '-r', 'd', '/ro']);
    assert.equal(d.stderr, "cp: cannot create directory '/ro/d': Read-only file system\n");
  });
});
