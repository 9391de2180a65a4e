import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { CollectSink, Pipe } from '../../../src/core/io.js';
import { makeFs, runCommand } from '../../helpers/command-harness.js';
import { runWith } from '../text/streams.js';

async function fsWith() {
  const fs = makeFs();
  await fs.writeFile('/f', 'data\n');
  await fs.writeFile('/empty', '');
  await fs.mkdir('/d');
  await fs.symlink('/f', '/link');
  return fs;
}

async function status(fs: Awaited<ReturnType<typeof fsWith>>, argv: string[], env: Record<string, string> = {}) {
  const r = await runCommand(fs, argv, { env });
  return [r.exitCode, r.stderr] as const;
}

describe('test and [', () => {
  test('zero to four arguments follow the POSIX rules', async () => {
    const fs = await fsWith();
    const cases: [string[], number, string][] = [
      [['test'], 1, ''],
      [['test', ''], 1, ''],
      [['test', 'a'], 0, ''],
      [['test', '-n'], 0, ''],
      [['test', '!'], 0, ''],
      [['test', '!', 'a'], 1, ''],
      [['test', '!', ''], 0, ''],
      [['test', 'a', 'b'], 2, 'test: a: unary operator expected\n'],
      [['test', '-q', 'a'], 2, 'test: -q: unary operator expected\n'],
      [['test', '(', 'a'], 2, 'test: (: unary operator expected\n'],
      [['test', 'a', '=', 'a'], 0, ''],
      [['test', 'a', '==', 'b'], 1, ''],
      [['test', 'a', 'b', 'c'], 2, 'test: b: binary operator expected\n'],
      [['test', '-z', '-z', '-z'], 2, 'test: -z: binary operator expected\n'],
      [['test', '!', 'a', '=', 'a'], 1, ''],
      [['test', '(', 'a', ')'], 0, ''],
      [['test', '(', '', ')'], 1, ''],
      [['test', 'a', '-a', ''], 1, ''],
      [['test', 'a', '-o', ''], 0, ''],
      [['test', '!', '=', 'a'], 1, ''],
      [['test', '=', '=', '='], 0, ''],
      [['test', '-n', '=', '-n'], 0, ''],
      [['test', 'a', 'b', 'c', 'd'], 2, 'test: too many arguments\n'],
      [['test', '-e'], 0, ''],
      [['test', '--help'], 0, ''],
    ];
    for (const [argv, code, err] of cases) assert.deepEqual(await status(fs, argv), [code, err], argv.join(' '));
  });

  test('longer expressions: ! -a -o and parentheses', async () => {
    const fs = await fsWith();
    assert.deepEqual(await status(fs, ['test', 'a', '-a', 'b', '-o', '']), [0, '']);
    assert.deepEqual(await status(fs, ['test', '', '-a', 'b', '-o', '']), [1, '']);
    assert.deepEqual(await status(fs, ['test', '!', '!', 'a', '-a', 'b']), [0, '']);
    assert.deepEqual(await status(fs, ['test', '(', 'a', '=', 'b', ')', '-o', 'x']), [0, '']);
    assert.deepEqual(await status(fs, ['test', '(', 'a', '-a', '(', ')', ')']), [2, "test: `)' expected\n"]);
    assert.deepEqual(await status(fs, ['test', '1', '2', '3', '4', '5']), [2, 'test: too many arguments\n']);
    assert.deepEqual(await status(fs, ['test', '-e', '/f', '-a', '-d', '/d']), [0, '']);
    assert.deepEqual(await status(fs, ['test', '(', 'a', 'b', 'c', 'd']), [2, "test: `)' expected, found b\n"]);
  });

  test('integers: blanks and signs allowed, anything else is exit 2', async () => {
    const fs = await fsWith();
    assert.deepEqual(await status(fs, ['test', '1', '-eq', ' 1 ']), [0, '']);
    assert.deepEqual(await status(fs, ['test', '1', '-eq', '+1']), [0, '']);
    assert.deepEqual(await status(fs, ['test', '-1', '-lt', '0']), [0, '']);
    assert.deepEqual(await status(fs, ['test', '3', '-ge', '4']), [1, '']);
    for (const bad of ['abc', '1.0', '0x10', '', ' ', '99999999999999999999']) {
      assert.deepEqual(await status(fs, ['test', bad, '-eq', '1']), [2, `test: ${bad}: integer expression expected\n`]);
    }
  });

  test('strings compare in byte order', async () => {
    const fs = await fsWith();
    assert.deepEqual(await status(fs, ['test', 'a', '<', 'b']), [0, '']);
    assert.deepEqual(await status(fs, ['test', 'b', '>', 'a']), [0, '']);
    assert.deepEqual(await status(fs, ['test', 'B', '>', 'a']), [1, '']);
    assert.deepEqual(await status(fs, ['test', 'a', '!=', 'a']), [1, '']);
  });

  test('file primaries through the VFS', async () => {
    const fs = await fsWith();
    const yes: string[][] = [
      ['-e', '/f'],
      ['-a', '/f'],
      ['-f', '/f'],
      ['-d', '/d'],
      ['-s', '/f'],
      ['-r', '/f'],
      ['-w', '/f'],
      ['-h', '/link'],
      ['-L', '/link'],
      ['-f', '/link'],
      ['-x', '/d'],
      ['-e', 'f'],
    ];
    for (const t of yes) assert.deepEqual(await status(fs, ['test', ...t]), [0, ''], t.join(' '));
    const no: string[][] = [
      ['-e', '/nope'],
      ['-f', '/d'],
      ['-d', '/f'],
      ['-s', '/empty'],
      ['-x', '/f'],
      ['-L', '/f'],
      ['-e', ''],
      ['-p', '/f'],
      ['-t', '0'],
      ['-b', '/f'],
      ['-S', '/f'],
      ['-o', 'noclobber'],
    ];
    for (const t of no) assert.deepEqual(await status(fs, ['test', ...t]), [1, ''], t.join(' '));
    assert.deepEqual(await status(fs, ['test', '-v', 'HOME'], { HOME: '/' }), [0, '']);
    assert.deepEqual(await status(fs, ['test', '-v', 'NOPE']), [1, '']);
  });

  test('-nt -ot -ef', async () => {
    const fs = await fsWith();
    await fs.utimes('/f', 1000);
    await fs.writeFile('/newer', 'x');
    assert.deepEqual(await status(fs, ['test', '/newer', '-nt', '/f']), [0, '']);
    assert.deepEqual(await status(fs, ['test', '/f', '-nt', '/newer']), [1, '']);
    assert.deepEqual(await status(fs, ['test', '/f', '-nt', '/nope']), [0, '']);
    assert.deepEqual(await status(fs, ['test', '/nope', '-ot', '/f']), [0, '']);
    assert.deepEqual(await status(fs, ['test', '/f', '-ef', '/f']), [0, '']);
    assert.deepEqual(await status(fs, ['test', '/link', '-ef', '/f']), [0, '']);
    assert.deepEqual(await status(fs, ['test', '/f', '-ef', '/newer']), [1, '']);
  });

  test('[ needs its closing ]', async () => {
    const fs = await fsWith();
    assert.deepEqual(await status(fs, ['[', '1', '=', '1', ']']), [0, '']);
    assert.deepEqual(await status(fs, ['[', ']']), [1, '']);
    assert.deepEqual(await status(fs, ['[', '1', '=', '1']), [2, "[: missing `]'\n"]);
    assert.deepEqual(await status(fs, ['[']), [2, "[: missing `]'\n"]);
    assert.deepEqual(await status(fs, ['[', '--help']), [2, "[: missing `]'\n"]);
    assert.deepEqual(await status(fs, ['[', 'a', ']', ']']), [2, '[: a: unary operator expected\n']);
  });
});

describe('true and false', () => {
  test('ignore their arguments, --help included', async () => {
    const fs = makeFs();
    assert.equal((await runCommand(fs, ['true', '--help'])).exitCode, 0);
    assert.equal((await runCommand(fs, ['true', '--help'])).stdout, '');
    assert.equal((await runCommand(fs, ['false', '-x'])).exitCode, 1);
  });
});

describe('seq', () => {
  test('integers, steps, separators, equal width', async () => {
    const fs = makeFs();
    const cases: [string[], string][] = [
      [['seq', '3'], '1\n2\n3\n'],
      [['seq', '2', '4'], '2\n3\n4\n'],
      [['seq', '5', '-2', '1'], '5\n3\n1\n'],
      [['seq', '-3', '-1'], '-3\n-2\n-1\n'],
      [['seq', '--', '-1', '1'], '-1\n0\n1\n'],
      [['seq', '-w', '8', '10'], '08\n09\n10\n'],
      [['seq', '-w', '-1', '1'], '-1\n00\n01\n'],
      [['seq', '-s,', '3'], '1,2,3\n'],
      [['seq', '-s', '::', '1', '3'], '1::2::3\n'],
      [['seq', '-s', '', '3'], '123\n'],
      [['seq', '0'], ''],
      [['seq', '10', '1'], ''],
      [['seq', '-1'], ''],
      [['seq', '99999999999999999998', '99999999999999999999'], '99999999999999999998\n99999999999999999999\n'],
    ];
    for (const [argv, out] of cases) assert.equal((await runCommand(fs, argv)).stdout, out, argv.join(' '));
  });

  test('fractions and formats follow GNU', async () => {
    const fs = makeFs();
    const cases: [string[], string][] = [
      [['seq', '0', '0.1', '0.3'], '0.0\n0.1\n0.2\n0.3\n'],
      [['seq', '1', '0.5', '3'], '1.0\n1.5\n2.0\n2.5\n3.0\n'],
      [['seq', '0.1', '0.1', '1'], '0.1\n0.2\n0.3\n0.4\n0.5\n0.6\n0.7\n0.8\n0.9\n1.0\n'],
      [['seq', '-w', '0.5', '0.5', '2'], '0.5\n1.0\n1.5\n2.0\n'],
      [['seq', '-w', '1', '1.5', '5'], '1.0\n2.5\n4.0\n'],
      [['seq', '-f', '%03g', '3'], '001\n002\n003\n'],
      [['seq', '-f', 'x%.2fy', '1', '2'], 'x1.00y\nx2.00y\n'],
      [['seq', '-f', '%e', '1', '2'], '1.000000e+00\n2.000000e+00\n'],
      [['seq', '-f', '%%%g%%', '1'], '%1%\n'],
      [['seq', '1e2', '1e2', '3e2'], '100\n200\n300\n'],
      [['seq', '1e-2', '1e-2', '3e-2'], '0.01\n0.02\n0.03\n'],
      [['seq', '.5', '2'], '0.5\n1.5\n'],
      [['seq', '1.5'], '1\n'],
      [['seq', '1', '3.0'], '1\n2\n3\n'],
      [['seq', '1.0', '3'], '1.0\n2.0\n3.0\n'],
      [['seq', '0x10', '0x12'], '16\n17\n18\n'],
      [['seq', '1000000.5', '1000001'], '1000000.5\n'],
    ];
    for (const [argv, out] of cases) assert.equal((await runCommand(fs, argv)).stdout, out, argv.join(' '));
  });

  test('errors', async () => {
    const fs = makeFs();
    const TRY = "Try 'seq --help' for more information.\n";
    const cases: [string[], string][] = [
      [['seq'], `seq: missing operand\n${TRY}`],
      [['seq', '1', '2', '3', '4'], `seq: extra operand '4'\n${TRY}`],
      [['seq', 'abc'], `seq: invalid floating point argument: 'abc'\n${TRY}`],
      [['seq', '1', '0', '3'], `seq: invalid Zero increment value: '0'\n${TRY}`],
      [['seq', 'nan'], `seq: invalid 'not-a-number' argument: 'nan'\n${TRY}`],
      [['seq', '-f', '%d', '3'], "seq: format '%d' has unknown %d directive\n"],
      [['seq', '-f', 'abc', '3'], "seq: format 'abc' has no % directive\n"],
      [['seq', '-f', '%g%g', '3'], "seq: format '%g%g' has too many % directives\n"],
      [['seq', '-f', '%', '3'], "seq: format '%' ends in %\n"],
      [
        ['seq', '-w', '-f', '%g', '3'],
        `seq: format string may not be specified when printing equal width strings\n${TRY}`,
      ],
      [['seq', '-x'], `seq: invalid option -- 'x'\n${TRY}`],
    ];
    for (const [argv, err] of cases) {
      const r = await runCommand(fs, argv);
      assert.equal(r.stderr, err, argv.join(' '));
      assert.equal(r.exitCode, 1, argv.join(' '));
    }
  });

  test('an endless sequence stops on a closed pipe and on abort', async () => {
    const pipe = new Pipe();
    const run = runWith(makeFs(), ['seq', '1', 'inf'], { stdout: pipe });
    let got = '';
    for await (const chunk of pipe) {
      got += Buffer.from(chunk).toString();
      if (got.length > 100) break;
    }
    await assert.rejects(run, { name: 'BrokenPipeError' });
    assert.ok(got.startsWith('1\n2\n3\n'));
    const ac = new AbortController();
    setTimeout(() => ac.abort(), 50);
    await assert.rejects(runWith(makeFs(), ['seq', '1', 'inf'], { stdout: new CollectSink(), signal: ac.signal }));
  });
});
