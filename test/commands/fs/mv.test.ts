import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { RAMResource } from '../../../src/resources/ram/ram-resource.js';
import { runCommand } from '../../helpers/command-harness.js';
import { fsWith, readOnlyMount } from './fixtures.js';

const TREE = { '/d/s/y': 'y', '/d/x': 'x', '/e/f/': '', '/e/d/z': 'z', '/f': 'hi\n', '/g': 'g\n', '/w/': '' };

describe('mv', () => {
  test('renames; -v says so', async () => {
    const fs = await fsWith(TREE);
    const r = await runCommand(fs, ['mv', '-v', 'g', 'h']);
    assert.equal(r.stdout, "renamed 'g' -> 'h'\n");
    assert.equal(await fs.exists('/g'), false);
    assert.equal(new TextDecoder().decode(await fs.readFile('/h')), 'g\n');
  });

  test('moves several operands into a directory', async () => {
    const fs = await fsWith(TREE);
    const r = await runCommand(fs, ['mv', '-v', 'f', 'g', 'w/']);
    assert.equal(r.stdout, "renamed 'f' -> 'w/f'\nrenamed 'g' -> 'w/g'\n");
    assert.equal(await fs.exists('/w/g'), true);
  });

  test('across mounts, trees included', async () => {
    const fs = await fsWith(TREE, { '/b': new RAMResource() });
    assert.equal((await runCommand(fs, ['mv', 'd', 'f', '/b'])).exitCode, 0);
    assert.equal(await fs.exists('/d'), false);
    assert.equal(new TextDecoder().decode(await fs.readFile('/b/d/s/y')), 'y');
    assert.equal(new TextDecoder().decode(await fs.readFile('/b/f')), 'hi\n');
  });

  test('-n never overwrites; -t and -T', async () => {
    const fs = await fsWith(TREE);
    assert.equal((await runCommand(fs, ['mv', '-n', 'f', 'g'])).exitCode, 0);
    assert.equal(await fs.exists('/f'), true);
    assert.equal((await runCommand(fs, ['mv', '-t', 'w', 'f'])).exitCode, 0);
    assert.equal(await fs.exists('/w/f'), true);
    const t = await runCommand(fs, ['mv', '-T', 'g', 'w']);
    assert.equal(t.stderr, "mv: cannot overwrite directory 'w' with non-directory\n");
  });

  test('GNU errors', async () => {
    const fs = await fsWith(TREE);
    await fs.symlink('w', '/lw');
    await fs.writeFile('/w/r', '');
    const cases: [string[], string][] = [
      [['mv', 'f', 'f'], "mv: 'f' and 'f' are the same file\n"],
      [['mv', 'lw/r', 'w/r'], "mv: 'lw/r' and 'w/r' are the same file\n"],
      [['mv', 'nosuch', 'x'], "mv: cannot stat 'nosuch': No such file or directory\n"],
      [['mv', 'f/', 'x'], "mv: cannot stat 'f/': Not a directory\n"],
      [['mv', 'd', 'd/s'], "mv: cannot move 'd' to a subdirectory of itself, 'd/s/d'\n"],
      [['mv', 'f', 'e'], "mv: cannot overwrite directory 'e/f' with non-directory\n"],
      [['mv', 'd', 'e'], "mv: cannot move 'd' to 'e/d': Directory not empty\n"],
      [['mv', 'd', 'f'], "mv: cannot overwrite non-directory 'f' with directory 'd'\n"],
      [['mv', 'f', 'nod/x'], "mv: cannot move 'f' to 'nod/x': No such file or directory\n"],
      [['mv', 'f', 'nod/'], "mv: cannot move 'f' to 'nod/': Not a directory\n"],
      [['mv', 'f', 'g', 'h'], "mv: target 'h': No such file or directory\n"],
      [['mv', '-t', 'nosuch', 'f'], "mv: target directory 'nosuch': No such file or directory\n"],
      [['mv'], "mv: missing file operand\nTry 'mv --help' for more information.\n"],
      [['mv', 'f'], "mv: missing destination file operand after 'f'\nTry 'mv --help' for more information.\n"],
      [['mv', '-t'], "mv: option requires an argument -- 't'\nTry 'mv --help' for more information.\n"],
    ];
    for (const [argv, stderr] of cases) {
      const r = await runCommand(fs, argv);
      assert.equal(r.stderr, stderr, argv.join(' '));
      assert.equal(r.exitCode, 1, argv.join(' '));
    }
  });

  test('read-only mount', async () => {
    const fs = await fsWith(TREE, { '/ro': readOnlyMount({ inside: 'x' }) });
    const r = await runCommand(fs, ['mv', 'f', '/ro/x']);
    assert.equal(r.stderr, "mv: cannot move 'f' to '/ro/x': Read-only file system\n");
    assert.equal(await fs.exists('/f'), true);
    const out = await runCommand(fs, ['mv', '/ro/inside', '/ro/renamed']);
    assert.equal(out.stderr, "mv: cannot move '/ro/inside' to '/ro/renamed': Read-only file system\n");
  });
});
