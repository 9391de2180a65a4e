import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { RAMResource, Workspace } from '../../../src/index.js';

/** Runs a script through Mirage's shell in a fresh workspace. */
async function sh(script: string) {
  const ws = new Workspace({ '/d': new RAMResource() });
  const r = await ws.execute(`cd /d\n${script}`);
  return { out: r.stdoutText, err: r.stderrText, code: r.exitCode };
}

describe('awk through the shell', () => {
  test('system() runs a command line and returns its status', async () => {
    const r = await sh(`awk 'BEGIN { printf "a "; s = system("echo b; exit 3"); print "c", s }'`);
    assert.deepEqual([r.out, r.code], ['a b\nc 3\n', 0]);
  });

  test('print into a pipe and read from a command', async () => {
    const r = await sh(
      `printf '3\\n1\\n2\\n' | awk '{ print | "sort -n" } END { close("sort -n"); "echo done" | getline w; print w }'`,
    );
    assert.equal(r.out, '1\n2\n3\ndone\n');
  });

  test('pipe commands see the shell environment and files', async () => {
    const r = await sh(
      `echo data > f; awk 'BEGIN { while (("cat f" | getline l) > 0) print "read", l; print close("cat f") }'`,
    );
    assert.equal(r.out, 'read data\n0\n');
  });

  test('commands see ENVIRON as the program changed it', async () => {
    const r = await sh(`FOO=1 awk 'BEGIN { ENVIRON["FOO"] = "2"; ENVIRON["NEW"] = "n"; system("echo $FOO $NEW") }'`);
    assert.equal(r.out, '2 n\n');
  });

  test('output to a closed reader ends quietly', async () => {
    const r = await sh(`awk 'BEGIN { while (1) print "y" }' | head -2; echo "status \${PIPESTATUS[0]}"`);
    assert.equal(r.out, 'y\ny\nstatus 141\n');
  });

  test('redirected output lands in the mount', async () => {
    const r = await sh(`printf 'a 1\\nb 2\\na 3\\n' | awk '{ print $2 > ($1 ".txt") }'; cat a.txt b.txt`);
    assert.equal(r.out, '1\n3\n2\n');
  });
});
