import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { unzipSync } from 'fflate';
import { makeFs, runCommand } from '../../helpers/command-harness.js';

describe('zip and unzip', () => {
  test('zip writes an archive other readers accept', async () => {
    const fs = makeFs();
    await fs.writeFile('/a', 'hello\n');
    await fs.writeFile('/b', 'line\n'.repeat(50));
    const r = await runCommand(fs, ['zip', 'x.zip', 'a', 'b']);
    assert.equal(r.stdout, '  adding: a (stored 0%)\n  adding: b (deflated 96%)\n');
    const files = unzipSync(await fs.readFile('/x.zip'));
    assert.equal(Buffer.from(files.a).toString(), 'hello\n');
    assert.equal(Buffer.from(files.b).toString(), 'line\n'.repeat(50));
  });

  test('unzip lists, extracts and refuses to climb out', async () => {
    const fs = makeFs();
    await fs.writeFile('/a', 'hello\n');
    await fs.utimes('/a', Date.UTC(2024, 0, 2, 3, 4));
    await runCommand(fs, ['zip', '-q', 'x.zip', 'a'], { env: { TZ: 'UTC' } });
    const l = await runCommand(fs, ['unzip', '-l', 'x.zip']);
    assert.match(
      l.stdout,
      /^Archive: {2}x\.zip\n {2}Length {6}Date {4}Time {4}Name\n-{9} {2}-{10} -{5} {3}-{4}\n {8}6 {2}2024-01-02 03:04 {3}a\n/,
    );
    const x = await runCommand(fs, ['unzip', '-d', 'out', 'x.zip']);
    assert.equal(x.stdout, `Archive:  x.zip\n extracting: ${'out/a'.padEnd(22)}  \n`);
    assert.equal(Buffer.from(await fs.readFile('/out/a')).toString(), 'hello\n');
  });

  test('errors', async () => {
    const fs = makeFs();
    const none = await runCommand(fs, ['unzip', 'nope.zip']);
    assert.deepEqual(
      [none.stderr, none.exitCode],
      ['unzip:  cannot find or open nope.zip, nope.zip.zip or nope.zip.ZIP.\n', 9],
    );
    const nothing = await runCommand(fs, ['zip', 'z.zip', 'missing']);
    assert.equal(nothing.exitCode, 12);
  });

  test('zip | unzip round-trips any files', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.uint8Array({ maxLength: 4000 }), { minLength: 1, maxLength: 4 }), async (bodies) => {
        const fs = makeFs();
        const names = bodies.map((_, k) => `f${k}`);
        for (let k = 0; k < bodies.length; k++) await fs.writeFile(`/${names[k]}`, bodies[k]);
        assert.equal((await runCommand(fs, ['zip', '-q', 'r.zip', ...names])).exitCode, 0);
        assert.equal((await runCommand(fs, ['unzip', '-q', '-d', 'out', 'r.zip'])).exitCode, 0);
        for (let k = 0; k < bodies.length; k++) {
          assert.deepEqual(Buffer.from(await fs.readFile(`/out/${names[k]}`)), Buffer.from(bodies[k]));
        }
      }),
      { numRuns: 40 },
    );
  });
});
