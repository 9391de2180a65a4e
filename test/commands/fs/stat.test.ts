import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { fullTimestamp } from '../../../src/commands/lib/time-format.js';
import { runCommand } from '../../helpers/command-harness.js';
import { fsWith } from './fixtures.js';

const T = Date.UTC(2020, 0, 2, 3, 4, 5) + 250;

async function tree() {
  const fs = await fsWith({ '/a': 'hello\n', '/d/': '', '/e': '' });
  await fs.symlink('a', '/la');
  for (const p of ['/a', '/d', '/e']) await fs.utimes(p, T);
  return fs;
}

describe('stat', () => {
  test('default format, like GNU with one timestamp and unknown birth', async () => {
    const fs = await tree();
    const ino = (await fs.stat('/a')).ino;
    const ts = fullTimestamp(T);
    const r = await runCommand(fs, ['stat', 'a']);
    assert.equal(
      r.stdout,
      '  File: a\n' +
        '  Size: 6         \tBlocks: 2          IO Block: 4096   regular file\n' +
        `Device: 0,1\tInode: ${String(ino).padEnd(11)} Links: 1\n` +
        'Access: (0644/-rw-r--r--)  Uid: ( 1000/    user)   Gid: ( 1000/    user)\n' +
        `Access: ${ts}\nModify: ${ts}\nChange: ${ts}\n Birth: -\n`,
    );
  });

  test('symlinks show their target; -L follows', async () => {
    const fs = await tree();
    assert.match((await runCommand(fs, ['stat', 'la'])).stdout, /^ {2}File: la -> a\n.*symbolic link\n/s);
    assert.match((await runCommand(fs, ['stat', '-L', 'la'])).stdout, /^ {2}File: la\n.*regular file\n/s);
  });

  test('-c with the common sequences', async () => {
    const fs = await tree();
    const r = await runCommand(fs, [
      'stat',
      '-c',
      '%n|%N|%s|%b|%B|%F|%a|%A|%U|%G|%u|%g|%h|%Y|%X|%Z|%w|%W|%o|%m|%f',
      'la',
      'e',
      'd',
    ]);
    const lines = r.stdout.split('\n');
    const link = (await fs.lstat('/la')).mtimeMs;
    assert.equal(
      lines[0],
      `la|'la' -> 'a'|1|0|512|symbolic link|777|lrwxrwxrwx|user|user|1000|1000|1|${Math.floor(link / 1000)}|${Math.floor(link / 1000)}|${Math.floor(link / 1000)}|-|0|4096|/|a1ff`,
    );
    assert.equal(
      lines[1],
      "e|'e'|0|0|512|regular empty file|644|-rw-r--r--|user|user|1000|1000|1|1577934245|1577934245|1577934245|-|0|4096|/|81a4",
    );
    assert.equal(
      lines[2],
      "d|'d'|4096|8|512|directory|755|drwxr-xr-x|user|user|1000|1000|2|1577934245|1577934245|1577934245|-|0|4096|/|41ed",
    );
  });

  test('printf-style width, flags and precision', async () => {
    const fs = await tree();
    const r = await runCommand(fs, ['stat', '-c', '%10s|%-5n|%05s|%.3Y|%.Y|%#a|%5.2y|%q %', 'a']);
    assert.equal(
      r.stdout,
      `         6|a    |00006|1577934245.250|1577934245.250000000|0644|${fullTimestamp(T).slice(0, 2).padStart(5)}|? %\n`,
    );
  });

  test('--printf interprets escapes and adds no newline; -t is terse', async () => {
    const fs = await tree();
    assert.equal((await runCommand(fs, ['stat', '--printf', '%n\\t%s\\n', 'a'])).stdout, 'a\t6\n');
    const ino = (await fs.stat('/a')).ino;
    assert.equal(
      (await runCommand(fs, ['stat', '-t', 'a'])).stdout,
      `a 6 2 81a4 1000 1000 1 ${ino} 1 0 0 1577934245 1577934245 1577934245 0 4096\n`,
    );
  });

  test('GNU errors', async () => {
    const fs = await tree();
    const r = await runCommand(fs, ['stat', '-c', '%n', 'nosuch', 'a', "it's"]);
    assert.equal(r.stdout, 'a\n');
    assert.equal(
      r.stderr,
      "stat: cannot statx 'nosuch': No such file or directory\nstat: cannot statx \"it's\": No such file or directory\n",
    );
    assert.equal(r.exitCode, 1);
    assert.equal(
      (await runCommand(fs, ['stat'])).stderr,
      "stat: missing operand\nTry 'stat --help' for more information.\n",
    );
    assert.equal(
      (await runCommand(fs, ['stat', '-c'])).stderr,
      "stat: option requires an argument -- 'c'\nTry 'stat --help' for more information.\n",
    );
  });
});
