import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { COMMANDS } from '../../../src/commands/registry.js';
import type { CommandContext } from '../../../src/core/command.js';
import { CollectSink, EMPTY_SOURCE } from '../../../src/core/io.js';
import { resolvePath } from '../../../src/core/path.js';
import { RAMResource } from '../../../src/resources/ram/ram-resource.js';
import { makeFs, runCommand } from '../../helpers/command-harness.js';

async function fsWith(files: Record<string, string | Uint8Array>) {
  const fs = makeFs();
  for (const [path, data] of Object.entries(files)) await fs.writeFile(path, data);
  return fs;
}

describe('cat', () => {
  test('concatenates files and stdin in operand order', async () => {
    const fs = await fsWith({ '/a': 'A\n', '/b': 'B\n' });
    const r = await runCommand(fs, ['cat', 'a', '-', 'b'], { stdin: 'IN\n' });
    assert.equal(r.stdout, 'A\nIN\nB\n');
    assert.equal(r.exitCode, 0);
  });

  test('reads stdin without operands', async () => {
    const r = await runCommand(makeFs(), ['cat'], { stdin: 'x\ny' });
    assert.equal(r.stdout, 'x\ny');
  });

  test('resolves relative paths against cwd', async () => {
    const fs = makeFs();
    await fs.mkdir('/d');
    await fs.writeFile('/d/f', 'in d\n');
    assert.equal((await runCommand(fs, ['cat', 'f'], { cwd: '/d' })).stdout, 'in d\n');
  });

  test('-n numbers the concatenation, continuing an unterminated last line', async () => {
    const fs = await fsWith({ '/n1': 'a', '/n2': '\n\nb\n' });
    const r = await runCommand(fs, ['cat', '-n', 'n1', 'n2']);
    assert.equal(r.stdout, '     1\ta\n     2\t\n     3\tb\n');
  });

  test('-n widens past six digits as %6d does', async () => {
    const r = await runCommand(makeFs(), ['cat', '-n'], { stdin: 'a\n'.repeat(1_000_001) });
    assert.ok(r.stdout.endsWith('\n999999\ta\n1000000\ta\n1000001\ta\n'));
  });

  test('-s squeezes runs of empty lines, including leading ones', async () => {
    const r = await runCommand(makeFs(), ['cat', '-s'], { stdin: '\n\n\nx\n\n\ny' });
    assert.equal(r.stdout, '\nx\n\ny');
  });

  test('-bns numbers non-empty lines only', async () => {
    const r = await runCommand(makeFs(), ['cat', '-bns'], { stdin: 'a\tb\n\n\nc\n' });
    assert.equal(r.stdout, '     1\ta\tb\n\n     2\tc\n');
  });

  test('-A shows tabs, ends and non-printing bytes like GNU', async () => {
    const input = new Uint8Array([0x61, 0x09, 0x62, 0x01, 0x7f, 0x80, 0xff, 0xe9, 0x0a, 0x0a]);
    const r = await runCommand(makeFs(), ['cat', '-A'], { stdin: input });
    assert.equal(r.stdout, 'a^Ib^A^?M-^@M-^?M-i$\n$\n');
  });

  test('-e, -t and -E, -T', async () => {
    const fs = makeFs();
    assert.equal((await runCommand(fs, ['cat', '-e'], { stdin: 'a\tb\n' })).stdout, 'a\tb$\n');
    assert.equal((await runCommand(fs, ['cat', '-t'], { stdin: 'a\tb\x01\n' })).stdout, 'a^Ib^A\n');
    assert.equal((await runCommand(fs, ['cat', '-ET'], { stdin: 'a\tb\x01\n' })).stdout, 'a^Ib\x01$\n');
  });

  test('missing files and directories: GNU messages, keeps going, exit 1', async () => {
    const fs = await fsWith({ '/a': 'A\n' });
    await fs.mkdir('/d');
    const r = await runCommand(fs, ['cat', 'nosuch', 'a', 'd', 'a b']);
    assert.equal(r.stdout, 'A\n');
    assert.equal(
      r.stderr,
      "cat: nosuch: No such file or directory\ncat: d: Is a directory\ncat: 'a b': No such file or directory\n",
    );
    assert.equal(r.exitCode, 1);
  });

  test('unknown options are usage errors with exit 1', async () => {
    const r = await runCommand(makeFs(), ['cat', '-z']);
    assert.equal(r.stderr, "cat: invalid option -- 'z'\nTry 'cat --help' for more information.\n");
    assert.equal(r.exitCode, 1);
    const l = await runCommand(makeFs(), ['cat', '--bogus']);
    assert.equal(l.stderr, "cat: unrecognized option '--bogus'\nTry 'cat --help' for more information.\n");
  });

  test('--help prints usage', async () => {
    const r = await runCommand(makeFs(), ['cat', '--help']);
    assert.match(r.stdout, /^Usage: cat \[OPTION\]\.\.\. \[FILE\]\.\.\.\n/);
    assert.equal(r.exitCode, 0);
  });

  test('reports missing files on a read-only mount', async () => {
    const fs = makeFs({ '/': new RAMResource(), '/ro': new RAMResource({ readOnly: true }) });
    assert.equal((await runCommand(fs, ['cat', '/ro/nosuch'])).stderr, 'cat: /ro/nosuch: No such file or directory\n');
  });

  test('passes stored chunks through without copying', async () => {
    const big = new Uint8Array(3 * 1024 * 1024 + 5).fill(0x61);
    const fs = await fsWith({ '/big': big });
    const first = await fs.read('/big')[Symbol.asyncIterator]().next();
    const stored = first.value as Uint8Array;
    const seen: Uint8Array[] = [];
    const cmd = COMMANDS.get('cat');
    assert.ok(cmd);
    const ctx: CommandContext = {
      name: 'cat',
      args: ['/big'],
      cwd: '/',
      env: {},
      fs,
      signal: new AbortController().signal,
      stdin: EMPTY_SOURCE,
      stdout: { write: async (c) => void seen.push(c) },
      stderr: new CollectSink(),
      resolve: (p) => resolvePath('/', p),
      exec: async () => 0,
      lookup: () => null,
    };
    assert.equal(await cmd.run(ctx), 0);
    assert.equal(
      seen.reduce((n, c) => n + c.length, 0),
      big.length,
    );
    assert.ok(
      seen.every((c) => c.buffer === stored.buffer),
      'chunks are views of the stored bytes',
    );
  });

  test('stops when the signal is aborted', async () => {
    const fs = await fsWith({ '/a': 'A\n' });
    const ac = new AbortController();
    ac.abort();
    await assert.rejects(runCommand(fs, ['cat', 'a'], { signal: ac.signal }));
  });
});
