/**
 * The behaviour every backend must have, tested through the Resource interface
 * only: run `runResourceContract` from a backend's test file with a factory that
 * makes a fresh, empty resource (and, when the backend has one, a read-only variant).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { FixtureFactory } from './contract-helpers.js';
import { get, getText, names, pattern, put, rejectsWith, useFixture } from './contract-helpers.js';
import { describeMutations, describeReadOnly } from './contract-write.js';

export type { FixtureFactory, ResourceFixture } from './contract-helpers.js';

/** Registers the contract suite for one backend. */
export function runResourceContract(name: string, make: FixtureFactory, makeReadOnly?: FixtureFactory): void {
  describe(`Resource contract: ${name}`, () => {
    describeMetadata(make);
    describeReads(make);
    describeMutations(make);
    if (makeReadOnly) describeReadOnly(makeReadOnly);
  });
}

function describeMetadata(make: FixtureFactory): void {
  describe('stat, lstat, readdir', () => {
    const r = useFixture(make);

    test('the root is a directory', async () => {
      assert.equal((await r().stat('/')).type, 'directory');
      assert.equal((await r().lstat('/')).type, 'directory');
      assert.deepEqual(await r().readdir('/'), []);
    });

    test('a file reports type, size, mode and a recent mtime', async () => {
      const before = Date.now();
      await put(r(), '/f.txt', 'hello\n');
      const st = await r().stat('/f.txt');
      assert.equal(st.type, 'file');
      assert.equal(st.size, 6);
      assert.ok(Number.isInteger(st.mode) && st.mode >= 0 && st.mode <= 0o7777, `mode ${st.mode}`);
      assert.ok(st.mtimeMs >= before - 2000 && st.mtimeMs <= Date.now() + 2000, `mtime ${st.mtimeMs}`);
      assert.equal((await r().lstat('/f.txt')).type, 'file');
    });

    test('a directory reports type directory', async () => {
      await r().mkdir('/d');
      assert.equal((await r().stat('/d')).type, 'directory');
      assert.equal((await r().lstat('/d')).type, 'directory');
    });

    test('missing paths are ENOENT', async () => {
      await rejectsWith(r().stat('/nope'), 'ENOENT');
      await rejectsWith(r().lstat('/nope'), 'ENOENT');
      await rejectsWith(r().stat('/nope/deeper'), 'ENOENT');
      await rejectsWith(r().readdir('/nope'), 'ENOENT');
    });

    test('a path through a file is ENOTDIR', async () => {
      await put(r(), '/f', 'x');
      await rejectsWith(r().stat('/f/x'), 'ENOTDIR');
      await rejectsWith(r().lstat('/f/x'), 'ENOTDIR');
    });

    test('readdir lists names with their types', async () => {
      await put(r(), '/a.txt', 'a');
      await r().mkdir('/sub');
      await put(r(), '/sub/inner', 'i');
      const entries = (await r().readdir('/')).sort((x, y) => (x.name < y.name ? -1 : 1));
      assert.deepEqual(entries, [
        { name: 'a.txt', type: 'file' },
        { name: 'sub', type: 'directory' },
      ]);
      assert.deepEqual(await names(r(), '/sub'), ['inner']);
    });

    test('readdir of a file is ENOTDIR', async () => {
      await put(r(), '/f', 'x');
      await rejectsWith(r().readdir('/f'), 'ENOTDIR');
    });
  });
}

function describeReads(make: FixtureFactory): void {
  describe('read', () => {
    const r = useFixture(make);

    test('whole file and byte ranges with an exclusive end', async () => {
      await put(r(), '/f', '0123456789');
      assert.equal(await getText(r(), '/f'), '0123456789');
      assert.equal(await getText(r(), '/f', { start: 3 }), '3456789');
      assert.equal(await getText(r(), '/f', { start: 2, end: 5 }), '234');
      assert.equal(await getText(r(), '/f', { end: 1 }), '0');
      assert.equal(await getText(r(), '/f', { start: 4, end: 4 }), '');
      assert.equal(await getText(r(), '/f', { start: 50 }), '');
      assert.equal(await getText(r(), '/f', { start: 50, end: 60 }), '');
      assert.equal(await getText(r(), '/f', { start: 7, end: 1000 }), '789');
    });

    test('an empty file reads as no bytes', async () => {
      await put(r(), '/empty', '');
      assert.equal((await get(r(), '/empty')).length, 0);
      assert.equal((await r().stat('/empty')).size, 0);
    });

    test('a directory is EISDIR, a missing file ENOENT, a path through a file ENOTDIR', async () => {
      await r().mkdir('/d');
      await put(r(), '/f', 'x');
      await rejectsWith(get(r(), '/d'), 'EISDIR');
      await rejectsWith(get(r(), '/'), 'EISDIR');
      await rejectsWith(get(r(), '/missing'), 'ENOENT');
      await rejectsWith(get(r(), '/f/x'), 'ENOTDIR');
    });

    test('all 256 byte values round-trip', async () => {
      const bytes = new Uint8Array(512);
      for (let i = 0; i < bytes.length; i++) bytes[i] = i & 0xff;
      await put(r(), '/bin', bytes);
      assert.deepEqual(await get(r(), '/bin'), bytes);
      assert.deepEqual(await get(r(), '/bin', { start: 250, end: 260 }), bytes.subarray(250, 260));
    });

    test('an aborted signal stops the read', async () => {
      await put(r(), '/big', pattern(4 * 1024 * 1024));
      const ac = new AbortController();
      const it = r().read('/big', { signal: ac.signal })[Symbol.asyncIterator]();
      const first = await it.next();
      assert.equal(first.done, false);
      ac.abort();
      await assert.rejects(it.next(), (e: unknown) => (e as Error).name === 'AbortError');
    });

    test('a signal aborted before the read starts rejects at once', async () => {
      await put(r(), '/f', 'data');
      await assert.rejects(get(r(), '/f', { signal: AbortSignal.abort() }), { name: 'AbortError' });
    });

    test('breaking out early stops the read and leaves the file usable', async () => {
      const data = pattern(4 * 1024 * 1024);
      await put(r(), '/big', data);
      let got = 0;
      for await (const c of r().read('/big')) {
        got += c.length;
        break;
      }
      assert.ok(got > 0 && got < data.length, `read ${got} bytes`);
      await r().rm('/big');
      await rejectsWith(r().stat('/big'), 'ENOENT');
    });

    test('reads are lazy: the file is looked up on the first pull', async () => {
      const source = r().read('/later');
      await put(r(), '/later', 'now here');
      const chunks: Uint8Array[] = [];
      for await (const c of source) chunks.push(c);
      assert.equal(Buffer.concat(chunks).toString(), 'now here');
    });
  });
}
