import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { MountTable } from '../../../src/workspace/mount-table.js';
import { runCommand } from '../../helpers/command-harness.js';
import { fsWith } from './run.js';

async function text(fs: MountTable, path: string): Promise<string> {
  return Buffer.from(await fs.readFile(path)).toString();
}

async function names(fs: MountTable): Promise<string[]> {
  return (await fs.readdir('/')).map((e) => e.name);
}

const TEN = `${Array.from({ length: 10 }, (_, i) => i + 1).join('\n')}\n`;

describe('split', () => {
  test('-l writes files of N lines named xaa, xab, ...', async () => {
    const fs = await fsWith({ in: TEN });
    assert.equal((await runCommand(fs, ['split', '-l', '3', 'in'])).exitCode, 0);
    assert.deepEqual(await names(fs), ['in', 'xaa', 'xab', 'xac', 'xad']);
    assert.equal(await text(fs, '/xad'), '10\n');
  });

  test('-b with numeric suffixes and a prefix; -n chunks give the rest to the last file', async () => {
    const fs = await fsWith({ in: '0123456789' });
    await runCommand(fs, ['split', '-b', '4', '-d', 'in', 'p_']);
    assert.deepEqual(await names(fs), ['in', 'p_00', 'p_01', 'p_02']);
    await runCommand(fs, ['split', '-n', '3', 'in']);
    assert.deepEqual(await Promise.all(['/xaa', '/xab', '/xac'].map((p) => text(fs, p))), ['012', '345', '6789']);
  });

  test('-n l/N keeps lines whole; -n K/N and l/K/N print one chunk', async () => {
    const fs = await fsWith({ in: TEN });
    await runCommand(fs, ['split', '-n', 'l/3', 'in']);
    assert.equal(await text(fs, '/xaa'), '1\n2\n3\n4\n');
    assert.equal((await runCommand(fs, ['split', '-n', '2/3', 'in'])).stdout, '\n5\n6\n7\n');
    assert.equal((await runCommand(fs, ['split', '-n', 'l/2/3', 'in'])).stdout, '5\n6\n7\n');
  });

  test('suffixes widen automatically after xyz, and run out with -a', async () => {
    const fs = await fsWith({ in: `${'x\n'.repeat(700)}` });
    await runCommand(fs, ['split', '-l', '1', 'in']);
    const all = await names(fs);
    assert.equal(all.length, 701);
    assert.ok(all.includes('xyz') && all.includes('xzaaa') && all.includes('xzabx'));
    const small = await fsWith({ in: TEN });
    const r = await runCommand(small, ['split', '-a', '1', '-l', '1', 'in']);
    assert.equal(r.exitCode, 0);
    const short = await fsWith({ in: `${'x\n'.repeat(30)}` });
    const out = await runCommand(short, ['split', '-a', '1', '-l', '1', 'in']);
    assert.equal(out.stderr, 'split: output file suffixes exhausted\n');
    assert.equal(out.exitCode, 1);
  });

  test('errors: bad counts, two modes, -n on a pipe, missing input', async () => {
    const fs = await fsWith();
    const cases: [string[], string][] = [
      [['-l', '0'], "split: invalid number of lines: '0': Numerical result out of range\n"],
      [['-b', '1x'], "split: invalid number of bytes: '1x'\n"],
      [['-n', '3', '-l', '2'], "split: cannot split in more than one way\nTry 'split --help' for more information.\n"],
      [['-n', '3'], 'split: -: cannot determine file size\n'],
      [['missing'], "split: cannot open 'missing' for reading: No such file or directory\n"],
    ];
    for (const [args, message] of cases) {
      const r = await runCommand(fs, ['split', ...args], { stdin: 'a\n' });
      assert.equal(r.stderr, message, args.join(' '));
      assert.equal(r.exitCode, 1);
    }
    assert.deepEqual(await names(fs), []);
  });
});

describe('csplit', () => {
  test('splits at regexps with offsets and prints the sizes', async () => {
    const fs = await fsWith({ in: `${TEN}11\n12\n` });
    const r = await runCommand(fs, ['csplit', 'in', '/3/+1', '%8%', '/10/-1']);
    assert.equal(r.stdout, '6\n2\n11\n');
    assert.equal(await text(fs, '/xx00'), '1\n2\n3\n');
    assert.equal(await text(fs, '/xx01'), '8\n');
    assert.equal(await text(fs, '/xx02'), '9\n10\n11\n12\n');
  });

  test('{*} repeats until the input ends; -f -n name the files', async () => {
    const fs = await fsWith({ in: TEN });
    const r = await runCommand(fs, ['csplit', '-s', '-f', 'p', '-n', '1', 'in', '/[05]$/', '{*}']);
    assert.equal(r.exitCode, 0);
    assert.deepEqual(await names(fs), ['in', 'p0', 'p1', 'p2']);
    assert.equal(await text(fs, '/p1'), '5\n6\n7\n8\n9\n');
  });

  test('an error removes the files written unless -k', async () => {
    const fs = await fsWith({ in: TEN });
    const r = await runCommand(fs, ['csplit', 'in', '5', '20']);
    assert.equal(r.stderr, "csplit: '20': line number out of range\n");
    assert.equal(r.exitCode, 1);
    assert.deepEqual(await names(fs), ['in']);
    await runCommand(fs, ['csplit', '-k', 'in', '5', '20']);
    assert.deepEqual(await names(fs), ['in', 'xx00', 'xx01']);
  });

  test('pattern errors', async () => {
    const fs = await fsWith({ in: TEN });
    assert.equal(
      (await runCommand(fs, ['csplit', 'in', '0'])).stderr,
      'csplit: 0: line number must be greater than zero\n',
    );
    assert.equal((await runCommand(fs, ['csplit', 'in', '/x/'])).stderr, "csplit: '/x/': match not found\n");
    assert.equal((await runCommand(fs, ['csplit', 'in', '/a'])).stderr, "csplit: /a: closing delimiter '/' missing\n");
  });
});

describe('shuf', () => {
  const SOURCE = 'abcdefghijklmnopqrstuvwxyz0123456789';
  const shuf = async (args: string[], stdin?: string) => {
    const fs = await fsWith({ rs: SOURCE, f50: `${Array.from({ length: 50 }, (_, i) => i + 1).join('\n')}\n` });
    return runCommand(fs, ['shuf', ...args, '--random-source=rs'], { stdin });
  };

  test('--random-source gives GNU shuf output byte for byte', async () => {
    assert.equal((await shuf(['-i', '1-10'])).stdout, '8\n2\n5\n6\n1\n7\n10\n3\n9\n4\n');
    assert.equal((await shuf(['-e', 'a', 'b', 'c', 'd', 'e'])).stdout, 'c\ne\nd\nb\na\n');
    assert.equal((await shuf(['-r', '-n', '6', '-i', '1-3'])).stdout, '2\n3\n2\n1\n2\n3\n');
  });

  test('-n samples a file by permutation and a pipe by reservoir sampling, as GNU does', async () => {
    assert.equal((await shuf(['-n', '3', 'f50'])).stdout, '48\n13\n22\n');
    const lines = `${Array.from({ length: 50 }, (_, i) => i + 1).join('\n')}\n`;
    assert.equal((await shuf(['-n', '3'], lines)).stdout, '26\n37\n24\n');
  });

  test('without a source the output is a permutation', async () => {
    const fs = await fsWith();
    const r = await runCommand(fs, ['shuf', '-i', '1-200']);
    const got = r.stdout.trim().split('\n').map(Number);
    assert.deepEqual(
      [...got].sort((a, b) => a - b),
      Array.from({ length: 200 }, (_, i) => i + 1),
    );
  });

  test('errors: short random source, bad range, nothing to repeat', async () => {
    const fs = await fsWith({ tiny: 'ab' });
    assert.equal(
      (await runCommand(fs, ['shuf', '-i', '1-1000', '--random-source=tiny'])).stderr,
      "shuf: 'tiny': end of file\n",
    );
    assert.equal((await runCommand(fs, ['shuf', '-i', '5-3'])).stderr, "shuf: invalid input range: '5-3'\n");
    assert.equal((await runCommand(fs, ['shuf', '-r', '-e'])).stderr, 'shuf: no lines to repeat\n');
  });
});
