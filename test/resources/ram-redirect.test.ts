/**
 * RAM symlinks hold virtual paths, so the RAM resource hands them back to the VFS
 * as SymlinkRedirect: the link's path, its target, and the rest of the path still
 * to resolve. Losing the rest would make the VFS act on the wrong path.
 */
import assert from 'node:assert/strict';
import { beforeEach, describe, test } from 'node:test';
import { SymlinkRedirect } from '../../src/core/errors.js';
import { RAMResource } from '../../src/resources/ram/index.js';
import { put } from './contract-helpers.js';

async function redirectOf(p: Promise<unknown>): Promise<{ linkPath: string; target: string; rest: string }> {
  try {
    await p;
  } catch (e) {
    assert.ok(e instanceof SymlinkRedirect, `expected a SymlinkRedirect, got ${String(e)}`);
    return { linkPath: e.linkPath, target: e.target, rest: e.rest };
  }
  assert.fail('expected a SymlinkRedirect');
}

let ram: RAMResource;

beforeEach(async () => {
  ram = new RAMResource();
  await ram.mkdir('/dir');
  await ram.symlink('/elsewhere/dir', '/dir/link');
  await put(ram, '/file', 'x');
});

describe('RAM symlink redirects', () => {
  test('following a final link redirects with no rest; lstat and readlink do not follow it', async () => {
    assert.deepEqual(await redirectOf(ram.stat('/dir/link')), {
      linkPath: '/dir/link',
      target: '/elsewhere/dir',
      rest: '',
    });
    assert.equal((await ram.lstat('/dir/link')).type, 'symlink');
    assert.equal(await ram.readlink('/dir/link'), '/elsewhere/dir');
  });

  test('a link in the middle of a path redirects with the remaining components', async () => {
    const expected = { linkPath: '/dir/link', target: '/elsewhere/dir', rest: '/a/b' };
    assert.deepEqual(await redirectOf(ram.stat('/dir/link/a/b')), expected);
    assert.deepEqual(await redirectOf(ram.lstat('/dir/link/a/b')), expected);
    assert.deepEqual(await redirectOf(ram.readdir('/dir/link/a/b')), expected);
    assert.deepEqual(await redirectOf(ram.readlink('/dir/link/a/b')), expected);
  });

  test('operations on a name under a linked directory keep that name in the rest', async () => {
    const under = { linkPath: '/dir/link', target: '/elsewhere/dir', rest: '/new' };
    assert.deepEqual(await redirectOf(ram.openWrite('/dir/link/new')), under);
    assert.deepEqual(await redirectOf(ram.mkdir('/dir/link/new')), under);
    assert.deepEqual(await redirectOf(ram.rm('/dir/link/new')), under);
    assert.deepEqual(await redirectOf(ram.rmdir('/dir/link/new')), under);
    assert.deepEqual(await redirectOf(ram.symlink('t', '/dir/link/new')), under);
    assert.deepEqual(await redirectOf(ram.rename('/dir/link/new', '/x')), under);
    assert.deepEqual(await redirectOf(ram.copyFile('/file', '/dir/link/new')), under);
    assert.deepEqual(await redirectOf(ram.mkdir('/dir/link/new', { recursive: true })), under);
  });

  test('writing to a final link redirects so the VFS can write through it', async () => {
    assert.deepEqual(await redirectOf(ram.openWrite('/dir/link')), {
      linkPath: '/dir/link',
      target: '/elsewhere/dir',
      rest: '',
    });
    // Removing the link itself needs no redirect.
    await ram.rm('/dir/link');
    assert.deepEqual(await ram.readdir('/dir'), []);
  });

  test("stray '..' segments are normalised, never stored as names", async () => {
    await ram.mkdir('/dir/../made');
    assert.equal((await ram.stat('/made')).type, 'directory');
    assert.deepEqual((await ram.readdir('/')).map((e) => e.name).sort(), ['dir', 'file', 'made']);
  });
});
