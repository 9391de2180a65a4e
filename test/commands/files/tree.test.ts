import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { makeFs, runCommand } from '../../helpers/command-harness.js';

async function sample() {
  const fs = makeFs();
  await fs.mkdir('/p/d/e', { recursive: true });
  await fs.writeFile('/p/a', 'a');
  await fs.writeFile('/p/d/b', 'b');
  await fs.writeFile('/p/d/e/c', 'c');
  await fs.writeFile('/p/.hidden', 'h');
  await fs.writeFile('/p/z.log', 'z');
  await fs.symlink('a', '/p/l');
  return fs;
}

describe('tree', () => {
  test('ASCII branches and the closing count', async () => {
    const r = await runCommand(await sample(), ['tree'], { cwd: '/p' });
    assert.equal(
      r.stdout,
      [
        '.',
        '|-- a',
        '|-- d',
        '|   |-- b',
        '|   `-- e',
        '|       `-- c',
        '|-- l -> a',
        '`-- z.log',
        '',
        '2 directories, 5 files',
        '',
      ].join('\n'),
    );
  });

  test('-a, -d, -L and --noreport', async () => {
    const fs = await sample();
    assert.match((await runCommand(fs, ['tree', '-a', 'p'])).stdout, /\|-- \.hidden\n/);
    assert.equal((await runCommand(fs, ['tree', '-d', 'p'])).stdout, 'p\n`-- d\n    `-- e\n\n2 directories\n');
    assert.equal(
      (await runCommand(fs, ['tree', '-L', '1', '--noreport', '-I', '*.log|l', 'p'])).stdout,
      'p\n|-- a\n`-- d\n',
    );
  });

  test('-f, -F and -P', async () => {
    const fs = await sample();
    const r = await runCommand(fs, ['tree', '-f', '-F', '-P', 'c', 'p']);
    assert.equal(r.stdout, 'p\n`-- p/d/\n    `-- p/d/e/\n        `-- p/d/e/c\n\n2 directories, 1 file\n');
  });

  test('a missing directory', async () => {
    const r = await runCommand(makeFs(), ['tree', 'nope']);
    assert.equal(r.stdout, 'nope  [error opening dir]\n\n0 directories, 0 files\n');
    assert.equal(r.exitCode, 2);
  });
});
