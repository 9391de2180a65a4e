# jq: paths, construction, operators, control flow, output formatting.
# Recorded from jq 1.7.1 (the npm package jq-wasm, run as a `jq` command ahead of
# Debian's jq 1.6 on PATH); the recorder skips this file when that jq is absent.
# requires: jq --version | grep -q '^jq-1\.7\.1'

#### jq identity pretty and compact
printf '{"b":1,"a":[1,{"c":[]},{}],"s":"x"}' > in.json
jq . in.json
jq -c . in.json

#### jq field and index paths
echo '{"a":{"b":[10,20,30]}}' | jq -c '.a.b[1], .a.b[-1], .a["b"][0], .a.b[1:], .a.b[:1], .x.y'

#### jq iterate and optional
echo '[1,[2,3],{"k":"v"}]' | jq -c '.[]' 
echo '[1,"a"]' | jq -c '[.[] | .x?]'
echo '3' | jq -c '[.[]?]'

#### jq recurse all values
echo '{"a":[1,{"b":2}]}' | jq -c '[..]'

#### jq object construction variants
echo '{"a":1,"c":3,"k":"key"}' | jq -c '{a, b: .c, "d": 1, (.k): 2, "e\(1)": 3}'
echo '{"a":[1,2]}' | jq -c '{x: .a[]}'

#### jq cartesian products follow jq order
jq -nc '[(1,2) + (10,20)]'
jq -nc '{a: (1,2), b: (3,4)}'
jq -nc '"\(1,2)-\(3,4)"'

#### jq arithmetic on every type
jq -nc '1 + 2 * 3 - 4 / 2, null + 1, "a" + "b", [1] + [2], {"a":1} + {"b":2}, [1,2,2,3] - [2]'
jq -nc '"ab" * 2, {"a":{"b":1}} * {"a":{"c":2}}, "a,b" / ",", 10 / 4, -5 % 3, 5 % -3'

#### jq comparisons and sort order
jq -nc '[null,true,false,0,-1,"a","",[],[0],{},{"a":1}] | sort'
jq -nc '[1 == 1.0, "a" < "b", [] < {}, {"a":1} == {"a":1}, (1,2) < (2,1)]'

#### jq alternative and logic
echo '{"a":0,"b":false}' | jq -c '.a // "d", (.b // "d"), ([false, null, 1] | .[] // 9), [(true,false) and (true,false)]'

#### jq if elif else and optional else
jq -nc '[1,2,3] | map(if . == 1 then "one" elif . == 2 then "two" else "many" end)'
jq -nc 'if false then 1 end'

#### jq try catch and error values
jq -nc 'try error("x") catch . + "!"'
jq -nc '[1,0,2] | [.[] | (1 / .)?]'
jq -nc 'try error({"a":1}) catch .a'

#### jq reduce foreach limit first
jq -nc 'reduce range(5) as $i (0; . + $i)'
jq -nc '[foreach (1,2,3) as $x (0; . + $x; [$x, .])]'
jq -nc '[limit(3; range(100))], [first(range(5))], [nth(2; range(5))]'

#### jq label and break
jq -nc '[label $out | range(10) | if . > 2 then break $out else . end]'

#### jq variables and destructuring
echo '[1,{"b":2}]' | jq -c '. as [$a, {b: $c}] | [$a, $c]'
echo '[[1],2]' | jq -c '.[] as [$a] ?// $a | $a'
jq -nc '$__loc__'

#### jq functions with filter and value parameters
jq -nc 'def f(g; $x): [g, $x]; {"a":1} | f(.a; 2)'
jq -nc 'def fac: if . <= 1 then 1 else . * (. - 1 | fac) end; 10 | fac'

#### jq assignment operators
echo '{"a":1}' | jq -c '.a = 5, (.a |= . + 1), (.a += 2), (.a //= 9), (.b //= 9)'
echo '[1,2,3]' | jq -c '(.[] | select(. == 2)) = 20, (.[] |= empty), (.[1:] = ["x"])'
jq -nc '.a.b.c = 1, ([0] | .[3] = 1)'

#### jq string interpolation and formats
echo '{"n":"x","v":[1,"a b"]}' | jq -r '"name=\(.n) v=\(.v)", @json "j=\(.v)", @uri "u=\(.v[1])", @base64 "b=\(.n)"'

#### jq number output
echo '[1.0, 1e2, 1.5e300, 0.00001, -0.0, 1e1000, 100000000000000000001, 3.14159265358979323846]' > n.json
jq -c . n.json
jq -c 'map(. + 0)' n.json
jq -nc '[1e-5, 1e17, 0.1 + 0.2, 1/3, infinite, -infinite, nan]'

#### jq string escapes and ascii output
printf '"\\u0000\\u001f\\u007f\\u00e9\\ud83d\\ude00\\t"' > s.json
jq . s.json
jq -a . s.json

#### jq key order and sort keys
echo '{"b":1,"2":2,"a":{"d":1,"c":2},"1":0}' | jq -c '., keys_unsorted, keys'
echo '{"b":1,"a":{"d":1,"c":2}}' | jq -S .

#### jq indentation options
echo '{"a":[1]}' | jq --tab .
echo '{"a":[1]}' | jq --indent 1 .
echo '{"a":[1]}' | jq --indent 0 .

#### jq raw and joined output
echo '["a\tb", 1, null]' | jq -r '.[]'
echo '["a", 1]' | jq -j '.[]'
echo

#### jq stream of texts and slurp
printf '1 2\n[3,\n4]\n"x"' | jq -c .
printf '1 2\n3\n' | jq -c -s .
