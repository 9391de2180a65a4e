import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { BrokenPipeError } from '../../../src/core/errors.js';
import type { ByteSink, ByteSource } from '../../../src/core/io.js';
import { RAMResource } from '../../../src/resources/ram/ram-resource.js';
import { makeFs, runCommand } from '../../helpers/command-harness.js';

/** Runs awk with arguments and stdin on a fresh RAM filesystem (files relative to /). */
async function awk(args: string[], stdin = '', files: Record<string, string | Uint8Array> = {}, env = {}) {
  const fs = makeFs();
  for (const [p, data] of Object.entries(files)) await fs.writeFile(`/${p}`, data);
  return runCommand(fs, ['awk', ...args], { stdin, env });
}

const C = { LC_ALL: 'C' };

describe('awk command line', () => {
  test('program from -f files and -e text, in order', async () => {
    const r = await awk(['-f', 'a.awk', '-e', 'BEGIN { print "e" }', '-f', 'b.awk'], '', {
      'a.awk': 'BEGIN { print "a" }\n',
      'b.awk': 'BEGIN { print "b" }',
    });
    assert.equal(r.stdout, 'a\ne\nb\n');
  });

  test('-F and -v with escapes; operands after the program are files and assignments', async () => {
    const r = await awk(['-F', '\\t', '-v', 'pre=x\\ty', '{ print pre, $2, v }', 'in', 'v=2', 'in'], '', {
      in: 'a\tb\n',
    });
    assert.equal(r.stdout, 'x\ty b \nx\ty b 2\n');
  });

  test('options stop at the program; -- ends options', async () => {
    assert.equal((await awk(['--', 'BEGIN { print ARGV[1] }', '-x'])).stdout, '-x\n');
    assert.equal((await awk(['BEGIN { print ARGC }', '-v', 'x=1'])).stdout, '3\n');
  });

  test('usage errors', async () => {
    const none = await awk([]);
    assert.equal(none.exitCode, 1);
    assert.match(none.stderr, /^Usage: awk /);
    const bad = await awk(['-z', 'BEGIN {}']);
    assert.equal(bad.exitCode, 1);
    assert.match(bad.stderr, /invalid option -- 'z'/);
    const name = await awk(['-v', '1x=2', 'BEGIN {}']);
    assert.deepEqual([name.exitCode, name.stderr], [2, "awk: fatal: `1x' is not a legal variable name\n"]);
    const missing = await awk(['-f', 'nope.awk']);
    assert.equal(missing.exitCode, 2);
    assert.match(missing.stderr, /cannot open source file `nope.awk'/);
  });

  test('--help and --version', async () => {
    assert.match((await awk(['--help'])).stdout, /^Usage: awk \[OPTION\]/);
    assert.match((await awk(['--version'])).stdout, /GNU Awk/);
  });

  test('gawk and mawk are the same engine', async () => {
    const fs = makeFs();
    assert.equal((await runCommand(fs, ['gawk', 'BEGIN { print 1 + 1 }'])).stdout, '2\n');
    const m = await runCommand(fs, ['mawk', 'BEGIN { x }']);
    assert.equal(m.exitCode, 0);
  });
});

describe('awk character semantics', () => {
  test('UTF-8 by default: characters, not bytes', async () => {
    const r = await awk(['{ print length($0), substr($0, 2, 2), toupper($0), index($0, "l") }'], 'héllo\n');
    assert.equal(r.stdout, '5 él HÉLLO 3\n');
  });

  test('the C locale counts bytes and folds ASCII only', async () => {
    const r = await awk(['{ print length($0), toupper($0) }'], 'héllo\n', {}, C);
    assert.equal(r.stdout, '6 HéLLO\n');
  });

  test('invalid UTF-8 passes through unchanged', async () => {
    const input = Uint8Array.from([0x61, 0xff, 0x62, 0x0a]);
    const fs = makeFs();
    const r = await runCommand(fs, ['awk', '{ print length($0); print }'], { stdin: input });
    assert.deepEqual([...r.stdoutBytes], [0x33, 0x0a, 0x61, 0xff, 0x62, 0x0a]);
  });

  test('a character split across input chunks is decoded whole', async () => {
    const bytes = Buffer.from('aé\nbé\n');
    const chunks = [bytes.subarray(0, 2), bytes.subarray(2, 3), bytes.subarray(3)];
    const stdin: ByteSource = {
      async *[Symbol.asyncIterator]() {
        for (const c of chunks) yield c;
      },
    };
    const r = await runWith(['awk', '{ print length($0) }'], stdin);
    assert.equal(r.out, '2\n2\n');
  });
});

describe('awk records across chunks', () => {
  const chunked = (text: string, size: number): ByteSource => ({
    async *[Symbol.asyncIterator]() {
      const b = Buffer.from(text);
      for (let i = 0; i < b.length; i += size) yield b.subarray(i, i + size);
    },
  });

  test('regex RS and paragraph mode when separators straddle chunks', async () => {
    const a = await runWith(['awk', 'BEGIN { RS = "--+" } { print NR ":" $0 "|" RT }'], chunked('a--b----c', 1));
    assert.equal(a.out, '1:a|--\n2:b|----\n3:c|\n');
    const p = await runWith(['awk', 'BEGIN { RS = "" } { print NR ":" $1 }'], chunked('\n\nx y\n\n\nz\n\n', 2));
    assert.equal(p.out, '1:x\n2:z\n');
  });

  test('many records and long records', async () => {
    const lines = Array.from({ length: 20000 }, (_, i) => `${i} ${'x'.repeat(i % 50)}`).join('\n');
    const r = await runWith(['awk', '{ n += length($2) } END { print NR, n }'], chunked(`${lines}\n`, 4096));
    assert.equal(r.out, `20000 ${Array.from({ length: 20000 }, (_, i) => i % 50).reduce((a, b) => a + b, 0)}\n`);
    const long = 'y'.repeat(300000);
    const l = await runWith(['awk', '{ print length($0) }'], chunked(`${long}\n`, 1000));
    assert.equal(l.out, '300000\n');
  });
});

describe('awk streaming', () => {
  test('prints a record before the next one arrives', async () => {
    const sink = new WatchSink();
    const stdin: ByteSource = {
      async *[Symbol.asyncIterator]() {
        yield Buffer.from('first\n');
        await sink.waitFor('FIRST\n');
        yield Buffer.from('second\n');
      },
    };
    const r = await runWith(['awk', '{ print toupper($0) }'], stdin, sink);
    assert.equal(r.out, 'FIRST\nSECOND\n');
  });

  test('stops reading when standard output is closed', async () => {
    let produced = 0;
    let stopped = false;
    const stdin: ByteSource = {
      async *[Symbol.asyncIterator]() {
        try {
          for (;;) {
            produced++;
            yield Buffer.from('line\n'.repeat(1000));
          }
        } finally {
          stopped = true;
        }
      },
    };
    const sink: ByteSink = {
      write: async () => {
        throw new BrokenPipeError();
      },
    };
    await assert.rejects(runWith(['awk', '{ print }'], stdin, sink), BrokenPipeError);
    assert.ok(stopped, 'the producer was told to stop');
    assert.ok(produced < 1000);
  });

  test('an endless loop ends when the command is aborted', async () => {
    const ac = new AbortController();
    setTimeout(() => ac.abort(), 50);
    const fs = makeFs();
    await assert.rejects(runCommand(fs, ['awk', 'BEGIN { while (1) x++ }'], { signal: ac.signal }));
  });

  test('a BEGIN-only program does not read its input', async () => {
    let read = false;
    const stdin: ByteSource = {
      async *[Symbol.asyncIterator]() {
        read = true;
        yield Buffer.from('x\n');
      },
    };
    const r = await runWith(['awk', 'BEGIN { print "hi" }'], stdin);
    assert.equal(r.out, 'hi\n');
    assert.equal(read, false);
  });
});

describe('awk files on any mount', () => {
  test('getline < file, print > file and operands across mounts', async () => {
    const fs = makeFs({ '/': new RAMResource(), '/m': new RAMResource() });
    await fs.writeFile('/m/in.txt', 'one\ntwo\n');
    const prog =
      'BEGIN { while ((getline l < "/m/in.txt") > 0) print "got " l > "/m/out.txt"; close("/m/out.txt") } { n++ } END { print n }';
    const r = await runCommand(fs, ['awk', prog, '/m/in.txt']);
    assert.equal(r.stdout, '2\n');
    assert.equal(Buffer.from(await fs.readFile('/m/out.txt')).toString(), 'got one\ngot two\n');
  });

  test('relative names resolve against the working directory', async () => {
    const fs = makeFs();
    await fs.mkdir('/w');
    await fs.writeFile('/w/data', 'x\n');
    const r = await runCommand(fs, ['awk', '{ print FILENAME, $0 }', 'data'], { cwd: '/w' });
    assert.equal(r.stdout, 'data x\n');
  });
});

describe('awk runtime errors', () => {
  test('fatal errors keep earlier output and exit 2', async () => {
    const r = await awk(['{ print 10 / $1 }'], '2\n0\n5\n');
    assert.equal(r.stdout, '5\n');
    assert.equal(r.stderr, 'awk: cmd. line:1: (FILENAME=- FNR=2) fatal: division by zero attempted\n');
    assert.equal(r.exitCode, 2);
  });

  test('runaway recursion is a fatal error, not a crash', async () => {
    const r = await awk(['function f(n) { return f(n + 1) } BEGIN { f(1) }']);
    assert.equal(r.exitCode, 2);
    assert.match(r.stderr, /fatal: function call nesting too deep/);
  });
});

/** A sink that records text and lets a test wait for some of it. */
class WatchSink implements ByteSink {
  text = '';
  private waiters: { want: string; resolve: () => void }[] = [];

  async write(chunk: Uint8Array): Promise<void> {
    this.text += Buffer.from(chunk).toString();
    for (const w of this.waiters.splice(0)) {
      if (this.text.includes(w.want)) w.resolve();
      else this.waiters.push(w);
    }
  }

  waitFor(want: string): Promise<void> {
    if (this.text.includes(want)) return Promise.resolve();
    return new Promise((resolve, reject) => {
      this.waiters.push({ want, resolve });
      setTimeout(() => reject(new Error(`no ${JSON.stringify(want)} written while input was pending`)), 2000);
    });
  }
}

/** Runs a command with a custom stdin (and stdout sink) through the registry. */
async function runWith(argv: string[], stdin: ByteSource, sink: ByteSink & { text?: string } = new WatchSink()) {
  const { COMMANDS } = await import('../../../src/commands/registry.js');
  const { CollectSink } = await import('../../../src/core/io.js');
  const fs = makeFs();
  const stderr = new CollectSink();
  const cmd = COMMANDS.get(argv[0]);
  assert.ok(cmd);
  const code = await cmd.run({
    name: argv[0],
    args: argv.slice(1),
    cwd: '/',
    env: {},
    fs,
    signal: new AbortController().signal,
    stdin,
    stdout: sink,
    stderr,
    resolve: (p) => (p.startsWith('/') ? p : `/${p}`),
    exec: async () => 127,
    lookup: () => null,
  });
  return { code, out: sink.text ?? '', err: stderr.text() };
}
