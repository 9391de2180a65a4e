/**
 * Differential property test: random small well-formed scripts run through
 * Mirage and through GNU bash must print the same stdout and exit status, and
 * Mirage must always finish (no hang, no crash). The seed is fixed so a run is
 * reproducible; change DIFF_SEED locally to explore more of the space.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import fc from 'fast-check';
import { RAMResource, Workspace } from '../../src/index.js';

const SEED = Number(process.env.DIFF_SEED ?? 20261122);
const RUNS = Number(process.env.DIFF_RUNS ?? 120);

const word = fc.constantFrom(
  'a',
  'b c',
  '"$x"',
  '$x',
  "'q r'",
  '${x:-d}',
  '${#x}',
  '$((2+3))',
  '*.txt',
  '"$(echo s)"',
  '{1,2}',
);
const value = fc.constantFrom('1', 'abc', '"two words"', '$((7*6))', "''", '$x$x', 'a.txt');
const num = fc.integer({ min: 0, max: 4 });

const stmt: fc.Memo<string> = fc.memo((depth) => {
  const leaves = [
    word.chain((w) => fc.constant(`echo ${w}`)),
    value.chain((v) => fc.constant(`x=${v}`)),
    fc.constantFrom('true', 'false', ':', 'echo $?', 'echo "[$x]"', 'ls', 'cat a.txt', 'echo $((x + 1))'),
    num.chain((n) => fc.constant(`(exit ${n})`)),
  ];
  if (depth <= 1) return fc.oneof(...leaves);
  const sub = stmt(depth - 1);
  const list = fc.array(sub, { minLength: 1, maxLength: 3 }).map((a) => a.join('; '));
  return fc.oneof(
    ...leaves,
    fc.tuple(sub, sub).map(([a, b]) => `${a} && ${b}`),
    fc.tuple(sub, sub).map(([a, b]) => `${a} || ${b}`),
    fc.tuple(sub, fc.constantFrom('cat', 'wc -l', 'head -n 1', 'tail -n 1')).map(([a, b]) => `{ ${a}; } | ${b}`),
    fc.tuple(sub, list, list).map(([c, t, e]) => `if ${c}; then ${t}; else ${e}; fi`),
    fc.tuple(list).map(([b]) => `for v in 1 2; do ${b}; echo "v=$v"; done`),
    // Each nesting depth has its own counter, so loops always end.
    fc
      .tuple(num, list)
      .map(([n, b]) => `i${depth}=0; while [ $i${depth} -lt ${n} ]; do ${b}; i${depth}=$((i${depth}+1)); done`),
    fc.tuple(list).map(([b]) => `f() { ${b}; }; f`),
    fc.tuple(list).map(([b]) => `( ${b} )`),
    fc.tuple(list).map(([b]) => `y=$( ${b} ); echo "<$y>"`),
    fc.tuple(value, list).map(([v, b]) => `case ${v} in a*) ${b};; *) echo other;; esac`),
  );
});

const script = fc.array(stmt(3), { minLength: 1, maxLength: 4 }).map((a) => a.join('\n'));

function runBash(text: string): { stdout: string; status: number } {
  const dir = mkdtempSync(join(tmpdir(), 'mirage-diff-'));
  try {
    spawnSync('bash', ['-c', 'printf "hello\\n" > a.txt; printf "z\\n" > b.txt'], { cwd: dir });
    const r = spawnSync('bash', ['--norc', '--noprofile', '-c', text], {
      cwd: dir,
      env: { PATH: '/usr/bin:/bin', LC_ALL: 'C', HOME: '/home/diff' },
      encoding: 'utf8',
      timeout: 10_000,
    });
    return { stdout: r.stdout, status: r.status ?? -1 };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('random scripts: Mirage matches bash and always finishes', async () => {
  await fc.assert(
    fc.asyncProperty(script, async (text) => {
      const ws = new Workspace({ '/w': new RAMResource() }, { env: { HOME: '/home/diff', LC_ALL: 'C' } });
      await ws.fs.writeFile('/w/a.txt', 'hello\n');
      await ws.fs.writeFile('/w/b.txt', 'z\n');
      const ours = await ws.execute(text, { cwd: '/w', timeoutMs: 10_000 });
      assert.notEqual(ours.exitCode, 124, `timed out: ${text}`);
      const theirs = runBash(text);
      assert.equal(ours.stdoutText, theirs.stdout, `stdout differs for:\n${text}\nstderr: ${ours.stderrText}`);
      assert.equal(ours.exitCode, theirs.status, `exit status differs for:\n${text}\nstderr: ${ours.stderrText}`);
    }),
    { seed: SEED, numRuns: RUNS },
  );
});
