import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { makeFs, runCommand } from '../../helpers/command-harness.js';

const bc = (program: string, args: string[] = []) => runCommand(makeFs(), ['bc', ...args], { stdin: program });

describe('bc', () => {
  test('scale rules and truncation', async () => {
    assert.equal((await bc('10/3\nscale=4\n10/3\n1.5^2\n-7/2\n')).stdout, '3\n3.3333\n2.25\n-3.5000\n');
  });

  test('bases and wrapping', async () => {
    assert.equal((await bc('obase=16\n255\nobase=20\n123456\n')).stdout, 'FF\n 15 08 12 16\n');
    const long = (await bc('2^300\n')).stdout.split('\n');
    assert.equal(long[0].length, 69);
    assert.ok(long[0].endsWith('\\'));
  });

  test('functions scope their parameters and autos dynamically', async () => {
    const r = await bc('x=1\ndefine f(x) { auto y; y = x * 2; return g() }\ndefine g() { return x + y }\nf(5)\nx\n');
    assert.equal(r.stdout, '15\n1\n');
  });

  test('math library at scale 20', async () => {
    assert.equal((await bc('s(1)\ne(1)\n', ['-l'])).stdout, '.84147098480789650665\n2.71828182845904523536\n');
  });

  test('runtime errors abandon the line, syntax errors name it', async () => {
    const r = await bc('1/0; 2\n3\n1 +\n4\n');
    assert.equal(r.stdout, '3\n4\n');
    assert.match(
      r.stderr,
      /^Runtime error \(func=\(main\), adr=\d+\): Divide by zero\n\(standard_in\) 4: syntax error\n$/,
    );
    assert.equal(r.exitCode, 0);
  });

  test('integer arithmetic matches BigInt', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.bigInt({ min: -(10n ** 40n), max: 10n ** 40n }),
        fc.bigInt({ min: 1n, max: 10n ** 20n }),
        async (a, b) => {
          const r = await bc(`${a}*${b}\n${a}/${b}\n${a}%${b}\n`);
          const lines = r.stdout.replace(/\\\n/g, '').trim().split('\n');
          assert.deepEqual(lines, [String(a * b), String(a / b), String(a % b)]);
        },
      ),
      { numRuns: 100 },
    );
  });
});
