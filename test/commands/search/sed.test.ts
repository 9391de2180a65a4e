import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { COMMANDS } from '../../../src/commands/registry.js';
import type { CommandContext } from '../../../src/core/command.js';
import { CollectSink } from '../../../src/core/io.js';
import { resolvePath } from '../../../src/core/path.js';
import { RAMResource } from '../../../src/resources/ram/ram-resource.js';
import { makeFs, runCommand } from '../../helpers/command-harness.js';

const sed = (args: string[], stdin: string | Uint8Array = '', fs = makeFs()) =>
  runCommand(fs, ['sed', ...args], { stdin });

/** Runs sed with a stdin that yields `pieces` one by one and counts how many were pulled. */
async function sedChunked(args: string[], pieces: string[]) {
  const state = { pulled: 0 };
  const stdin = {
    async *[Symbol.asyncIterator]() {
      for (const p of pieces) {
        state.pulled++;
        yield Buffer.from(p, 'latin1');
      }
    },
  };
  const stdout = new CollectSink();
  const stderr = new CollectSink();
  const fs = makeFs();
  const ctx: CommandContext = {
    name: 'sed',
    args,
    cwd: '/',
    env: {},
    fs,
    signal: new AbortController().signal,
    stdin,
    stdout,
    stderr,
    resolve: (p) => resolvePath('/', p),
    exec: async () => 127,
    lookup: () => null,
  };
  const code = await (COMMANDS.get('sed') as NonNullable<ReturnType<typeof COMMANDS.get>>).run(ctx);
  return { code, out: Buffer.from(stdout.bytes()).toString('latin1'), pulled: state.pulled };
}

const textArb = fc
  .array(fc.constantFrom('a', 'b', 'x', '\n', '\0', '\r', '\xe9', 'ab', 'xx'), { maxLength: 40 })
  .map((parts) => parts.join(''));

describe('sed properties', () => {
  test('an empty script and -n p copy any input byte for byte', async () => {
    await fc.assert(
      fc.asyncProperty(textArb, async (text) => {
        const bytes = Buffer.from(text, 'latin1');
        assert.deepEqual(Buffer.from((await sed([''], bytes)).stdoutBytes), bytes);
        assert.deepEqual(Buffer.from((await sed(['-n', 'p'], bytes)).stdoutBytes), bytes);
      }),
      { numRuns: 150 },
    );
  });

  test('s/LITERAL/R/g equals replaceAll line by line', async () => {
    await fc.assert(
      fc.asyncProperty(
        textArb,
        fc.constantFrom('a', 'xx', 'ab'),
        fc.constantFrom('', 'Q', 'QQQ'),
        async (text, from, to) => {
          const out = (await sed([`s/${from}/${to}/g`], Buffer.from(text, 'latin1'))).stdoutBytes;
          const want = text
            .split('\n')
            .map((l) => l.replaceAll(from, to))
            .join('\n');
          assert.equal(Buffer.from(out).toString('latin1'), want);
        },
      ),
      { numRuns: 150 },
    );
  });

  test('output does not depend on how the input is cut into chunks', async () => {
    const script = ['-n', '$!N;/a\\nb/p;$p;2,4{s/x/X/gp}'];
    await fc.assert(
      fc.asyncProperty(textArb, fc.array(fc.nat(60), { maxLength: 8 }), async (text, cuts) => {
        const points = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
        const pieces: string[] = [];
        let at = 0;
        for (const p of [...points, text.length]) {
          if (p > at) pieces.push(text.slice(at, p));
          at = Math.max(at, p);
        }
        const whole = await sedChunked(script, [text]);
        const cut = await sedChunked(script, pieces);
        assert.equal(cut.out, whole.out);
      }),
      { numRuns: 150 },
    );
  });
});

describe('sed streaming', () => {
  test('q stops reading its input', async () => {
    const pieces = Array.from({ length: 200 }, (_, i) => `line ${i}\n`);
    const r = await sedChunked(['2q'], pieces);
    assert.equal(r.out, 'line 0\nline 1\n');
    assert.ok(r.pulled < 10, `pulled ${r.pulled} chunks`);
  });

  test('$ is found across chunk boundaries and an unterminated last line', async () => {
    const r = await sedChunked(['-n', '$p'], ['a\nb', '\nc', '\nlast']);
    assert.equal(r.out, 'last');
  });

  test('a long line spanning many chunks stays one line', async () => {
    const long = 'y'.repeat(200_000);
    const pieces = [`a\n${long.slice(0, 50_000)}`, long.slice(50_000, 150_000), `${long.slice(150_000)}\nb\n`];
    const r = await sedChunked(['-n', '2{s/y*/L/p}'], pieces);
    assert.equal(r.out, 'L\n');
  });
});

describe('sed -i', () => {
  test('edits files in place and keeps a backup', async () => {
    const fs = makeFs();
    await fs.writeFile('/f', 'one\ntwo\n');
    const r = await sed(['-i.orig', 's/one/1/', 'f'], '', fs);
    assert.equal(r.exitCode, 0);
    assert.equal(r.stdout, '');
    assert.equal(Buffer.from(await fs.readFile('/f')).toString(), '1\ntwo\n');
    assert.equal(Buffer.from(await fs.readFile('/f.orig')).toString(), 'one\ntwo\n');
  });

  test('a * in the suffix stands for the file name', async () => {
    const fs = makeFs();
    await fs.mkdir('/d');
    await fs.writeFile('/d/f', 'x\n');
    await sed(['-i', '--in-place=old_*', 's/x/y/', 'd/f'], '', fs);
    assert.equal(Buffer.from(await fs.readFile('/d/old_f')).toString(), 'x\n');
    assert.equal(Buffer.from(await fs.readFile('/d/f')).toString(), 'y\n');
  });

  test('works on any writable mount and refuses a read-only one without touching it', async () => {
    const ro = new RAMResource();
    const fs = makeFs({ '/': new RAMResource(), '/ro': ro });
    await fs.writeFile('/ro/f', 'keep\n');
    await fs.writeFile('/w', 'a\n');
    assert.equal((await sed(['-i', 's/a/b/', 'w'], '', fs)).exitCode, 0);
    assert.equal(Buffer.from(await fs.readFile('/w')).toString(), 'b\n');
  });

  test('a missing file is reported and the others are still edited', async () => {
    const fs = makeFs();
    await fs.writeFile('/a', 'a\n');
    const r = await sed(['-i', 's/a/A/', 'nosuch', 'a'], '', fs);
    assert.equal(r.exitCode, 2);
    assert.equal(r.stderr, "sed: can't read nosuch: No such file or directory\n");
    assert.equal(Buffer.from(await fs.readFile('/a')).toString(), 'A\n');
  });

  test('a directory cannot be edited (exit 4)', async () => {
    const fs = makeFs();
    await fs.mkdir('/d');
    const r = await sed(['-i', 'p', 'd'], '', fs);
    assert.equal(r.exitCode, 4);
    assert.equal(r.stderr, "sed: couldn't edit d: not a regular file\n");
  });

  test('without files -i is an error', async () => {
    const r = await sed(['-i', 'p']);
    assert.equal(r.exitCode, 4);
    assert.equal(r.stderr, 'sed: no input files\n');
  });
});

describe('sed command', () => {
  test('w files are created even when nothing is written, and /dev/stdout keeps order', async () => {
    const fs = makeFs();
    const r = await sed(['-e', '/zzz/w never', '-e', 's/a/A/w /dev/stdout'], 'a\nb\n', fs);
    assert.equal(r.stdout, 'A\nA\nb\n');
    assert.equal(Buffer.from(await fs.readFile('/never')).toString(), '');
  });

  test('--sandbox refuses r and w', async () => {
    const r = await sed(['--sandbox', 'w out'], 'a\n');
    assert.equal(r.exitCode, 1);
    assert.equal(r.stderr, 'sed: -e expression #1, char 1: e/r/w commands disabled in sandbox mode\n');
    const s = await sed(['--sandbox', 's/a/b/w x'], 'a\n');
    assert.equal(s.stderr, 'sed: -e expression #1, char 7: e/r/w commands disabled in sandbox mode\n');
  });

  test('the e command is refused with a clear message', async () => {
    const r = await sed(['e date'], 'a\n');
    assert.equal(r.exitCode, 1);
    assert.match(r.stderr, /e command is not supported/);
  });

  test('runtime use of an empty regex with none before it fails', async () => {
    const r = await sed(['1d;s//x/'], 'a\nb\n');
    assert.equal(r.exitCode, 1);
    assert.equal(r.stderr, 'sed: -e expression #1, char 0: no previous regular expression\n');
  });

  test('-z uses NUL as the line terminator everywhere', async () => {
    const r = await sed(['-z', '=;l'], 'a\nb\0c\0');
    assert.equal(r.stdout, '1\0a\\nb$\0a\nb\x002\0c$\0c\0');
  });

  // GNU turns \xe9 into \xff here (glibc's towupper in the C locale); bytes above 0x7f are kept instead.
  test('case conversion touches ASCII letters only (C locale)', async () => {
    const r = await runCommand(makeFs(), ['sed', 's/.*/\\U&/'], {
      stdin: Buffer.from('\xe9a\n', 'latin1'),
      env: { LC_ALL: 'C' },
    });
    assert.equal(Buffer.from(r.stdoutBytes).toString('latin1'), '\xe9A\n');
  });

  test('UTF-8 (the default locale): characters for ., y and case conversion', async () => {
    assert.equal((await sed(['s/./X/g'], 'a\u00e9\n')).stdout, 'XX\n');
    assert.equal((await sed(['s/.*/\\U&/'], 'stra\u00dfe \u00e9t\u00e9\n')).stdout, 'STRA\u00dfE \u00c9T\u00c9\n');
    assert.equal((await sed(['y/\u00e9a/eb/'], '\u00e9a\n')).stdout, 'eb\n');
    const bad = await sed(['s/./X/g'], Buffer.from('x\xe9y\n', 'latin1'));
    assert.equal(Buffer.from(bad.stdoutBytes).toString('latin1'), 'X\xe9X\n');
  });

  test('--help and --version go to stdout', async () => {
    assert.match((await sed(['--help'])).stdout, /^Usage: sed/);
    assert.match((await sed(['--version'])).stdout, /^sed \(GNU sed\) 4\.9/);
  });
});
