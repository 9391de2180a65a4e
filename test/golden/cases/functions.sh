# Functions, local, return, recursion.

#### define and call
greet() { echo "hello $1"; }
greet world

#### function keyword form
function shout { echo "${1^^}"; }
shout quiet

#### function keyword with parens
function both() { echo both; }
both

#### return status
f() { return 3; }
f; echo $?

#### return without value uses last status
f() { false; return; }
f; echo $?

#### implicit status is last command
f() { true; false; }
f; echo $?

#### local variable does not leak
x=global
f() { local x=local; echo "in $x"; }
f
echo "out $x"

#### global assignment from function
f() { y=set-in-f; }
f
echo $y

#### local is visible to callees
outer() { local v=from-outer; inner; }
inner() { echo "inner sees $v"; }
outer
echo "[$v]"

#### arguments and count
f() { echo "$# args: $*"; }
f a "b c" d

#### recursion factorial
fact() { if (( $1 <= 1 )); then echo 1; else echo $(( $1 * $(fact $(( $1 - 1 ))) )); fi; }
fact 10

#### recursion fibonacci
fib() { local n=$1; if (( n < 2 )); then echo $n; return; fi; local a b; a=$(fib $((n-1))); b=$(fib $((n-2))); echo $((a + b)); }
fib 12

#### function output piped
f() { printf 'b\na\n'; }
f | sort

#### function with redirect on definition
f() { echo inside; } > out.txt
f
cat out.txt

#### function overriding command
ls() { echo "fake ls $*"; }
ls -a

#### command bypasses function
echo() { builtin echo "wrapped $*"; }
echo hi
command echo plain

#### unset function
f() { echo exists; }
f
unset -f f
f 2>/dev/null; echo "status $?"

#### return outside function [stderr]
return 5
echo "status $?"

#### nested function definition
outer() { inner() { echo inner-defined; }; }
outer
inner

#### FUNCNAME
f() { echo "${FUNCNAME[0]}"; g; }
g() { echo "${FUNCNAME[0]} ${FUNCNAME[1]}"; }
f

#### local without value is unset
f() { local x; echo "[${x-unset}]"; }
x=outer
f

#### local -i integer
f() { local -i n=2+3; echo $n; }
f

#### return value out of range wraps
f() { return 257; }
f; echo $?

#### function exit status in condition
is_even() { (( $1 % 2 == 0 )); }
for n in 1 2 3 4; do is_even $n && echo "$n even"; done

#### declare -f lists function
f() { echo hi; }
declare -F f

#### function with positional restored
set -- outer1 outer2
f() { shift; echo "$1"; }
f a b
echo "$1"

#### recursion depth moderate
count() { if (( $1 > 0 )); then count $(( $1 - 1 )); else echo bottom; fi; }
count 100

#### exit inside command substitution only ends it
x=$(echo partial; exit 3; echo never)
echo "$x $?"

#### trap exit set inside function fires at shell exit
f() { trap 'echo bye' EXIT; }
f
echo main-done

#### function name with dashes
my-func() { echo dashed; }
my-func

#### function defined in if branch
if true; then g() { echo branch-g; }; fi
g
