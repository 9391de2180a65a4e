# jq error messages and exit statuses, recorded from jq 1.7.1 (jq-wasm); see jq-basics.sh.
# requires: jq --version | grep -q '^jq-1\.7\.1'

#### jq index errors continue with the next input [stderr]
printf '{"a":1}\n2\n{"a":3}\n' | jq .a
echo "status $?"

#### jq type errors [stderr]
jq -n '1 + "a"'
jq -n '{} - 1'
jq -n '1 / 0'
jq -n '1 % 0'
jq -n 'true | length'
jq -n '1 | keys'
jq -n '[] | has("a")'
jq -n '{} | sort'
echo "status $?"

#### jq iterate and index errors [stderr]
echo 1 | jq '.[]'
echo '{}' | jq '.[0]'
echo '"x"' | jq '.a'
echo '[1]' | jq '.["a"]'

#### jq error with non string values [stderr]
jq -n '{"a":1} | error'
jq -n 'error(null)'
jq -n '"x" | error'
echo "status $?"

#### jq regex and format errors [stderr]
jq -n '"x" | test("(")'
jq -n '"abc" | sub("b"; "x"; "q")'
jq -n '1 | @csv'
jq -n '[[1]] | @csv'
jq -n '1 | @foo'

#### jq conversion errors [stderr]
jq -n '"1x" | tonumber'
jq -n '[] | tonumber'
jq -n '"1 2" | fromjson'
jq -n '"[1," | fromjson'

#### jq path errors [stderr]
jq -n 'path(1)'
jq -n '[1,2] | .[1:] = 5'
jq -n 'null | setpath([-1]; 1)'
jq -n '{"a":1} | {(.a): 2}'

#### jq truncated values in messages [stderr]
jq -n '{"a":[1,2,3,4,5]} | splits("a")'
jq -n '"a string that is long" | -.'

#### jq syntax errors [stderr]
jq -n '.a |'
echo "status $?"
jq -n '{a:1'
jq -n '.a]'
jq -n '. as $x'
jq -n 'if . then 1'
jq -n '"\x"'
jq -n '{(1):2}'

#### jq undefined names [stderr]
jq -n 'foo | $bar | baz(1)'
echo "status $?"

#### jq input parse errors [stderr]
printf '1\n[2,\n' | jq -c .
echo "status $?"
printf '[1,]\n' | jq .
printf '{"a" 1}\n' | jq .
printf 'tru\n' | jq .
printf '"a\tb"\n' | jq .

#### jq input past the end [stderr]
printf '1 2 3' | jq -c '[., input]'
echo "status $?"

#### jq halt and halt_error [stderr]
jq -n '1, halt, 2'
echo "status $?"
jq -n '"bye\n" | halt_error(1)'
echo "status $?"
jq -n '{"a":1} | halt_error'
echo "status $?"
