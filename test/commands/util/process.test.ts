import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { CollectSink, encodeText, Pipe } from '../../../src/core/io.js';
import { makeFs, runCommand } from '../../helpers/command-harness.js';
import { CountingSource, runWith } from '../text/streams.js';

describe('env and printenv', () => {
  test('env prints, modifies and clears the environment', async () => {
    const fs = makeFs();
    const base = { HOME: '/root', A: 'a' };
    assert.equal((await runCommand(fs, ['env'], { env: base })).stdout, 'HOME=/root\nA=a\n');
    assert.equal((await runCommand(fs, ['env', '-i', 'A=1', 'B=2'], { env: base })).stdout, 'A=1\nB=2\n');
    assert.equal((await runCommand(fs, ['env', '-u', 'HOME'], { env: base })).stdout, 'A=a\n');
    assert.equal((await runCommand(fs, ['env', '-', 'X=1'], { env: base })).stdout, 'X=1\n');
    assert.equal((await runCommand(fs, ['env', '-0', '-i', 'A=1', 'B=2'])).stdout, 'A=1\0B=2\0');
  });

  test('env runs a command with the new environment and passes its status on', async () => {
    const fs = makeFs();
    const r = await runCommand(fs, ['env', '-i', 'A=1', 'printenv', 'A'], { env: { A: 'old' } });
    assert.equal(r.stdout, '1\n');
    assert.equal((await runCommand(fs, ['env', 'false'])).exitCode, 1);
    const nested = await runCommand(fs, ['env', '-i', 'A=1', 'env'], { env: { B: '2' } });
    assert.equal(nested.stdout, 'A=1\n');
  });

  test('env errors: 127 for a missing command, 125 for its own', async () => {
    const fs = makeFs();
    const missing = await runCommand(fs, ['env', 'nosuch']);
    assert.deepEqual([missing.exitCode, missing.stderr], [127, "env: 'nosuch': No such file or directory\n"]);
    const dashdash = await runCommand(fs, ['env', '-i', 'A=1', '--', 'true']);
    assert.deepEqual([dashdash.exitCode, dashdash.stderr], [127, "env: '--': No such file or directory\n"]);
    const bad = await runCommand(fs, ['env', '-x']);
    assert.deepEqual(
      [bad.exitCode, bad.stderr],
      [125, "env: invalid option -- 'x'\nTry 'env --help' for more information.\n"],
    );
    const unset = await runCommand(fs, ['env', '-u', 'A=b']);
    assert.deepEqual([unset.exitCode, unset.stderr], [125, "env: cannot unset 'A=b': Invalid argument\n"]);
  });

  test('printenv prints values and fails for missing names', async () => {
    const fs = makeFs();
    const env = { HOME: '/root', PATH: '/bin' };
    const r = await runCommand(fs, ['printenv', 'HOME', 'NOPE', 'PATH'], { env });
    assert.deepEqual([r.stdout, r.exitCode], ['/root\n/bin\n', 1]);
    assert.equal((await runCommand(fs, ['printenv'], { env })).stdout, 'HOME=/root\nPATH=/bin\n');
    assert.equal((await runCommand(fs, ['printenv', 'A=b'], { env })).exitCode, 1);
    const bad = await runCommand(fs, ['printenv', '-x']);
    assert.deepEqual(
      [bad.exitCode, bad.stderr],
      [2, "printenv: invalid option -- 'x'\nTry 'printenv --help' for more information.\n"],
    );
  });
});

describe('which', () => {
  test('prints /usr/bin/NAME for commands, exit 1 when any is missing', async () => {
    const fs = makeFs();
    const r = await runCommand(fs, ['which', 'echo', 'nosuch', 'seq']);
    assert.deepEqual([r.stdout, r.exitCode], ['/usr/bin/echo\n/usr/bin/seq\n', 1]);
    assert.equal((await runCommand(fs, ['which', '-a', 'echo'])).stdout, '/usr/bin/echo\n');
    assert.equal((await runCommand(fs, ['which'])).exitCode, 1);
    const bad = await runCommand(fs, ['which', '-x', 'ls']);
    assert.deepEqual([bad.exitCode, bad.stderr], [2, 'Illegal option -x\nUsage: /usr/bin/which [-a] args\n']);
  });
});

describe('sleep', () => {
  test('sums its operands with suffixes', async () => {
    const t = Date.now();
    const r = await runCommand(makeFs(), ['sleep', '0.05', '0.0005m', '0x.1']);
    assert.equal(r.exitCode, 0);
    assert.ok(Date.now() - t >= 100);
  });

  test('errors', async () => {
    const fs = makeFs();
    const TRY = "Try 'sleep --help' for more information.\n";
    const cases: [string[], string][] = [
      [['sleep'], `sleep: missing operand\n${TRY}`],
      [['sleep', 'x', '1y'], `sleep: invalid time interval 'x'\nsleep: invalid time interval '1y'\n${TRY}`],
      [['sleep', '1d2'], `sleep: invalid time interval '1d2'\n${TRY}`],
      [['sleep', '0.01 '], `sleep: invalid time interval '0.01 '\n${TRY}`],
      [['sleep', '-1'], `sleep: invalid option -- '1'\n${TRY}`],
    ];
    for (const [argv, err] of cases) {
      const r = await runCommand(fs, argv);
      assert.deepEqual([r.exitCode, r.stderr], [1, err], argv.join(' '));
    }
  });

  test('stops at once when aborted, even sleep inf', async () => {
    const ac = new AbortController();
    setTimeout(() => ac.abort(), 30);
    const t = Date.now();
    await assert.rejects(runCommand(makeFs(), ['sleep', 'inf'], { signal: ac.signal }));
    assert.ok(Date.now() - t < 1000);
  });
});

describe('timeout', () => {
  test('really stops the command and exits 124', async () => {
    const t = Date.now();
    const r = await runCommand(makeFs(), ['timeout', '0.1', 'sleep', '5']);
    assert.equal(r.exitCode, 124);
    assert.ok(Date.now() - t < 2000);
  });

  test('signals, --preserve-status, -v and -k', async () => {
    const fs = makeFs();
    assert.equal((await runCommand(fs, ['timeout', '-s', 'KILL', '0.05', 'sleep', '5'])).exitCode, 137);
    assert.equal((await runCommand(fs, ['timeout', '-s', '9', '0.05', 'sleep', '5'])).exitCode, 137);
    assert.equal((await runCommand(fs, ['timeout', '--preserve-status', '0.05', 'sleep', '5'])).exitCode, 143);
    assert.equal(
      (await runCommand(fs, ['timeout', '-s', 'INT', '--preserve-status', '0.05', 'sleep', '5'])).exitCode,
      130,
    );
    assert.equal((await runCommand(fs, ['timeout', '-k', '1', '0.05', 'sleep', '5'])).exitCode, 124);
    const v = await runCommand(fs, ['timeout', '-v', '0.05', 'sleep', '1']);
    assert.deepEqual([v.exitCode, v.stderr], [124, "timeout: sending signal TERM to command 'sleep'\n"]);
  });

  test('passes the status through when the command finishes in time', async () => {
    const fs = makeFs();
    assert.equal((await runCommand(fs, ['timeout', '1', 'false'])).exitCode, 1);
    assert.equal((await runCommand(fs, ['timeout', '1s', 'true'])).exitCode, 0);
    assert.equal((await runCommand(fs, ['timeout', '0', 'true'])).exitCode, 0);
    const r = await runCommand(fs, ['timeout', '5', 'echo', 'hi']);
    assert.equal(r.stdout, 'hi\n');
  });

  test('errors: 125 for its own, 127 for a missing command', async () => {
    const fs = makeFs();
    const TRY = "Try 'timeout --help' for more information.\n";
    const cases: [string[], number, string][] = [
      [['timeout'], 125, TRY],
      [['timeout', '1'], 125, TRY],
      [['timeout', 'x', 'sleep', '1'], 125, `timeout: invalid time interval 'x'\n${TRY}`],
      [['timeout', '--', '-1', 'true'], 125, `timeout: invalid time interval '-1'\n${TRY}`],
      [['timeout', '-s', 'FOO', '1', 'true'], 125, `timeout: 'FOO': invalid signal\n${TRY}`],
      [['timeout', '-k', 'x', '1', 'true'], 125, `timeout: invalid time interval 'x'\n${TRY}`],
      [['timeout', '1', 'nosuch'], 127, "timeout: failed to run command 'nosuch': No such file or directory\n"],
    ];
    for (const [argv, code, err] of cases) {
      const r = await runCommand(fs, argv);
      assert.deepEqual([r.exitCode, r.stderr], [code, err], argv.join(' '));
    }
  });
});

describe('yes', () => {
  test('repeats its arguments until the reader goes away', async () => {
    const pipe = new Pipe();
    const run = runWith(makeFs(), ['yes', 'a', 'b'], { stdout: pipe });
    let got = '';
    for await (const chunk of pipe) {
      got += Buffer.from(chunk).toString();
      break;
    }
    await assert.rejects(run, { name: 'BrokenPipeError' });
    assert.ok(got.length >= 4096, 'writes large blocks');
    assert.ok(got.startsWith('a b\na b\n'));
    assert.ok(got.endsWith('a b\n'));
  });

  test('stops on abort even when its sink never waits', async () => {
    const ac = new AbortController();
    setTimeout(() => ac.abort(), 30);
    await assert.rejects(runWith(makeFs(), ['yes'], { stdout: new CollectSink(), signal: ac.signal }));
  });

  test('-- and usage errors', async () => {
    const pipe = new Pipe();
    const run = runWith(makeFs(), ['yes', '--', '-x'], { stdout: pipe });
    for await (const chunk of pipe) {
      assert.ok(Buffer.from(chunk).toString().startsWith('-x\n-x\n'));
      break;
    }
    await assert.rejects(run);
    const r = await runCommand(makeFs(), ['yes', '-x']);
    assert.deepEqual(
      [r.exitCode, r.stderr],
      [1, "yes: invalid option -- 'x'\nTry 'yes --help' for more information.\n"],
    );
  });
});

describe('xargs', () => {
  const IN = 'a b\nc d e\n';
  test('batches arguments onto echo by default', async () => {
    const fs = makeFs();
    assert.equal((await runCommand(fs, ['xargs'], { stdin: IN })).stdout, 'a b c d e\n');
    assert.equal(
      (await runCommand(fs, ['xargs', '-n', '1', 'echo', 'x'], { stdin: IN })).stdout,
      'x a\nx b\nx c\nx d\nx e\n',
    );
    assert.equal((await runCommand(fs, ['xargs', '-n', '2'], { stdin: '1 2 3 4 5' })).stdout, '1 2\n3 4\n5\n');
    assert.equal((await runCommand(fs, ['xargs', '-L', '1', 'echo', 'x'], { stdin: IN })).stdout, 'x a b\nx c d e\n');
    assert.equal((await runCommand(fs, ['xargs', '-L1'], { stdin: 'a \nb\n' })).stdout, 'a b\n');
    assert.equal((await runCommand(fs, ['xargs', '-L1'], { stdin: 'a\n\nb  \n' })).stdout, 'a\nb\n');
    assert.equal((await runCommand(fs, ['xargs', '-s', '12', 'echo'], { stdin: 'aaaa bbbb' })).stdout, 'aaaa\nbbbb\n');
    assert.equal((await runCommand(fs, ['xargs', '-P', '2', '-n', '1'], { stdin: IN })).stdout, 'a\nb\nc\nd\ne\n');
  });

  test('quotes and backslashes, -0 and -d', async () => {
    const fs = makeFs();
    const q = await runCommand(fs, ['xargs', '-n1'], { stdin: 'a \'b c\' "d e" f\\ g\n' });
    assert.equal(q.stdout, 'a\nb c\nd e\nf g\n');
    assert.equal(
      (await runCommand(fs, ['xargs', '-0', '-n1', 'echo', 'x'], { stdin: 'a\0\0b c' })).stdout,
      'x a\nx \nx b c\n',
    );
    assert.equal((await runCommand(fs, ['xargs', '-d,', '-n1'], { stdin: 'a,b,c' })).stdout, 'a\nb\nc\n');
    assert.equal((await runCommand(fs, ['xargs', '-d', '\\n', '-n1'], { stdin: 'a b\nc\n' })).stdout, 'a b\nc\n');
    const sq = await runCommand(fs, ['xargs'], { stdin: "a 'b\n" });
    assert.deepEqual(
      [sq.exitCode, sq.stderr],
      [1, 'xargs: unmatched single quote; by default quotes are special to xargs unless you use the -0 option\n'],
    );
    const dq = await runCommand(fs, ['xargs'], { stdin: 'a"b\n' });
    assert.equal(dq.exitCode, 1);
  });

  test('-I replaces in every initial argument, one line at a time', async () => {
    const fs = makeFs();
    assert.equal(
      (await runCommand(fs, ['xargs', '-I', '{}', 'echo', '[{}]', '{}'], { stdin: 'a\nb\n' })).stdout,
      '[a] a\n[b] b\n',
    );
    assert.equal(
      (await runCommand(fs, ['xargs', '-I', 'X', 'echo', '[X]'], { stdin: '  a  b  \n' })).stdout,
      '[a  b  ]\n',
    );
    assert.equal((await runCommand(fs, ['xargs', '-i', 'echo', '[{}]'], { stdin: 'a\n' })).stdout, '[a]\n');
    const warn = await runCommand(fs, ['xargs', '-I{}', '-n', '2', 'echo', '{}'], { stdin: 'a\nb\nc\n' });
    assert.equal(warn.stdout, '{} a b\n{} c\n');
    assert.match(warn.stderr, /mutually exclusive/);
  });

  test('-r, -E, -t, -a', async () => {
    const fs = makeFs();
    assert.equal((await runCommand(fs, ['xargs', 'echo', 'hi'])).stdout, 'hi\n');
    assert.equal((await runCommand(fs, ['xargs', '-r', 'echo', 'hi'], { stdin: '  \n' })).stdout, '');
    assert.equal((await runCommand(fs, ['xargs', '-E', 'STOP'], { stdin: 'a b STOP c' })).stdout, 'a b\n');
    const t = await runCommand(fs, ['xargs', '-t', '-I', 'Q', 'echo', 'a b', 'Q'], { stdin: 'x\n' });
    assert.deepEqual([t.stdout, t.stderr], ['a b x\n', "echo 'a b' x\n"]);
    await fs.writeFile('/args', '1 2\n');
    assert.equal((await runCommand(fs, ['xargs', '-a', 'args'])).stdout, '1 2\n');
    const missing = await runCommand(fs, ['xargs', '-a', 'nofile']);
    assert.deepEqual(
      [missing.exitCode, missing.stderr],
      [1, "xargs: Cannot open input file 'nofile': No such file or directory\n"],
    );
  });

  test('exit statuses: 123 for failures, 127 not found, 1 for too-long lines', async () => {
    const fs = makeFs();
    assert.equal((await runCommand(fs, ['xargs', 'false'], { stdin: 'a' })).exitCode, 123);
    const nf = await runCommand(fs, ['xargs', 'nosuchcmd'], { stdin: 'a' });
    assert.deepEqual([nf.exitCode, nf.stderr], [127, 'xargs: nosuchcmd: No such file or directory\n']);
    const long = await runCommand(fs, ['xargs', '-s', '12', 'echo'], { stdin: 'aaaaaaaaaa' });
    assert.deepEqual([long.exitCode, long.stderr], [1, 'xargs: argument line too long\n']);
  });

  test('usage errors', async () => {
    const fs = makeFs();
    const TRY = "Try 'xargs --help' for more information.\n";
    const cases: [string[], string][] = [
      [['xargs', '-n', '0'], `xargs: value 0 for -n option should be >= 1\n${TRY}`],
      [['xargs', '-n', 'x'], `xargs: invalid number "x" for -n option\n${TRY}`],
      [['xargs', '-L', '0'], `xargs: value 0 for -L option should be >= 1\n${TRY}`],
      [['xargs', '-P', '-1'], `xargs: value -1 for -P option should be >= 0\n${TRY}`],
      [['xargs', '-Q'], `xargs: invalid option -- 'Q'\n${TRY}`],
      [['xargs', '-I'], `xargs: option requires an argument -- 'I'\n${TRY}`],
      [
        ['xargs', '-d', 'xy'],
        'xargs: Invalid input delimiter specification xy: the delimiter must be either a single character or an escape sequence starting with \\.\n',
      ],
    ];
    for (const [argv, err] of cases) {
      const r = await runCommand(fs, argv, { stdin: 'a' });
      assert.deepEqual([r.exitCode, r.stderr], [1, err], argv.join(' '));
    }
  });

  test('stops reading an endless input when its output goes away', async () => {
    const source = new CountingSource(encodeText('y\n'.repeat(100)));
    const pipe = new Pipe();
    const run = runWith(makeFs(), ['xargs', '-n', '1', 'echo'], { stdin: source, stdout: pipe });
    for await (const _ of pipe) break;
    await assert.rejects(run, { name: 'BrokenPipeError' });
    assert.ok(source.pulled < 10);
  });

  test('stops on abort', async () => {
    const ac = new AbortController();
    setTimeout(() => ac.abort(), 30);
    const source = new CountingSource(encodeText('y\n'.repeat(100)));
    await assert.rejects(runWith(makeFs(), ['xargs', '-n', '1', 'true'], { stdin: source, signal: ac.signal }));
  });
});
