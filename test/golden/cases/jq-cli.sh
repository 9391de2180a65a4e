# jq command-line options and exit statuses, recorded from jq 1.7.1 (jq-wasm); see jq-basics.sh.
# requires: jq --version | grep -q '^jq-1\.7\.1'

#### jq named arguments
jq -nc '[$a, $b, $ARGS.named]' --arg a x --argjson b '{"k":[1]}'

#### jq positional arguments
jq -nc '$ARGS.positional' --args p q
jq -nc '$ARGS.positional' --jsonargs 1 '{"a":2}'

#### jq slurpfile and rawfile
printf '1 [2]\n' > v.json
printf 'hello\n' > t.txt
jq -nc '[$v, $t]' --slurpfile v v.json --rawfile t t.txt

#### jq exit status option
echo '{"a":false}' | jq -e .a; echo "status $?"
echo '{"a":null}' | jq -e .a; echo "status $?"
echo '{"a":0}' | jq -e .a; echo "status $?"
echo 1 | jq -e empty; echo "status $?"

#### jq several files and a missing one [stderr]
echo 1 > a.json
echo '[2]' > b.json
jq -c '., input_filename' a.json nope b.json
echo "status $?"

#### jq filter from a file
printf '.a # the field\n' > p.jq
echo '{"a":1}' | jq -f p.jq

#### jq raw input and slurp
printf 'a\nb' | jq -R .
printf 'a\nb\n' | jq -Rs .
printf 'a\nb\n' | jq -nR '[inputs]'

#### jq null input with inputs
printf '1 2 3' | jq -nc '[inputs]'
printf '1 2 3' | jq -nc 'input'
printf '1 2 3' | jq -nc 'reduce inputs as $x (0; . + $x)'

#### jq input line numbers
printf '1\n2\n3' | jq -c '[., input_line_number]'

#### jq raw output zero
echo '["a","b"]' | jq --raw-output0 '.[]' | od -c | sed -n 1p

#### jq ascii with raw output
echo '"é"' | jq -r -a .

#### jq sort keys compact
echo '{"b":{"y":1,"x":2},"a":0}' | jq -S -c .

#### jq usage errors [stderr]
jq --foo .
echo "status $?"
jq --arg x
echo "status $?"
jq -n . --argjson x '{'
echo "status $?"
jq --indent 9 .
echo "status $?"

#### jq debug and stderr [stderr]
jq -nc '1 | debug | debug("m") | stderr'
