import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { RAMResource, Workspace } from '../../src/index.js';

describe('EXPLAIN and rules', () => {
  test('prints one line per operator', async () => {
    const ws = new Workspace({ '/data': new RAMResource() });
    assert.equal(
      await ws.explain('cat /data/a.txt | grep x | head -n 3'),
      'Pipeline (3 stages)\n  Exec cat /data/a.txt\n  Exec grep x\n  Exec head -n 3\n',
    );
  });

  test('head -c N FILE becomes a ranged read, and can be switched off', async () => {
    const on = new Workspace({ '/data': new RAMResource() });
    assert.equal(
      await on.explain('head -c 100 /data/a.txt'),
      'Read /data/a.txt bytes=0..100 [ram]  <- push_down_head_range (was: head -c 100 /data/a.txt)\n',
    );
    const off = new Workspace({ '/data': new RAMResource() }, { disabledRules: ['push_down_head_range'] });
    assert.equal(await off.explain('head -c 100 /data/a.txt'), 'Exec head -c 100 /data/a.txt\n');
  });

  test('the ranged read gives the same bytes and errors as head', async () => {
    const data = 'line one\nline two\n';
    for (const disabled of [[], ['push_down_head_range']]) {
      const ws = new Workspace({ '/data': new RAMResource() }, { disabledRules: disabled });
      await ws.fs.writeFile('/data/a.txt', data);
      assert.equal((await ws.execute('head -c 12 /data/a.txt')).stdoutText, data.slice(0, 12));
      assert.equal((await ws.execute('head -c 100 /data/a.txt | wc -c')).stdoutText, `${data.length}\n`);
      const miss = await ws.execute('head -c 5 /data/nope');
      assert.equal(miss.exitCode, 1);
      assert.equal(miss.stderrText, "head: cannot open '/data/nope' for reading: No such file or directory\n");
    }
  });

  test('control flow and run-time words are shown', async () => {
    const ws = new Workspace({ '/data': new RAMResource() });
    const text = await ws.explain('for f in /data/*; do wc -l "$f"; done');
    assert.equal(text, 'For f in /data/*\n  Exec wc -l "$f"  (bound at run time)\n');
  });
});
