/** Syntax errors: position, incompleteness, message form, refused constructs and limits. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { MAX_SYNTAX_DEPTH } from '../../src/core/limits.js';
import { parse, parseArithmetic, ShellSyntaxError } from '../../src/parser/index.js';
import { strip, w, word } from './ast-helpers.js';

function errorOf(fn: () => unknown): ShellSyntaxError {
  try {
    fn();
  } catch (e) {
    assert.ok(e instanceof ShellSyntaxError, `expected ShellSyntaxError, got ${String(e)}`);
    return e;
  }
  assert.fail('expected a ShellSyntaxError');
}

/** [input, line, col, incomplete, reason] */
const CASES: [string, number, number, boolean, string][] = [
  ['echo a |', 1, 8, true, '| must be followed by a statement'],
  ['echo a\necho b |\n', 2, 8, true, '| must be followed by a statement'],
  ['echo a; (', 1, 9, true, 'reached EOF without matching ( with )'],
  ['if true; then\necho b\n', 1, 1, true, 'if statement must end with "fi"'],
  ['for x in 1; do\n echo $x\n fi\ndone', 3, 2, false, '"fi" can only be used to end an if'],
  ['echo )', 1, 6, false, 'a command can only contain words and redirects; encountered )'],
  ['echo "abc', 1, 6, true, 'reached EOF without closing quote "'],
  ['echo ${x', 1, 6, true, 'reached EOF without matching ${ with }'],
  ['cat <<EOF\nfoo\n', 1, 5, true, "unclosed here-document 'EOF'"],
  ['$((1+))', 1, 5, false, '+ must be followed by an expression'],
  ['echo éé |', 1, 9, true, '| must be followed by a statement'],
  ['x=1\necho 😀 $((# 1))', 2, 9, false, 'unsigned expressions are a mksh feature'],
  ['coproc a', 1, 1, false, 'coproc is not supported'],
  ['x=1\n  coproc a b', 2, 3, false, 'coproc is not supported'],
];

describe('syntax errors', () => {
  for (const [input, line, col, incomplete, reason] of CASES) {
    test(JSON.stringify(input), () => {
      const e = errorOf(() => parse(input));
      assert.deepEqual(
        { line: e.line, col: e.col, incomplete: e.incomplete, reason: e.reason },
        { line, col, incomplete, reason },
      );
      assert.equal(e.message, `line ${line}:${col}: ${reason}`);
      assert.equal(e.name, 'ShellSyntaxError');
      assert.ok(e instanceof Error);
    });
  }

  test('nesting past MAX_SYNTAX_DEPTH is refused with a position', () => {
    const e = errorOf(() =>
      parse(
        Array(MAX_SYNTAX_DEPTH + 10)
          .fill('a')
          .join(' | '),
      ),
    );
    assert.match(e.reason, /nesting deeper than \d+ levels/);
    const ok = parse(
      Array(MAX_SYNTAX_DEPTH - 10)
        .fill('a')
        .join(' | '),
    );
    assert.equal(ok.stmts.length, 1);
  });

  test('a stack overflow inside mvdan becomes a ShellSyntaxError, and the parser keeps working', () => {
    const e = errorOf(() => parse(`${'('.repeat(30000)}a${')'.repeat(30000)}`));
    assert.equal(e.reason, 'script nested too deeply to parse');
    assert.equal(parse('echo ok').stmts.length, 1);
  });

  test('lone surrogates become U+FFFD instead of corrupting the parse', () => {
    const cmd = parse('echo \ud800 x \udc00y').stmts[0].cmd;
    assert.equal(cmd?.kind, 'CallExpr');
    assert.deepEqual(strip(cmd?.kind === 'CallExpr' ? cmd.args : []), [w('echo'), w('\ufffd'), w('x'), w('\ufffdy')]);
  });
});

describe('parseArithmetic', () => {
  test('parses one expression with spans relative to the text', () => {
    const x = parseArithmetic('a + 2*é');
    assert.deepEqual(strip(x), {
      kind: 'BinaryArithm',
      op: '+',
      x: w('a'),
      y: { kind: 'BinaryArithm', op: '*', x: w('2'), y: w('é') },
    });
    assert.deepEqual(x.span, { offset: 0, end: 7, line: 1, col: 1 });
    assert.equal(x.kind === 'BinaryArithm' && x.y.span.offset, 4);
  });

  test('words, parameters and multi-line text', () => {
    assert.deepEqual(
      strip(parseArithmetic('$x')),
      word({
        kind: 'ParamExp',
        short: true,
        excl: false,
        length: false,
        param: 'x',
        index: null,
        slice: null,
        repl: null,
        names: null,
        exp: null,
      }),
    );
    const x = parseArithmetic('1 +\n 2');
    assert.equal(x.kind === 'BinaryArithm' && x.y.span.line, 2);
  });

  test('is cached', () => {
    assert.equal(parseArithmetic('i + 1'), parseArithmetic('i + 1'));
  });

  test('errors carry positions in the text', () => {
    const e = errorOf(() => parseArithmetic('1 +'));
    assert.deepEqual([e.line, e.col, e.reason], [1, 3, '+ must be followed by an expression']);
    assert.equal(errorOf(() => parseArithmetic('1 +\n2 +')).line, 2);
  });

  test('blank text and anything but one expression are refused', () => {
    errorOf(() => parseArithmetic(''));
    errorOf(() => parseArithmetic('   '));
    assert.equal(errorOf(() => parseArithmetic('1 )) ; echo hi ; (( 2')).reason, 'not a single arithmetic expression');
    errorOf(() => parseArithmetic('1 )) >f; (( 2'));
    errorOf(() => parseArithmetic('1)'));
  });
});
