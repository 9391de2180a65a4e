# Pipelines, lists (&& || ;), negation, PIPESTATUS and pipefail.

#### simple pipe
printf 'b\na\nc\n' | sort

#### three-stage pipe
printf 'one two\nthree\n' | tr ' ' '\n' | wc -l

#### pipe exit status is the last command
false | true; echo $?
true | false; echo $?

#### and list runs second on success
true && echo yes
false && echo no
echo done

#### or list runs second on failure
false || echo fallback
true || echo never
echo done

#### mixed and-or chain
false && echo a || echo b
true || echo c && echo d

#### semicolon list keeps going
echo one; false; echo two; echo $?

#### negation flips status
! true; echo $?
! false; echo $?

#### negation of a pipeline
! printf 'x\n' | grep -q y; echo $?

#### PIPESTATUS of three commands
true | false | (exit 3); echo "${PIPESTATUS[@]}"

#### PIPESTATUS of a single command
(exit 7); echo "${PIPESTATUS[@]} ${#PIPESTATUS[@]}"

#### PIPESTATUS after negation
! (exit 4) | (exit 5); echo "$? ${PIPESTATUS[*]}"

#### pipefail reports rightmost failure
set -o pipefail
(exit 3) | (exit 4) | true; echo $?
false | true; echo $?
true | true; echo $?

#### pipefail off by default
(exit 3) | true; echo $?

#### pipefail with set +o
set -o pipefail
set +o pipefail
false | true; echo $?

#### pipe into while loop runs in subshell
x=0
printf '1\n2\n' | while read n; do x=$n; done
echo "x=$x"

#### stderr is not piped
{ echo out; echo err >&2; } 2>/dev/null | tr a-z A-Z

#### pipe with 2>&1 carries stderr
{ echo out; echo err >&2; } 2>&1 | sort

#### pipe |& carries stderr
{ echo err >&2; } |& tr a-z A-Z

#### yes into head ends by SIGPIPE
yes | head -n 2; echo "${PIPESTATUS[@]}"

#### and-or status of the whole list
false || false; echo $?
true && false; echo $?

#### newline after operator continues the list
true &&
echo continued ||
echo not
