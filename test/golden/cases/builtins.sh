# eval, source, export, unset, exit, trap and friends.

#### eval simple
eval 'echo evaluated'

#### eval builds variable names
for i in 1 2; do eval "v$i=val$i"; done
echo "$v1 $v2"

#### eval with double expansion
x='$y'
y=deep
eval echo "$x"

#### eval status
eval 'false'; echo $?
eval ''; echo $?

#### eval syntax error [stderr]
eval 'if then'
echo "status $?"

#### source a file
printf 'sourced_var=from-file\necho in-file\n' > lib.sh
source ./lib.sh
echo "$sourced_var"

#### dot a file
printf 'f() { echo from-lib; }\n' > lib.sh
. ./lib.sh
f

#### source with arguments
printf 'echo "args: $*"\n' > lib.sh
source ./lib.sh one two

#### source return status
printf 'return 4\necho never\n' > lib.sh
. ./lib.sh
echo "status $?"

#### source missing file [stderr]
source ./missing.sh
echo "status $?"

#### export to child process
export VISIBLE=yes
HIDDEN=no
printenv VISIBLE
printenv HIDDEN || echo hidden-not-exported

#### export after assignment
X=1
export X
printenv X

#### prefix assignment is temporary
V=temp printenv V
echo "[$V]"

#### export -n removes export
export A=1
export -n A
printenv A || echo "not exported"
echo "$A"

#### unset variable
x=1
unset x
echo "[${x-unset}]"

#### unset -v and readonly [stderr]
readonly R=1
unset R
echo "status $? R=$R"

#### readonly assignment fails [stderr]
readonly C=const
C=changed
echo "status $? $C"

#### exit with code
echo before
exit 3
echo never

#### exit without code uses last status
false
exit

#### exit code wraps modulo 256
exit 300

#### exit in subshell
(exit 42)
echo "sub $?"

#### exit in function ends shell
f() { echo in-f; exit 7; }
f
echo never

#### exit in pipeline stage does not end shell
echo x | exit 5
echo "status $?"

#### trap on exit
trap 'echo cleanup' EXIT
echo main

#### trap on exit sees final status
trap 'echo "exiting with $?"' EXIT
false

#### trap on exit after explicit exit
trap 'echo trapped' EXIT
exit 2

#### trap reset
trap 'echo should-not-run' EXIT
trap - EXIT
echo done

#### trap in subshell runs at subshell end
(trap 'echo sub-exit' EXIT; echo in-sub)
echo after

#### colon builtin and true false
:; echo $?
true; echo $?
false; echo $?

#### printf -v assigns
printf -v out '%05d' 42
echo "$out"

#### declare -i arithmetic
declare -i n
n=3+4
echo $n

#### declare -u and -l
declare -u up=hello
declare -l low=HELLO
echo "$up $low"

#### declare -x exports
declare -x D=exported
printenv D

#### declare -p of scalar
v='a b'
declare -p v

#### getopts parsing
set -- -a -b val rest
while getopts ab: opt; do echo "opt=$opt arg=${OPTARG-}"; done
shift $((OPTIND - 1))
echo "rest=$*"

#### builtin keyword runs builtin
builtin echo via-builtin

#### pwd builtin relative
mkdir -p x/y
cd x/y
basename "$(pwd)"

#### cd dash goes back
mkdir a b
cd a
cd ../b
cd - > /dev/null
basename "$PWD"

#### cd to missing directory [stderr]
cd nowhere
echo "status $?"

#### cd to a file [stderr]
touch f
cd f
echo "status $?"

#### cd updates OLDPWD
mkdir s
cd s
[ "$OLDPWD" = "$(dirname "$PWD")" ] && echo oldpwd-ok

#### cd dot dot
mkdir -p a/b
cd a/b
cd ..
basename "$PWD"

#### alias is not expanded in non-interactive shell
alias hi='echo aliased'
hi 2>/dev/null || echo "no alias $?"

#### shopt -s expand_aliases
shopt -s expand_aliases
alias hi='echo aliased'
hi
