import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { COMMANDS } from '../../../src/commands/registry.js';
import type { CommandContext } from '../../../src/core/command.js';
import { BrokenPipeError } from '../../../src/core/errors.js';
import { CollectSink, sourceOf } from '../../../src/core/io.js';
import { resolvePath } from '../../../src/core/path.js';
import { runCommand } from '../../helpers/command-harness.js';
import { fsWith, readOnlyMount } from './fixtures.js';

const text = (b: Uint8Array) => new TextDecoder().decode(b);

describe('tee', () => {
  test('copies stdin to stdout and every file; -a appends', async () => {
    const fs = await fsWith({ '/b': 'old\n' });
    const r = await runCommand(fs, ['tee', 'a', 'b'], { stdin: 'hi\n' });
    assert.equal(r.stdout, 'hi\n');
    assert.equal(text(await fs.readFile('/a')), 'hi\n');
    assert.equal(text(await fs.readFile('/b')), 'hi\n');
    await runCommand(fs, ['tee', '-a', 'a'], { stdin: 'more\n' });
    assert.equal(text(await fs.readFile('/a')), 'hi\nmore\n');
  });

  test("'-' is a file name", async () => {
    const fs = await fsWith({});
    await runCommand(fs, ['tee', '-'], { stdin: 'x' });
    assert.equal(text(await fs.readFile('/-')), 'x');
  });

  test('keeps going past files it cannot open, exit 1', async () => {
    const fs = await fsWith({ '/d/': '' }, { '/ro': readOnlyMount({}) });
    const r = await runCommand(fs, ['tee', 'a', 'nod/x', 'd', '/ro/x', 'b'], { stdin: 'hi\n' });
    assert.equal(r.stdout, 'hi\n');
    assert.equal(
      r.stderr,
      'tee: nod/x: No such file or directory\ntee: d: Is a directory\ntee: /ro/x: Read-only file system\n',
    );
    assert.equal(r.exitCode, 1);
    assert.equal(text(await fs.readFile('/b')), 'hi\n');
  });

  test('a gone stdout reader stops tee unless -p', async () => {
    const fs = await fsWith({});
    const cmd = COMMANDS.get('tee');
    assert.ok(cmd);
    const ctx = (args: string[]): CommandContext => ({
      name: 'tee',
      args,
      cwd: '/',
      env: {},
      fs,
      signal: new AbortController().signal,
      stdin: sourceOf('data\n'),
      stdout: { write: () => Promise.reject(new BrokenPipeError()) },
      stderr: new CollectSink(),
      resolve: (p) => resolvePath('/', p),
      exec: async () => 0,
      lookup: () => null,
    });
    await assert.rejects(cmd.run(ctx(['plain'])), BrokenPipeError);
    assert.equal(await cmd.run(ctx(['-p', 'kept'])), 0);
    assert.equal(text(await fs.readFile('/kept')), 'data\n');
  });

  test('bad --output-error mode', async () => {
    const r = await runCommand(await fsWith({}), ['tee', '--output-error=bogus']);
    assert.match(r.stderr, /^tee: invalid argument 'bogus' for '--output-error'\nValid arguments are:\n/);
    assert.equal(r.exitCode, 1);
  });
});
