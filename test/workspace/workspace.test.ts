import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { DiskResource, RAMResource, Workspace } from '../../src/index.js';

function ram(): Workspace {
  return new Workspace({ '/data': new RAMResource() });
}

describe('Workspace.execute', () => {
  test('returns bytes and text for stdout and stderr', async () => {
    const r = await ram().execute('echo out; echo err >&2; exit 3');
    assert.equal(r.exitCode, 3);
    assert.deepEqual([...r.stdout], [...Buffer.from('out\n')]);
    assert.equal(r.stdoutText, 'out\n');
    assert.equal(r.stderrText, 'err\n');
  });

  test('feeds stdin and writes files', async () => {
    const ws = ram();
    assert.equal((await ws.execute('cat > /data/a.txt', { stdin: 'hello\n' })).exitCode, 0);
    assert.equal(await ws.fs.readText('/data/a.txt'), 'hello\n');
    const bin = new Uint8Array([0, 255, 10, 1]);
    const r = await ws.execute('cat', { stdin: bin });
    assert.deepEqual([...r.stdout], [...bin]);
  });

  test('the default session keeps cd, variables and functions across calls', async () => {
    const ws = ram();
    await ws.execute('mkdir -p /data/sub && cd /data/sub && x=41 && f() { echo "f:$1"; }');
    const r = await ws.execute('pwd; echo $((x + 1)); f ok');
    assert.equal(r.stdoutText, '/data/sub\n42\nf:ok\n');
    assert.equal(ws.cwd, '/data/sub');
  });

  test('cwd and env options apply to one call', async () => {
    const ws = ram();
    await ws.fs.mkdir('/data/d');
    assert.equal((await ws.execute('pwd; echo $V', { cwd: '/data/d', env: { V: 'v1' } })).stdoutText, '/data/d\nv1\n');
    assert.equal((await ws.execute('pwd; echo "[$V]"')).stdoutText, '/\n[]\n');
    assert.equal((await ws.execute('sh -c "echo \\$V"', { env: { V: 'exported' } })).stdoutText, 'exported\n');
  });

  test('unknown commands exit 127 with bash-style message', async () => {
    const r = await ram().execute('nosuchcmd a b');
    assert.equal(r.exitCode, 127);
    assert.equal(r.stderrText, 'mirage: nosuchcmd: command not found\n');
  });

  test('syntax errors: earlier lines run, status 2, line reported', async () => {
    const r = await ram().execute('echo first\necho second |\n');
    assert.equal(r.stdoutText, 'first\n');
    assert.equal(r.exitCode, 2);
    assert.equal(r.stderrText, 'mirage: syntax error: unexpected end of file\n');
    const tok = await ram().execute('echo first\nfi\necho never');
    assert.equal(tok.stdoutText, 'first\n');
    assert.equal(tok.stderrText, "mirage: syntax error near unexpected token `fi'\nmirage: `fi'\n");
    const same = await ram().execute('echo a; (');
    assert.equal(same.stdoutText, '');
    assert.equal(same.exitCode, 2);
  });

  test('timeoutMs stops a runaway script with 124', async () => {
    const t0 = Date.now();
    const r = await ram().execute('while true; do :; done', { timeoutMs: 200 });
    assert.equal(r.exitCode, 124);
    assert.match(r.stderrText, /timed out/);
    assert.ok(Date.now() - t0 < 5000);
  });

  test('an aborted signal stops the script with 130', async () => {
    const ac = new AbortController();
    setTimeout(() => ac.abort(), 100);
    const r = await ram().execute('sleep 10', { signal: ac.signal });
    assert.equal(r.exitCode, 130);
  });

  test('ws.fs: mkdir, writeFile, readFile, readdir, stat, rm', async () => {
    const ws = ram();
    await ws.fs.mkdir('/data/x/y', { recursive: true });
    await ws.fs.writeFile('/data/x/y/b.txt', new Uint8Array([104, 105]));
    assert.deepEqual([...(await ws.fs.readFile('/data/x/y/b.txt'))], [104, 105]);
    assert.deepEqual(await ws.fs.readdir('/data/x'), ['y']);
    assert.equal((await ws.fs.stat('/data/x/y/b.txt')).size, 2);
    assert.deepEqual(await ws.fs.readdir('/'), ['data']);
    await ws.fs.rm('/data/x', { recursive: true });
    assert.equal(await ws.fs.exists('/data/x'), false);
    await assert.rejects(ws.fs.readFile('/data/x/y/b.txt'), /No such file or directory/);
  });

  test('commands span two mounts', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mirage-ws-'));
    try {
      writeFileSync(join(dir, 'a.log'), 'ERROR x\nok\n');
      const ws = new Workspace({ '/data': new RAMResource(), '/logs': new DiskResource({ root: dir }) });
      const r = await ws.execute('cp /logs/a.log /data/b && cat /data/b | wc -l && mv /data/b /logs/c && ls /logs');
      assert.equal(r.stdoutText, '2\na.log\nc\n');
      assert.equal((await ws.execute('ls /')).stdoutText, 'data\nlogs\n');
      const miss = await ws.execute('cat /nowhere/x');
      assert.equal(miss.exitCode, 1);
      assert.equal(miss.stderrText, 'cat: /nowhere/x: No such file or directory\n');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('a read-only mount refuses writes', async () => {
    const ws = new Workspace({ '/ro': new RAMResource({ readOnly: true }) });
    const r = await ws.execute('echo x > /ro/f');
    assert.equal(r.exitCode, 1);
    assert.equal(r.stderrText, 'mirage: /ro/f: Read-only file system\n');
  });

  test('unknown rule names are rejected', () => {
    assert.throws(() => new Workspace({}, { disabledRules: ['no_such_rule'] }), /unknown rule 'no_such_rule'/);
  });
});
