import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, test } from 'node:test';

/** The bundled CLI that package.json's bin points at (npm test builds it first). */
const CLI = resolve(import.meta.dirname, '../../cli.js');

function mirage(args: string[], input?: string) {
  return spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', input, timeout: 30_000 });
}

describe('mirage run', () => {
  test('runs a command over ram and disk mounts', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mirage-cli-'));
    try {
      writeFileSync(join(dir, 'a.log'), 'x\n');
      writeFileSync(join(dir, 'b.log'), 'y\n');
      const r = mirage(['run', '--mount', '/data=ram', '--mount', `/logs=disk:${dir}`, '-c', 'ls /logs | wc -l']);
      assert.equal(r.stdout, '2\n');
      assert.equal(r.status, 0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('exits with the script status and forwards stdin and stderr', () => {
    const r = mirage(['run', '-c', 'cat; echo oops >&2; exit 7'], 'piped\n');
    assert.equal(r.stdout, 'piped\n');
    assert.equal(r.stderr, 'oops\n');
    assert.equal(r.status, 7);
  });

  test('bad mount specs and unknown options are clear errors', () => {
    const bad = mirage(['run', '--mount', 'data=ram', '-c', 'true']);
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /^mirage: bad --mount 'data=ram': the mount path must be absolute/);
    const kind = mirage(['run', '--mount', '/d=s4', '-c', 'true']);
    assert.match(kind.stderr, /unknown kind 's4'/);
    const opt = mirage(['run', '--frobnicate']);
    assert.notEqual(opt.status, 0);
    assert.match(opt.stderr, /unknown option '--frobnicate'/);
  });
});
