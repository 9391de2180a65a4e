import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { RAMResource } from '../../../src/resources/ram/ram-resource.js';
import { runCommand } from '../../helpers/command-harness.js';
import { fsWith, readOnlyMount } from './fixtures.js';

const TREE = { '/d/s/y': 'y', '/d/x': 'x', '/e/': '', '/f': 'f' };

describe('rm', () => {
  test('removes files; -v says so', async () => {
    const fs = await fsWith(TREE);
    const r = await runCommand(fs, ['rm', '-v', 'f']);
    assert.equal(r.stdout, "removed 'f'\n");
    assert.equal(await fs.exists('/f'), false);
  });

  test('directories need -r or -d', async () => {
    const fs = await fsWith(TREE);
    const r = await runCommand(fs, ['rm', 'd']);
    assert.equal(r.stderr, "rm: cannot remove 'd': Is a directory\n");
    assert.equal(r.exitCode, 1);
    assert.equal((await runCommand(fs, ['rm', '-d', 'd'])).stderr, "rm: cannot remove 'd': Directory not empty\n");
    assert.equal((await runCommand(fs, ['rm', '-dv', 'e'])).stdout, "removed directory 'e'\n");
  });

  test('-rv removes bottom-up in byte order', async () => {
    const fs = await fsWith(TREE);
    await fs.symlink('d', '/ld');
    const r = await runCommand(fs, ['rm', '-rv', 'd', 'ld']);
    assert.equal(
      r.stdout,
      "removed 'd/s/y'\nremoved directory 'd/s'\nremoved 'd/x'\nremoved directory 'd'\nremoved 'ld'\n",
    );
    assert.equal(await fs.exists('/d'), false);
  });

  test('-r without -v removes the tree', async () => {
    const fs = await fsWith(TREE);
    const r = await runCommand(fs, ['rm', '-r', 'd/']);
    assert.equal(r.exitCode, 0);
    assert.equal(await fs.exists('/d'), false);
  });

  test("'link/' empties the directory behind the link and keeps the link, like GNU", async () => {
    const fs = await fsWith(TREE);
    await fs.symlink('d', '/ld');
    const r = await runCommand(fs, ['rm', '-r', 'ld/']);
    assert.equal(r.stderr, "rm: cannot remove 'ld/': Not a directory\n");
    assert.equal(r.exitCode, 1);
    assert.deepEqual(await fs.readdir('/d'), []);
    assert.equal(await fs.readlink('/ld'), 'd');
  });

  test('-f ignores missing files and a missing operand', async () => {
    const fs = await fsWith(TREE);
    assert.deepEqual(await runCommand(fs, ['rm', '-f', 'nosuch']), {
      exitCode: 0,
      stdout: '',
      stderr: '',
      stdoutBytes: new Uint8Array(0),
    });
    assert.equal((await runCommand(fs, ['rm', '-f'])).exitCode, 0);
    const r = await runCommand(fs, ['rm', 'nosuch', '']);
    assert.equal(
      r.stderr,
      "rm: cannot remove 'nosuch': No such file or directory\nrm: cannot remove '': No such file or directory\n",
    );
  });

  test('refuses /, . and ..', async () => {
    const fs = await fsWith(TREE);
    const root = await runCommand(fs, ['rm', '-rf', '/']);
    assert.equal(
      root.stderr,
      "rm: it is dangerous to operate recursively on '/'\nrm: use --no-preserve-root to override this failsafe\n",
    );
    assert.equal(root.exitCode, 1);
    assert.equal(
      (await runCommand(fs, ['rm', '-r', '//'])).stderr.split('\n')[0],
      "rm: it is dangerous to operate recursively on '//' (same as '/')",
    );
    const dots = await runCommand(fs, ['rm', '-rf', '.', 'd/..'], { cwd: '/d' });
    assert.equal(
      dots.stderr,
      "rm: refusing to remove '.' or '..' directory: skipping '.'\n" +
        "rm: refusing to remove '.' or '..' directory: skipping 'd/..'\n",
    );
    assert.equal(await fs.exists('/d/x'), true);
  });

  test('a mount point keeps its mount: contents go, the point is busy', async () => {
    const fs = await fsWith({ '/f': '' }, { '/m': new RAMResource() });
    await fs.writeFile('/m/inside', 'x');
    const r = await runCommand(fs, ['rm', '-r', '/m']);
    assert.equal(r.stderr, "rm: cannot remove '/m': Device or resource busy\n");
    assert.equal(await fs.exists('/m/inside'), false);
  });

  test('read-only mount', async () => {
    const fs = await fsWith({}, { '/ro': readOnlyMount({ f: 'x', 'd/g': 'y' }) });
    const r = await runCommand(fs, ['rm', '/ro/f']);
    assert.equal(r.stderr, "rm: cannot remove '/ro/f': Read-only file system\n");
    assert.equal(r.exitCode, 1);
    const tree = await runCommand(fs, ['rm', '-rv', '/ro/d']);
    assert.match(tree.stderr, /^rm: cannot remove '\/ro\/d\/g': Read-only file system\n/);
    assert.equal(await fs.exists('/ro/d/g'), true);
  });

  test('usage errors', async () => {
    const fs = await fsWith({});
    assert.equal((await runCommand(fs, ['rm'])).stderr, "rm: missing operand\nTry 'rm --help' for more information.\n");
    const bad = await runCommand(fs, ['rm', '-x', 'f']);
    assert.equal(bad.stderr, "rm: invalid option -- 'x'\nTry 'rm --help' for more information.\n");
    assert.equal(bad.exitCode, 1);
  });
});
