import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { RAMResource } from '../../../src/resources/ram/ram-resource.js';
import { runCommand } from '../../helpers/command-harness.js';
import { fsWith, readOnlyMount } from './fixtures.js';

describe('ln', () => {
  test('-s stores the target verbatim; -v names the link', async () => {
    const fs = await fsWith({ '/f': 'data', '/dd/': '' });
    const r = await runCommand(fs, ['ln', '-sv', '../f', 'dd']);
    assert.equal(r.stdout, "'dd/f' -> '../f'\n");
    assert.equal(await fs.readlink('/dd/f'), '../f');
    assert.equal(new TextDecoder().decode(await fs.readFile('/dd/f')), 'data');
  });

  test('one operand links into the current directory', async () => {
    const fs = await fsWith({ '/sub/': '' });
    await runCommand(fs, ['ln', '-s', '/x/y'], { cwd: '/sub' });
    assert.equal(await fs.readlink('/sub/y'), '/x/y');
  });

  test('-f replaces; -n treats a link to a directory as a file', async () => {
    const fs = await fsWith({ '/f': '', '/g': '', '/d/': '' });
    assert.equal(
      (await runCommand(fs, ['ln', '-s', 'f', 'g'])).stderr,
      "ln: failed to create symbolic link 'g': File exists\n",
    );
    await runCommand(fs, ['ln', '-sf', 'f', 'g']);
    assert.equal(await fs.readlink('/g'), 'f');
    await fs.symlink('d', '/ld');
    await runCommand(fs, ['ln', '-sf', 'f', 'ld']);
    assert.equal(await fs.readlink('/d/f'), 'f');
    await runCommand(fs, ['ln', '-sfn', 'f', 'ld']);
    assert.equal(await fs.readlink('/ld'), 'f');
  });

  test('links across mounts resolve through the VFS', async () => {
    const fs = await fsWith({ '/f': 'root file' }, { '/b': new RAMResource() });
    await runCommand(fs, ['ln', '-s', '/f', '/b/l']);
    assert.equal(new TextDecoder().decode(await fs.readFile('/b/l')), 'root file');
  });

  test('hard links share content, check the target, and stop at mount boundaries', async () => {
    const fs = await fsWith({ '/f': 'one\n', '/d/': '' }, { '/b': new RAMResource() });
    assert.equal((await runCommand(fs, ['ln', 'f', 'h'])).exitCode, 0);
    await fs.writeFile('/f', 'two\n', { append: true });
    assert.equal(new TextDecoder().decode(await fs.readFile('/h')), 'one\ntwo\n');
    assert.equal((await fs.stat('/f')).nlink, 2);
    assert.equal((await runCommand(fs, ['ln', '-v', 'f', 'h2'])).stdout, "'h2' => 'f'\n");
    const cases: [string[], string][] = [
      [['ln', 'f', 'h'], "ln: failed to create hard link 'h': File exists\n"],
      [['ln', 'd', 'x'], 'ln: d: hard link not allowed for directory\n'],
      [['ln', 'nosuch', 'x'], "ln: failed to access 'nosuch': No such file or directory\n"],
      [['ln', 'f', '/b/x'], "ln: failed to create hard link '/b/x' => 'f': Invalid cross-device link\n"],
    ];
    for (const [argv, stderr] of cases) {
      const r = await runCommand(fs, argv);
      assert.equal(r.stderr, stderr);
      assert.equal(r.exitCode, 1);
    }
    assert.equal((await runCommand(fs, ['ln', '-f', 'f', 'h'])).exitCode, 0);
    await fs.rm('/f');
    assert.equal(new TextDecoder().decode(await fs.readFile('/h')), 'one\ntwo\n');
  });

  test('usage errors', async () => {
    const fs = await fsWith({});
    assert.equal(
      (await runCommand(fs, ['ln', '-s'])).stderr,
      "ln: missing file operand\nTry 'ln --help' for more information.\n",
    );
    assert.equal(
      (await runCommand(fs, ['ln', '-s', 'a', 'b', 'c'])).stderr,
      "ln: target 'c': No such file or directory\n",
    );
    assert.equal((await runCommand(fs, ['ln', '-k'])).exitCode, 1);
  });

  test('read-only mount', async () => {
    const fs = await fsWith({}, { '/ro': readOnlyMount({}) });
    const r = await runCommand(fs, ['ln', '-s', 'x', '/ro/l']);
    assert.equal(r.stderr, "ln: failed to create symbolic link '/ro/l': Read-only file system\n");
    assert.equal(r.exitCode, 1);
  });
});
