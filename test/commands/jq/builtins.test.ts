import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { outputs, runJq } from './run-jq.js';

/** [filter, input, expected compact outputs joined by spaces] — expectations recorded from jq 1.7.1. */
type Case = [string, string, string];

function table(name: string, cases: Case[]): void {
  describe(name, () => {
    for (const [filter, input, expected] of cases) {
      test(`${filter}  ←  ${input}`, async () => {
        assert.equal((await outputs(filter, input)).trim().split('\n').join(' '), expected);
      });
    }
  });
}

table('jq paths, iteration and construction', [
  ['.a.b', '{"a":{"b":1}}', '1'],
  ['.[1], .[-1], .[5], .[1.5]', '[1,2,3]', '2 3 null 2'],
  ['.[1:], .[:-1], .[-2:], .[10:]', '[1,2,3]', '[2,3] [1,2] [2,3] []'],
  ['.[1:3]', '"abcde"', '"bc"'],
  ['.[]', '{"a":1,"b":2}', '1 2'],
  ['[.[]?]', '3', '[]'],
  ['[..]', '[1,[2]]', '[[1,[2]],1,[2],2]'],
  [
    '{a, b: .c, "d": 1, (.e): 2, $__loc__}',
    '{"a":1,"c":3,"e":"k"}',
    '{"a":1,"b":3,"d":1,"k":2,"__loc__":{"file":"<top-level>","line":1}}',
  ],
  ['{a: (1,2), b: (3,4)}', 'null', '{"a":1,"b":3} {"a":1,"b":4} {"a":2,"b":3} {"a":2,"b":4}'],
  ['[(1,2) + (10,20)]', 'null', '[11,12,21,22]'],
  ['"\\(1,2)-\\(3,4)"', 'null', '"1-3" "2-3" "1-4" "2-4"'],
  ['.a as $x | [$x, .b]', '{"a":1,"b":2}', '[1,2]'],
  ['. as [$a, {b: $c}] | [$a, $c]', '[1,{"b":2}]', '[1,2]'],
  ['.[] as [$a] ?// $a | $a', '[[1],2]', '1 2'],
  ['{"k":"a","a":5} | . as {(.k): $v} | $v', 'null', '5'],
]);

table('jq operators', [
  ['1 + 2 * 3 - 4 / 2 % 3', 'null', '5'],
  ['null + 1, 1 + null, "a" + "b", [1] + [2], {"a":1} + {"b":2}', 'null', '1 1 "ab" [1,2] {"a":1,"b":2}'],
  ['[1,2,2,3] - [2]', 'null', '[1,3]'],
  ['"ab" * 2, ("a" * 0), ("a" * -1)', 'null', '"abab" "" null'],
  ['{"a":{"b":1}} * {"a":{"c":2}}', 'null', '{"a":{"b":1,"c":2}}'],
  ['"a,b" / ",", 10 / 4, -5 % 3, 5 % -3', 'null', '["a","b"] 2.5 -2 2'],
  ['[1 == 1.0, "a" < "b", [] < {}, null < false, {"a":1} == {"a":1}]', 'null', '[true,true,true,true,true]'],
  ['[nan < nan, nan == nan, ([nan, 1] | sort)]', 'null', '[true,false,[null,1]]'],
  ['[(true,false) and (true,false)], [(true,false) or (true,false)]', 'null', '[true,false,false] [true,true,false]'],
  ['.a // "d", (.b // "d"), ([false, null, 1] | .[] // 9)', '{"a":0,"b":false}', '0 "d" 1'],
  ['[-.a]', '{"a":3}', '[-3]'],
  [
    '.a = 1, (.a |= . + 1), (.a += 2), (.a //= 9), (.b //= 9)',
    '{"a":1}',
    '{"a":1} {"a":2} {"a":3} {"a":1} {"a":1,"b":9}',
  ],
  ['.[] |= empty', '[1,2,3]', '[]'],
  ['(.[] | select(. == 2)) = 20', '[1,2,3]', '[1,20,3]'],
  ['.[1:] = ["x"]', '[1,2,3]', '[1,"x"]'],
  ['.[0] = (1,2)', '[0]', '[1] [2]'],
  ['.a.b.c = 1', 'null', '{"a":{"b":{"c":1}}}'],
  ['.[3] = 1', '[0]', '[0,null,null,1]'],
]);

table('jq control flow', [
  ['if . then "y" elif . == null then "n" else "e" end', 'false', '"e"'],
  ['if . then 1 end', 'false', 'false'],
  ['try error("x") catch . + "!"', 'null', '"x!"'],
  ['[.[] | try (if . == 2 then error("two") else . end) catch "caught"]', '[1,2,3]', '[1,"caught",3]'],
  ['[.[] | (1 / .)?]', '[1,0,2]', '[1,0.5]'],
  ['reduce .[] as $x (0; . + $x)', '[1,2,3]', '6'],
  ['reduce .[] as $x (0; if $x == 2 then empty else . + $x end)', '[1,2,3]', '3'],
  ['[foreach .[] as $x (0; . + $x; [$x, .])]', '[1,2,3]', '[[1,1],[2,3],[3,6]]'],
  ['[label $out | .[] | if . > 2 then break $out else . end]', '[1,2,3,4]', '[1,2]'],
  ['def f(g; $x): [g, $x]; f(.a; .b)', '{"a":1,"b":2}', '[1,2]'],
  ['def fac: if . <= 1 then 1 else . * (. - 1 | fac) end; fac', '10', '3628800'],
  ['[limit(3; range(100))], [limit(0; 1, 2)], [limit(-1; 1, 2)]', 'null', '[0,1,2] [] [1,2]'],
  ['[first(range(5))], [last(range(5))], [nth(2; range(5))], [nth(9; range(5))]', 'null', '[0] [4] [2] []'],
  ['[range(3)], [range(1; 3)], [range(0; 10; 4)], [range(5; 0; -2)]', 'null', '[0,1,2] [1,2] [0,4,8] [5,3,1]'],
  ['[.[] | while(. < 20; . * 2)]', '[3]', '[3,6,12]'],
  ['until(. > 100; . * 3)', '1', '243'],
  ['[limit(3; repeat(1, 2))]', 'null', '[1,2,1]'],
  ['isempty(empty), isempty(1, error("x"))', 'null', 'true false'],
  ['[recurse(if . < 3 then . + 1 else empty end)], [2 | recurse(. * .; . < 100)]', '0', '[0,1,2,3] [2,4,16]'],
]);

table('jq path builtins', [
  ['[paths]', '{"a":[1,{"b":2}]}', '[["a"],["a",0],["a",1],["a",1,"b"]]'],
  ['[paths(type == "number")]', '{"a":[1,{"b":2}]}', '[["a",0],["a",1,"b"]]'],
  ['path(..)', '[[1]]', '[] [0] [0,0]'],
  [
    'path(.a[1:2]), path(.a // .b), path(first(.a, .b)), path(getpath(["x", "y"]))',
    '{"a":[1,2]}',
    '["a",{"start":1,"end":2}] ["a"] ["a"] ["x","y"]',
  ],
  ['getpath(["a", 0]), setpath(["a", 0]; 9), delpaths([["a", 0]])', '{"a":[1,2]}', '1 {"a":[9,2]} {"a":[2]}'],
  ['del(.a[0, 2]), del(.[]?), to_entries', '{"a":[1,2,3]}', '{"a":[2]} {} [{"key":"a","value":[1,2,3]}]'],
  ['with_entries(.value += 1), (to_entries | from_entries)', '{"a":1}', '{"a":2} {"a":1}'],
  ['[{"name":"n","value":1},{"Key":"K","Value":2}] | from_entries', 'null', '{"n":1,"K":2}'],
  ['pick(.a.b), pick(.[1]?)', '{"a":{"b":1,"c":2}}', '{"a":{"b":1}} null'],
  ['tostream', '{"a":[1,{"b":2}]}', '[["a",0],1] [["a",1,"b"],2] [["a",1,"b"]] [["a",1]] [["a"]]'],
  ['fromstream(tostream)', '{"a":[1,{"b":2}]}', '{"a":[1,{"b":2}]}'],
  ['[1 | truncate_stream([[0],1],[[1,0],2],[[1,0]],[[1]])]', 'null', '[[[0],2],[[0]]]'],
  [
    '(.b |= map_values(. * 10)), walk(if type == "number" then . + 1 else . end)',
    '{"a":1,"b":[2]}',
    '{"a":1,"b":[20]} {"a":2,"b":[3]}',
  ],
]);

table('jq value builtins', [
  ['[.[] | type]', '[null,true,1,"a",[],{}]', '["null","boolean","number","string","array","object"]'],
  ['[.[] | length]', '[null,-5,"aé😀",[1,2],{"a":1}]', '[0,5,3,2,1]'],
  ['utf8bytelength', '"aé😀"', '7'],
  ['keys, keys_unsorted, has("a"), has("z")', '{"b":1,"a":2}', '["a","b"] ["b","a"] true false'],
  ['has(0), has(5), map(tostring | in({"1":1}))', '[1,2]', 'true false [true,false]'],
  ['add, (map(tostring) | add), ([] | add)', '[1,2,3]', '6 "123" null'],
  ['[.[] | tostring], [.[] | tojson]', '[1,"a",[1]]', '["1","a","[1]"] ["1","\\"a\\"","[1]"]'],
  ['map(tonumber), ("1.50" | tonumber)', '["1"," 2 ","3e2"]', '[1,2,3E+2] 1.50'],
  ['fromjson', '"{\\"a\\":[1,2]}"', '{"a":[1,2]}'],
  [
    'contains({"a":[1]}), contains({"b":2}), ("foobar" | contains("bar")), ([1,2] | inside([1,2,3]))',
    '{"a":[1,2],"b":3}',
    'true false true true',
  ],
  [
    'sort, sort_by(-.), group_by(. % 2), unique, min, max, reverse',
    '[3,1,2,3]',
    '[1,2,3,3] [3,3,2,1] [[2],[3,1,3]] [1,2,3] 1 3 [3,2,1,3]',
  ],
  ['[.[] | {a: .}] | min_by(.a), max_by(.a), unique_by(.a % 2)', '[2,1,3]', '{"a":1} {"a":3} [{"a":2},{"a":1}]'],
  ['sort', '[null,true,false,0,"a",[],{},{"a":1},[0]]', '[null,false,true,0,"a",[],[0],{},{"a":1}]'],
  ['flatten, flatten(1), ([[1,2],[3]] | transpose)', '[1,[2,[3]]]', '[1,2,3] [1,2,[3]] [[1,3],[2,null]]'],
  ['indices(2), index(2), rindex(2), indices([2,3])', '[1,2,3,2,3]', '[1,3] 1 3 [1,3]'],
  ['[combinations], ([0,1] | [combinations(2)])', '[[1,2],[3]]', '[[1,3],[2,3]] [[0,0],[0,1],[1,0],[1,1]]'],
  ['bsearch(2), bsearch(0), bsearch(5)', '[1,2,3]', '1 -1 -4'],
  ['INDEX(.id), IN(2), (.[0] | IN(1, 2))', '[{"id":1}]', '{"1":{"id":1}} false false'],
  [
    '[.[] | numbers], [.[] | strings], [.[] | values], [.[] | nulls], [.[] | iterables], [.[] | scalars]',
    '[1,"a",null,[]]',
    '[1] ["a"] [1,"a",[]] [null] [[]] [1,"a",null]',
  ],
  ['any, all, any(. > 1), all(. > 0), ([] | any, all)', '[1,2]', 'true true true true false true'],
  ['[.[] | not]', '[true,false,null,0]', '[false,true,true,false]'],
  [
    'env | type, ($ENV | type), (builtins | length > 200), (input_line_number | type)',
    'null',
    '"object" "object" true "number"',
  ],
  ['[splits("a")]', '"banana"', '["b","n","n",""]'],
  ['$__loc__', 'null', '{"file":"<top-level>","line":1}'],
  ['[infinite, -infinite, nan] | tostring', 'null', '"[1.7976931348623157e+308,-1.7976931348623157e+308,null]"'],
  ['[.[] | isinfinite, isnan, isnormal]', '[1]', '[false,false,true]'],
  [
    'getpath(["a","b"]), (try getpath(["a","b","c"]) catch .)',
    '{"a":{"b":"x"}}',
    '"x" "Cannot index string with string \\"c\\""',
  ],
  ['abs, (-2 | abs)', '3', '3 2'],
]);

table('jq string builtins', [
  ['ascii_downcase, ascii_upcase', '"aBé"', '"abé" "ABé"'],
  ['ltrimstr("a"), rtrimstr("c"), startswith("ab"), endswith("x"), ltrimstr(1)', '"abc"', '"bc" "ab" true false "abc"'],
  ['split(","), join("-")?, (split(",") | join("-"))', '"a,b"', '["a","b"] "a-b"'],
  ['["a",1,null,true] | join("/")', 'null', '"a/1//true"'],
  ['explode, (explode | implode)', '"A😀"', '[65,128512] "A😀"'],
  ['test("B"; "i"), test("x"), [match("a"; "g").offset]', '"abca"', 'true false [0,3]'],
  ['capture("(?<y>\\\\d+)-(?<m>\\\\d+)")', '"2024-05"', '{"y":"2024","m":"05"}'],
  ['[scan("\\\\d+")], [scan("(a)(b)")]', '"a1b22ab"', '["1","22"] [["a","b"]]'],
  ['sub("a"; "x"), gsub("a"; "x"), gsub("(?<c>[ab])"; "<\\(.c)>")', '"abab"', '"xbab" "xbxb" "<a><b><a><b>"'],
  ['[sub("b"; "1", "2")]', '"abc"', '["a1c","a2c"]'],
  ['split(", *"; null), [splits("[0-9]")]', '"a, b,c1d"', '["a","b","c1d"] ["a, b,c","d"]'],
  ['[match("(x)?b").captures[0]]', '"abc"', '[{"offset":-1,"string":null,"length":0,"name":null}]'],
  ['[match("."; "g").offset]', '"aé😀b"', '[0,1,2,3]'],
  ['[match(""; "g").offset]', '"ab"', '[0,1,2]'],
  [
    '@text, @json, @html, @uri, @sh, @base64, (@base64 | @base64d)',
    '"<a b=\'c\'>&é"',
    '"<a b=\'c\'>&é" "\\"<a b=\'c\'>&é\\"" "&lt;a b=&apos;c&apos;&gt;&amp;é" "%3Ca%20b%3D%27c%27%3E%26%C3%A9" "\'<a b=\'\\\\\'\'c\'\\\\\'\'>&é\'" "PGEgYj0nYyc+JsOp" "<a b=\'c\'>&é"',
  ],
  [
    '@csv, @tsv, @sh',
    '[1,"a\\"b",null,true]',
    '"1,\\"a\\"\\"b\\",,true" "1\\ta\\"b\\t\\ttrue" "1 \'a\\"b\' null true"',
  ],
  ['@base32, (@base32 | @base32d)', '"hello"', '"NBSWY3DP" "hello"'],
  ['@json "v=\\(.)", @base64 "v=\\(.)"', '[1]', '"v=[1]" "v=WzFd"'],
  ['format("csv")', '[1,2]', '"1,2"'],
]);

table('jq math and dates', [
  [
    'map(floor), map(ceil), map(round), map(fabs), map(trunc)',
    '[1.5,-1.5,2.5]',
    '[1,-2,2] [2,-1,3] [2,-2,3] [1.5,1.5,2.5] [1,-1,2]',
  ],
  [
    '[pow(2; 10), (16 | sqrt), (100 | log10), (8 | log2), (0 | exp), (1 | atan * 4)]',
    'null',
    '[1024,4,2,3,1,3.141592653589793]',
  ],
  [
    '[8 | significand, logb, frexp], [10.5 | modf], [ldexp(3; 2), fmin(1; 2), copysign(1; -0)]',
    'null',
    '[1,3,[0.5,4]] [[0.5,10]] [12,1,-1]',
  ],
  [
    'todate, (todate | fromdate), gmtime, (gmtime | mktime)',
    '1425599621',
    '"2015-03-05T23:53:41Z" 1425599621 [2015,2,5,23,53,41,4,63] 1425599621',
  ],
  ['strptime("%d %b %Y %H:%M") | ., mktime', '"10 Mar 2020 14:05"', '[2020,2,10,14,5,0,2,69] 1583849100'],
  [
    'strftime("%A %B %d %Y %j %H:%M:%S %Z"), strftime("%c")',
    '1425599621',
    '"Thursday March 05 2015 064 23:53:41 UTC" "Thu Mar  5 23:53:41 2015"',
  ],
  ['gmtime', '1700000000.5', '[2023,10,14,22,13,20.5,2,317]'],
  ['now | type', 'null', '"number"'],
]);

describe('jq errors', () => {
  const cases: [string, string, string][] = [
    ['.a', '1', 'Cannot index number with string "a"'],
    ['.[0]', '{}', 'Cannot index object with number'],
    ['.[]', '1', 'Cannot iterate over number (1)'],
    ['1 + "a"', 'null', 'number (1) and string ("a") cannot be added'],
    ['{} - 1', 'null', 'object ({}) and number (1) cannot be subtracted'],
    ['1 / 0', 'null', 'number (1) and number (0) cannot be divided because the divisor is zero'],
    ['1 % 0', 'null', 'number (1) and number (0) cannot be divided (remainder) because the divisor is zero'],
    ['length', 'true', 'boolean (true) has no length'],
    ['keys', '1', 'number (1) has no keys'],
    ['has("a")', '[]', 'Cannot check whether array has a string key'],
    ['sort', '{}', 'object ({}) cannot be sorted, as it is not an array'],
    ['"x" | test("(")', 'null', 'Regex failure: end pattern with unmatched parenthesis'],
    ['"abc" | sub("b"; "x"; "q")', 'null', 'q is not a valid modifier string'],
    ['@foo', '1', 'foo is not a valid format'],
    ['@csv', '1', 'number (1) cannot be csv-formatted, only array'],
    ['@csv', '[[1]]', 'array ([1]) is not valid in a csv row'],
    ['tonumber', '"1x"', "Invalid numeric literal at EOF at line 1, column 2 (while parsing '1x')"],
    ['fromjson', '"1 2"', "Unexpected extra JSON values (while parsing '1 2')"],
    ['error', '{"a":1}', '(not a string): {"a":1}'],
    ['"a" | -.', 'null', 'string ("a") cannot be negated'],
    ['splits("a")', '{"a":[1,2,3,4,5]}', 'object ({"a":[1,2,3...) cannot be matched, as it is not a string'],
    ['setpath([-1]; 1)', 'null', 'Out of bounds negative array index'],
    ['.[1:] = 5', '[1,2]', 'A slice of an array can only be assigned another array'],
    ['path(1)', 'null', 'Invalid path expression with result 1'],
    ['{(.a): 1}', '{"a":1}', 'Cannot use number (1) as object key'],
    ['range(1; "a")', 'null', 'Range bounds must be numeric'],
    ['flatten(-1)', '[]', 'flatten depth must not be negative'],
    ['"x" | mktime', 'null', 'mktime requires array inputs'],
    ['"x" | strptime("%Y")', 'null', 'date "x" does not match format "%Y"'],
  ];
  for (const [filter, input, message] of cases) {
    test(`${filter} → ${message}`, async () => {
      const r = await runJq([filter], { stdin: input });
      assert.equal(r.exitCode, 5);
      const sep = message.startsWith('(not a string)') ? ' ' : ': ';
      assert.equal(r.stderr, `jq: error (at <stdin>:0)${sep}${message}\n`);
    });
  }

  test('an error stops that input only; the exit status follows the last input, as in jq 1.7.1', async () => {
    const r = await runJq(['.a'], { stdin: '{"a":1}\n2\n{"a":3}\n' });
    assert.equal(r.stdout, '1\n3\n');
    assert.equal(r.stderr, 'jq: error (at <stdin>:2): Cannot index number with string "a"\n');
    assert.equal(r.exitCode, 0);
    assert.equal((await runJq(['.a'], { stdin: '{"a":1}\n2\n' })).exitCode, 5);
    assert.equal((await runJq(['-e', '.a'], { stdin: '2\n{"a":false}\n' })).exitCode, 1);
  });

  test('undefined names are compile errors (exit 3), all of them reported', async () => {
    const r = await runJq(['-n', 'foo | $bar | baz(1)']);
    assert.equal(r.exitCode, 3);
    assert.equal(
      r.stderr,
      'jq: error: foo/0 is not defined at <top-level>, line 1:\nfoo | $bar | baz(1)\n' +
        'jq: error: $bar is not defined at <top-level>, line 1:\nfoo | $bar | baz(1)      \n' +
        'jq: error: baz/1 is not defined at <top-level>, line 1:\nfoo | $bar | baz(1)             \n' +
        'jq: 3 compile errors\n',
    );
  });
});
