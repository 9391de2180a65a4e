/**
 * parsePrefix against real bash: for each broken script, the `echo`s left in our
 * prefix must be exactly what `bash -c` prints before it reports the error.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { describe, test } from 'node:test';
import { parse, parsePrefix, printNode, type Script } from '../../src/parser/index.js';
import { nodes } from './ast-helpers.js';

/** [script, what bash prints] — the expectations were recorded with GNU bash 5.2 and are re-checked live. */
const CASES: [string, string[]][] = [
  ['echo 1\necho 2 |\n', ['1']],
  ['echo 1; (', []],
  ['echo 1\nif true; then\necho 2\n', ['1']],
  ['echo 1\nfor x in 2; do\n echo $x\n fi\ndone', ['1']],
  ['echo 1\necho "a\nb" ; (', ['1']],
  ['echo 1; echo 2\necho 3 )\necho 4', ['1', '2']],
  ['echo 1\n\n\necho 2 |', ['1']],
  ['echo 1\necho 2 &&\n\necho 3; )', ['1']],
  ['echo 1\nx=$(\necho 2\n', ['1']],
  ['echo 1; if true; then\necho 2\n', []],
  ['echo 1\necho 2 \\\necho 3 |', ['1']],
  ['echo 1\necho 2\necho 3; fi\necho 4', ['1', '2']],
  ['echo 1\n{ echo 2; }\ncase x in\n', ['1', '2']],
  ['if true; then echo 1; fi\necho 2 )', ['1']],
  ['f() {\n echo 0\n}\necho 1\nwhile true; do\n', ['1']],
];

/** The echo arguments of a script outside function bodies, in source order (our cases run every such echo). */
function echoes(script: Script): string[] {
  const all = [...nodes(script.stmts)];
  const bodies = all.filter((n) => n.kind === 'FuncDecl').map((n) => n.span);
  const inBody = (at: number) => bodies.some((b) => b.offset <= at && at < b.end);
  const out: string[] = [];
  for (const n of all) {
    if (n.kind === 'CallExpr' && !inBody(n.span.offset) && n.args[0] && printNode(n.args[0]) === 'echo') {
      out.push(
        n.args
          .slice(1)
          .map((a) => printNode(a))
          .join(' '),
      );
    }
  }
  return out;
}

function bashPrints(script: string): string[] {
  const r = spawnSync('bash', ['-c', script], { encoding: 'utf8', env: { ...process.env, LC_ALL: 'C' } });
  assert.notEqual(r.status, 0, `bash accepted ${JSON.stringify(script)}`);
  return r.stdout.split('\n').filter((l) => l !== '');
}

describe('parsePrefix runs what bash runs before a syntax error', () => {
  for (const [script, printed] of CASES) {
    test(JSON.stringify(script), () => {
      assert.deepEqual(bashPrints(script), printed, 'recorded expectation no longer matches bash');
      const { script: prefix, error } = parsePrefix(script);
      assert.deepEqual(echoes(prefix), printed);
      assert.ok(error);
      assert.throws(
        () => parse(script),
        (e: Error) => e.message === error.message,
      );
    });
  }

  test('a script without error parses whole, with a null error', () => {
    const text = 'echo 1\necho 2';
    assert.deepEqual(parsePrefix(text), { script: parse(text), error: null });
  });

  test('statements before a here-document error still run', () => {
    const { script, error } = parsePrefix('cat <<EOF\nbody\nEOF\necho 2 |');
    assert.equal(script.stmts.length, 1);
    assert.equal(error?.line, 4);
  });
});
