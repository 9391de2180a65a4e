import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { ReadOptions } from '../../src/core/resource.js';
import { RAMResource, Workspace } from '../../src/index.js';

describe('sessions', () => {
  test('state persists per session and never leaks into another', async () => {
    const ws = new Workspace({ '/d': new RAMResource() });
    ws.createSession('a', { cwd: '/d', env: { WHO: 'a' } });
    ws.createSession('b');
    await ws.execute('mkdir -p /d/x; cd /d/x; export V=1; f() { echo fa; }; set -u', { sessionId: 'a' });
    const a = await ws.execute('pwd; echo $V $WHO; f', { sessionId: 'a' });
    assert.equal(a.stdoutText, '/d/x\n1 a\nfa\n');
    const b = await ws.execute('pwd; echo "[${V-}]"; type f; echo $-', { sessionId: 'b' });
    assert.equal(b.stdoutText, '/\n[]\nhB\n');
    assert.match(b.stderrText, /type: f: not found/);
    assert.deepEqual(
      ws.listSessions().map((s) => s.id),
      ['default', 'a', 'b'],
    );
    assert.equal(ws.getSession('a')?.cwd, '/d/x');
    assert.equal(ws.getSession('a')?.env.V, '1');
    assert.equal(ws.closeSession('b'), true);
    await assert.rejects(ws.execute('true', { sessionId: 'b' }), /no such session: b/);
    assert.throws(() => ws.closeSession('default'), /cannot be closed/);
    assert.throws(() => ws.createSession('a'), /already exists/);
  });

  test('50 concurrent executes in 50 sessions keep their own state', async () => {
    const ws = new Workspace({ '/d': new RAMResource() });
    const ids = Array.from({ length: 50 }, (_, i) => `s${i}`);
    for (const id of ids) ws.createSession(id);
    const results = await Promise.all(
      ids.map((id, i) =>
        ws.execute(`n=${i}; for k in 1 2 3; do n=$((n+1)); sleep 0.001; done; export N=$n; echo $N`, { sessionId: id }),
      ),
    );
    for (const [i, r] of results.entries()) assert.equal(r.stdoutText, `${i + 3}\n`);
    const again = await Promise.all(ids.map((id) => ws.execute('echo $N', { sessionId: id })));
    for (const [i, r] of again.entries()) assert.equal(r.stdoutText, `${i + 3}\n`);
  });

  test('executes on one session run one at a time, in order', async () => {
    const ws = new Workspace({ '/d': new RAMResource() });
    const [x, y] = await Promise.all([ws.execute('sleep 0.05; v=first'), ws.execute('echo "${v-unset}"')]);
    assert.equal(x.exitCode, 0);
    assert.equal(y.stdoutText, 'first\n');
  });

  test('allowedMounts hides the other mounts', async () => {
    const ws = new Workspace({ '/pub': new RAMResource(), '/secret': new RAMResource() });
    await ws.fs.writeFile('/secret/k', 'key');
    ws.createSession('agent', { allowedMounts: ['/pub'] });
    const r = await ws.execute('ls /; cat /secret/k; echo x > /secret/new', { sessionId: 'agent' });
    assert.equal(r.stdoutText, 'pub\n');
    assert.match(r.stderrText, /cat: \/secret\/k: No such file or directory/);
    assert.equal(await ws.fs.exists('/secret/new'), false);
    assert.throws(() => ws.createSession('bad', { allowedMounts: ['/nope'] }), /no mount at \/nope/);
  });
});

describe('history', () => {
  test('history lists the session view in bash format; -c clears only that view', async () => {
    const ws = new Workspace({ '/d': new RAMResource() });
    ws.createSession('other');
    await ws.execute('echo one');
    await ws.execute('echo two', { sessionId: 'other', agentId: 'bot' });
    await ws.execute('true');
    assert.equal((await ws.execute('history')).stdoutText, '    1  echo one\n    2  true\n    3  history\n');
    assert.equal((await ws.execute('history 2')).stdoutText, '    3  history\n    4  history 2\n');
    await ws.execute('history -c');
    assert.equal((await ws.execute('history')).stdoutText, '    1  history\n');
    assert.equal((await ws.execute('history', { sessionId: 'other' })).stdoutText, '    1  echo two\n    2  history\n');
    const all = ws.history();
    const two = all.find((e) => e.command === 'echo two');
    assert.equal(two?.agentId, 'bot');
    assert.equal(two?.sessionId, 'other');
    assert.equal(two?.exitCode, 0);
    assert.equal(two?.bytesOut, 4);
    assert.equal(two?.preview, 'two\n');
  });

  test('/.bash_history is a read-only GNU histfile across sessions', async () => {
    const ws = new Workspace({ '/d': new RAMResource() });
    ws.createSession('b');
    await ws.execute('echo a');
    await ws.execute('echo b', { sessionId: 'b' });
    const r = await ws.execute('cat /.bash_history');
    assert.match(r.stdoutText, /^#\d+\necho a\n#\d+\necho b\n#\d+\ncat \/.bash_history\n$/);
    assert.equal((await ws.execute('grep -c echo /.bash_history')).stdoutText, '3\n');
    const w = await ws.execute('echo x > /.bash_history');
    assert.equal(w.exitCode, 1);
    assert.equal(w.stderrText, 'mirage: /.bash_history: Permission denied\n');
    assert.equal((await ws.execute('ls -a / | grep bash_history')).stdoutText, '.bash_history\n');
  });

  test('historyLimit bounds the record', async () => {
    const ws = new Workspace({ '/d': new RAMResource() }, { historyLimit: 3 });
    for (let i = 0; i < 6; i++) await ws.execute(`echo ${i}`);
    assert.deepEqual(
      ws.history().map((e) => e.command),
      ['echo 3', 'echo 4', 'echo 5'],
    );
  });
});

/** A RAM resource whose reads are slow (1 ms a chunk, 1 KiB chunks), to watch cancellation. */
class SlowRAM extends RAMResource {
  override read(path: string, opts?: ReadOptions): AsyncIterable<Uint8Array> {
    const inner = super.read(path, opts);
    return {
      async *[Symbol.asyncIterator]() {
        for await (const c of inner) {
          for (let i = 0; i < c.length; i += 1024) {
            opts?.signal?.throwIfAborted();
            await new Promise((r) => setTimeout(r, 1));
            yield c.subarray(i, i + 1024);
          }
        }
      },
    };
  }
}

describe('background jobs', () => {
  test('a job returns at once, keeps its own output, and can be waited for', async () => {
    const ws = new Workspace({ '/d': new RAMResource() });
    const { jobId } = await ws.execute('sleep 0.05; echo done; echo err >&2; exit 3', { background: true });
    assert.equal(ws.jobs.get(jobId)?.status, 'running');
    const r = await ws.jobs.wait(jobId);
    assert.equal(r.status, 'done');
    assert.equal(r.exitCode, 3);
    assert.equal(r.stdoutText, 'done\n');
    assert.equal(r.stderrText, 'err\n');
    const info = ws.jobs.get(jobId);
    assert.equal(info?.command, 'sleep 0.05; echo done; echo err >&2; exit 3');
    assert.equal(info?.sessionId, 'default');
    assert.ok(info?.endedAt && info.endedAt >= info.startedAt);
    assert.deepEqual(
      ws.jobs.list().map((j) => j.id),
      [jobId],
    );
  });

  test('cancel stops a slow stream within 100 ms', async () => {
    const ws = new Workspace({ '/s': new SlowRAM() });
    await ws.fs.writeFile('/s/big', new Uint8Array(4 * 1024 * 1024).fill(0x61));
    const { jobId } = await ws.execute('cat /s/big | wc -c', { background: true });
    await new Promise((r) => setTimeout(r, 50));
    const t0 = Date.now();
    assert.equal(ws.jobs.cancel(jobId), true);
    const r = await ws.jobs.wait(jobId);
    assert.ok(Date.now() - t0 < 100, `took ${Date.now() - t0} ms`);
    assert.equal(r.status, 'cancelled');
    assert.equal(ws.jobs.cancel(jobId), false);
  });

  test('a job does not change its session and does not block it', async () => {
    const ws = new Workspace({ '/d': new RAMResource() });
    const { jobId } = await ws.execute('sleep 0.2; cd /d; X=job', { background: true });
    const t0 = Date.now();
    const r = await ws.execute('echo "${X-none}"; pwd');
    assert.ok(Date.now() - t0 < 150);
    assert.equal(r.stdoutText, 'none\n/\n');
    const partial = await ws.jobs.wait(jobId, { timeoutMs: 10 });
    assert.equal(partial.status, 'running');
    await ws.jobs.wait(jobId);
    assert.equal((await ws.execute('echo "${X-none}"')).stdoutText, 'none\n');
  });
});

describe('custom commands', () => {
  test('a general command works in pipelines, loops, xargs, type and which', async () => {
    const ws = new Workspace({ '/d': new RAMResource() });
    ws.command('shout', async (ctx) => {
      let text = '';
      for await (const c of ctx.stdin) text += new TextDecoder().decode(c);
      return { stdout: `${text.toUpperCase()}${ctx.args.join(' ').toUpperCase()}` };
    });
    assert.equal((await ws.execute('echo hi | shout')).stdoutText, 'HI\n');
    assert.equal((await ws.execute('for w in a b; do shout $w; echo; done')).stdoutText, 'A\nB\n');
    assert.equal((await ws.execute('echo x y | xargs -n1 shout | cat')).stdoutText, 'XY');
    assert.equal((await ws.execute('type shout; which shout')).stdoutText, 'shout is /usr/bin/shout\n/usr/bin/shout\n');
    assert.match((await ws.execute('help')).stdoutText, /\n {2}shout {8}/);
  });

  test('overrides resolve by resource + filetype, resource, general, built-in; next() falls through', async () => {
    const ws = new Workspace({ '/r': new RAMResource(), '/d': new RAMResource() });
    await ws.fs.writeFile('/r/a.parquet', 'P');
    await ws.fs.writeFile('/r/a.txt', 'T\n');
    ws.command('cat', { resource: 'ram', filetype: 'parquet' }, () => ({ stdout: 'parquet rows\n' }));
    ws.command('cat', { resource: 'ram' }, async (ctx) => {
      await ctx.next();
      return { stdout: `(ram ${ctx.paths.map((p) => p.mount).join(',')})\n` };
    });
    assert.equal((await ws.execute('cat /r/a.parquet')).stdoutText, 'parquet rows\n');
    assert.equal((await ws.execute('cat /r/a.txt')).stdoutText, 'T\n(ram /r)\n');
    ws.command('cat', async (ctx) => ({ stdout: `general:${ctx.args.join(' ')}\n`, exitCode: 4 }));
    const g = await ws.execute('echo in | cat');
    assert.equal(g.stdoutText, 'general:\n');
    assert.equal(g.exitCode, 4);
  });

  test('handlers can run sub-commands and fail cleanly', async () => {
    const ws = new Workspace({ '/d': new RAMResource() });
    ws.command('count', async (ctx) => {
      const r = await ctx.exec(`ls ${ctx.args[0]} | wc -l`);
      return { stdout: `${r.stdoutText.trim()} entries\n` };
    });
    ws.command('boom', () => {
      throw new Error('kaput');
    });
    await ws.fs.writeFile('/d/a', '');
    await ws.fs.writeFile('/d/b', '');
    assert.equal((await ws.execute('count /d')).stdoutText, '2 entries\n');
    const b = await ws.execute('boom');
    assert.equal(b.exitCode, 1);
    assert.equal(b.stderrText, 'boom: kaput\n');
    assert.throws(() => ws.command('cd', () => ({})), /shell builtin/);
    assert.throws(() => ws.command('a b', () => ({})), /invalid command name/);
  });
});
