/** printScript/printNode: exact output for a few shapes, and print → parse round trips on realistic scripts. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { describe, test } from 'node:test';
import { type Node, parse, parseArithmetic, printNode, printScript } from '../../src/parser/index.js';
import { nodes, strip } from './ast-helpers.js';
import { CORPUS } from './corpus.js';

function roundTrips(text: string): void {
  const ast = parse(text);
  const printed = printScript(ast);
  let again: ReturnType<typeof parse>;
  try {
    again = parse(printed);
  } catch (e) {
    assert.fail(`printed text does not parse (${(e as Error).message}):\n${printed}`);
  }
  assert.deepEqual(strip(again), strip(ast), `printed:\n${printed}`);
}

describe('print → parse round trip', () => {
  for (const text of CORPUS) test(JSON.stringify(text.slice(0, 60)), () => roundTrips(text));

  test('real bash accepts every printed script (bash -n)', () => {
    for (const text of CORPUS) {
      const printed = printScript(parse(text));
      const r = spawnSync('bash', ['-O', 'extglob', '-n', '-c', printed], { encoding: 'utf8' });
      assert.equal(r.status, 0, `${r.stderr}\n${printed}`);
    }
  });

  test('printing is stable: printing the reparsed tree gives the same text', () => {
    for (const text of CORPUS) {
      const once = printScript(parse(text));
      assert.equal(printScript(parse(once)), once);
    }
  });
});

describe('printed form', () => {
  test('compound commands are indented, lists inline', () => {
    assert.equal(
      printScript(parse('f() { if a; then b; elif c & then d; else e; fi; for i in 1 2; do x | y && z; done; }')),
      'f() {\n    if a; then\n        b\n    elif c & then\n        d\n    else\n        e\n    fi\n' +
        '    for i in 1 2; do\n        x | y && z\n    done\n}\n',
    );
    assert.equal(
      printScript(parse('case $x in a|b) y;; *) ;; esac')),
      'case $x in\n    a | b)\n        y\n    ;;\n    *)\n    ;;\nesac\n',
    );
  });

  test('here-document bodies follow the line that opened them', () => {
    assert.equal(
      printScript(parse('cat <<A; cat <<-"B"\na $x\nA\n\tb\n\tB\necho z')),
      'cat <<A\na $x\nA\ncat <<-"B"\n\tb\n\tB\necho z\n',
    );
  });

  test('an empty script prints as nothing', () => {
    assert.equal(printScript(parse('')), '');
    assert.equal(printScript(parse('  # only a comment\n')), '');
  });

  test('arithmetic is compact but never fuses signs', () => {
    assert.equal(printNode(parseArithmetic('a - -b')), 'a- -b');
    assert.equal(printNode(parseArithmetic('a + +b')), 'a+ +b');
    assert.equal(printNode(parseArithmetic('- -a')), '- -a');
    assert.equal(printNode(parseArithmetic('a++ + b')), 'a++ +b');
    assert.equal(printNode(parseArithmetic('(1 + 2) * 3')), '(1+2)*3');
  });

  test('slices that look like other operators keep a space', () => {
    const word = (text: string) => {
      const cmd = parse(text).stmts[0].cmd;
      return cmd?.kind === 'CallExpr' ? printNode(cmd.args[1]) : '';
    };
    assert.equal(word('echo ${x: -1}'), '${x: -1}');
    assert.equal(word('echo ${x: +1}'), '${x: +1}');
    assert.equal(word('echo ${x:-1}'), '${x:-1}');
    assert.equal(word('echo $( (a) )'), '$( ( a ))');
  });

  test('printNode prints every node kind of the corpus as text that reparses', () => {
    const seen = new Set<string>();
    for (const text of CORPUS) {
      for (const n of nodes(parse(text))) {
        const printed = printNode(n as Node);
        assert.equal(typeof printed, 'string');
        seen.add(n.kind);
      }
    }
    for (const kind of ['Stmt', 'CallExpr', 'Redirect', 'Assign', 'ArrayElem', 'CaseItem', 'WordIter', 'CStyleLoop']) {
      assert.ok(seen.has(kind), kind);
    }
  });

  test('printNode of pieces', () => {
    const script = parse('for i in a b; do x=(1 [k]=v) >f 2>&1; done');
    const loop = script.stmts[0].cmd;
    assert.equal(loop?.kind, 'ForClause');
    if (loop?.kind !== 'ForClause') return;
    assert.equal(printNode(loop.loop), 'i in a b');
    const inner = loop.body[0];
    assert.equal(printNode(inner), 'x=(1 [k]=v) > f 2>&1');
    assert.equal(printNode(inner.redirs[1]), '2>&1');
    const call = inner.cmd;
    assert.equal(call?.kind === 'CallExpr' && printNode(call.assigns[0]), 'x=(1 [k]=v)');
    assert.equal(printNode(script), 'for i in a b; do\n    x=(1 [k]=v) > f 2>&1\ndone\n');
  });
});
