/** Spans are UTF-16 indices with 1-based line/col; parsed trees are frozen, plain and cached. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { PARSE_CACHE_ENTRIES, PARSE_CACHE_MAX_TEXT } from '../../src/core/limits.js';
import { parse } from '../../src/parser/index.js';
import { nodes } from './ast-helpers.js';

const CORPUS = [
  'echo é 😀 x | grep "ü$y" && printf %s\\n 日本\n',
  'for f in *.txt; do\n\tcat "$f" | wc -l  # count\ndone > out\n',
  'cat <<EOF\nhé $x\nEOF\necho "${a[@]:1:2}" $((i + 1)) `date`\n',
  'f() {\n  local x=$(ls) y=(1 2)\n  [[ -n $x && $y == 😀* ]] || return 1\n}\n',
];

function lineColOf(text: string, index: number): { line: number; col: number } {
  const before = text.slice(0, index);
  const line = before.split('\n').length;
  return { line, col: index - (before.lastIndexOf('\n') + 1) + 1 };
}

describe('spans', () => {
  test('offsets are UTF-16 indices, columns count UTF-16 units', () => {
    const text = 'echo é 😀 x';
    const cmd = parse(text).stmts[0].cmd;
    assert.equal(cmd?.kind, 'CallExpr');
    const args = cmd?.kind === 'CallExpr' ? cmd.args : [];
    assert.deepEqual(
      args.map((a) => text.slice(a.span.offset, a.span.end)),
      ['echo', 'é', '😀', 'x'],
    );
    assert.deepEqual(
      args.map((a) => a.span.col),
      [1, 6, 8, 11],
    );
  });

  test('every node of a corpus has a consistent span', () => {
    for (const text of CORPUS) {
      const script = parse(text);
      assert.deepEqual(script.span, { offset: 0, end: text.length, line: 1, col: 1 });
      for (const n of nodes(script)) {
        const { offset, end, line, col } = n.span;
        assert.ok(
          0 <= offset && offset <= end && end <= text.length,
          `${n.kind} ${offset}-${end} in ${JSON.stringify(text)}`,
        );
        assert.deepEqual({ line, col }, lineColOf(text, offset), `${n.kind} at ${offset}`);
      }
    }
  });

  test('words and statements span their source text', () => {
    const text = 'a=1 echo "x y" >f;\n  ls -l |\n  wc';
    const [first, second] = parse(text).stmts;
    assert.equal(text.slice(first.span.offset, first.span.end), 'a=1 echo "x y" >f;');
    assert.equal(second.span.line, 2);
    assert.equal(second.span.col, 3);
    const pipe = second.cmd;
    assert.equal(pipe?.kind === 'BinaryCmd' && text.slice(pipe.y.span.offset, pipe.y.span.end), 'wc');
    assert.equal(pipe?.kind === 'BinaryCmd' && pipe.y.span.line, 3);
  });

  test('very long lines keep exact columns (mvdan saturates its own)', () => {
    const text = `echo ${'x'.repeat(20000)} y`;
    const cmd = parse(text).stmts[0].cmd;
    assert.equal(cmd?.kind === 'CallExpr' && cmd.args[2].span.col, 20007);
  });
});

describe('parsed trees', () => {
  test('are deeply frozen', () => {
    const script = parse(CORPUS[3]);
    const seen: unknown[] = [];
    const walk = (x: unknown) => {
      if (x === null || typeof x !== 'object') return;
      seen.push(x);
      assert.ok(Object.isFrozen(x), `not frozen: ${JSON.stringify(x).slice(0, 80)}`);
      for (const v of Object.values(x)) walk(v);
    };
    walk(script);
    assert.ok(seen.length > 50);
    assert.throws(() => {
      (script.stmts as unknown[]).push(null);
    }, TypeError);
  });

  test('are plain JSON', () => {
    for (const text of CORPUS) {
      const script = parse(text);
      assert.deepEqual(JSON.parse(JSON.stringify(script)), script);
    }
  });

  test('are cached by text', () => {
    const text = 'echo cached; ls';
    assert.equal(parse(text), parse(text));
    assert.notEqual(parse(text), parse(`${text} `));
  });

  test('long texts are not cached', () => {
    const text = `echo ${'x'.repeat(PARSE_CACHE_MAX_TEXT)}`;
    const a = parse(text);
    assert.notEqual(a, parse(text));
    assert.deepEqual(a, parse(text));
  });

  test('the cache evicts the least recently used text', () => {
    const first = parse('echo evict-me');
    const kept = parse('echo keep-me');
    for (let i = 0; i < PARSE_CACHE_ENTRIES; i++) {
      parse(`echo filler ${i}`);
      if (i % 64 === 0) parse('echo keep-me');
    }
    assert.notEqual(parse('echo evict-me'), first);
    assert.equal(parse('echo keep-me'), kept);
  });
});
