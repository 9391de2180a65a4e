import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { makeFs, runCommand } from '../../helpers/command-harness.js';
import { CountingRAM } from './streams.js';

async function fsWith(files: Record<string, string | Uint8Array>) {
  const fs = makeFs();
  for (const [path, data] of Object.entries(files)) await fs.writeFile(path, data);
  await fs.mkdir('/d');
  return fs;
}

const FILES = { '/f': 'a\nb\nc\nd\ne\n', '/g': 'x\ny' };
const C = { LC_ALL: 'C' };

describe('wc', () => {
  test('files: columns as wide as the total size', async () => {
    const fs = await fsWith(FILES);
    assert.equal((await runCommand(fs, ['wc', 'f'])).stdout, ' 5  5 10 f\n');
    assert.equal((await runCommand(fs, ['wc', '-l', 'f'])).stdout, '5 f\n');
    assert.equal((await runCommand(fs, ['wc', 'f', 'g'])).stdout, ' 5  5 10 f\n 1  2  3 g\n 6  7 13 total\n');
    assert.equal((await runCommand(fs, ['wc', '-l', 'f', 'g'])).stdout, ' 5 f\n 1 g\n 6 total\n');
    assert.equal((await runCommand(fs, ['wc', '-L', 'f', 'g'])).stdout, ' 1 f\n 1 g\n 1 total\n');
  });

  test('stdin: width 7 unless a single count is printed', async () => {
    const fs = makeFs();
    assert.equal((await runCommand(fs, ['wc'], { stdin: 'a\nb\nc\nd\ne\n' })).stdout, '      5       5      10\n');
    assert.equal((await runCommand(fs, ['wc', '-l'], { stdin: 'a\nb\n' })).stdout, '2\n');
    assert.equal((await runCommand(fs, ['wc', '-c', '-'], { stdin: 'x' })).stdout, '1 -\n');
    const fs2 = await fsWith(FILES);
    const r = await runCommand(fs2, ['wc', '-', 'f'], { stdin: 'x y\n' });
    assert.equal(r.stdout, '      1       2       4 -\n      5       5      10 f\n      6       7      14 total\n');
  });

  test('C-locale words, -m and -L over binary input', async () => {
    const bytes = new Uint8Array([
      ...Buffer.from('a b\tc'),
      0,
      ...Buffer.from('d '),
      0xff,
      0xfe,
      10,
      32,
      32,
      10,
      0x80,
      0x78,
    ]);
    const fs = makeFs();
    await fs.writeFile('/bin', bytes);
    assert.equal((await runCommand(fs, ['wc', 'bin'], { env: C })).stdout, ' 2  4 16 bin\n');
    assert.equal((await runCommand(fs, ['wc', '-m', 'bin'], { env: C })).stdout, '16 bin\n');
    assert.equal((await runCommand(fs, ['wc', '-L'], { stdin: 'a\tb\n', env: C })).stdout, '9\n');
    assert.equal((await runCommand(fs, ['wc', '-L'], { stdin: 'abc\rd\n', env: C })).stdout, '3\n');
    assert.equal((await runCommand(fs, ['wc', '-L'], { stdin: 'ab\bc\n', env: C })).stdout, '3\n');
  });

  test('UTF-8 locale counts characters for -m and -L', async () => {
    const env = { LANG: 'C.UTF-8' };
    const r = await runCommand(makeFs(), ['wc', '-m', '-L', '-c', '-w'], { stdin: 'h\u00e9llo w\n', env });
    assert.equal(r.stdout, '      2       8       9       7\n');
    const c = await runCommand(makeFs(), ['wc', '-m', '-L'], { stdin: 'h\u00e9llo w\n', env: C });
    assert.equal(c.stdout, '      9       6\n');
  });

  test('missing files, directories and exit status', async () => {
    const fs = await fsWith(FILES);
    const r = await runCommand(fs, ['wc', 'nope', 'f']);
    assert.equal(r.stdout, ' 5  5 10 f\n 5  5 10 total\n');
    assert.equal(r.stderr, 'wc: nope: No such file or directory\n');
    assert.equal(r.exitCode, 1);
    const d = await runCommand(fs, ['wc', 'd']);
    assert.equal(d.stdout, '      0       0       0 d\n');
    assert.equal(d.stderr, 'wc: d: Is a directory\n');
    assert.equal(d.exitCode, 1);
    const c = await runCommand(fs, ['wc', '-c', 'f', 'g', 'd']);
    assert.equal(c.stdout, '     10 f\n      3 g\n      0 d\n     13 total\n');
  });

  test('-c of a file uses its size without reading it', async () => {
    const ram = new CountingRAM();
    const fs = makeFs({ '/': ram });
    await fs.writeFile('/f', 'x'.repeat(5000));
    const r = await runCommand(fs, ['wc', '-c', 'f']);
    assert.equal(r.stdout, '5000 f\n');
    assert.equal(ram.bytesRead, 0);
  });

  test('a name with a newline is quoted in the counts line', async () => {
    const fs = makeFs();
    await fs.writeFile('/a\nb', 'x\n');
    const r = await runCommand(fs, ['wc', '-l', 'a\nb']);
    assert.equal(r.stdout, "1 'a'$'\\n''b'\n");
  });

  test('usage errors', async () => {
    const r = await runCommand(makeFs(), ['wc', '-x']);
    assert.equal(r.stderr, "wc: invalid option -- 'x'\nTry 'wc --help' for more information.\n");
    assert.equal(r.exitCode, 1);
    const h = await runCommand(makeFs(), ['wc', '--help']);
    assert.match(h.stdout, /^Usage: wc /);
  });
});
