import assert from 'node:assert/strict';
import {
  closeSync,
  ftruncateSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  rmSync,
  symlinkSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { DiskResource, RAMResource, Workspace } from '../../src/index.js';

describe('bad input', () => {
  let dir: string;
  let outside: string;
  let ws: Workspace;

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'mirage-bad-'));
    outside = mkdtempSync(join(tmpdir(), 'mirage-outside-'));
    writeFileSync(join(outside, 'secret'), 'top secret\n');
    mkdirSync(join(dir, 'root'));
    symlinkSync(join(outside, 'secret'), join(dir, 'root', 'abs-link'));
    symlinkSync('../../' + outside.split('/').pop() + '/secret', join(dir, 'root', 'rel-link'));
    // A 1 GiB sparse file: head must not read it all.
    const fd = openSync(join(dir, 'root', 'huge.bin'), 'w');
    writeSync(fd, 'first line\n');
    ftruncateSync(fd, 1024 ** 3);
    closeSync(fd);
    ws = new Workspace({ '/disk': new DiskResource({ root: join(dir, 'root') }), '/ram': new RAMResource() });
  });
  after(() => {
    rmSync(dir, { recursive: true, force: true });
    rmSync(outside, { recursive: true, force: true });
  });

  test('.. never leaves the tree, symlinks never leave a disk root', async () => {
    const up = await ws.execute('cat /disk/../../../etc/hostname');
    assert.equal(up.exitCode, 1);
    assert.equal(up.stderrText, 'cat: /disk/../../../etc/hostname: No such file or directory\n');
    for (const link of ['abs-link', 'rel-link']) {
      const r = await ws.execute(`cat /disk/${link}`);
      assert.equal(r.exitCode, 1, link);
      assert.equal(r.stdoutText, '');
      assert.equal(r.stderrText, `cat: /disk/${link}: Permission denied\n`);
    }
    const w = await ws.execute('echo pwned > /disk/abs-link');
    assert.equal(w.exitCode, 1);
    assert.equal(w.stderrText, 'mirage: /disk/abs-link: Permission denied\n');
  });

  test('head of a 1 GiB file answers at once', async () => {
    const t0 = Date.now();
    const r = await ws.execute(
      'head -c 16 /disk/huge.bin | wc -c; head -n 1 /disk/huge.bin; cat /disk/huge.bin | head -c 5',
    );
    assert.equal(r.stdoutText, '16\nfirst line\nfirst');
    assert.ok(Date.now() - t0 < 10_000, 'head must not read the whole file');
  });

  test('binary data passes through pipes and files untouched', async () => {
    const bytes = new Uint8Array(256).map((_, i) => i);
    await ws.fs.writeFile('/ram/bin', bytes);
    const r = await ws.execute('cat /ram/bin | cat > /ram/copy; wc -c < /ram/copy');
    assert.equal(r.stdoutText, '256\n');
    assert.deepEqual([...(await ws.fs.readFile('/ram/copy'))], [...bytes]);
  });

  test('unknown flags give the GNU message and status', async () => {
    const r = await ws.execute('ls --bogus');
    assert.equal(r.exitCode, 2);
    assert.equal(r.stderrText, "ls: unrecognized option '--bogus'\nTry 'ls --help' for more information.\n");
    const c = await ws.execute('cat -z');
    assert.equal(c.exitCode, 1);
    assert.equal(c.stderrText, "cat: invalid option -- 'z'\nTry 'cat --help' for more information.\n");
  });

  test('errors in expansions are reported, not thrown', async () => {
    // As in bash, the error abandons the rest of its line; the next line runs.
    const r = await ws.execute('echo $((1/0)); echo same-line\necho next');
    assert.equal(r.stdoutText, 'next\n');
    assert.match(r.stderrText, /^mirage: 1\/0: division by 0 \(error token is "0"\)\n$/);
    const s = await ws.execute('x=1; echo ${x:?unset}; unset x; echo ${x:?is unset}; echo never');
    assert.equal(s.stdoutText, '1\n');
    assert.equal(s.exitCode, 127);
    assert.equal(s.stderrText, 'mirage: x: is unset\n');
  });
});
