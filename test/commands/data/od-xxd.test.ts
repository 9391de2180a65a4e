import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { makeFs, runCommand } from '../../helpers/command-harness.js';

const run = (argv: string[], stdin?: string | Uint8Array) => runCommand(makeFs(), argv, { stdin });

describe('od', () => {
  test('default is octal words with octal offsets and a final offset', async () => {
    assert.equal((await run(['od'], 'abc')).stdout, '0000000 061141 000143\n0000003\n');
  });

  test('-c escapes and octal for other bytes', async () => {
    const r = await run(['od', '-c'], new Uint8Array([0x48, 9, 0, 1, 0xff]));
    assert.equal(r.stdout, '0000000   H  \\t  \\0 001 377\n0000005\n');
  });

  test('types of different widths line up', async () => {
    const r = await run(['od', '-An', '-tx1', '-tc'], 'A\n');
    assert.equal(r.stdout, '  41  0a\n   A  \\n\n');
  });

  test('shortest floats that read back', async () => {
    const r = await run(['od', '-An', '-tf4'], new Uint8Array([0, 0, 0xc8, 0x42, 0xcd, 0xcc, 0xcc, 0x3d]));
    assert.equal(r.stdout, '             100             0.1\n');
  });

  test('repeated lines collapse to * unless -v', async () => {
    assert.equal((await run(['od', '-tx1'], new Uint8Array(48))).stdout.split('\n').length, 4);
    assert.equal((await run(['od', '-v', '-tx1'], new Uint8Array(48))).stdout.split('\n').length, 5);
  });

  test('errors', async () => {
    assert.equal((await run(['od', '-tq'], 'x')).stderr, "od: invalid character 'q' in type string 'q'\n");
    assert.equal((await run(['od', '-j', '5'], 'x')).stderr, 'od: cannot skip past end of combined input\n');
  });
});

describe('xxd', () => {
  test('default, plain and include styles', async () => {
    assert.equal((await run(['xxd'], 'Hi!')).stdout, `00000000: 4869 21${' '.repeat(34)}Hi!\n`);
    assert.equal((await run(['xxd', '-p'], 'Hi!')).stdout, '486921\n');
    assert.equal((await run(['xxd', '-i'], 'Hi')).stdout, '  0x48, 0x69\n');
  });

  test('a missing file exits 2', async () => {
    const r = await run(['xxd', 'nope']);
    assert.deepEqual([r.stderr, r.exitCode], ['xxd: nope: No such file or directory\n', 2]);
  });

  test('xxd | xxd -r and xxd -p | xxd -r -p round-trip any bytes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 200 }), fc.integer({ min: 1, max: 40 }), async (bytes, cols) => {
        const dump = await run(['xxd', '-c', String(cols)], bytes);
        assert.deepEqual(Buffer.from((await run(['xxd', '-r'], dump.stdout)).stdoutBytes), Buffer.from(bytes));
        const plain = await run(['xxd', '-p'], bytes);
        assert.deepEqual(Buffer.from((await run(['xxd', '-r', '-p'], plain.stdout)).stdoutBytes), Buffer.from(bytes));
      }),
      { numRuns: 80 },
    );
  });
});
