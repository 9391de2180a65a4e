/** Small helpers the resource contract suite shares; they use the Resource interface only. */
import assert from 'node:assert/strict';
import { afterEach, beforeEach } from 'node:test';
import { type ErrnoCode, isFsError } from '../../src/core/errors.js';
import { concatBytes, encodeText } from '../../src/core/io.js';
import type { ReadOptions, Resource } from '../../src/core/resource.js';

/** A resource made for one test and how to dispose of it. */
export interface ResourceFixture {
  readonly resource: Resource;
  cleanup(): Promise<void>;
}

/** Makes a fresh, empty resource. */
export type FixtureFactory = () => Promise<ResourceFixture>;

/** Gives each test of the enclosing describe a fresh resource from `make`, cleaned up afterwards. */
export function useFixture(make: FixtureFactory): () => Resource {
  let current: ResourceFixture | undefined;
  beforeEach(async () => {
    current = await make();
  });
  afterEach(async () => {
    await current?.cleanup();
    current = undefined;
  });
  return () => {
    assert.ok(current, 'fixture not ready');
    return current.resource;
  };
}

/** Writes a whole file through openWrite. */
export async function put(r: Resource, path: string, data: string | Uint8Array): Promise<void> {
  const handle = await r.openWrite(path);
  await handle.write(typeof data === 'string' ? encodeText(data) : data);
  await handle.close();
}

/** Reads a whole file (or a range) into one array. */
export async function get(r: Resource, path: string, opts?: ReadOptions): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  for await (const c of r.read(path, opts)) chunks.push(c);
  return concatBytes(chunks);
}

/** Reads a whole file (or a range) as text. */
export async function getText(r: Resource, path: string, opts?: ReadOptions): Promise<string> {
  return Buffer.from(await get(r, path, opts)).toString('utf8');
}

/** Asserts that `p` rejects with an FsError of the given code. */
export async function rejectsWith(p: Promise<unknown>, code: ErrnoCode): Promise<void> {
  await assert.rejects(p, (e: unknown) => {
    assert.ok(isFsError(e), `expected FsError ${code}, got ${String(e)}`);
    assert.equal(e.code, code);
    return true;
  });
}

/** Sorted names of a directory, for order-free comparisons. */
export async function names(r: Resource, path: string): Promise<string[]> {
  return (await r.readdir(path)).map((e) => e.name).sort();
}

/** Bytes whose value at i is a cheap function of i, so misplaced ranges show. */
export function pattern(size: number): Uint8Array {
  const out = new Uint8Array(size);
  for (let i = 0; i < size; i++) out[i] = (i * 7 + (i >> 13)) & 0xff;
  return out;
}
