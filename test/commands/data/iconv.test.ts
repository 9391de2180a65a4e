import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { makeFs, runCommand } from '../../helpers/command-harness.js';

const iconv = (args: string[], stdin: string | Uint8Array) => runCommand(makeFs(), ['iconv', ...args], { stdin });

describe('iconv', () => {
  test('UTF-8 to Latin-1, UTF-16 with a BOM', async () => {
    assert.deepEqual([...(await iconv(['-f', 'UTF-8', '-t', 'LATIN1'], 'é')).stdoutBytes], [0xe9]);
    assert.deepEqual([...(await iconv(['-f', 'UTF-8', '-t', 'UTF-16'], 'a')).stdoutBytes], [0xff, 0xfe, 0x61, 0]);
  });

  test('errors name the byte position and keep what was converted', async () => {
    const r = await iconv(['-f', 'UTF-8', '-t', 'ASCII'], 'ab\u00e9c');
    assert.deepEqual([r.stdout, r.stderr, r.exitCode], ['ab', 'iconv: illegal input sequence at position 2\n', 1]);
    const cut = await iconv(['-f', 'UTF-8', '-t', 'LATIN1'], new Uint8Array([0x61, 0xc3]));
    assert.equal(cut.stderr, 'iconv: incomplete character or shift sequence at end of buffer\n');
  });

  test('//TRANSLIT, -c and unknown names', async () => {
    assert.equal((await iconv(['-f', 'UTF-8', '-t', 'ASCII//TRANSLIT'], '5 \u20ac\n')).stdout, '5 EUR\n');
    assert.equal((await iconv(['-c', '-f', 'UTF-8', '-t', 'ASCII'], 'caf\u00e9')).stdout, 'caf');
    assert.equal(
      (await iconv(['-f', 'NOPE', '-t', 'UTF-8'], 'x')).stderr,
      'iconv: failed to start conversion processing\n',
    );
  });

  test('UTF-8 -> UTF-16LE -> UTF-8 round-trips any text, whatever the chunking', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'grapheme', maxLength: 60 }), async (text) => {
        const wide = await iconv(['-f', 'UTF-8', '-t', 'UTF-16LE'], text);
        const back = await iconv(['-f', 'UTF-16LE', '-t', 'UTF-8'], wide.stdoutBytes);
        assert.equal(back.stdout, text);
      }),
      { numRuns: 100 },
    );
  });
});
