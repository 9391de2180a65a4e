/**
 * Disk reads stop early: a consumer that takes one chunk and leaves (head -n 1),
 * or aborts, costs about one chunk of I/O and gives its file descriptor back.
 * Measured from the kernel's own counters (/proc/self/io, /proc/self/fd), not by
 * spying on our code.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as fs from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { CHUNK_SIZE, MAX_READ_CHUNK } from '../../src/core/limits.js';
import { DiskResource } from '../../src/resources/disk/index.js';
import { get, getText, pattern } from './contract-helpers.js';

const BIG = 8 * 1024 * 1024;
const HAS_PROC = (() => {
  try {
    readFileSync('/proc/self/io');
    return true;
  } catch {
    return false;
  }
})();

/** Bytes this process has read through read(2)-like calls, page-cache hits included. */
function bytesReadSoFar(): number {
  const line = readFileSync('/proc/self/io', 'utf8')
    .split('\n')
    .find((l) => l.startsWith('rchar:'));
  return Number(line?.split(/\s+/)[1]);
}

function openFds(): number {
  return readdirSync('/proc/self/fd').length;
}

/** Waits until the open descriptor count returns to `n` (closing happens on the thread pool). */
async function fdsSettleAt(n: number): Promise<number> {
  for (let i = 0; i < 100 && openFds() !== n; i++) await sleep(5);
  return openFds();
}

let base: string;
let disk: DiskResource;
let data: Uint8Array;

before(async () => {
  base = await fs.mkdtemp(join(tmpdir(), 'mirage-disk-stream-'));
  data = pattern(BIG);
  await fs.writeFile(join(base, 'big.bin'), data);
  disk = new DiskResource({ root: base });
});

after(async () => {
  await fs.rm(base, { recursive: true, force: true });
});

describe('disk streaming', { skip: !HAS_PROC && 'needs /proc/self/io' }, () => {
  test('breaking after the first chunk reads well under 1 MB of an 8 MB file and closes the file', async () => {
    await getText(disk, '/big.bin', { end: 1 }); // warm up lazy loads so they do not count
    const fds = openFds();
    const readBefore = bytesReadSoFar();
    let first: Uint8Array | undefined;
    for await (const chunk of disk.read('/big.bin')) {
      first = chunk;
      break;
    }
    const cost = bytesReadSoFar() - readBefore;
    assert.ok(first && first.length > 0 && first.length <= CHUNK_SIZE);
    assert.ok(cost < 1024 * 1024, `read ${cost} bytes to deliver one chunk`);
    assert.equal(await fdsSettleAt(fds), fds);
  });

  test('aborting a paused read closes the file at once and the next pull fails with AbortError', async () => {
    const fds = openFds();
    const readBefore = bytesReadSoFar();
    const ac = new AbortController();
    const it = disk.read('/big.bin', { signal: ac.signal })[Symbol.asyncIterator]();
    assert.equal((await it.next()).done, false);
    assert.equal(openFds(), fds + 1);
    ac.abort();
    // The consumer has not pulled again, yet the descriptor is released.
    assert.equal(await fdsSettleAt(fds), fds);
    await assert.rejects(it.next(), { name: 'AbortError' });
    assert.ok(bytesReadSoFar() - readBefore < 1024 * 1024);
  });

  test('the first chunk is 64 KiB, later ones double up to 1 MiB; ranges crossing chunk edges are exact', async () => {
    const sizes: number[] = [];
    for await (const c of disk.read('/big.bin', { start: 10, end: 3 * CHUNK_SIZE + 20 })) sizes.push(c.length);
    assert.deepEqual(sizes, [CHUNK_SIZE, 2 * CHUNK_SIZE, 20 - 10]);
    const all: number[] = [];
    for await (const c of disk.read('/big.bin')) all.push(c.length);
    assert.equal(all[0], CHUNK_SIZE);
    assert.ok(all.every((n) => n <= MAX_READ_CHUNK));
    assert.equal(
      all.reduce((a, b) => a + b, 0),
      BIG,
    );
    const edge = await get(disk, '/big.bin', { start: CHUNK_SIZE - 2, end: CHUNK_SIZE + 3 });
    assert.deepEqual(edge, data.subarray(CHUNK_SIZE - 2, CHUNK_SIZE + 3));
    const tail = await get(disk, '/big.bin', { start: BIG - 7, end: BIG + 100 });
    assert.deepEqual(tail, data.subarray(BIG - 7));
  });

  test('writes issued without waiting land in order', async () => {
    const h = await disk.openWrite('/ordered.txt');
    const pending: Promise<void>[] = [];
    for (let i = 0; i < 200; i++) pending.push(h.write(Buffer.from(`${i}\n`)));
    await Promise.all(pending);
    await h.close();
    const expected = Array.from({ length: 200 }, (_, i) => `${i}\n`).join('');
    assert.equal(await getText(disk, '/ordered.txt'), expected);
  });

  test('an aborted write signal stops further writes', async () => {
    const ac = new AbortController();
    const h = await disk.openWrite('/stopped.txt', { signal: ac.signal });
    await h.write(Buffer.from('kept'));
    ac.abort();
    await assert.rejects(h.write(Buffer.from('dropped')), { name: 'AbortError' });
    await h.abort();
    assert.equal(await getText(disk, '/stopped.txt'), 'kept');
  });
});
