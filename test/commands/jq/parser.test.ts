import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { JqCompileError, parseProgram } from '../../../src/commands/jq/syntax/parse.js';

/** The tree without positions, as compact JSON. */
function tree(program: string): string {
  return JSON.stringify(parseProgram(program), (k, v) => (k === 'pos' ? undefined : v));
}

/** Fully parenthesised rendering of binary structure, to check precedence. */
function shape(program: string): string {
  const show = (n: Record<string, unknown>): string => {
    switch (n.kind) {
      case 'pipe':
        return `(${show(n.left as never)} | ${show(n.right as never)})`;
      case 'comma':
        return `(${show(n.left as never)} , ${show(n.right as never)})`;
      case 'binary':
      case 'logic':
        return `(${show(n.left as never)} ${n.op} ${show(n.right as never)})`;
      case 'alternative':
        return `(${show(n.left as never)} // ${show(n.right as never)})`;
      case 'assign':
        return `(${show(n.lhs as never)} ${n.op} ${show(n.rhs as never)})`;
      case 'negate':
        return `(-${show(n.expr as never)})`;
      case 'literal':
        return JSON.stringify(n.value);
      case 'index':
        return `${(n.target as { kind: string }).kind === 'identity' ? '' : show(n.target as never)}.${(n.key as { value: string }).value}`;
      case 'identity':
        return '.';
      case 'try':
        return `try(${show(n.body as never)})`;
      default:
        return String(n.kind);
    }
  };
  return show(parseProgram(program) as never);
}

function compileError(program: string): string {
  try {
    parseProgram(program);
  } catch (e) {
    if (e instanceof JqCompileError) return e.report;
    throw e;
  }
  throw new Error(`${program} parsed`);
}

describe('jq parser: precedence (lowest first: | , // assignments or and comparisons + * unary)', () => {
  const cases: [string, string][] = [
    ['1 + 2 * 3', '(1 + (2 * 3))'],
    ['1 * 2 + 3', '((1 * 2) + 3)'],
    ['1 - 2 - 3', '((1 - 2) - 3)'],
    ['.a | .b | .c', '(.a | (.b | .c))'],
    ['1, 2 | 3', '((1 , 2) | 3)'],
    ['1 // 2 // 3', '(1 // (2 // 3))'],
    ['.a = 1 // 2', '((.a = 1) // 2)'],
    ['.a // .b = 1', '(.a // (.b = 1))'],
    ['1 < 2 and 3 or 4', '(((1 < 2) and 3) or 4)'],
    ['1 == 2 + 3', '(1 == (2 + 3))'],
    ['-1 + 2', '((-1) + 2)'],
    ['-1 * 2', '(-(1 * 2))'],
    ['.a |= . + 1', '(.a |= (. + 1))'],
    ['.a += 1 | .b', '((.a += 1) | .b)'],
    ['1 , 2 // 3', '(1 , (2 // 3))'],
    ['try .a + 1', '(try(.a) + 1)'],
  ];
  for (const [program, expected] of cases) test(program, () => assert.equal(shape(program), expected));
});

describe('jq parser: constructs', () => {
  test('paths and postfix forms', () => {
    assert.equal(shape('.a.b'), '.a.b');
    assert.match(tree('.[0]'), /"kind":"index".*"value":0/);
    assert.match(tree('.[]?'), /"kind":"iterate".*"optional":true/);
    assert.match(tree('.[1:]'), /"kind":"slice".*"to":null/);
    assert.match(tree('.[:2]'), /"kind":"slice","target":\{"kind":"identity"\},"from":null/);
    assert.match(tree('."a b"'), /"value":"a b"/);
    assert.match(tree('.a.[0]'), /"value":0/);
    assert.match(tree('..'), /"kind":"recurse"/);
    assert.match(tree('.a?'), /"optional":true/);
    assert.match(tree('(1)?'), /"kind":"try","body":\{"kind":"literal"/);
  });

  test('literals, strings and formats', () => {
    assert.equal(tree('null'), '{"kind":"literal","value":null}');
    assert.equal(tree('[]'), '{"kind":"literal","value":[]}');
    assert.equal(tree('"a\\tb"'), '{"kind":"literal","value":"a\\tb"}');
    assert.match(tree('"x\\(1 + 2)y"'), /"kind":"template","parts":\["x",\{"kind":"binary".*"y"\],"format":"text"/);
    assert.match(tree('@base64 "\\(.)"'), /"format":"base64"/);
    assert.equal(tree('@csv'), '{"kind":"format","name":"csv"}');
    assert.match(tree('"\\(("a" | "\\(1)"))"'), /"kind":"template"/);
  });

  test('objects: shorthand, keywords, variables, computed and quoted keys', () => {
    const t = tree('{a, "b": 1, $c, (.d): 2, if: 3, $__loc__, @base64 "e": 4, f: .g | .h, i: -1}');
    for (const key of ['"a"', '"b"', '"c"', '"if"', '"__loc__"']) assert.ok(t.includes(`"value":${key}`), key);
    assert.match(t, /"kind":"pipe"/);
    assert.match(tree('{a:1,}'), /"entries":\[\{/);
  });

  test('control structures and bindings', () => {
    assert.match(tree('if . then 1 elif 2 then 3 else 4 end'), /"kind":"if".*"otherwise":\{"kind":"if"/);
    assert.match(tree('if . then 1 end'), /"otherwise":null/);
    assert.match(tree('reduce .[] as $x (0; . + $x)'), /"kind":"reduce"/);
    assert.match(tree('foreach .[] as $x (0; 1; 2)'), /"kind":"foreach".*"extract":\{/);
    assert.match(tree('foreach .[] as $x (0; 1)'), /"extract":null/);
    assert.match(
      tree('. as [$a, {b: $c, $d}] ?// $e | $a'),
      /"patterns":\[\{"kind":"array".*\{"kind":"var","name":"e"\}\]/,
    );
    assert.match(tree('label $out | break $out'), /"kind":"label","name":"out".*"kind":"break","name":"out"/);
    assert.match(tree('try error catch .'), /"handler":\{"kind":"identity"\}/);
    assert.match(
      tree('def f(g; $x): g + $x; f(.; 1)'),
      /"params":\[\{"name":"g","isValue":false\},\{"name":"x","isValue":true\}\]/,
    );
    assert.match(tree('$__loc__'), /"kind":"loc","line":1/);
    assert.match(tree('\n\n$__loc__'), /"line":3/);
    assert.equal(tree(''), '{"kind":"identity"}');
    assert.match(tree('def f: 1;'), /"kind":"def".*"rest":\{"kind":"identity"\}/);
  });
});

describe('jq parser: errors as jq 1.7.1 reports them', () => {
  test('unexpected end of file, with the line and padding to the error column', () => {
    assert.equal(
      compileError('.a |'),
      'jq: error: syntax error, unexpected end of file (Unix shell quoting issues?) at <top-level>, line 1:\n.a |   \njq: 1 compile error\n',
    );
  });
  test('expected tokens where bison lists them', () => {
    assert.match(compileError('{a:1'), /unexpected end of file, expecting '\}'/);
    assert.match(compileError('reduce . as $x'), /expecting '\('/);
    assert.match(compileError('. as $x'), /expecting '\|'/);
    assert.match(compileError('.a]'), /unexpected INVALID_CHARACTER, expecting end of file/);
    assert.match(compileError('.. a'), /unexpected IDENT, expecting end of file/);
    assert.match(compileError('"abc'), /expecting QQSTRING_TEXT or QQSTRING_INTERP_START or QQSTRING_END/);
    assert.match(compileError('{a: 1 + 2}'), /unexpected '\+', expecting '\}'/);
  });
  test('unterminated if and try add a second error', () => {
    const report = compileError('if . then 1');
    assert.match(
      report,
      /Possibly unterminated 'if' statement at <top-level>, line 1:\nif \. then 1\njq: 2 compile errors\n$/,
    );
    assert.match(compileError('try 1 catch'), /Possibly unterminated 'try' statement/);
  });
  test('multi-line programs point at the right line', () => {
    assert.match(compileError('.a\n| | .b'), /line 2:\n\| \| \.b {2}\njq/);
  });
  test('bad constant keys and escapes', () => {
    assert.match(
      compileError('{(1):2}'),
      /Cannot use number \(1\) as object key at <top-level>, line 1:\n\{\(1\):2\} \n/,
    );
    assert.match(compileError('"\\x"'), /Invalid escape at line 1, column 4 \(while parsing '"\\x"'\)/);
  });
  test('keywords are not expressions where jq forbids them', () => {
    assert.match(compileError('{a: if . then 1 else 2 end}'), /unexpected if/);
    assert.match(compileError('1 +* 2'), /unexpected '\*'/);
  });
});
