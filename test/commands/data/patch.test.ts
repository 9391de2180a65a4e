import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { makeFs, runCommand } from '../../helpers/command-harness.js';

const PATCH = '--- a\n+++ b\n@@ -2,3 +2,3 @@\n 2\n-3\n+three\n 4\n';

describe('patch', () => {
  test('applies at the named line', async () => {
    const fs = makeFs();
    await fs.writeFile('/t', '1\n2\n3\n4\n5\n');
    const r = await runCommand(fs, ['patch', 't'], { stdin: PATCH });
    assert.deepEqual([r.stdout, r.exitCode], ['patching file t\n', 0]);
    assert.equal(Buffer.from(await fs.readFile('/t')).toString(), '1\n2\nthree\n4\n5\n');
  });

  test('reports offsets and fuzz, keeping a .orig', async () => {
    const fs = makeFs();
    await fs.writeFile('/t', '0\n0\n1\n2\n3\n4\n5\n');
    const r = await runCommand(fs, ['patch', 't'], { stdin: PATCH });
    assert.equal(r.stdout, 'patching file t\nHunk #1 succeeded at 4 (offset 2 lines).\n');
    assert.equal(await fs.exists('/t.orig'), true);
    await fs.writeFile('/u', '1\nX\n3\n4\n5\n');
    const fuzzy = await runCommand(fs, ['patch', 'u'], { stdin: PATCH });
    assert.equal(fuzzy.stdout, 'patching file u\nHunk #1 succeeded at 2 with fuzz 1.\n');
  });

  test('a hunk that cannot apply goes to .rej', async () => {
    const fs = makeFs();
    await fs.writeFile('/t', '1\n2\nX\n4\n5\n');
    const r = await runCommand(fs, ['patch', 't'], { stdin: PATCH });
    assert.equal(r.exitCode, 1);
    assert.equal(
      r.stdout,
      'patching file t\nHunk #1 FAILED at 2.\n1 out of 1 hunk FAILED -- saving rejects to file t.rej\n',
    );
    assert.equal(Buffer.from(await fs.readFile('/t.rej')).toString(), PATCH);
  });

  test('garbage input', async () => {
    const r = await runCommand(makeFs(), ['patch'], { stdin: 'nothing\n' });
    assert.deepEqual([r.stderr, r.exitCode], ['patch: **** Only garbage was found in the patch input.\n', 2]);
  });

  test('diff -u | patch turns the old file into the new one', async () => {
    const lines = fc.array(fc.constantFrom('a', 'b', 'c', 'd'), { maxLength: 30 });
    await fc.assert(
      fc.asyncProperty(lines, lines, async (a, b) => {
        const fs = makeFs();
        const text = (l: string[]) => l.map((x) => `${x}\n`).join('');
        await fs.writeFile('/old', text(a));
        await fs.writeFile('/new', text(b));
        const d = await runCommand(fs, ['diff', '-u', '--label', 'old', '--label', 'new', 'old', 'new']);
        if (d.exitCode === 0) return;
        const r = await runCommand(fs, ['patch', 'old'], { stdin: d.stdout });
        assert.equal(r.exitCode, 0, r.stdout);
        assert.equal(Buffer.from(await fs.readFile('/old')).toString(), text(b));
      }),
      { numRuns: 150 },
    );
  });
});
