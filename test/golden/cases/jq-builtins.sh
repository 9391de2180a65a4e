# jq builtins, recorded from jq 1.7.1 (jq-wasm); see jq-basics.sh.
# requires: jq --version | grep -q '^jq-1\.7\.1'

#### jq type length keys has
echo '[null,true,1,"a",[1,2],{"a":1}]' | jq -c '[.[] | type], [.[] | length? ], (.[5] | keys, has("a"), has("b")), (.[4] | has(1))'

#### jq add tostring tojson tonumber
jq -nc '[1,2,3] | add, (map(tostring) | add), ([] | add)'
jq -nc '[1,"a",[1]] | map(tostring), map(tojson)'
jq -nc '["1"," 2 ","3e2","1.50"] | map(tonumber)'
jq -nc '"{\"a\":[1,2]}" | fromjson'

#### jq map select empty
jq -nc '[1,2,3,4] | map(select(. % 2 == 0)), map(. * 10), [.[] | empty]'

#### jq paths getpath setpath delpaths del
echo '{"a":[1,{"b":2}]}' | jq -c '[paths], [paths(type == "number")], getpath(["a",1,"b"]), setpath(["a",0]; 9), delpaths([["a",0]]), del(.a[1])'
echo '{"a":[1,2]}' | jq -c 'path(..), path(.a[1:2]), path(.a // .b)'

#### jq entries
echo '{"a":1,"b":2}' | jq -c 'to_entries, with_entries(.value += 1), (to_entries | from_entries)'
jq -nc '[{"name":"n","value":1},{"Key":"K","Value":2},{"key":"k"}] | from_entries'

#### jq keys values iterables and friends
jq -nc '[1,"a",null,[],{}] | map(numbers), map(strings), map(values), map(nulls), map(iterables), map(scalars)'

#### jq any all isempty
jq -nc '[1,2] | any, all, any(. > 1), all(. > 1), ([] | any, all), isempty(empty), isempty(1)'

#### jq range while until repeat
jq -nc '[range(3)], [range(1;3)], [range(0;10;4)], [range(5;0;-2)]'
jq -nc '1 | [while(. < 20; . * 2)], until(. > 100; . * 3)'
jq -nc '[limit(3; repeat(1, 2))]'

#### jq recurse variants
jq -nc '0 | [recurse(if . < 3 then . + 1 else empty end)]'
jq -nc '2 | [recurse(. * .; . < 100)]'

#### jq sort group unique min max
jq -nc '[3,1,2,3] | sort, sort_by(-.), group_by(. % 2), unique, min, max, reverse'
jq -nc '[{"a":2},{"a":1},{"a":3}] | min_by(.a), max_by(.a), unique_by(.a % 2), sort_by(.a)'

#### jq flatten transpose combinations
jq -nc '[1,[2,[3]]] | flatten, flatten(1)'
jq -nc '[[1,2],[3]] | transpose, [combinations]'
jq -nc '[0,1] | [combinations(2)]'

#### jq contains inside indices
jq -nc '{"a":[1,2],"b":3} | contains({"a":[1]}), contains({"b":2})'
jq -nc '"foobar" | contains("bar"), ([1,2] | inside([1,2,3]))'
jq -nc '[1,2,3,2] | indices(2), index(2), rindex(2)'
jq -nc '"a,b,c" | indices(","), index(","), rindex(",")'

#### jq string functions
jq -nc '"aBc" | ascii_downcase, ascii_upcase, ltrimstr("a"), rtrimstr("c"), startswith("aB"), endswith("x")'
jq -nc '"a,b" | split(","), (split(",") | join("-"))'
jq -nc '["a",1,null,true] | join("/")'
jq -nc '"A😀" | explode, (explode | implode), length, utf8bytelength'

#### jq regex test match capture scan
jq -nc '"abca" | test("B"; "i"), test("x"), [match("a"; "g").offset]'
jq -nc '"2024-05" | capture("(?<y>\\d+)-(?<m>\\d+)")'
jq -nc '"a1b22ab" | [scan("\\d+")], [scan("(a)(b)")]'
jq -nc '"abc" | [match("(x)?b").captures[0]]'

#### jq regex sub gsub splits
jq -nc '"abab" | sub("a"; "x"), gsub("a"; "x"), gsub("(?<c>[ab])"; "<\(.c)>")'
jq -nc '"abc" | [sub("b"; "1", "2")]'
jq -nc '"a, b,c1d" | split(", *"; null), [splits("[0-9]")]'

#### jq formats
jq -r '@text, @json, @html, @uri, @sh, @base64, (@base64 | @base64d)' <<'JSON'
"<a b='c'>&é"
JSON
jq -r '@csv, @tsv, @sh' <<'JSON'
[1,"a\"b",null,true]
JSON

#### jq streams
echo '{"a":[1,{"b":2}]}' | jq -c 'tostream'
echo '{"a":[1,{"b":2}]}' | jq -c 'fromstream(tostream)'
echo '{"a":[1,{"b":2}]}' | jq -c --stream .

#### jq walk map_values pick
echo '{"a":1,"b":[2]}' | jq -c 'walk(if type == "number" then . + 1 else . end), (.b |= map_values(. * 10)), pick(.b[0])'

#### jq sql style and bsearch
jq -nc '[{"id":1,"n":"a"},{"id":2,"n":"b"}] | INDEX(.id)'
jq -nc '2 | IN(1, 2), IN(3)'
jq -nc '[1,2,3] | bsearch(2), bsearch(0), bsearch(5)'

#### jq math
jq -nc '[1.5,-1.5,2.5] | map(floor), map(ceil), map(round), map(fabs), map(trunc)'
jq -nc '[pow(2; 10), (16 | sqrt), (100 | log10), (8 | log2), (0 | exp), (1 | atan * 4)]'
jq -nc '[8 | significand, logb, frexp], [10.5 | modf], [ldexp(3; 2), fmin(1; 2)]'

#### jq dates
jq -nc '1425599621 | todate, (todate | fromdate), gmtime, (gmtime | mktime)'
jq -nc '"10 Mar 2020 14:05" | strptime("%d %b %Y %H:%M") | ., mktime'
jq -nc '1700000000.5 | gmtime'

#### jq getpath on missing and null
jq -nc '{"a":{"b":"x"}} | getpath(["a","b"]), getpath(["x","y"]), (try getpath(["a","b","c"]) catch .)'

#### jq splits and ltrimstr on non strings
jq -nc '1 | ltrimstr("a"), rtrimstr("a")'

#### jq builtins list size
jq -n 'builtins | length > 200'
