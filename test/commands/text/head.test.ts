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
const TWELVE = `${Array.from({ length: 12 }, (_, i) => i + 1).join('\n')}\n`;

describe('head', () => {
  test('prints the first 10 lines by default, from stdin', async () => {
    const r = await runCommand(makeFs(), ['head'], { stdin: TWELVE });
    assert.equal(r.stdout, '1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n');
    assert.equal(r.exitCode, 0);
  });

  test('-n, -c, legacy -N and -Nc, and suffixes', async () => {
    const fs = await fsWith(FILES);
    assert.equal((await runCommand(fs, ['head', '-n', '2', 'f'])).stdout, 'a\nb\n');
    assert.equal((await runCommand(fs, ['head', '-2', 'f'])).stdout, 'a\nb\n');
    assert.equal((await runCommand(fs, ['head', '-2c', 'f'])).stdout, 'a\n');
    assert.equal((await runCommand(fs, ['head', '-c2', 'f'])).stdout, 'a\n');
    assert.equal((await runCommand(fs, ['head', '--lines=1', 'f'])).stdout, 'a\n');
    assert.equal((await runCommand(fs, ['head', '-n', '1K', 'f'])).stdout, FILES['/f']);
    assert.equal((await runCommand(fs, ['head', '-n', '+2', 'f'])).stdout, 'a\nb\n');
    assert.equal((await runCommand(fs, ['head', '-n', '0', 'f'])).stdout, '');
  });

  test('negative counts print all but the last N lines or bytes', async () => {
    const fs = await fsWith(FILES);
    assert.equal((await runCommand(fs, ['head', '-n', '-2', 'f'])).stdout, 'a\nb\nc\n');
    assert.equal((await runCommand(fs, ['head', '-c', '-2', 'f'])).stdout, 'a\nb\nc\nd\n');
    assert.equal((await runCommand(fs, ['head', '-n', '-1', 'g'])).stdout, 'x\n');
    assert.equal((await runCommand(fs, ['head', '-n', '-0', 'g'])).stdout, 'x\ny');
    assert.equal((await runCommand(fs, ['head', '-n', '-9', 'f'])).stdout, '');
    assert.equal((await runCommand(fs, ['head', '-c', '-100', 'f'])).stdout, '');
  });

  test('negative counts across many small chunks', async () => {
    const source = new CountingSource(encodeText('ab\n'), 1000);
    const out = new CollectSink();
    await runWith(makeFs(), ['head', '-n', '-998'], { stdin: source, stdout: out });
    assert.equal(out.text(), 'ab\nab\n');
    const bytes = new CountingSource(encodeText('ab\n'), 10);
    const out2 = new CollectSink();
    await runWith(makeFs(), ['head', '-c', '-4'], { stdin: bytes, stdout: out2 });
    assert.equal(out2.text(), `${'ab\n'.repeat(8)}ab`);
  });

  test('several files get headers; -q and -v control them; - is standard input', async () => {
    const fs = await fsWith(FILES);
    const r = await runCommand(fs, ['head', '-n', '2', 'f', 'g']);
    assert.equal(r.stdout, '==> f <==\na\nb\n\n==> g <==\nx\ny');
    assert.equal((await runCommand(fs, ['head', '-q', 'f', 'g'])).stdout, 'a\nb\nc\nd\ne\nx\ny');
    assert.equal((await runCommand(fs, ['head', '-v', '-n1', 'f'])).stdout, '==> f <==\na\n');
    const s = await runCommand(fs, ['head', '-n1', '-', 'f'], { stdin: 'in\n' });
    assert.equal(s.stdout, '==> standard input <==\nin\n\n==> f <==\na\n');
  });

  test('-z splits on NUL', async () => {
    const r = await runCommand(makeFs(), ['head', '-z', '-n', '1'], { stdin: 'a\0b\0' });
    assert.equal(r.stdout, 'a\0');
  });

  test('missing files and directories are reported and the rest still printed', async () => {
    const fs = await fsWith(FILES);
    const r = await runCommand(fs, ['head', 'nope', 'f']);
    assert.equal(r.stderr, "head: cannot open 'nope' for reading: No such file or directory\n");
    assert.equal(r.stdout, '==> f <==\na\nb\nc\nd\ne\n');
    assert.equal(r.exitCode, 1);
    const d = await runCommand(fs, ['head', '-n1', 'd', 'f']);
    assert.equal(d.stdout, '==> d <==\n\n==> f <==\na\n');
    assert.equal(d.stderr, "head: error reading 'd': Is a directory\n");
    assert.equal(d.exitCode, 1);
    const z = await runCommand(fs, ['head', '-n', '0', 'nope']);
    assert.equal(z.exitCode, 1);
  });

  test('usage errors use GNU wording and exit 1', async () => {
    const fs = await fsWith(FILES);
    const cases: [string[], string][] = [
      [['head', '-n', 'abc', 'f'], "head: invalid number of lines: 'abc'\n"],
      [['head', '-c', 'abc', 'f'], "head: invalid number of bytes: 'abc'\n"],
      [['head', '-n', '-1x', 'f'], "head: invalid number of lines: '1x'\n"],
      [
        ['head', '-n', '99999999999999999999', 'f'],
        "head: invalid number of lines: '99999999999999999999': Value too large for defined data type\n",
      ],
      [['head', '-x'], "head: invalid option -- 'x'\nTry 'head --help' for more information.\n"],
      [['head', '--foo'], "head: unrecognized option '--foo'\nTry 'head --help' for more information.\n"],
      [['head', '-n'], "head: option requires an argument -- 'n'\nTry 'head --help' for more information.\n"],
      [['head', '-1', '-2', 'f'], "head: invalid trailing option -- 2\nTry 'head --help' for more information.\n"],
      [['head', 'f', '-3'], "head: invalid trailing option -- 3\nTry 'head --help' for more information.\n"],
      [['head', '-5x', 'f'], "head: invalid trailing option -- x\nTry 'head --help' for more information.\n"],
    ];
    for (const [argv, stderr] of cases) {
      const r = await runCommand(fs, argv);
      assert.equal(r.stderr, stderr, argv.join(' '));
      assert.equal(r.exitCode, 1, argv.join(' '));
      assert.equal(r.stdout, '');
    }
  });

  test('--help prints usage', async () => {
    const r = await runCommand(makeFs(), ['head', '--help']);
    assert.match(r.stdout, /^Usage: head \[OPTION\]\.\.\. \[FILE\]\.\.\.\n/);
    assert.equal(r.exitCode, 0);
  });

  test('binary bytes pass through untouched', async () => {
    const data = new Uint8Array([0xff, 0x00, 0x0a, 0x80, 0x0a, 0x01]);
    const fs = makeFs();
    await fs.writeFile('/bin', data);
    const r = await runCommand(fs, ['head', '-n', '1', 'bin']);
    assert.deepEqual([...r.stdoutBytes], [0xff, 0x00, 0x0a]);
  });

  test('stops pulling from an endless stdin once it has its lines', async () => {
    const source = new CountingSource(encodeText('y\n'.repeat(1000)));
    const out = new CollectSink();
    const r = await runWith(makeFs(), ['head', '-n', '1500'], { stdin: source, stdout: out });
    assert.equal(r.exitCode, 0);
    assert.equal(out.text(), 'y\n'.repeat(1500));
    assert.equal(source.pulled, 2);
    assert.equal(source.closed, true);
    const bytes = new CountingSource(encodeText('y\n'.repeat(1000)));
    await runWith(makeFs(), ['head', '-c', '10'], { stdin: bytes, stdout: new CollectSink() });
    assert.equal(bytes.pulled, 1);
  });

  test('reads only the first chunk of a large file for head -n 1', async () => {
    const ram = new CountingRAM();
    const fs = makeFs({ '/': ram });
    await fs.writeFile('/big', new Uint8Array(16 * 1024 * 1024).fill(0x61));
    await fs.writeFile('/big2', encodeText(`first\n${'z'.repeat(8 * 1024 * 1024)}`));
    const r = await runCommand(fs, ['head', '-n', '1', 'big2']);
    assert.equal(r.stdout, 'first\n');
    assert.equal(ram.chunksRead, 1);
    assert.ok(ram.bytesRead <= 1024 * 1024);
  });
});
