import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { makeFs, runCommand } from '../../helpers/command-harness.js';

const field = fc.array(fc.constantFrom(...'abcxyz019 .-_'.split('')), { maxLength: 6 }).map((cs) => cs.join(''));
/** CSV lines without quotes, each with at least two fields (so cut never prints a line whole). */
const csvLine = fc.array(field, { minLength: 2, maxLength: 7 }).map((fs) => fs.join(','));
const csv = fc.array(csvLine, { maxLength: 30 }).map((lines) => lines.map((l) => `${l}\n`).join(''));

test('awk -F, field k agrees with cut -d, -fk', async () => {
  const fs = makeFs();
  await fc.assert(
    fc.asyncProperty(csv, fc.integer({ min: 1, max: 8 }), async (input, k) => {
      const a = await runCommand(fs, ['awk', '-F,', `{ print $${k} }`], { stdin: input });
      const c = await runCommand(fs, ['cut', '-d,', `-f${k}`], { stdin: input });
      assert.equal(a.exitCode, 0);
      assert.equal(a.stdout, c.stdout);
    }),
    { numRuns: 150 },
  );
});

test('awk -F, counts fields and rebuilds records like the input', async () => {
  const fs = makeFs();
  await fc.assert(
    fc.asyncProperty(csv, async (input) => {
      const lines = input.split('\n').slice(0, -1);
      const nf = await runCommand(fs, ['awk', '-F,', '{ print NF }'], { stdin: input });
      assert.equal(nf.stdout, lines.map((l) => `${l === '' ? 0 : l.split(',').length}\n`).join(''));
      const same = await runCommand(fs, ['awk', '-F,', '-v', 'OFS=,', '{ $1 = $1; print }'], { stdin: input });
      assert.equal(same.stdout, input);
    }),
    { numRuns: 100 },
  );
});

test('default field splitting matches splitting on blank runs', async () => {
  const fs = makeFs();
  const blankLine = fc
    .array(fc.constantFrom('a', 'b', '1', ' ', '\t', '  '), { maxLength: 12 })
    .map((cs) => cs.join(''));
  await fc.assert(
    fc.asyncProperty(fc.array(blankLine, { maxLength: 20 }), fc.integer({ min: 1, max: 5 }), async (lines, k) => {
      const input = lines.map((l) => `${l}\n`).join('');
      const r = await runCommand(fs, ['awk', `{ print NF ":" $${k} }`], { stdin: input });
      const expected = lines.map((l) => {
        const f = l.split(/[ \t]+/).filter((x) => x !== '');
        return `${f.length}:${f[k - 1] ?? ''}\n`;
      });
      assert.equal(r.stdout, expected.join(''));
    }),
    { numRuns: 150 },
  );
});
