import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { diffLines } from '../../../src/commands/data/diff-algo.js';
import { makeFs, runCommand } from '../../helpers/command-harness.js';

async function fsWith(files: Record<string, string | Uint8Array>) {
  const fs = makeFs();
  for (const [path, data] of Object.entries(files)) {
    const dir = path.slice(0, path.lastIndexOf('/'));
    if (dir) await fs.mkdir(dir, { recursive: true });
    await fs.writeFile(path, data);
  }
  return fs;
}

async function diff(files: Record<string, string | Uint8Array>, args: string[], stdin?: string) {
  return runCommand(await fsWith(files), ['diff', ...args], { stdin, env: { TZ: 'UTC' } });
}

function apply(a: string[], b: string[]): string[] {
  const changes = diffLines({
    raw0: a,
    raw1: b,
    key0: a,
    key1: b,
    missingNewline: [false, false],
    horizon: 0,
    minimal: false,
  });
  const out: string[] = [];
  let i = 0;
  for (const c of changes) {
    while (i < c.line0) out.push(a[i++]);
    i += c.deleted;
    out.push(...b.slice(c.line1, c.line1 + c.inserted));
  }
  while (i < a.length) out.push(a[i++]);
  return out;
}

describe('diff', () => {
  test('normal format and exit status 1', async () => {
    const r = await diff({ '/x': 'a\nb\nc\n', '/y': 'a\nB\nc\nd\n' }, ['x', 'y']);
    assert.equal(r.stdout, '2c2\n< b\n---\n> B\n3a4\n> d\n');
    assert.equal(r.exitCode, 1);
  });

  test('identical files print nothing and exit 0', async () => {
    const r = await diff({ '/x': 'same\n', '/y': 'same\n' }, ['x', 'y']);
    assert.deepEqual([r.stdout, r.exitCode], ['', 0]);
  });

  test('unified format with labels and context merging', async () => {
    const r = await diff({ '/x': '1\n2\n3\n4\n5\n', '/y': '1\n2\nthree\n4\n5\n' }, [
      '-U1',
      '--label',
      'a',
      '--label',
      'b',
      'x',
      'y',
    ]);
    assert.equal(r.stdout, '--- a\n+++ b\n@@ -2,3 +2,3 @@\n 2\n-3\n+three\n 4\n');
  });

  test('unified headers carry the mtime in the TZ of the environment', async () => {
    const fs = await fsWith({ '/x': 'a\n', '/y': 'b\n' });
    await fs.utimes('/x', Date.UTC(2021, 0, 2, 3, 4, 5, 678));
    const r = await runCommand(fs, ['diff', '-u', 'x', 'y'], { env: { TZ: 'Asia/Tokyo' } });
    assert.match(r.stdout, /^--- x\t2021-01-02 12:04:05\.678000000 \+0900\n/);
  });

  test('context format marks replaced lines with !', async () => {
    const r = await diff({ '/x': 'a\nb\n', '/y': 'a\nc\n' }, ['-c', '-L', 'x', '-L', 'y', 'x', 'y']);
    assert.equal(r.stdout, '*** x\n--- y\n***************\n*** 1,2 ****\n  a\n! b\n--- 1,2 ----\n  a\n! c\n');
  });

  test('a missing final newline is reported', async () => {
    const r = await diff({ '/x': 'a', '/y': 'a\n' }, ['x', 'y']);
    assert.equal(r.stdout, '1c1\n< a\n\\ No newline at end of file\n---\n> a\n');
  });

  test('-i, -w, -b and -B', async () => {
    assert.equal((await diff({ '/x': 'A\n', '/y': 'a\n' }, ['-i', 'x', 'y'])).exitCode, 0);
    assert.equal((await diff({ '/x': 'a b\n', '/y': 'ab\n' }, ['-w', 'x', 'y'])).exitCode, 0);
    assert.equal((await diff({ '/x': 'a  b \n', '/y': 'a b\n' }, ['-b', 'x', 'y'])).exitCode, 0);
    assert.equal((await diff({ '/x': 'a\n\nb\n', '/y': 'a\nb\n' }, ['-B', 'x', 'y'])).exitCode, 0);
  });

  test('binary files and -q', async () => {
    const bin = await diff({ '/x': new Uint8Array([0, 1]), '/y': new Uint8Array([0, 2]) }, ['x', 'y']);
    assert.equal(bin.stdout, 'Binary files x and y differ\n');
    const q = await diff({ '/x': 'a\n', '/y': 'b\n' }, ['-q', 'x', 'y']);
    assert.equal(q.stdout, 'Files x and y differ\n');
  });

  test('stdin as one side', async () => {
    const r = await diff({ '/x': 'a\n' }, ['x', '-'], 'b\n');
    assert.equal(r.stdout, '1c1\n< a\n---\n> b\n');
  });

  test('directories: Only in, common subdirectories, recursion', async () => {
    const files = { '/a/f': '1\n', '/b/f': '2\n', '/a/only': 'o\n', '/a/s/x': 's\n', '/b/s/x': 't\n' };
    const flat = await diff(files, ['a', 'b']);
    assert.equal(
      flat.stdout,
      'diff a/f b/f\n1c1\n< 1\n---\n> 2\nOnly in a: only\nCommon subdirectories: a/s and b/s\n',
    );
    const deep = await diff(files, ['-r', 'a', 'b']);
    assert.match(deep.stdout, /diff -r a\/s\/x b\/s\/x\n1c1\n< s\n---\n> t\n$/);
    assert.equal(deep.exitCode, 1);
  });

  test('errors exit 2 with GNU messages', async () => {
    const missing = await diff({ '/x': 'a\n' }, ['x', 'nope']);
    assert.deepEqual([missing.stderr, missing.exitCode], ['diff: nope: No such file or directory\n', 2]);
    const operand = await diff({}, ['x']);
    assert.equal(operand.stderr, "diff: missing operand after 'x'\ndiff: Try 'diff --help' for more information.\n");
    const bad = await diff({}, ['--bogus', 'a', 'b']);
    assert.equal(bad.stderr, "diff: unrecognized option '--bogus'\ndiff: Try 'diff --help' for more information.\n");
    assert.equal(bad.exitCode, 2);
    const style = await diff({ '/x': '' }, ['-u', '-c', 'x', 'x']);
    assert.equal(
      style.stderr,
      "diff: conflicting output style options\ndiff: Try 'diff --help' for more information.\n",
    );
  });

  test('the edit script always turns the old lines into the new ones', () => {
    const lines = fc.array(fc.constantFrom('a', 'b', 'c', 'd', ''), { maxLength: 40 });
    fc.assert(
      fc.property(lines, lines, (a, b) => {
        assert.deepEqual(apply(a, b), b);
      }),
      { numRuns: 300 },
    );
  });
});
