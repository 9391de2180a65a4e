import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { runCommand } from '../../helpers/command-harness.js';
import { fsWith, readOnlyMount } from './fixtures.js';

const local = (y: number, mo: number, d: number, h = 0, mi = 0, s = 0) => new Date(y, mo - 1, d, h, mi, s).getTime();

describe('touch', () => {
  test('creates missing files empty and leaves content alone', async () => {
    const fs = await fsWith({ '/keep': 'data' });
    const r = await runCommand(fs, ['touch', 'new', 'keep']);
    assert.equal(r.exitCode, 0);
    assert.equal((await fs.stat('/new')).size, 0);
    assert.equal(new TextDecoder().decode(await fs.readFile('/keep')), 'data');
  });

  test('updates the modification time to now', async () => {
    const fs = await fsWith({ '/f': '' });
    await fs.utimes('/f', 1000);
    const before = Date.now();
    await runCommand(fs, ['touch', 'f']);
    assert.ok((await fs.stat('/f')).mtimeMs >= before);
  });

  test('-c creates nothing', async () => {
    const fs = await fsWith({});
    assert.equal((await runCommand(fs, ['touch', '-c', 'nosuch'])).exitCode, 0);
    assert.equal(await fs.exists('/nosuch'), false);
  });

  test('-d, -t and -r set the time', async () => {
    const fs = await fsWith({ '/f': '', '/ref': '' });
    await runCommand(fs, ['touch', '-d', '2020-01-02 03:04:05', 'f']);
    assert.equal((await fs.stat('/f')).mtimeMs, local(2020, 1, 2, 3, 4, 5));
    await runCommand(fs, ['touch', '-d', '2021-03-04T05:06:07Z', 'f']);
    assert.equal((await fs.stat('/f')).mtimeMs, Date.UTC(2021, 2, 4, 5, 6, 7));
    await runCommand(fs, ['touch', '-d', '@0', 'f']);
    assert.equal((await fs.stat('/f')).mtimeMs, 0);
    await runCommand(fs, ['touch', '-t', '202001020304.05', 'f']);
    assert.equal((await fs.stat('/f')).mtimeMs, local(2020, 1, 2, 3, 4, 5));
    await fs.utimes('/ref', 123_000);
    await runCommand(fs, ['touch', '-r', 'ref', 'f', 'created']);
    assert.equal((await fs.stat('/f')).mtimeMs, 123_000);
    assert.equal((await fs.stat('/created')).mtimeMs, 123_000);
    await runCommand(fs, ['touch', '-d', '1 day ago', 'f']);
    const dayAgo = Date.now() - 86_400_000;
    assert.ok(Math.abs((await fs.stat('/f')).mtimeMs - dayAgo) < 5000);
  });

  test('-a alone leaves the modification time (no access time is kept)', async () => {
    const fs = await fsWith({ '/f': '' });
    await fs.utimes('/f', 5000);
    await runCommand(fs, ['touch', '-a', 'f']);
    assert.equal((await fs.stat('/f')).mtimeMs, 5000);
  });

  test('GNU errors', async () => {
    const fs = await fsWith({ '/f': '' });
    const cases: [string[], string][] = [
      [['touch', 'nod/x'], "touch: cannot touch 'nod/x': No such file or directory\n"],
      [['touch', 'f/'], "touch: setting times of 'f/': Not a directory\n"],
      [['touch', '-d', 'foo', 'f'], "touch: invalid date format 'foo'\n"],
      [['touch', '-t', '123', 'f'], "touch: invalid date format '123'\n"],
      [['touch', '-r', 'nosuch', 'f'], "touch: failed to get attributes of 'nosuch': No such file or directory\n"],
      [['touch'], "touch: missing file operand\nTry 'touch --help' for more information.\n"],
      [
        ['touch', '-d', '2020-01-01', '-t', '202001010000', 'f'],
        "touch: cannot specify times from more than one source\nTry 'touch --help' for more information.\n",
      ],
      [['touch', '-d'], "touch: option requires an argument -- 'd'\nTry 'touch --help' for more information.\n"],
    ];
    for (const [argv, stderr] of cases) {
      const r = await runCommand(fs, argv);
      assert.equal(r.stderr, stderr, argv.join(' '));
      assert.equal(r.exitCode, 1, argv.join(' '));
    }
  });

  test('read-only mount', async () => {
    const fs = await fsWith({}, { '/ro': readOnlyMount({ f: 'x' }) });
    assert.equal(
      (await runCommand(fs, ['touch', '/ro/new'])).stderr,
      "touch: cannot touch '/ro/new': Read-only file system\n",
    );
    assert.equal(
      (await runCommand(fs, ['touch', '/ro/f'])).stderr,
      "touch: setting times of '/ro/f': Read-only file system\n",
    );
  });
});
