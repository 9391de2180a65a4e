import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { run } from './run.js';

/** An order written independently of the implementation, for checking sortedness. */
type Order = (a: Buffer, b: Buffer) => number;

const bytes: Order = (a, b) => Buffer.compare(a, b);
const folded: Order = (a, b) =>
  Buffer.compare(
    Buffer.from(a.toString('latin1').toUpperCase(), 'latin1'),
    Buffer.from(b.toString('latin1').toUpperCase(), 'latin1'),
  ) || bytes(a, b);
const field2: Order = (a, b) => Buffer.compare(fieldOf(a, 1), fieldOf(b, 1)) || bytes(a, b);
const numeric: Order = (a, b) => Number(a.toString()) - Number(b.toString()) || bytes(a, b);

function fieldOf(line: Buffer, n: number): Buffer {
  return Buffer.from(line.toString('latin1').split(',')[n] ?? '', 'latin1');
}

function linesOf(text: Buffer): Buffer[] {
  const out: Buffer[] = [];
  let start = 0;
  for (let i = text.indexOf(10); i >= 0; i = text.indexOf(10, start)) {
    out.push(text.subarray(start, i));
    start = i + 1;
  }
  return out;
}

const textLine = fc.array(fc.constantFrom(...'aAbB ,:.-09\tzé~'.split('')), { maxLength: 8 }).map((cs) => cs.join(''));
const numberLine = fc
  .tuple(fc.boolean(), fc.integer({ min: 0, max: 99999 }), fc.integer({ min: 0, max: 999 }))
  .map(([neg, i, f]) => `${neg && i + f > 0 ? '-' : ''}${i}.${String(f).padStart(3, '0')}`);

/** Sorting gives a permutation of the input lines in which no neighbours are out of `order`. */
async function checkSorted(args: string[], lines: string[], order: Order, unique = false): Promise<void> {
  const input = Buffer.from(lines.map((l) => `${l}\n`).join(''));
  const r = await run(['sort', ...args], input);
  assert.equal(r.exitCode, 0);
  const out = linesOf(Buffer.from(r.stdoutBytes));
  for (let i = 1; i < out.length; i++) {
    const d = order(out[i - 1], out[i]);
    assert.ok(unique ? d < 0 : d <= 0, `${args.join(' ')}: ${out[i - 1]} before ${out[i]}`);
  }
  const key = (b: Buffer) => b.toString('latin1');
  const want = linesOf(input).map(key).sort();
  const got = out.map(key).sort();
  if (unique) assert.deepEqual([...new Set(got)], got);
  else assert.deepEqual(got, want);
}

test('sort output is a sorted permutation of its input', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(textLine, { maxLength: 60 }), async (lines) => {
      await checkSorted([], lines, bytes);
      await checkSorted(['-r'], lines, (a, b) => bytes(b, a));
      await checkSorted(['-f'], lines, folded);
      await checkSorted(['-t', ',', '-k2,2'], lines, field2);
    }),
    { numRuns: 60 },
  );
});

test('sort -n output is numerically sorted, and -u drops only equal lines', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(numberLine, { maxLength: 80 }), async (lines) => {
      await checkSorted(['-n'], lines, numeric);
      await checkSorted(['-u'], lines, bytes, true);
    }),
    { numRuns: 60 },
  );
});

test('radix-sized inputs stay sorted (buckets larger than the insertion-sort cutoff)', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(textLine, { minLength: 200, maxLength: 400 }), async (lines) => {
      await checkSorted([], lines, bytes);
      await checkSorted(['-f', '-r'], lines, (a, b) => folded(b, a));
    }),
    { numRuns: 15 },
  );
});
