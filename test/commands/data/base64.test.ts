import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { COMMANDS } from '../../../src/commands/registry.js';
import type { CommandContext } from '../../../src/core/command.js';
import { CollectSink } from '../../../src/core/io.js';
import { resolvePath } from '../../../src/core/path.js';
import { makeFs, runCommand } from '../../helpers/command-harness.js';

/** Runs base64 with stdin delivered in the given chunks (to exercise carries across chunk edges). */
async function chunked(args: string[], chunks: Uint8Array[]) {
  const stdout = new CollectSink();
  const stderr = new CollectSink();
  const ctx: CommandContext = {
    name: 'base64',
    args,
    cwd: '/',
    env: {},
    fs: makeFs(),
    signal: new AbortController().signal,
    stdin: (async function* () {
      yield* chunks;
    })(),
    stdout,
    stderr,
    resolve: (p) => resolvePath('/', p),
    exec: async () => 0,
    lookup: () => null,
  };
  const code = await COMMANDS.get('base64')!.run(ctx);
  return { code, out: stdout.bytes(), err: stderr.text() };
}

describe('base64', () => {
  test('encodes with 76-column lines and a final newline', async () => {
    const r = await runCommand(makeFs(), ['base64'], { stdin: new Uint8Array(60) });
    assert.equal(r.stdout, `${'A'.repeat(76)}\n${'A'.repeat(4)}\n`);
  });

  test('-w 0 and custom widths', async () => {
    assert.equal((await runCommand(makeFs(), ['base64', '-w', '0'], { stdin: 'hello' })).stdout, 'aGVsbG8=');
    assert.equal((await runCommand(makeFs(), ['base64', '-w4'], { stdin: 'hello' })).stdout, 'aGVs\nbG8=\n');
  });

  test('decodes across newlines and padded quanta', async () => {
    assert.equal((await runCommand(makeFs(), ['base64', '-d'], { stdin: 'aGVs\nbG8=\nYQ==' })).stdout, 'helloa');
  });

  test('invalid input: bytes up to the bad quantum, then the error', async () => {
    const r = await runCommand(makeFs(), ['base64', '-d'], { stdin: 'aGVs bG8=' });
    assert.deepEqual([r.stdout, r.stderr, r.exitCode], ['hel', 'base64: invalid input\n', 1]);
    const partial = await runCommand(makeFs(), ['base64', '-d'], { stdin: 'aGVsbG8' });
    assert.deepEqual([partial.stdout, partial.exitCode], ['hello', 1]);
    const garbage = await runCommand(makeFs(), ['base64', '-d', '-i'], { stdin: 'aG!Vs' });
    assert.deepEqual([garbage.stdout, garbage.exitCode], ['hel', 0]);
  });

  test('usage errors', async () => {
    const wrap = await runCommand(makeFs(), ['base64', '-w', 'x']);
    assert.deepEqual([wrap.stderr, wrap.exitCode], ["base64: invalid wrap size: 'x'\n", 1]);
    const missing = await runCommand(makeFs(), ['base64', 'nope']);
    assert.equal(missing.stderr, 'base64: nope: No such file or directory\n');
  });

  test('round-trips any bytes in any chunking, matching node for the encoding', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.uint8Array({ maxLength: 200 }), { maxLength: 6 }),
        fc.integer({ min: 0, max: 90 }),
        async (chunks, wrap) => {
          const all = Buffer.concat(chunks);
          const enc = await chunked(['-w', String(wrap)], chunks);
          const plain = all.toString('base64');
          const expected =
            wrap === 0 ? plain : plain.replace(new RegExp(`(.{${wrap}})`, 'g'), '$1\n').replace(/([^\n])$/, '$1\n');
          assert.equal(Buffer.from(enc.out).toString('latin1'), expected);
          const cut = Math.floor(enc.out.length / 2);
          const dec = await chunked(['-d'], [enc.out.subarray(0, cut), enc.out.subarray(cut)]);
          assert.equal(dec.code, 0);
          assert.deepEqual(Buffer.from(dec.out), all);
        },
      ),
      { numRuns: 150 },
    );
  });
});
