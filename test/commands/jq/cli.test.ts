import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { runJq } from './run-jq.js';

describe('jq command line', () => {
  test('--arg, --argjson, $ARGS, --args and --jsonargs', async () => {
    const r = await runJq(['-n', '-c', '[$a, $b, $ARGS]', '--arg', 'a', 'x', '--argjson', 'b', '{"k":[1]}']);
    assert.equal(r.stdout, '["x",{"k":[1]},{"positional":[],"named":{"a":"x","b":{"k":[1]}}}]\n');
    assert.equal((await runJq(['-n', '-c', '$ARGS.positional', '--args', 'p', 'q'])).stdout, '["p","q"]\n');
    assert.equal((await runJq(['-n', '-c', '$ARGS.positional', '--jsonargs', '1', '{"a":2}'])).stdout, '[1,{"a":2}]\n');
  });

  test('--slurpfile and --rawfile read files on the mount', async () => {
    const files = { 'v.json': '1 [2]\n', 't.txt': 'hello\n' };
    const r = await runJq(['-n', '-c', '[$v, $t]', '--slurpfile', 'v', 'v.json', '--rawfile', 't', 't.txt'], { files });
    assert.equal(r.stdout, '[[1,[2]],"hello\\n"]\n');
    const missing = await runJq(['-n', '.', '--slurpfile', 'x', 'nope.json']);
    assert.equal(missing.exitCode, 2);
    assert.equal(
      missing.stderr,
      'jq: Bad JSON in --slurpfile x nope.json: Could not open nope.json: No such file or directory\n',
    );
  });

  test("usage errors exit 2 with jq's hint", async () => {
    const unknown = await runJq(['--foo', '.']);
    assert.equal(unknown.exitCode, 2);
    assert.equal(
      unknown.stderr,
      'jq: Unknown option --foo\nUse jq --help for help with command-line options,\nor see the jq manpage, or online docs  at https://jqlang.github.io/jq\n',
    );
    assert.match(
      (await runJq(['--arg', 'x'])).stderr,
      /^jq: --arg takes two parameters \(e\.g\. --arg varname value\)\n/,
    );
    assert.match(
      (await runJq(['-n', '.', '--argjson', 'x', '{'])).stderr,
      /^jq: invalid JSON text passed to --argjson\n/,
    );
  });

  test('-e sets the status from the last output', async () => {
    assert.equal((await runJq(['-e', '.a'], { stdin: '{"a":false}' })).exitCode, 1);
    assert.equal((await runJq(['-e', '.a'], { stdin: '{"a":null}' })).exitCode, 1);
    assert.equal((await runJq(['-e', '.a'], { stdin: '{"a":0}' })).exitCode, 0);
    assert.equal((await runJq(['-e', 'empty'], { stdin: '1' })).exitCode, 4);
    assert.equal((await runJq(['-ne', 'false, 1'])).exitCode, 0);
  });

  test('files: several, missing ones reported with status 2', async () => {
    const r = await runJq(['-c', '., input_filename', 'a.json', 'nope', 'b.json'], {
      files: { 'a.json': '1', 'b.json': '[2]' },
    });
    assert.equal(r.stdout, '1\n"a.json"\n[2]\n"b.json"\n');
    assert.equal(r.stderr, 'jq: error: Could not open file nope: No such file or directory\n');
    assert.equal(r.exitCode, 2);
  });

  test('-f reads the filter from a file; no filter means .', async () => {
    assert.equal(
      (await runJq(['-f', 'p.jq'], { stdin: '{"a":1}', files: { 'p.jq': '.a # comment\n' } })).stdout,
      '1\n',
    );
    assert.equal((await runJq([], { stdin: '[1]' })).stdout, '[\n  1\n]\n');
  });

  test('-s, -R, -n with input and inputs', async () => {
    assert.equal((await runJq(['-c', '-s', '.'], { stdin: '1 2\n3' })).stdout, '[1,2,3]\n');
    assert.equal((await runJq(['-R', '.'], { stdin: 'a\nb' })).stdout, '"a"\n"b"\n');
    assert.equal((await runJq(['-Rs', '.'], { stdin: 'a\nb\n' })).stdout, '"a\\nb\\n"\n');
    assert.equal((await runJq(['-n', '-c', '[inputs]'], { stdin: '1 2' })).stdout, '[1,2]\n');
    assert.equal((await runJq(['-c', '[., input]'], { stdin: '1 2 3 4' })).stdout, '[1,2]\n[3,4]\n');
    const noMore = await runJq(['-c', '[., input]'], { stdin: '1 2 3' });
    assert.equal(noMore.stdout, '[1,2]\n');
    assert.equal(noMore.stderr, 'jq: error (at <unknown>): break\n');
    assert.equal(
      (await runJq(['-c', '--stream', '.'], { stdin: '{"a":[1]}' })).stdout,
      '[["a",0],1]\n[["a",0]]\n[["a"]]\n',
    );
  });

  test('halt and halt_error', async () => {
    const h = await runJq(['-n', '1, halt, 2']);
    assert.deepEqual([h.stdout, h.exitCode], ['1\n', 0]);
    const e = await runJq(['-n', '"bye\\n" | halt_error(1)']);
    assert.deepEqual([e.stderr, e.exitCode], ['bye\n', 1]);
    const o = await runJq(['-n', '{"a":1} | halt_error']);
    assert.deepEqual([o.stderr, o.exitCode], ['{"a":1}\n', 5]);
  });

  test('debug and stderr write to stderr in order', async () => {
    const r = await runJq(['-n', '-c', '1 | debug | debug("m") | stderr']);
    assert.equal(r.stdout, '1\n');
    assert.equal(r.stderr, '["DEBUG:",1]\n["DEBUG:","m"]\n1');
  });

  test('--help and --version', async () => {
    assert.match((await runJq(['--help'])).stdout, /^Usage: jq \[OPTION\]\.\.\. FILTER \[FILE\]\.\.\./);
    assert.equal((await runJq(['-V'])).stdout, 'jq-1.7.1\n');
  });
});

describe('jq input reading', () => {
  test('a stream of texts: several per line, spanning lines, positions for errors', async () => {
    const r = await runJq(['-c', '.'], { stdin: '1 2\n[3,\n4]\n"x"' });
    assert.equal(r.stdout, '1\n2\n[3,4]\n"x"\n');
    const e = await runJq(['.[0]'], { stdin: '[1]\n{\n}\n' });
    assert.equal(e.stderr, 'jq: error (at <stdin>:3): Cannot index object with number\n');
  });

  test("parse errors stop the run with jq's message (exit 5), after earlier outputs", async () => {
    const cases: [string, string][] = [
      ['{', 'Unfinished JSON term at EOF at line 2, column 0'],
      ['[1,]', 'Expected another array element at line 1, column 4'],
      ['{"a":1,}', 'Expected another key-value pair at line 1, column 8'],
      ['tru', 'Invalid literal at line 2, column 0'],
      ['{1:2}', 'Object keys must be strings at line 1, column 3'],
      ['"a\tb"', 'Invalid string: control characters from U+0000 through U+001F must be escaped at line 1, column 5'],
      [']', "Unmatched ']' at line 1, column 1"],
      ['[1 2]', 'Expected separator between values at line 1, column 5'],
    ];
    for (const [input, message] of cases) {
      const r = await runJq(['-c', '.'], { stdin: `${input}\n` });
      assert.equal(r.stderr, `jq: parse error: ${message}\n`, input);
      assert.equal(r.exitCode, 5, input);
    }
    const partial = await runJq(['-c', '.'], { stdin: '1\n[2\n' });
    assert.equal(partial.stdout, '1\n');
  });

  test("jq's lenient literals: nan, infinity, leading + and zeros", async () => {
    assert.equal(
      (await runJq(['-c', '.'], { stdin: 'nan\n-infinity\n+1\n.5\n01\n' })).stdout,
      'null\n-1.7976931348623157e+308\n1\n0.5\n1\n',
    );
  });

  test('results stream out before the input ends', async () => {
    let release: () => void = () => {};
    const gate = new Promise<void>((r) => {
      release = r;
    });
    const seen: string[] = [];
    async function* slow() {
      yield Buffer.from('{"a":1}\n');
      await gate;
      yield Buffer.from('{"a":2}\n');
    }
    const { jq } = await import('../../../src/commands/jq/jq.js');
    const { MountTable } = await import('../../../src/workspace/mount-table.js');
    const { RAMResource } = await import('../../../src/resources/ram/ram-resource.js');
    const done = jq.run({
      name: 'jq',
      args: ['.a'],
      cwd: '/',
      env: {},
      fs: new MountTable({ '/': new RAMResource() }),
      signal: new AbortController().signal,
      stdin: slow(),
      stdout: {
        write: async (c: Uint8Array) => {
          seen.push(Buffer.from(c).toString());
          release();
        },
      },
      stderr: { write: async () => {} },
      resolve: (p: string) => p,
      exec: async () => 0,
      lookup: () => null,
    });
    assert.equal(await done, 0);
    assert.deepEqual(seen, ['1\n', '2\n']);
  });
});
