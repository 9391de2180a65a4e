/**
 * rg against ripgrep's documented behaviour when stdout is not a terminal
 * (ripgrep is not installed here, so there is no golden recording).
 */
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import type { MountTable } from '../../../src/workspace/mount-table.js';
import { makeFs, runCommand } from '../../helpers/command-harness.js';

const TREE: Record<string, string | Uint8Array> = {
  '/p/.gitignore': 'build/\n*.log\n!keep.log\n/rootonly.txt\n',
  '/p/a.js': 'const foo = 1;\nbar\nFoo again\n',
  '/p/b.ts': 'let foo: number;\n',
  '/p/keep.log': 'foo in log\n',
  '/p/x.log': 'foo ignored\n',
  '/p/build/out.js': 'foo built\n',
  '/p/.hidden/h.js': 'foo hidden\n',
  '/p/rootonly.txt': 'foo root\n',
  '/p/sub/rootonly.txt': 'foo sub\n',
  '/p/sub/.ignore': 'skip.md\n',
  '/p/sub/skip.md': 'foo skip\n',
  '/p/sub/deep/c.py': 'def foo():\n    pass\n',
  '/p/bin.dat': Buffer.from('foo\0bin\n'),
  '/p/u.txt': 'caf\u00e9 CAF\u00c9\n',
};

let fs: MountTable;
const rg = (args: string[], opts: { stdin?: string; cwd?: string } = {}) =>
  runCommand(fs, ['rg', ...args], { cwd: opts.cwd ?? '/p', stdin: opts.stdin });
const lines = (text: string) => text.split('\n').filter((l) => l !== '');

before(async () => {
  fs = makeFs();
  for (const [path, data] of Object.entries(TREE)) {
    await fs.mkdir(path.slice(0, path.lastIndexOf('/')), { recursive: true });
    await fs.writeFile(path, data);
  }
});

describe('rg file selection', () => {
  test('walks from . in path order, without ./, honouring ignore files and hidden names', async () => {
    const r = await rg(['foo']);
    assert.equal(r.exitCode, 0);
    assert.deepEqual(lines(r.stdout), [
      'a.js:const foo = 1;',
      'b.ts:let foo: number;',
      'keep.log:foo in log',
      'sub/deep/c.py:def foo():',
      'sub/rootonly.txt:foo sub',
    ]);
  });

  test('--hidden, --no-ignore and -u levels widen the search', async () => {
    assert.ok((await rg(['--hidden', 'foo'])).stdout.includes('.hidden/h.js:foo hidden'));
    const noIgnore = await rg(['--no-ignore', 'foo']);
    for (const f of ['build/out.js', 'x.log', 'rootonly.txt:foo root', 'sub/skip.md'])
      assert.ok(noIgnore.stdout.includes(f), f);
    assert.ok((await rg(['-uuu', 'foo'])).stdout.includes('bin.dat:foo'));
  });

  test('an ignore file applies below its own directory only, anchored there', async () => {
    const r = await rg(['foo', 'sub']);
    assert.deepEqual(lines(r.stdout), ['sub/deep/c.py:def foo():', 'sub/rootonly.txt:foo sub']);
  });

  test('-g globs include and exclude, the last matching one winning', async () => {
    assert.deepEqual(lines((await rg(['-g', '*.ts', 'foo'])).stdout), ['b.ts:let foo: number;']);
    assert.ok(!(await rg(['-g', '!*.js', 'foo'])).stdout.includes('a.js'));
    assert.deepEqual(lines((await rg(['-g', '*.js', '-g', '!a.js', 'foo'])).stdout), []);
  });

  test('-t and -T select by type; unknown types are an error', async () => {
    assert.deepEqual(lines((await rg(['-t', 'py', 'foo'])).stdout), ['sub/deep/c.py:def foo():']);
    assert.ok(!(await rg(['-T', 'js', 'foo'])).stdout.includes('a.js'));
    const bad = await rg(['-t', 'nosuchtype', 'x']);
    assert.equal(bad.exitCode, 2);
    assert.equal(bad.stderr, 'rg: unrecognized file type: nosuchtype\n');
  });

  test('--files lists what would be searched; --max-depth limits the walk', async () => {
    assert.deepEqual(lines((await rg(['--files'])).stdout), [
      'a.js',
      'b.ts',
      'bin.dat',
      'keep.log',
      'sub/deep/c.py',
      'sub/rootonly.txt',
      'u.txt',
    ]);
    assert.deepEqual(lines((await rg(['--files', '--max-depth', '1', 'sub'])).stdout), ['sub/rootonly.txt']);
  });

  test('explicit paths are searched even when ignored or hidden', async () => {
    assert.equal((await rg(['foo', 'x.log'])).stdout, 'foo ignored\n');
    assert.equal((await rg(['foo', '.hidden/h.js'])).stdout, 'foo hidden\n');
  });
});

describe('rg output', () => {
  test('one file: no path; -n adds line numbers; -H forces the path', async () => {
    assert.equal((await rg(['foo', 'a.js'])).stdout, 'const foo = 1;\n');
    assert.equal((await rg(['-n', 'bar', 'a.js'])).stdout, '2:bar\n');
    assert.equal((await rg(['-H', 'bar', 'a.js'])).stdout, 'a.js:bar\n');
    assert.equal((await rg(['-I', 'bar'])).stdout, 'bar\n');
  });

  test('-c, -l, --files-without-match, -o, -q', async () => {
    assert.equal((await rg(['-c', 'o', 'a.js'])).stdout, '2\n');
    assert.deepEqual(lines((await rg(['-c', 'bar'])).stdout), ['a.js:1']);
    assert.deepEqual(lines((await rg(['-l', 'foo', 'sub'])).stdout), ['sub/deep/c.py', 'sub/rootonly.txt']);
    assert.deepEqual(lines((await rg(['--files-without-match', 'bar', 'a.js', 'b.ts'])).stdout), ['b.ts']);
    assert.equal((await rg(['-o', 'fo+', 'a.js'])).stdout, 'foo\n');
    const q = await rg(['-q', 'foo']);
    assert.equal(q.stdout, '');
    assert.equal(q.exitCode, 0);
  });

  test('context lines use - and groups are separated by --', async () => {
    assert.equal((await rg(['-n', '-C1', 'bar', 'a.js'])).stdout, '1-const foo = 1;\n2:bar\n3-Foo again\n');
    const two = await rg(['-A1', 'foo', 'a.js', 'b.ts']);
    assert.equal(two.stdout, 'a.js:const foo = 1;\na.js-bar\n--\nb.ts:let foo: number;\n');
  });

  test('--heading prints each path once with a blank line between files', async () => {
    assert.equal(
      (await rg(['--heading', 'foo', 'a.js', 'b.ts'])).stdout,
      'a.js\nconst foo = 1;\n\nb.ts\nlet foo: number;\n',
    );
  });

  test('case: -i, -S (smart) and the default', async () => {
    assert.equal((await rg(['-c', 'foo', 'a.js'])).stdout, '1\n');
    assert.equal((await rg(['-c', '-i', 'FOO', 'a.js'])).stdout, '2\n');
    assert.equal((await rg(['-c', '-S', 'foo', 'a.js'])).stdout, '2\n');
    assert.equal((await rg(['-c', '-S', 'Foo', 'a.js'])).stdout, '1\n');
    assert.equal((await rg(['-c', '-i', 'caf\u00e9', 'u.txt'])).stdout, '1\n');
    assert.equal((await rg(['-o', '-i', 'caf\u00e9', 'u.txt'])).stdout, 'caf\u00e9\nCAF\u00c9\n');
  });

  test('-w and -x, -v, -F, -e', async () => {
    assert.equal((await rg(['-w', 'fo', 'a.js'])).exitCode, 1);
    assert.equal((await rg(['-x', 'bar', 'a.js'])).stdout, 'bar\n');
    assert.equal((await rg(['-v', 'foo', 'a.js'])).stdout, 'bar\nFoo again\n');
    assert.equal((await rg(['-F', '1;', 'a.js'])).stdout, 'const foo = 1;\n');
    assert.equal((await rg(['-e', 'bar', '-e', 'again', 'a.js'])).stdout, 'bar\nFoo again\n');
  });

  test('Unicode classes: \\w, . and \\b work on characters, not bytes', async () => {
    assert.equal((await rg(['-o', 'caf\\w', 'u.txt'])).stdout, 'caf\u00e9\n');
    assert.equal((await rg(['-o', 'CA.\u00c9', 'u.txt'])).stdout, 'CAF\u00c9\n');
  });

  test('a binary file named on the command line reports the match; walked ones are skipped', async () => {
    assert.equal((await rg(['foo', 'bin.dat'])).stdout, 'binary file matches (found "\\0" byte around offset 3)\n');
    assert.ok(!(await rg(['foo'])).stdout.includes('bin.dat'));
    assert.equal((await rg(['-a', 'bin', 'bin.dat'])).stdout, 'foo\0bin\n');
  });

  test('standard input is searched when it has data', async () => {
    assert.equal((await rg(['b'], { stdin: 'a\nb\n' })).stdout, 'b\n');
  });
});

describe('rg errors', () => {
  test('missing paths are reported and the search goes on, exit 2', async () => {
    const r = await rg(['foo', 'nosuch', 'a.js']);
    assert.equal(r.exitCode, 2);
    assert.equal(r.stdout, 'a.js:const foo = 1;\n');
    assert.equal(r.stderr, 'rg: nosuch: No such file or directory (os error 2)\n');
  });

  test('bad regex, no pattern, unknown flag', async () => {
    const bad = await rg(['(']);
    assert.equal(bad.exitCode, 2);
    assert.equal(bad.stderr, 'rg: regex parse error:\n    (\nerror: unclosed group\n');
    const none = await rg([]);
    assert.equal(none.exitCode, 2);
    assert.equal(none.stderr, 'rg: ripgrep requires at least one pattern to execute a search\n');
    const flag = await rg(['--bogus', 'x']);
    assert.equal(flag.exitCode, 2);
    assert.equal(flag.stderr, 'rg: unrecognized flag --bogus\n');
  });

  test('-L follows links but reports one that leads back to an ancestor', async () => {
    const loopFs = makeFs();
    await loopFs.mkdir('/l/d', { recursive: true });
    await loopFs.writeFile('/l/d/f', 'x\n');
    await loopFs.symlink('..', '/l/d/up');
    const r = await runCommand(loopFs, ['rg', '-L', 'x'], { cwd: '/l' });
    assert.equal(r.stdout, 'd/f:x\n');
    assert.equal(r.stderr, 'rg: File system loop found: d/up points to an ancestor .\n');
    assert.equal(r.exitCode, 2);
  });

  test('no match exits 1', async () => {
    assert.equal((await rg(['zzz'])).exitCode, 1);
  });
});
