import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { makeFs, runCommand } from '../../helpers/command-harness.js';

async function tree() {
  const fs = makeFs();
  await fs.mkdir('/d/e', { recursive: true });
  await fs.writeFile('/d/a.txt', 'hello');
  await fs.writeFile('/d/big', new Uint8Array(1500));
  await fs.writeFile('/d/e/b.txt', '');
  await fs.symlink('a.txt', '/d/l');
  return fs;
}

async function find(args: string[], fs?: Awaited<ReturnType<typeof tree>>) {
  return runCommand(fs ?? (await tree()), ['find', ...args], { env: { TZ: 'UTC' } });
}

describe('find', () => {
  test('walks depth-first in readdir order, starting point first', async () => {
    const r = await find(['d']);
    assert.equal(r.stdout, 'd\nd/a.txt\nd/big\nd/e\nd/e/b.txt\nd/l\n');
    assert.equal(r.exitCode, 0);
  });

  test('defaults to the current directory', async () => {
    const fs = await tree();
    const r = await runCommand(fs, ['find'], { cwd: '/d/e' });
    assert.equal(r.stdout, '.\n./b.txt\n');
  });

  test('-name, -type and -size combine with an implicit -a', async () => {
    assert.equal((await find(['d', '-name', '*.txt', '-type', 'f'])).stdout, 'd/a.txt\nd/e/b.txt\n');
    assert.equal((await find(['d', '-type', 'f', '-size', '+2'])).stdout, 'd/big\n');
    assert.equal((await find(['d', '-type', 'f', '-size', '-1k'])).stdout, 'd/e/b.txt\n');
  });

  test('-o, ! and parentheses follow find precedence', async () => {
    const r = await find(['d', '(', '-name', 'big', '-o', '-name', 'e', ')', '!', '-type', 'd']);
    assert.equal(r.stdout, 'd/big\n');
  });

  test('-prune keeps the walk out of a directory', async () => {
    const r = await find(['d', '-name', 'e', '-prune', '-o', '-type', 'f', '-print']);
    assert.equal(r.stdout, 'd/a.txt\nd/big\n');
  });

  test('-maxdepth, -mindepth and -depth', async () => {
    assert.equal((await find(['d', '-maxdepth', '1', '-type', 'd'])).stdout, 'd\nd/e\n');
    assert.equal((await find(['d', '-mindepth', '2'])).stdout, 'd/e/b.txt\n');
    assert.equal((await find(['d/e', '-depth'])).stdout, 'd/e/b.txt\nd/e\n');
  });

  test('-regex uses emacs syntax by default and posix-extended on request', async () => {
    assert.equal((await find(['d', '-regex', '.*/\\(big\\|l\\)'])).stdout, 'd/big\nd/l\n');
    assert.equal((await find(['d', '-regextype', 'posix-extended', '-regex', '.*/(big|l)'])).stdout, 'd/big\nd/l\n');
  });

  test('-printf renders names, sizes, types and link targets', async () => {
    const r = await find(['d', '-maxdepth', '1', '!', '-type', 'd', '-printf', '%f %s %y %Y %l|%P\\n']);
    assert.equal(r.stdout, 'a.txt 5 f f |a.txt\nbig 1500 f f |big\nl 5 l f a.txt|l\n');
  });

  test('-L follows links and -xtype looks through them', async () => {
    assert.equal((await find(['-L', 'd', '-name', 'l', '-type', 'f'])).stdout, 'd/l\n');
    assert.equal((await find(['d', '-xtype', 'f', '-name', 'l'])).stdout, 'd/l\n');
  });

  test('-print0 separates with NUL bytes', async () => {
    const r = await find(['d/e', '-print0']);
    assert.equal(r.stdout, 'd/e\0d/e/b.txt\0');
  });

  test('-delete removes files and directories bottom-up', async () => {
    const fs = await tree();
    const r = await find(['d/e', '-delete'], fs);
    assert.equal(r.exitCode, 0);
    assert.equal(await fs.exists('/d/e'), false);
  });

  test('-delete reports a directory that is not empty', async () => {
    const r = await find(['d', '-name', 'e', '-delete']);
    assert.equal(r.stderr, "find: cannot delete 'd/e': Directory not empty\n");
    assert.equal(r.exitCode, 1);
  });

  test('-quit stops after the first match', async () => {
    assert.equal((await find(['d', '-type', 'f', '-print', '-quit'])).stdout, 'd/a.txt\n');
  });

  test('-mtime and -mmin count GNU-style from now', async () => {
    const fs = await tree();
    const now = Date.now();
    await fs.utimes('/d/a.txt', now - 36 * 3600_000);
    await fs.utimes('/d/big', now - 90_000);
    assert.equal((await find(['d', '-type', 'f', '-mtime', '1'], fs)).stdout, 'd/a.txt\n');
    assert.equal((await find(['d', '-type', 'f', '-mmin', '+1', '-mmin', '-2'], fs)).stdout, 'd/big\n');
    // `-mmin 1` is the last minute: the fresh file, not the one 90 seconds old.
    assert.equal((await find(['d', '-type', 'f', '-mmin', '1'], fs)).stdout, 'd/e/b.txt\n');
  });

  test('a missing starting point is reported and the others still walk', async () => {
    const r = await find(['nope', 'd/e']);
    assert.equal(r.stdout, 'd/e\nd/e/b.txt\n');
    assert.equal(r.stderr, "find: 'nope': No such file or directory\n");
    assert.equal(r.exitCode, 1);
  });

  test('usage errors use findutils messages and exit 1', async () => {
    const cases: [string[], string][] = [
      [['d', '-foo'], "find: unknown predicate `-foo'\n"],
      [['d', '-name'], "find: missing argument to `-name'\n"],
      [['d', '-type', 'x'], 'find: Unknown argument to -type: x\n'],
      [['d', '-size', '3q'], "find: invalid -size type `q'\n"],
      [['d', '(', ')'], 'find: invalid expression; empty parentheses are not allowed.\n'],
      [['d', '-name', 'a', ')'], "find: you have too many ')'\n"],
      [['d', '-o'], "find: invalid expression; you have used a binary operator '-o' with nothing before it.\n"],
      [['d', '-name', 'x', '-o'], "find: expected an expression after '-o'\n"],
      [['d', '-print', '-o'], 'find: invalid expression\n'],
      [['d', '-exec', 'echo'], "find: missing argument to `-exec'\n"],
      [['d', '-regex', 'a\\{'], ''],
      [
        ['d', '-regextype', 'posix-extended', '-regex', '(a'],
        "find: failed to compile regular expression '(a': Unmatched ( or \\(\n",
      ],
    ];
    for (const [args, message] of cases) {
      const r = await find(args);
      if (message === '') {
        assert.equal(r.exitCode, 0, args.join(' '));
        continue;
      }
      assert.equal(r.stderr, message, args.join(' '));
      assert.equal(r.exitCode, 1);
      assert.equal(r.stdout, '');
    }
  });

  test('a stray word after the expression hints at an unquoted pattern when it names a file', async () => {
    const r = await find(['-name', 'a.txt', 'd']);
    assert.equal(
      r.stderr,
      "find: paths must precede expression: `d'\nfind: possible unquoted pattern after predicate `-name'?\n",
    );
  });

  test('-printf warns about unknown directives and fails on a trailing %', async () => {
    const warn = await find(['d/e', '-maxdepth', '0', '-printf', '%q\\n']);
    assert.equal(warn.stdout, '%q\n');
    assert.equal(warn.stderr, "find: warning: unrecognized format directive `%q'\n");
    const bad = await find(['d', '-printf', 'x%']);
    assert.equal(bad.stderr, 'find: error: % at end of format string\n');
    assert.equal(bad.exitCode, 1);
  });

  test('-L reports a file system loop instead of descending forever', async () => {
    const fs = await tree();
    await fs.symlink('..', '/d/e/up');
    const r = await find(['-L', 'd/e', '-name', 'none'], fs);
    assert.equal(r.exitCode, 1);
    assert.match(r.stderr, /File system loop detected; 'd\/e\/up\/e' is part of the same file system loop as 'd\/e'/);
  });

  test('stops when the signal is aborted', async () => {
    const fs = await tree();
    const ac = new AbortController();
    ac.abort();
    await assert.rejects(runCommand(fs, ['find', 'd'], { signal: ac.signal }));
  });
});
