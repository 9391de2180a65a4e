import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { makeFs, runCommand } from '../../helpers/command-harness.js';

describe('basename', () => {
  const cases: [string[], string][] = [
    [['/a/b.txt', '.txt'], 'b\n'],
    [['a/b/', 'b'], 'b\n'],
    [['/'], '/\n'],
    [['//'], '/\n'],
    [[''], '\n'],
    [['.c', '.c'], '.c\n'],
    [['x.c', '-s'], 'x.c\n'],
    [['-a', 'x/y', 'z/w/'], 'y\nw\n'],
    [['-s', '.c', 'a.c', 'b.c'], 'a\nb\n'],
    [['--', '-x'], '-x\n'],
  ];
  for (const [args, out] of cases) {
    test(`basename ${args.join(' ')}`, async () => {
      assert.equal((await runCommand(makeFs(), ['basename', ...args])).stdout, out);
    });
  }

  test('-z ends with NUL', async () => {
    assert.equal((await runCommand(makeFs(), ['basename', '-z', 'a/b'])).stdout, 'b\0');
  });

  test('operand errors', async () => {
    const none = await runCommand(makeFs(), ['basename']);
    assert.equal(none.stderr, "basename: missing operand\nTry 'basename --help' for more information.\n");
    assert.equal(none.exitCode, 1);
    const extra = await runCommand(makeFs(), ['basename', 'a', 'b', 'c']);
    assert.equal(extra.stderr, "basename: extra operand 'c'\nTry 'basename --help' for more information.\n");
  });
});

describe('dirname', () => {
  test('GNU results', async () => {
    const r = await runCommand(makeFs(), ['dirname', 'a/b', '/x', './', '/', '//', 'a', '', 'a/', 'a//b//']);
    assert.equal(r.stdout, 'a\n/\n.\n/\n/\n.\n.\n.\na\n');
    assert.equal((await runCommand(makeFs(), ['dirname', '-z', 'a/b'])).stdout, 'a\0');
  });

  test('missing operand', async () => {
    const r = await runCommand(makeFs(), ['dirname']);
    assert.equal(r.stderr, "dirname: missing operand\nTry 'dirname --help' for more information.\n");
    assert.equal(r.exitCode, 1);
  });
});
