import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import type { MountTable } from '../../../src/workspace/mount-table.js';
import { makeFs, runCommand } from '../../helpers/command-harness.js';

/** Every file under `dir` as relative path → content, directories as path/ → null. */
async function snapshot(fs: MountTable, dir: string, prefix = ''): Promise<Record<string, string | null>> {
  const out: Record<string, string | null> = {};
  for (const e of await fs.readdir(dir)) {
    const path = `${dir}/${e.name}`;
    if (e.type === 'directory') {
      out[`${prefix}${e.name}/`] = null;
      Object.assign(out, await snapshot(fs, path, `${prefix}${e.name}/`));
    } else out[`${prefix}${e.name}`] = Buffer.from(await fs.readFile(path)).toString('base64');
  }
  return out;
}

/** A small random tree: names from a tiny alphabet, file bodies of any bytes. */
const treeArb = fc.dictionary(
  fc.stringMatching(/^[a-c]{1,3}(\/[a-c]{1,3}){0,2}$/),
  fc.uint8Array({ maxLength: 3000 }),
  { maxKeys: 8 },
);

async function build(fs: MountTable, root: string, tree: Record<string, Uint8Array>): Promise<void> {
  await fs.mkdir(root, { recursive: true });
  for (const [path, body] of Object.entries(tree)) {
    const parts = path.split('/');
    let dir = root;
    let ok = true;
    for (const part of parts.slice(0, -1)) {
      dir = `${dir}/${part}`;
      const st = await fs.lstat(dir).catch(() => null);
      if (st && st.type !== 'directory') {
        ok = false;
        break;
      }
      if (!st) await fs.mkdir(dir);
    }
    const target = `${root}/${path}`;
    if (ok && !(await fs.lstat(target).catch(() => null))) await fs.writeFile(target, body);
  }
}

describe('tar', () => {
  test('create, list, extract', async () => {
    const fs = makeFs();
    await fs.mkdir('/d/e', { recursive: true });
    await fs.writeFile('/d/a', 'hello\n');
    await fs.writeFile('/d/e/b', 'x');
    assert.equal((await runCommand(fs, ['tar', '-cf', 'x.tar', 'd'])).exitCode, 0);
    assert.equal((await runCommand(fs, ['tar', '-tf', 'x.tar'])).stdout, 'd/\nd/a\nd/e/\nd/e/b\n');
    await fs.mkdir('/out');
    assert.equal((await runCommand(fs, ['tar', '-xf', 'x.tar', '-C', 'out'])).exitCode, 0);
    assert.equal(Buffer.from(await fs.readFile('/out/d/e/b')).toString(), 'x');
  });

  test('-tv lines widen the owner column like GNU', async () => {
    const fs = makeFs();
    await fs.writeFile('/f', 'abc');
    await fs.utimes('/f', Date.UTC(2024, 0, 2, 3, 4));
    await runCommand(fs, ['tar', '--owner=root', '--group=root', '-cf', 'x.tar', 'f']);
    const r = await runCommand(fs, ['tar', '-tvf', 'x.tar'], { env: { TZ: 'UTC' } });
    assert.equal(r.stdout, '-rw-r--r-- root/root         3 2024-01-02 03:04 f\n');
  });

  test("members with '..' are refused and leading slashes removed", async () => {
    const fs = makeFs();
    await fs.writeFile('/a', 'a');
    await runCommand(fs, ['tar', '-cf', 'abs.tar', '/a']);
    const listed = await runCommand(fs, ['tar', '-tf', 'abs.tar']);
    assert.equal(listed.stdout, 'a\n');
    // Build an archive whose member climbs out with '..'.
    const { pack } = await import('tar-stream');
    const p = pack();
    p.entry({ name: '../evil', size: 1 }, 'x');
    p.finalize();
    const chunks: Buffer[] = [];
    for await (const c of p) chunks.push(c as Buffer);
    await fs.mkdir('/sandbox');
    const r = await runCommand(fs, ['tar', '-xf', '-', '-C', 'sandbox'], { stdin: Buffer.concat(chunks) });
    assert.equal(r.exitCode, 2);
    assert.match(r.stderr, /tar: \.\.\/evil: Member name contains '\.\.'\n/);
    assert.equal(await fs.exists('/evil'), false);
  });

  test('errors exit 2 with GNU messages', async () => {
    const fs = makeFs();
    const none = await runCommand(fs, ['tar', '-cf', 'x.tar']);
    assert.equal(
      none.stderr,
      "tar: Cowardly refusing to create an empty archive\nTry 'tar --help' or 'tar --usage' for more information.\n",
    );
    await fs.writeFile('/g', 'garbage');
    const bad = await runCommand(fs, ['tar', '-tf', 'g']);
    assert.equal(
      bad.stderr,
      'tar: This does not look like a tar archive\ntar: Exiting with failure status due to previous errors\n',
    );
    assert.equal(bad.exitCode, 2);
  });

  test('tar c | tar x round-trips any tree, plain and gzipped', async () => {
    await fc.assert(
      fc.asyncProperty(treeArb, fc.boolean(), async (tree, zip) => {
        const fs = makeFs();
        await build(fs, '/src/t', tree);
        const created = await runCommand(fs, ['tar', zip ? '-czf' : '-cf', '-', 't'], { cwd: '/src' });
        assert.equal(created.exitCode, 0, created.stderr);
        await fs.mkdir('/dst');
        const extracted = await runCommand(fs, ['tar', '-xf', '-'], { cwd: '/dst', stdin: created.stdoutBytes });
        assert.equal(extracted.exitCode, 0, extracted.stderr);
        assert.deepEqual(await snapshot(fs, '/dst/t'), await snapshot(fs, '/src/t'));
      }),
      { numRuns: 40 },
    );
  });
});
