import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { FsError } from '../../src/core/errors.js';
import type { ReadOptions } from '../../src/core/resource.js';
import { RAMResource, Workspace } from '../../src/index.js';

/** A RAM resource that counts the chunks its reads hand out (real reads, just observed). */
class CountingRAM extends RAMResource {
  chunks = 0;
  override read(path: string, opts?: ReadOptions): AsyncIterable<Uint8Array> {
    const inner = super.read(path, opts);
    const self = this;
    return {
      async *[Symbol.asyncIterator]() {
        for await (const c of inner) {
          self.chunks++;
          yield c;
        }
      },
    };
  }
}

describe('streaming and cancellation', () => {
  test('yes | head stops the infinite producer (SIGPIPE status 141)', async () => {
    const ws = new Workspace({ '/': new RAMResource() });
    const r = await ws.execute('yes | head -n 3; echo "${PIPESTATUS[@]}"');
    assert.equal(r.stdoutText, 'y\ny\ny\n141 0\n');
  });

  test('head stops the upstream read early', async () => {
    const res = new CountingRAM();
    const ws = new Workspace({ '/d': res });
    await ws.fs.writeFile('/d/big', new Uint8Array(64 * 1024 * 1024).fill(0x61));
    const r = await ws.execute('cat /d/big | head -c 5');
    assert.equal(r.stdoutText, 'aaaaa');
    assert.ok(res.chunks <= 4, `read ${res.chunks} chunks of a 64-chunk file`);
  });

  test('pipes carry binary data unchanged and preserve order under backpressure', async () => {
    const ws = new Workspace({ '/d': new RAMResource() });
    const data = new Uint8Array(3 * 1024 * 1024);
    for (let i = 0; i < data.length; i++) data[i] = (i * 7) & 0xff;
    await ws.fs.writeFile('/d/bin', data);
    const r = await ws.execute('cat /d/bin | cat | cat > /d/out && cmp_size=$(wc -c < /d/out) && echo $cmp_size');
    assert.equal(r.stdoutText.trim(), String(data.length));
    assert.deepEqual(Buffer.compare(Buffer.from(await ws.fs.readFile('/d/out')), Buffer.from(data)), 0);
  });

  test('pipefail and PIPESTATUS', async () => {
    const ws = new Workspace({ '/': new RAMResource() });
    assert.equal((await ws.execute('false | true; echo $? ${PIPESTATUS[*]}')).stdoutText, '0 1 0\n');
    assert.equal((await ws.execute('set -o pipefail; false | true; echo $?')).stdoutText, '1\n');
  });

  test('a failing read surfaces as the command error, not a crash', async () => {
    const ws = new Workspace({ '/d': new RAMResource() });
    const r = await ws.execute('cat /d/missing | wc -l');
    assert.equal(r.stdoutText, '0\n');
    assert.equal(r.stderrText, 'cat: /d/missing: No such file or directory\n');
    assert.ok(new FsError('ENOENT', '/x').message.includes('No such file'));
  });
});
