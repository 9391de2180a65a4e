import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { CollectSink, encodeText } from '../../../src/core/io.js';
import { makeFs, runCommand } from '../../helpers/command-harness.js';
import { CountingRAM, CountingSource, runWith } from './streams.js';

async function fsWith(files: Record<string, string | Uint8Array>) {
  const fs = makeFs();
  for (const [path, data] of Object.entries(files)) await fs.writeFile(path, data);
  await fs.mkdir('/d');
  return fs;
}

const FILES = { '/f': 'a\nb\nc\nd\ne\n', '/g': 'x\ny' };

describe('tail', () => {
  test('last 10 lines by default, from stdin', async () => {
    const input = `${Array.from({ length: 12 }, (_, i) => i + 1).join('\n')}\n`;
    const r = await runCommand(makeFs(), ['tail'], { stdin: input });
    assert.equal(r.stdout, '3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n');
  });

  test('-n, -c, +N forms and the obsolete syntax', async () => {
    const fs = await fsWith(FILES);
    const cases: [string[], string][] = [
      [['tail', '-n', '2', 'f'], 'd\ne\n'],
      [['tail', '-2', 'f'], 'd\ne\n'],
      [['tail', '+2', 'f'], 'b\nc\nd\ne\n'],
      [['tail', '-n', '+2', 'f'], 'b\nc\nd\ne\n'],
      [['tail', '-n', '-2', 'f'], 'd\ne\n'],
      [['tail', '-c', '3', 'f'], '\ne\n'],
      [['tail', '-c', '+3', 'f'], 'b\nc\nd\ne\n'],
      [['tail', '-2c', 'f'], 'e\n'],
      [['tail', '+2c', 'f'], '\nb\nc\nd\ne\n'],
      [['tail', '-l', 'f'], 'a\nb\nc\nd\ne\n'],
      [['tail', '-5l', 'f'], 'a\nb\nc\nd\ne\n'],
      [['tail', '-n', '0', 'f'], ''],
      [['tail', '-n', '+0', 'f'], 'a\nb\nc\nd\ne\n'],
      [['tail', '-n', '1', 'g'], 'y'],
      [['tail', 'g'], 'x\ny'],
      [['tail', '-f', '-n', '1', 'f'], 'e\n'],
    ];
    for (const [argv, out] of cases) {
      const r = await runCommand(fs, argv);
      assert.equal(r.stdout, out, argv.join(' '));
      assert.equal(r.exitCode, 0, argv.join(' '));
    }
  });

  test('stdin: the same cuts through the streaming path', async () => {
    const fs = makeFs();
    const stdin = 'a\nb\nc\nd\ne\n';
    assert.equal((await runCommand(fs, ['tail', '-n', '2'], { stdin })).stdout, 'd\ne\n');
    assert.equal((await runCommand(fs, ['tail', '-c', '3'], { stdin })).stdout, '\ne\n');
    assert.equal((await runCommand(fs, ['tail', '-n', '+4'], { stdin })).stdout, 'd\ne\n');
    assert.equal((await runCommand(fs, ['tail', '-c', '+7'], { stdin })).stdout, 'd\ne\n');
    assert.equal((await runCommand(fs, ['tail', '-n', '1'], { stdin: 'a\n\n' })).stdout, '\n');
    assert.equal((await runCommand(fs, ['tail', '-n', '1'], { stdin: 'abc' })).stdout, 'abc');
    assert.equal((await runCommand(fs, ['tail', '-z', '-n', '1'], { stdin: 'a\0b\0' })).stdout, 'b\0');
  });

  test('stdin split into many chunks keeps exactly the last lines', async () => {
    const source = new CountingSource(encodeText('l1\nl2\nl3'), 50);
    const out = new CollectSink();
    await runWith(makeFs(), ['tail', '-n', '3'], { stdin: source, stdout: out });
    assert.equal(out.text(), 'l3l1\nl2\nl3');
  });

  test('headers, -q and -v, standard input', async () => {
    const fs = await fsWith(FILES);
    assert.equal((await runCommand(fs, ['tail', '-n', '2', 'f', 'g'])).stdout, '==> f <==\nd\ne\n\n==> g <==\nx\ny');
    assert.equal((await runCommand(fs, ['tail', '-q', '-n', '1', 'f', 'g'])).stdout, 'e\ny');
    assert.equal((await runCommand(fs, ['tail', '-v', '-n', '1', 'f'])).stdout, '==> f <==\ne\n');
    const r = await runCommand(fs, ['tail', '-n', '1', '-', 'f'], { stdin: 'in\n' });
    assert.equal(r.stdout, '==> standard input <==\nin\n\n==> f <==\ne\n');
  });

  test('missing files and directories', async () => {
    const fs = await fsWith(FILES);
    const r = await runCommand(fs, ['tail', '-n', '1', 'nope', 'f']);
    assert.equal(r.stderr, "tail: cannot open 'nope' for reading: No such file or directory\n");
    assert.equal(r.stdout, '==> f <==\ne\n');
    assert.equal(r.exitCode, 1);
    const d = await runCommand(fs, ['tail', '-n', '2', 'd', 'f']);
    assert.equal(d.stdout, '==> d <==\n\n==> f <==\nd\ne\n');
    assert.equal(d.stderr, "tail: error reading 'd': Is a directory\n");
    assert.equal(d.exitCode, 1);
  });

  test('usage errors', async () => {
    const fs = await fsWith(FILES);
    const cases: [string[], string][] = [
      [['tail', '-n', 'abc', 'f'], "tail: invalid number of lines: 'abc'\n"],
      [['tail', '-c', 'abc', 'f'], "tail: invalid number of bytes: 'abc'\n"],
      [
        ['tail', '-n', '99999999999999999999', 'f'],
        "tail: invalid number of lines: '99999999999999999999': Value too large for defined data type\n",
      ],
      [['tail', '-x'], "tail: invalid option -- 'x'\nTry 'tail --help' for more information.\n"],
      [['tail', '-r', 'f'], "tail: invalid option -- 'r'\nTry 'tail --help' for more information.\n"],
      [['tail', '-1', '-2', 'f'], 'tail: option used in invalid context -- 1\n'],
    ];
    for (const [argv, stderr] of cases) {
      const r = await runCommand(fs, argv);
      assert.equal(r.stderr, stderr, argv.join(' '));
      assert.equal(r.exitCode, 1, argv.join(' '));
    }
  });

  test('a file on a ranged-read backend is read backwards, not whole', async () => {
    const ram = new CountingRAM();
    const fs = makeFs({ '/': ram });
    const lines = Array.from({ length: 200_000 }, (_, i) => `line ${i}`);
    const text = `${lines.join('\n')}\n`;
    await fs.writeFile('/big', text);
    const r = await runCommand(fs, ['tail', '-n', '3', 'big']);
    assert.equal(r.stdout, 'line 199997\nline 199998\nline 199999\n');
    assert.ok(ram.bytesRead <= 64 * 1024, `read ${ram.bytesRead} bytes`);
    ram.bytesRead = 0;
    const c = await runCommand(fs, ['tail', '-c', '7', 'big']);
    assert.equal(c.stdout, '199999\n');
    assert.equal(ram.bytesRead, 7);
    // Many lines: the backward ranges grow until they cover them, and the output is still exact.
    ram.bytesRead = 0;
    const many = await runCommand(fs, ['tail', '-n', '150000', 'big']);
    assert.equal(many.stdout, `${lines.slice(50_000).join('\n')}\n`);
    assert.ok(ram.bytesRead < text.length + 1024 * 1024);
    const all = await runCommand(fs, ['tail', '-n', '300000', 'big']);
    assert.equal(all.stdout, text);
  });
});
