import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { RAMResource } from '../../../src/resources/ram/ram-resource.js';
import { makeFs, runCommand } from '../../helpers/command-harness.js';

const OLD = Date.parse('2020-01-02T03:04:05Z');

async function tree() {
  const fs = makeFs();
  await fs.mkdir('/d');
  await fs.mkdir('/e');
  await fs.writeFile('/a', 'hello\n');
  await fs.writeFile('/big', new Uint8Array(5000));
  await fs.writeFile('/.hid', '');
  await fs.writeFile('/d/x', '');
  await fs.symlink('a', '/la');
  await fs.symlink('d', '/ld');
  for (const p of ['/', '/d', '/e', '/a', '/big', '/.hid', '/d/x']) await fs.utimes(p, OLD);
  return fs;
}

describe('ls', () => {
  test('lists names one per line in byte order, hiding dotfiles', async () => {
    const fs = await tree();
    await fs.writeFile('/B', '');
    const r = await runCommand(fs, ['ls']);
    assert.equal(r.stdout, 'B\na\nbig\nd\ne\nla\nld\n');
    assert.equal(r.exitCode, 0);
  });

  test('-a adds . and .. and dotfiles; -A only dotfiles', async () => {
    const fs = await tree();
    assert.equal((await runCommand(fs, ['ls', '-a', 'd'])).stdout, '.\n..\nx\n');
    assert.equal((await runCommand(fs, ['ls', '-A'])).stdout, '.hid\na\nbig\nd\ne\nla\nld\n');
  });

  test('-l prints GNU long format with total and aligned columns', async () => {
    const fs = await tree();
    const r = await runCommand(fs, ['ls', '-l']);
    assert.equal(
      r.stdout.replace(/Nov \d\d \d\d:\d\d|\w{3} [ \d]\d \d\d:\d\d/g, 'RECENT'),
      [
        'total 14',
        '-rw-r--r-- 1 user user    6 Jan  2  2020 a',
        '-rw-r--r-- 1 user user 5000 Jan  2  2020 big',
        'drwxr-xr-x 2 user user 4096 Jan  2  2020 d',
        'drwxr-xr-x 2 user user 4096 Jan  2  2020 e',
        'lrwxrwxrwx 1 user user    1 RECENT la -> a',
        'lrwxrwxrwx 1 user user    1 RECENT ld -> d',
        '',
      ].join('\n'),
    );
  });

  test('-l shows recent times as HH:MM and future ones with the year', async () => {
    const fs = makeFs();
    await fs.writeFile('/f', '');
    await fs.writeFile('/g', '');
    const now = new Date();
    await fs.utimes('/g', Date.now() + 400 * 86400_000);
    const r = await runCommand(fs, ['ls', '-l', 'f', 'g']);
    const lines = r.stdout.split('\n');
    const hh = String(now.getHours()).padStart(2, '0');
    assert.match(lines[0], new RegExp(` ${hh}:\\d\\d f$`));
    assert.match(lines[1], / {2}\d{4} g$/);
  });

  test('-lh, -s and -i', async () => {
    const fs = await tree();
    const h = await runCommand(fs, ['ls', '-lh', 'big', 'a']);
    assert.equal(
      h.stdout,
      '-rw-r--r-- 1 user user    6 Jan  2  2020 a\n-rw-r--r-- 1 user user 4.9K Jan  2  2020 big\n',
    );
    assert.equal((await runCommand(fs, ['ls', '-s', 'd', 'big'])).stdout, '5 big\n\nd:\ntotal 0\n0 x\n');
    assert.match((await runCommand(fs, ['ls', '-i', 'a'])).stdout, /^\d+ a\n$/);
  });

  test('files first, then directory sections; missing operands exit 2', async () => {
    const fs = await tree();
    const r = await runCommand(fs, ['ls', 'e', 'a', 'nosuch', 'd']);
    assert.equal(r.stdout, 'a\n\nd:\nx\n\ne:\n');
    assert.equal(r.stderr, "ls: cannot access 'nosuch': No such file or directory\n");
    assert.equal(r.exitCode, 2);
  });

  test('a single directory operand gets no header, unless another operand failed', async () => {
    const fs = await tree();
    assert.equal((await runCommand(fs, ['ls', 'd'])).stdout, 'x\n');
    assert.equal((await runCommand(fs, ['ls', 'd', 'nosuch'])).stdout, 'd:\nx\n');
  });

  test('-R walks subdirectories with ./ prefixes', async () => {
    const fs = await tree();
    await fs.mkdir('/d/sub');
    await fs.writeFile('/d/sub/y', '');
    assert.equal(
      (await runCommand(fs, ['ls', '-R'])).stdout,
      '.:\na\nbig\nd\ne\nla\nld\n\n./d:\nsub\nx\n\n./d/sub:\ny\n\n./e:\n',
    );
    assert.equal((await runCommand(fs, ['ls', '-R', 'd/'])).stdout, 'd/:\nsub\nx\n\nd/sub:\ny\n');
  });

  test('symlinks to directories: followed on the command line unless -l, -d or -F', async () => {
    const fs = await tree();
    assert.equal((await runCommand(fs, ['ls', 'ld'])).stdout, 'x\n');
    assert.equal((await runCommand(fs, ['ls', '-d', 'ld'])).stdout, 'ld\n');
    assert.equal((await runCommand(fs, ['ls', '-F', 'ld'])).stdout, 'ld@\n');
    assert.match((await runCommand(fs, ['ls', '-lF', 'ld'])).stdout, / ld -> d\/\n$/);
  });

  test('-F and -p indicators', async () => {
    const fs = await tree();
    assert.equal((await runCommand(fs, ['ls', '-F'])).stdout, 'a\nbig\nd/\ne/\nla@\nld@\n');
    assert.equal((await runCommand(fs, ['ls', '-p'])).stdout, 'a\nbig\nd/\ne/\nla\nld\n');
  });

  test('-t, -S and -r sort', async () => {
    const fs = makeFs();
    await fs.writeFile('/small', 'x');
    await fs.writeFile('/large', 'xxxxxxxx');
    await fs.writeFile('/mid', 'xxx');
    await fs.utimes('/small', 3000);
    await fs.utimes('/large', 1000);
    await fs.utimes('/mid', 2000);
    assert.equal((await runCommand(fs, ['ls', '-t'])).stdout, 'small\nmid\nlarge\n');
    assert.equal((await runCommand(fs, ['ls', '-S'])).stdout, 'large\nmid\nsmall\n');
    assert.equal((await runCommand(fs, ['ls', '-Sr'])).stdout, 'small\nmid\nlarge\n');
    assert.equal((await runCommand(fs, ['ls', '-r'])).stdout, 'small\nmid\nlarge\n');
  });

  test('-d lists directories themselves; no operand means .', async () => {
    const fs = await tree();
    assert.equal((await runCommand(fs, ['ls', '-d'])).stdout, '.\n');
    assert.equal((await runCommand(fs, ['ls', '-d', 'd', 'a'])).stdout, 'a\nd\n');
  });

  test('a file operand with a trailing slash is not a directory', async () => {
    const fs = await tree();
    const r = await runCommand(fs, ['ls', 'a/']);
    assert.equal(r.stderr, "ls: cannot access 'a/': Not a directory\n");
    assert.equal(r.exitCode, 2);
  });

  test('usage errors exit 2', async () => {
    const r = await runCommand(makeFs(), ['ls', '-z']);
    assert.equal(r.stderr, "ls: invalid option -- 'z'\nTry 'ls --help' for more information.\n");
    assert.equal(r.exitCode, 2);
    const c = await runCommand(makeFs(), ['ls', '--color=sometimes']);
    assert.equal(c.exitCode, 2);
  });

  test('mount points show up in listings; read-only mounts list fine', async () => {
    const fs = makeFs({ '/': new RAMResource(), '/ro': new RAMResource({ readOnly: true }) });
    assert.equal((await runCommand(fs, ['ls', '/'])).stdout, 'ro\n');
    assert.equal((await runCommand(fs, ['ls', '/ro'])).stdout, '');
  });

  test('stops when the signal is aborted', async () => {
    const fs = await tree();
    const ac = new AbortController();
    ac.abort();
    await assert.rejects(runCommand(fs, ['ls', '-R'], { signal: ac.signal }));
  });
});
