# set -e, set -u, set -x, pipefail.

#### set -e stops at failure
set -e
echo before
false
echo never

#### set -e exit status is the failing status
set -e
(exit 3)
echo never

#### set -e exempt in if condition
set -e
if false; then echo no; fi
echo survived

#### set -e exempt in and list
set -e
false && echo no
echo survived

#### set -e exempt in or list
set -e
false || echo handled
echo survived

#### set -e exempt when negated
set -e
! true
echo survived

#### set -e last in and list does fail
set -e
true && false
echo never

#### set -e in while condition
set -e
while false; do :; done
echo survived

#### set -e with pipeline uses last status
set -e
false | true
echo survived
true | false
echo never

#### set -e with pipefail
set -eo pipefail
false | true
echo never

#### set -e in function
set -e
f() { false; echo never-in-f; }
f
echo never

#### set -e ignored in function used as condition
set -e
f() { false; echo continued-in-f; }
if f; then echo f-ok; fi

#### set -e ignored in subshell left of or
set -e
(false; echo not-stopped) || echo "subshell failed $?"
echo survived

#### set -e in subshell exits subshell only
(set -e; false; echo never)
echo "parent continues $?"

#### set +e turns it off
set -e
set +e
false
echo survived

#### set -e with command substitution assignment
set -e
x=$(false)
echo never

#### set -u unbound variable [stderr]
set -u
echo before
echo "$undefined_var"
echo never

#### set -u with default is fine
set -u
echo "${undefined_var:-default}"
echo "${undefined_var-}"

#### set -u positional [stderr]
set -u
echo "$1"
echo never

#### set -u empty at is fine
set -u
set --
echo "[$@] $#"

#### set -u in subshell
set -u
( echo "$nope" ) 2>/dev/null
echo "subshell status $?"

#### set -o nounset long form [stderr]
set -o nounset
: $missing
echo never

#### set -x traces commands [stderr]
set -x
echo traced
x=1
echo "$x done"

#### set -x with pipeline
set -x
echo a | tr a b

#### set -x off [stderr]
set -x
echo on
set +x
echo off

#### set -x shows expanded words [stderr]
set -x
v='two words'
printf '%s\n' $v "$v"

#### set -o lists pipefail state
set -o pipefail
[[ -o pipefail ]] && echo on
set +o pipefail
[[ -o pipefail ]] || echo off

#### dollar dash flags
set -eu
case $- in *e*) echo has-e ;; esac
case $- in *u*) echo has-u ;; esac

#### set -e and trap exit
set -e
trap 'echo "trap status $?"' EXIT
false

#### set -e does not stop on failure in function called with or
set -e
f() { false; echo continued; }
f || echo never
echo survived

#### set -e stops on failed arithmetic command
set -e
(( 0 ))
echo never

#### set -e exempt for arithmetic in if
set -e
if (( 0 )); then echo no; fi
echo survived
