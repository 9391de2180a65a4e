import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';

test('the bundled package entry (dist/mirage.js) runs bash over a RAM mount', async () => {
  const entry = pathToFileURL(resolve(import.meta.dirname, '../../mirage.js')).href;
  const m = (await import(entry)) as typeof import('../../src/index.js');
  const ws = new m.Workspace({ '/d': new m.RAMResource() });
  const r = await ws.execute('echo hi | cat > /d/f; cat /d/f; ls /d');
  assert.equal(r.stdoutText, 'hi\nf\n');
  assert.equal(r.exitCode, 0);
});
