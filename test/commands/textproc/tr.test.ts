import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { COMMANDS } from '../../../src/commands/registry.js';
import type { CommandContext } from '../../../src/core/command.js';
import { CollectSink } from '../../../src/core/io.js';
import { makeFs } from '../../helpers/command-harness.js';
import { run } from './run.js';

const TEXT = 'Hello World 123\n';

describe('tr', () => {
  test('translates ranges, classes and escapes; pads SET2 with its last byte', async () => {
    assert.equal((await run(['tr', 'a-z', 'A-Z'], TEXT)).stdout, 'HELLO WORLD 123\n');
    assert.equal((await run(['tr', '[:lower:]', '[:upper:]'], TEXT)).stdout, 'HELLO WORLD 123\n');
    assert.equal((await run(['tr', 'lo', 'x'], TEXT)).stdout, 'Hexxx Wxrxd 123\n');
    assert.equal((await run(['tr', '-t', 'lo', 'x'], TEXT)).stdout, 'Hexxo Worxd 123\n');
    assert.equal((await run(['tr', ' \\n', '_\\t'], TEXT)).stdout, 'Hello_World_123\t');
    assert.equal((await run(['tr', '\\101', 'b'], 'ABA')).stdout, 'bBb');
    assert.equal((await run(['tr', 'a-z', '[x*]'], 'ab1')).stdout, 'xx1');
  });

  test('-d, -s, -c and their combinations', async () => {
    assert.equal((await run(['tr', '-d', '[:digit:]'], TEXT)).stdout, 'Hello World \n');
    assert.equal((await run(['tr', '-s', 'l'], TEXT)).stdout, 'Helo World 123\n');
    assert.equal((await run(['tr', '-cs', '[:alpha:]', '\\n'], TEXT)).stdout, 'Hello\nWorld\n');
    assert.equal((await run(['tr', '-cd', 'a-z\\n'], TEXT)).stdout, 'elloorld\n');
    assert.equal((await run(['tr', '-ds', 'l', 'o'], 'hello  ooo\n')).stdout, 'heo  o\n');
  });

  test('squeezing continues across chunk boundaries', async () => {
    const stdin = (async function* () {
      yield Buffer.from('aa');
      yield Buffer.from('aab');
    })();
    const out = new CollectSink();
    const ctx: CommandContext = {
      name: 'tr',
      args: ['-s', 'a'],
      cwd: '/',
      env: {},
      fs: makeFs(),
      signal: new AbortController().signal,
      stdin,
      stdout: out,
      stderr: new CollectSink(),
      resolve: (p) => p,
      exec: async () => 127,
      lookup: () => null,
    };
    assert.equal(await COMMANDS.get('tr')?.run(ctx), 0);
    assert.equal(out.text(), 'ab');
  });

  test('translation of chunks at odd offsets (the 16-bit fast path) matches byte by byte', async () => {
    const all = Buffer.from('xabcdefghijklmnopqrstuvwxyz0123456789');
    const stdin = (async function* () {
      yield all.subarray(1, 8);
      yield all.subarray(8, 9);
      yield all.subarray(9);
    })();
    const out = new CollectSink();
    const ctx: CommandContext = {
      name: 'tr',
      args: ['a-z', 'A-Z'],
      cwd: '/',
      env: {},
      fs: makeFs(),
      signal: new AbortController().signal,
      stdin,
      stdout: out,
      stderr: new CollectSink(),
      resolve: (p) => p,
      exec: async () => 127,
      lookup: () => null,
    };
    await COMMANDS.get('tr')?.run(ctx);
    assert.equal(out.text(), 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789');
  });

  test('binary bytes and UTF-8 are handled as bytes', async () => {
    const r = await run(['tr', '\\000\\377', 'xy'], Buffer.from([0, 255, 65]));
    assert.deepEqual([...r.stdoutBytes], [0x78, 0x79, 65]);
    assert.deepEqual([...(await run(['tr', '-d', '\\303'], 'é')).stdoutBytes], [0xa9]);
  });

  test('operand and set errors', async () => {
    const cases: [string[], string][] = [
      [[], "tr: missing operand\nTry 'tr --help' for more information.\n"],
      [
        ['a'],
        "tr: missing operand after 'a'\nTwo strings must be given when translating.\nTry 'tr --help' for more information.\n",
      ],
      [
        ['-d', 'a', 'b'],
        "tr: extra operand 'b'\nOnly one string may be given when deleting without squeezing repeats.\nTry 'tr --help' for more information.\n",
      ],
      [['z-a', 'x'], "tr: range-endpoints of 'z-a' are in reverse collating sequence order\n"],
      [['[:foo:]', 'x'], "tr: invalid character class 'foo'\n"],
      [
        ['a', '[:digit:]'],
        "tr: when translating, the only character classes that may appear in\nstring2 are 'upper' and 'lower'\n",
      ],
      [['a', ''], 'tr: when not truncating set1, string2 must be non-empty\n'],
      [['a[:lower:]', '[:upper:]'], 'tr: misaligned [:upper:] and/or [:lower:] construct\n'],
      [['[a*]', 'x'], 'tr: the [c*] repeat construct may not appear in string1\n'],
    ];
    for (const [args, message] of cases) {
      const r = await run(['tr', ...args], 'abc');
      assert.equal(r.stderr, message, args.join(' '));
      assert.equal(r.exitCode, 1, args.join(' '));
      assert.equal(r.stdout, '');
    }
  });

  test('warnings do not stop the translation', async () => {
    const r = await run(['tr', 'z\\', 'y'], 'a\\z');
    assert.equal(r.stderr, 'tr: warning: an unescaped backslash at end of string is not portable\n');
    assert.equal(r.stdout, 'ayy');
  });
});
