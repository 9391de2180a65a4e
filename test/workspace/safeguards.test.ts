import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { CollectSink } from '../../src/core/io.js';
import { CappedSink } from '../../src/executor/safeguard.js';
import { RAMResource, Workspace } from '../../src/index.js';

const enc = (s: string) => new TextEncoder().encode(s);

describe('safeguards', () => {
  const make = () =>
    new Workspace(
      { '/d': new RAMResource(), '/s3': new RAMResource() },
      {
        commandSafeguards: {
          '/s3': { cat: { maxLines: 3, onExceed: 'error' }, head: { maxBytes: 5 } },
          '*': { sleep: { timeoutSeconds: 0.2 } },
        },
      },
    );

  test('default cap: cat returns 2,000 lines with a notice, exit 0; pipes into other commands are not capped', async () => {
    const ws = make();
    await ws.execute('seq 1 5000 > /d/big');
    const r = await ws.execute('cat /d/big');
    assert.equal(r.exitCode, 0);
    assert.equal(r.stdoutText.split('\n').length - 1, 2000);
    assert.ok(r.stdoutText.endsWith('1999\n2000\n'));
    assert.equal(
      r.stderrText,
      "mirage: output of cat truncated at 2000 lines (default safeguard); narrow the read with head, tail, grep or sed -n 'START,ENDp'\n",
    );
    assert.equal((await ws.execute('cat /d/big | wc -l')).stdoutText, '5000\n');
    assert.equal((await ws.execute('cat /d/big | head -n 30 | tail -n 1')).stdoutText, '30\n');
    assert.equal((await ws.execute('cat /d/big > /d/c; wc -l < /d/c')).stdoutText, '5000\n');
  });

  test('error mode stops with exit 1; per-mount settings apply only on that mount', async () => {
    const ws = make();
    await ws.execute('seq 1 10 > /s3/x; seq 1 10 > /d/x');
    const r = await ws.execute('cat /s3/x');
    assert.equal(r.exitCode, 1);
    assert.equal(r.stdoutText, '1\n2\n3\n');
    assert.equal(r.stderrText, 'mirage: output of cat exceeded 3 lines (safeguard); stopped\n');
    assert.equal((await ws.execute('cat /d/x')).stdoutText.split('\n').length - 1, 10);
    const bytes = await ws.execute('head -n 5 /s3/x');
    assert.equal(bytes.stdoutText, '1\n2\n3');
    assert.match(bytes.stderrText, /truncated at 5 bytes/);
  });

  test('truncation stops the producer upstream', async () => {
    const ws = make();
    const t0 = Date.now();
    const r = await ws.execute('yes | cat');
    assert.equal(r.stdoutText.length, 4000);
    assert.ok(Date.now() - t0 < 5000);
  });

  test('timeout_seconds stops the command with 124 and a notice', async () => {
    const ws = make();
    const t0 = Date.now();
    const r = await ws.execute('sleep 5; echo after $?');
    assert.ok(Date.now() - t0 < 3000);
    assert.equal(r.stdoutText, 'after 124\n');
    assert.match(r.stderrText, /mirage: sleep: stopped after 0.2s \(safeguard timeout_seconds\)\n/);
  });

  test('bad configuration is a clear error', () => {
    assert.throws(
      () => new Workspace({}, { commandSafeguards: { s3: { cat: { maxLines: 1 } } } }),
      /'s3' is not a mount path/,
    );
    assert.throws(
      () => new Workspace({}, { commandSafeguards: { '*': { cat: { maxLines: -1 } } } }),
      /maxLines must be a positive number/,
    );
  });

  test('CappedSink writes exactly the allowed lines and then refuses', async () => {
    const out = new CollectSink();
    const s = new CappedSink(out, 2, Number.POSITIVE_INFINITY);
    await s.write(enc('a\nb\n'));
    assert.equal(s.tripped, null);
    await assert.rejects(s.write(enc('c\n')), /Broken pipe/);
    assert.equal(out.text(), 'a\nb\n');
    assert.equal(s.tripped, 'lines');
  });
});
