import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseFlags } from '../../../src/commands/lib/flags.js';
import { planOf, SORT_FLAGS } from '../../../src/commands/textproc/sort/options.js';
import { sortFiles } from '../../../src/commands/textproc/sort/sort.js';
import type { CommandContext } from '../../../src/core/command.js';
import { CollectSink, EMPTY_SOURCE } from '../../../src/core/io.js';
import { fsWith, run } from './run.js';

describe('sort: orderings', () => {
  test('byte order by default: upper case, punctuation and UTF-8 bytes', async () => {
    const r = await run(['sort'], 'b\nB\né\na\n_\n10\n9\n');
    assert.equal(r.stdout, '10\n9\nB\n_\na\nb\né\n');
    assert.equal(r.exitCode, 0);
  });

  test('adds the missing final newline and keeps CR bytes', async () => {
    assert.equal((await run(['sort'], 'b\r\na\r\nc')).stdout, 'a\r\nb\r\nc\n');
  });

  test('empty input gives empty output', async () => {
    const r = await run(['sort'], '');
    assert.equal(r.stdout, '');
    assert.equal(r.exitCode, 0);
  });

  test('-n compares numbers, zeros equal, non-numbers as 0, ties by bytes', async () => {
    const r = await run(['sort', '-n'], '10\n-3\n2.50\n2.5\nx\n-0\n 7\n1e3\n');
    assert.equal(r.stdout, '-3\n-0\nx\n1e3\n2.5\n2.50\n 7\n10\n');
  });

  test('-n handles numbers too long for a double exactly', async () => {
    const r = await run(['sort', '-n'], '123456789012345678901\n123456789012345678900\n9\n');
    assert.equal(r.stdout, '9\n123456789012345678900\n123456789012345678901\n');
  });

  test('-rn reverses keys and the last-resort comparison', async () => {
    assert.equal((await run(['sort', '-rn'], '1 a\n2\n1 b\n')).stdout, '2\n1 b\n1 a\n');
  });

  test('-g reads floats, infinities and hex; unparsable lines first', async () => {
    const r = await run(['sort', '-g'], '1e3\n0x10\n-inf\nabc\n2.5\ninf\n');
    assert.equal(r.stdout, 'abc\n-inf\n2.5\n0x10\n1e3\ninf\n');
  });

  test('-h orders SI suffixes', async () => {
    assert.equal((await run(['sort', '-h'], '2G\n1K\n3\n5M\n1k\n')).stdout, '3\n1K\n1k\n5M\n2G\n');
  });

  test('-M orders month names, unknown first', async () => {
    assert.equal(
      (await run(['sort', '-M'], 'mar\nJan\nxyz\n DEC\nfebruary\n')).stdout,
      'xyz\nJan\nfebruary\nmar\n DEC\n',
    );
  });

  test('-V orders versions and file suffixes as filevercmp', async () => {
    const r = await run(['sort', '-V'], 'v1.10\nv1.2\nv1.2a\nfile-1.0~rc1\nfile-1.0\n.\n..\n.a\n');
    assert.equal(r.stdout, '.\n..\n.a\nfile-1.0~rc1\nfile-1.0\nv1.2\nv1.2a\nv1.10\n');
  });

  test('-f folds case, -d keeps only blanks and alphanumerics, -i drops controls', async () => {
    assert.equal((await run(['sort', '-f'], 'b\nA\na\nB\n')).stdout, 'A\na\nB\nb\n');
    assert.equal((await run(['sort', '-d'], '#b\na\n')).stdout, 'a\n#b\n');
    assert.equal((await run(['sort', '-i'], '\u0001b\na\n')).stdout, 'a\n\u0001b\n');
  });
});

describe('sort: keys and fields', () => {
  test('-k2 runs to the end of the line, -k2,2 stops at field 2', async () => {
    const input = 'x b 2\ny b 1\nz a 9\n';
    assert.equal((await run(['sort', '-k2'], input)).stdout, 'z a 9\ny b 1\nx b 2\n');
    assert.equal((await run(['sort', '-k2,2'], input)).stdout, 'z a 9\nx b 2\ny b 1\n');
  });

  test('blank-separated fields include their leading blanks unless -b', async () => {
    const input = 'a  c\nb b\n';
    assert.equal((await run(['sort', '-k2'], input)).stdout, 'a  c\nb b\n');
    assert.equal((await run(['sort', '-k2b'], input)).stdout, 'b b\na  c\n');
  });

  test('-t separates fields; per-key types override the global ones', async () => {
    const r = await run(['sort', '-t', ':', '-k2,2n', '-k1,1r'], 'a:10\nb:9\nc:9\n');
    assert.equal(r.stdout, 'c:9\nb:9\na:10\n');
  });

  test('character positions within fields', async () => {
    assert.equal((await run(['sort', '-k1.2,1.2'], 'ab\nba\naa\n')).stdout, 'aa\nba\nab\n');
  });

  test('-s keeps input order of equal keys, -u keeps the first of them', async () => {
    assert.equal((await run(['sort', '-s', '-k1,1'], 'b 2\na 2\nb 1\n')).stdout, 'a 2\nb 2\nb 1\n');
    assert.equal((await run(['sort', '-u', '-k1,1'], 'b 2\na 2\nb 1\n')).stdout, 'a 2\nb 2\n');
    assert.equal((await run(['sort', '-fu'], 'a\nA\nb\n')).stdout, 'a\nb\n');
  });

  test('the obsolete +POS1 -POS2 form', async () => {
    assert.equal((await run(['sort', '+1', '-2'], 'a 2 x\nb 1 z\n')).stdout, 'b 1 z\na 2 x\n');
  });

  test('-z uses NUL as the line delimiter', async () => {
    assert.equal((await run(['sort', '-z'], 'b\0a\nx\0')).stdout, 'a\nx\0b\0');
  });
});

describe('sort: modes', () => {
  test('-c reports the first disorder with file and line', async () => {
    const r = await run(['sort', '-c', 'f'], undefined, { f: 'a\nc\nb\n' });
    assert.equal(r.stderr, 'sort: f:3: disorder: b\n');
    assert.equal(r.exitCode, 1);
    assert.equal((await run(['sort', '-C'], 'b\na\n')).stderr, '');
    assert.equal((await run(['sort', '-C'], 'b\na\n')).exitCode, 1);
    assert.equal((await run(['sort', '-c'], 'a\nb\n')).exitCode, 0);
    assert.equal((await run(['sort', '-cu'], 'a\na\n')).stderr, 'sort: -:2: disorder: a\n');
  });

  test('-m merges sorted inputs without sorting them', async () => {
    const r = await run(['sort', '-m', 'a', 'b'], undefined, { a: '1\n3\n5\n', b: '2\n4\n' });
    assert.equal(r.stdout, '1\n2\n3\n4\n5\n');
    assert.equal((await run(['sort', '-m', 'a', 'b'], undefined, { a: '3\n1\n', b: '2\n' })).stdout, '2\n3\n1\n');
  });

  test('-o may name an input: all input is read before the output is opened', async () => {
    const fs = await fsWith({ f: 'b\na\n' });
    const { runCommand } = await import('../../helpers/command-harness.js');
    const r = await runCommand(fs, ['sort', '-o', 'f', 'f']);
    assert.equal(r.exitCode, 0);
    assert.equal(Buffer.from(await fs.readFile('/f')).toString(), 'a\nb\n');
  });
});

describe('sort: errors', () => {
  test('missing input: exit 2 and no output', async () => {
    const r = await run(['sort', 'a', 'missing'], undefined, { a: 'x\n' });
    assert.equal(r.stdout, '');
    assert.equal(r.stderr, 'sort: cannot read: missing: No such file or directory\n');
    assert.equal(r.exitCode, 2);
  });

  test('a directory input', async () => {
    const r = await run(['sort', 'd'], undefined, { 'd/x': '' });
    assert.equal(r.stderr, 'sort: read failed: d: Is a directory\n');
  });

  test('bad keys, flags and option mixes', async () => {
    const cases: [string[], string][] = [
      [['-k', '0'], "sort: field number is zero: invalid field specification '0'\n"],
      [['-k', '1.x'], "sort: invalid number after '.': invalid count at start of 'x'\n"],
      [['-k', '1bx'], "sort: stray character in field spec: invalid field specification '1bx'\n"],
      [['-n', '-g'], "sort: options '-gn' are incompatible\n"],
      [['-t', 'ab'], "sort: multi-character tab 'ab'\n"],
      [['-c', 'a', 'b'], "sort: extra operand 'b' not allowed with -c\n"],
      [['--bogus'], "sort: unrecognized option '--bogus'\nTry 'sort --help' for more information.\n"],
    ];
    for (const [args, message] of cases) {
      const r = await run(['sort', ...args], 'a\n');
      assert.equal(r.stderr, message, args.join(' '));
      assert.equal(r.exitCode, 2, args.join(' '));
    }
  });

  test('an output that cannot be opened', async () => {
    const r = await run(['sort', '-o', '/no/dir/x'], 'a\n');
    assert.equal(r.stderr, 'sort: open failed: /no/dir/x: No such file or directory\n');
    assert.equal(r.exitCode, 2);
  });
});

describe('sort: large inputs', () => {
  /** Runs the file sort directly with a tiny memory budget so it spills and merges runs. */
  async function sortSpilling(args: string[], input: string, budget: number): Promise<string> {
    const fs = await fsWith({ in: input });
    const out = new CollectSink();
    const ctx: CommandContext = {
      name: 'sort',
      args,
      cwd: '/',
      env: {},
      fs,
      signal: new AbortController().signal,
      stdin: EMPTY_SOURCE,
      stdout: out,
      stderr: new CollectSink(),
      resolve: (p) => (p.startsWith('/') ? p : `/${p}`),
      exec: async () => 127,
      lookup: () => null,
    };
    await sortFiles(ctx, planOf(parseFlags('sort', args, SORT_FLAGS), []), ['/in'], budget);
    return out.text();
  }

  test('spilled runs merge to the same result as an in-memory sort', async () => {
    const lines = Array.from({ length: 5000 }, (_, i) => `${(i * 7919) % 1000} w${i % 13}`);
    const input = `${lines.join('\n')}\n`;
    for (const args of [[], ['-u'], ['-k2,2', '-s'], ['-rn']]) {
      const expected = (await run(['sort', ...args], input)).stdout;
      assert.equal(await sortSpilling(args, input, 4096), expected, args.join(' '));
    }
  });

  test('stops when cancelled', async () => {
    const controller = new AbortController();
    controller.abort();
    const { runCommand, makeFs } = await import('../../helpers/command-harness.js');
    await assert.rejects(runCommand(makeFs(), ['sort'], { stdin: 'b\na\n'.repeat(100), signal: controller.signal }));
  });
});
