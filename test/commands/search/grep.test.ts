import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { buildMatcher } from '../../../src/commands/search/grep-matcher.js';
import { type ScanOptions, scanInput } from '../../../src/commands/search/grep-scan.js';
import { OutBuffer } from '../../../src/commands/search/out-buffer.js';
import { CollectSink } from '../../../src/core/io.js';
import { makeFs, runCommand } from '../../helpers/command-harness.js';

const grep = (args: string[], stdin: string | Uint8Array, fs = makeFs()) =>
  runCommand(fs, ['grep', ...args], { stdin });

/** A source yielding `text` cut at the given offsets, counting how many chunks were pulled. */
function chunked(text: string, cuts: number[]) {
  const bytes = Buffer.from(text, 'latin1');
  const points = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
  const pieces: Uint8Array[] = [];
  let at = 0;
  for (const p of [...points, bytes.length]) {
    if (p > at) pieces.push(bytes.subarray(at, p));
    at = Math.max(at, p);
  }
  const state = { pulled: 0 };
  const source = {
    async *[Symbol.asyncIterator]() {
      for (const piece of pieces) {
        state.pulled++;
        yield piece;
      }
    },
  };
  return { source, state, pieces: pieces.length };
}

function scanOptions(pattern: string, extra: Partial<ScanOptions> = {}): ScanOptions {
  const { matcher } = buildMatcher({
    patterns: [pattern],
    syntax: 'G',
    icase: false,
    word: false,
    line: false,
    eol: 10,
    utf8: false,
  });
  return {
    matcher,
    eol: 10,
    invert: false,
    mode: 'lines',
    onlyMatching: false,
    maxCount: Number.POSITIVE_INFINITY,
    lineNumbers: false,
    byteOffset: false,
    before: 0,
    after: 0,
    contextGiven: false,
    groupSeparator: '--',
    binaryFiles: 'binary',
    nullAfterName: false,
    encodingErrorsBinary: false,
    ...extra,
  };
}

async function scanText(source: AsyncIterable<Uint8Array>, opts: ScanOptions) {
  const sink = new CollectSink();
  const out = new OutBuffer(sink);
  const result = await scanInput(source, null, opts, out, new AbortController().signal);
  await out.flush();
  return { text: Buffer.from(sink.bytes()).toString('latin1'), ...result };
}

const lineArb = fc.array(fc.constantFrom('a', 'b', 'x', 'ab', 'xa', 'bx', 'axb', ''), { maxLength: 40 });

describe('grep properties', () => {
  test('grep P and grep -v P partition the input, order preserved', async () => {
    const numbered = (out: string) =>
      out
        .split('\n')
        .slice(0, -1)
        .map((l) => [Number(l.slice(0, l.indexOf(':'))), l.slice(l.indexOf(':') + 1)] as const);
    await fc.assert(
      fc.asyncProperty(lineArb, fc.constantFrom('x', 'a.b', '^b', 'x$', 'a\\|b', '', 'q'), async (lines, pattern) => {
        const input = lines.map((l) => `${l}\n`).join('');
        const hit = numbered((await grep(['-n', pattern], input)).stdout);
        const miss = numbered((await grep(['-vn', pattern], input)).stdout);
        for (const part of [hit, miss]) {
          for (let i = 0; i < part.length; i++) {
            assert.equal(part[i][1], lines[part[i][0] - 1]);
            if (i > 0) assert.ok(part[i][0] > part[i - 1][0], 'order preserved');
          }
        }
        const all = [...hit, ...miss].map(([n]) => n).sort((a, b) => a - b);
        assert.deepEqual(
          all,
          lines.map((_, i) => i + 1),
        );
      }),
      { numRuns: 150 },
    );
  });

  test('output does not depend on where the input is cut into chunks', async () => {
    const optsArb = fc.record({
      before: fc.integer({ min: 0, max: 3 }),
      after: fc.integer({ min: 0, max: 3 }),
      invert: fc.boolean(),
      lineNumbers: fc.boolean(),
      byteOffset: fc.boolean(),
      onlyMatching: fc.boolean(),
      maxCount: fc.constantFrom(Number.POSITIVE_INFINITY, 1, 3),
    });
    await fc.assert(
      fc.asyncProperty(lineArb, fc.array(fc.nat(400), { maxLength: 12 }), optsArb, async (lines, cuts, o) => {
        const input = lines.join('\n');
        const opts = scanOptions('x', { ...o, contextGiven: o.before + o.after > 0 });
        const whole = await scanText(chunked(input, []).source, opts);
        const cut = await scanText(chunked(input, cuts).source, opts);
        assert.equal(cut.text, whole.text);
        assert.equal(cut.selected, whole.selected);
      }),
      { numRuns: 200 },
    );
  });
});

describe('grep streaming', () => {
  test('-q and -l stop reading at the first match', async () => {
    for (const mode of ['quiet', 'files-with'] as const) {
      const input = `${'x\n'.repeat(10)}${'y\n'.repeat(1000)}`;
      const src = chunked(
        input,
        Array.from({ length: 100 }, (_, i) => i * 20),
      );
      const r = await scanText(src.source, scanOptions('x', { mode }));
      assert.equal(r.selected, 1);
      assert.ok(src.state.pulled < src.pieces, `${mode} read ${src.state.pulled} of ${src.pieces} chunks`);
    }
  });

  test('-m stops reading once the count is reached', async () => {
    const src = chunked(
      'x\n'.repeat(5000),
      Array.from({ length: 500 }, (_, i) => i * 20),
    );
    const r = await scanText(src.source, scanOptions('x', { maxCount: 2 }));
    assert.equal(r.text, 'x\nx\n');
    assert.ok(src.state.pulled < 5);
  });

  test('a record longer than many chunks is matched whole', async () => {
    const long = `${'a'.repeat(300_000)}x${'b'.repeat(300_000)}`;
    const src = chunked(
      `start\n${long}\nend`,
      Array.from({ length: 60 }, (_, i) => i * 10_000),
    );
    const r = await scanText(src.source, scanOptions('ax*b'));
    assert.equal(r.text, `${long}\n`);
  });
});

describe('grep command', () => {
  test('fixed strings, regexes and -i agree on a larger input', async () => {
    const lines = Array.from({ length: 3000 }, (_, i) => `${i % 7 === 0 ? 'ERROR' : 'info'}: ${i} item`);
    const input = `${lines.join('\n')}\n`;
    const want = lines.filter((l) => l.startsWith('ERROR')).length;
    for (const args of [
      ['-c', 'ERROR'],
      ['-c', '-E', 'ERR(OR)?: [0-9]+'],
      ['-ci', 'error'],
      ['-cF', 'ERROR:'],
    ]) {
      assert.equal((await grep(args, input)).stdout, `${want}\n`, args.join(' '));
    }
    assert.equal((await grep(['-vc', 'ERROR'], input)).stdout, `${lines.length - want}\n`);
  });

  test('-i folds ASCII only in the C locale, every letter in UTF-8', async () => {
    const c = await runCommand(makeFs(), ['grep', '-i', 'CAF\u00c9'], {
      stdin: 'caf\u00e9\nCAF\u00c9\n',
      env: { LC_ALL: 'C' },
    });
    assert.equal(c.stdout, 'CAF\u00c9\n');
    const u = await runCommand(makeFs(), ['grep', '-i', 'CAF\u00c9'], {
      stdin: 'caf\u00e9\nCAF\u00c9\n',
      env: { LANG: 'C.UTF-8' },
    });
    assert.equal(u.stdout, 'caf\u00e9\nCAF\u00c9\n');
  });

  test('UTF-8 (the default locale): . and brackets match characters, classes are Unicode', async () => {
    assert.equal((await grep(['-o', 'caf.'], 'caf\u00e9!\n')).stdout, 'caf\u00e9\n');
    assert.equal((await grep(['-o', '[^a-z]'], 'a\u00fcb\n')).stdout, '\u00fc\n');
    assert.equal((await grep(['-c', '[[:alpha:]]'], '\u00e9\n')).stdout, '1\n');
    assert.equal((await grep(['-w', 'caf'], 'caf\u00e9\n')).exitCode, 1);
    assert.equal((await grep(['-w', 'foo'], '\u201cfoo\u201d\n')).exitCode, 0);
  });

  test('UTF-8: a selected line with an encoding error is not printed', async () => {
    const r = await grep(['x'], Buffer.from('x\xe9y\nxy\n', 'latin1'));
    assert.equal(r.stdout, 'xy\n');
    assert.equal(r.stderr, 'grep: (standard input): binary file matches\n');
    assert.equal((await grep(['-c', 'x'], Buffer.from('x\xe9y\nxy\n', 'latin1'))).stdout, '2\n');
  });

  test('-w retries later occurrences in the same line', async () => {
    assert.equal((await grep(['-w', 'ab'], 'abc ab\n')).stdout, 'abc ab\n');
    assert.equal((await grep(['-wF', 'ab'], 'abc xab\n')).exitCode, 1);
  });

  test('-o prints the longest alternative, across -e patterns too', async () => {
    assert.equal((await grep(['-o', '-e', 'a', '-e', 'abc'], 'xabcd\n')).stdout, 'abc\n');
    assert.equal((await grep(['-oF', '-e', 'ab', '-e', 'abcd'], 'abcd ab\n')).stdout, 'abcd\nab\n');
  });

  test('-x with several fixed strings', async () => {
    assert.equal((await grep(['-xF', '-e', 'ab', '-e', 'b'], 'ab\nb\nabc\n')).stdout, 'ab\nb\n');
  });

  test('bad patterns exit 2 with the GNU message', async () => {
    const r = await grep(['-E', 'a{2,1}'], 'a\n');
    assert.equal(r.exitCode, 2);
    assert.equal(r.stderr, 'grep: Invalid content of \\{\\}\n');
    const p = await grep(['-P', 'a(?>b)'], 'ab\n');
    assert.equal(p.exitCode, 2);
    assert.match(p.stderr, /^grep: atomic groups/);
  });

  test('-P understands common PCRE spellings', async () => {
    assert.equal((await grep(['-oP', '\\Qa.b\\E\\h\\d+'], 'xa.b 42\n')).stdout, 'a.b 42\n');
    assert.equal((await grep(['-cP', '(?i)HELLO'], 'hello\n')).stdout, '1\n');
  });

  test('-f reads patterns from a file; a missing one is fatal', async () => {
    const fs = makeFs();
    await fs.writeFile('/pats', 'b\nd\n');
    assert.equal((await grep(['-f', 'pats'], 'a\nb\nc\nd\n', fs)).stdout, 'b\nd\n');
    const r = await grep(['-f', 'nope', 'x'], '', fs);
    assert.equal(r.exitCode, 2);
    assert.equal(r.stderr, 'grep: nope: No such file or directory\n');
  });

  test('--color=never and auto are accepted and change nothing', async () => {
    assert.equal((await grep(['--color=auto', 'a'], 'a\n')).stdout, 'a\n');
    assert.equal((await grep(['--colour=never', 'a'], 'a\n')).stdout, 'a\n');
  });

  test('a failing output stops the scan at the first write', async () => {
    let writes = 0;
    const failing = {
      write: async () => {
        writes++;
        throw new Error('Broken pipe');
      },
    };
    const src = chunked(
      'x\n'.repeat(100_000),
      Array.from({ length: 20 }, (_, i) => i * 10_000),
    );
    await assert.rejects(
      scanInput(src.source, null, scanOptions('x'), new OutBuffer(failing), new AbortController().signal),
    );
    assert.equal(writes, 1);
    assert.ok(src.state.pulled < src.pieces);
  });
});
