import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { RAMResource } from '../../../src/resources/ram/ram-resource.js';
import { makeFs, runCommand } from '../../helpers/command-harness.js';

describe('mkdir', () => {
  test('creates directories; -v names each', async () => {
    const fs = makeFs();
    const r = await runCommand(fs, ['mkdir', '-v', 'a', 'b']);
    assert.equal(r.stdout, "mkdir: created directory 'a'\nmkdir: created directory 'b'\n");
    assert.equal((await fs.stat('/a')).type, 'directory');
  });

  test('-p creates missing parents and tolerates existing ones', async () => {
    const fs = makeFs();
    await fs.mkdir('/a');
    const r = await runCommand(fs, ['mkdir', '-pv', 'a/x/y', 'a']);
    assert.equal(r.stdout, "mkdir: created directory 'a/x'\nmkdir: created directory 'a/x/y'\n");
    assert.equal(r.exitCode, 0);
    assert.equal((await fs.stat('/a/x/y')).type, 'directory');
  });

  test('GNU errors: missing parent, existing name, file in the way', async () => {
    const fs = makeFs();
    await fs.writeFile('/f', '');
    const r = await runCommand(fs, ['mkdir', 'a/b', 'f', '']);
    assert.equal(
      r.stderr,
      "mkdir: cannot create directory 'a/b': No such file or directory\n" +
        "mkdir: cannot create directory 'f': File exists\n" +
        "mkdir: cannot create directory '': No such file or directory\n",
    );
    assert.equal(r.exitCode, 1);
    assert.equal(
      (await runCommand(fs, ['mkdir', '-p', 'f/x'])).stderr,
      "mkdir: cannot create directory 'f': Not a directory\n",
    );
    assert.equal(
      (await runCommand(fs, ['mkdir', '-p', 'f'])).stderr,
      "mkdir: cannot create directory 'f': File exists\n",
    );
  });

  test('-m validates the mode', async () => {
    const fs = makeFs();
    assert.equal((await runCommand(fs, ['mkdir', '-m', '755', 'ok'])).exitCode, 0);
    assert.equal((await runCommand(fs, ['mkdir', '-m', 'u+rwx,go-w', 'ok2'])).exitCode, 0);
    const bad = await runCommand(fs, ['mkdir', '-m', 'xyz', 'no']);
    assert.equal(bad.stderr, "mkdir: invalid mode 'xyz'\n");
    assert.equal(bad.exitCode, 1);
    assert.equal(await fs.exists('/no'), false);
  });

  test('missing operand and unknown option', async () => {
    const r = await runCommand(makeFs(), ['mkdir']);
    assert.equal(r.stderr, "mkdir: missing operand\nTry 'mkdir --help' for more information.\n");
    assert.equal(r.exitCode, 1);
    assert.equal(
      (await runCommand(makeFs(), ['mkdir', '-q', 'x'])).stderr.split('\n')[0],
      "mkdir: invalid option -- 'q'",
    );
  });

  test('read-only mount', async () => {
    const fs = makeFs({ '/': new RAMResource(), '/ro': new RAMResource({ readOnly: true }) });
    const r = await runCommand(fs, ['mkdir', '/ro/x']);
    assert.equal(r.stderr, "mkdir: cannot create directory '/ro/x': Read-only file system\n");
    assert.equal((await runCommand(fs, ['mkdir', '-p', '/ro'])).exitCode, 0);
  });
});

describe('rmdir', () => {
  test('removes empty directories; -p removes emptied parents', async () => {
    const fs = makeFs();
    await fs.mkdir('/a/x/y', { recursive: true });
    const r = await runCommand(fs, ['rmdir', '-pv', 'a/x/y']);
    assert.equal(
      r.stdout,
      "rmdir: removing directory, 'a/x/y'\nrmdir: removing directory, 'a/x'\nrmdir: removing directory, 'a'\n",
    );
    assert.equal(await fs.exists('/a'), false);
  });

  test('-p stops at a non-empty parent with GNU wording', async () => {
    const fs = makeFs();
    await fs.mkdir('/q/w/e', { recursive: true });
    await fs.writeFile('/q/w/file', '');
    const r = await runCommand(fs, ['rmdir', '-p', 'q/w/e']);
    assert.equal(r.stderr, "rmdir: failed to remove directory 'q/w': Directory not empty\n");
    assert.equal(r.exitCode, 1);
  });

  test('--ignore-fail-on-non-empty', async () => {
    const fs = makeFs();
    await fs.mkdir('/d');
    await fs.writeFile('/d/f', '');
    const r = await runCommand(fs, ['rmdir', '--ignore-fail-on-non-empty', 'd']);
    assert.equal(r.stderr, '');
    assert.equal(r.exitCode, 0);
  });

  test('GNU errors', async () => {
    const fs = makeFs();
    await fs.mkdir('/d');
    await fs.writeFile('/d/f', '');
    const r = await runCommand(fs, ['rmdir', 'd', 'd/f', 'nosuch', '.', '/']);
    assert.equal(
      r.stderr,
      "rmdir: failed to remove 'd': Directory not empty\n" +
        "rmdir: failed to remove 'd/f': Not a directory\n" +
        "rmdir: failed to remove 'nosuch': No such file or directory\n" +
        "rmdir: failed to remove '.': Invalid argument\n" +
        "rmdir: failed to remove '/': Device or resource busy\n",
    );
    assert.equal(r.exitCode, 1);
    assert.equal(
      (await runCommand(fs, ['rmdir'])).stderr,
      "rmdir: missing operand\nTry 'rmdir --help' for more information.\n",
    );
  });

  test('read-only mount', async () => {
    const fs = makeFs({ '/': new RAMResource(), '/ro': new RAMResource({ readOnly: true }) });
    assert.equal(
      (await runCommand(fs, ['rmdir', '/ro'])).stderr,
      "rmdir: failed to remove '/ro': Device or resource busy\n",
    );
  });
});
