# Positional parameters, $@ and $*, set --, shift, $#.

#### set -- and count
set -- a b c
echo "$# $1 $2 $3"

#### quoted at keeps words
set -- "a b" c
for w in "$@"; do echo "[$w]"; done

#### quoted star joins with space
set -- "a b" c
for w in "$*"; do echo "[$w]"; done

#### unquoted at splits
set -- "a b" c
for w in $@; do echo "[$w]"; done

#### unquoted star splits
set -- "a b" c
for w in $*; do echo "[$w]"; done

#### star joins with first IFS char
set -- a b c
IFS=,
echo "$*"
IFS=
echo "$*"

#### empty at gives no words
set --
for w in "$@"; do echo "word"; done
echo "count $#"
printf '<%s>' "$*"; echo

#### at slice
set -- a b c d e
echo "${@:2}"
echo "${@:2:2}"
echo "${@: -2}"

#### star slice
set -- a b c d
echo "${*:3}"

#### length of at is the count
set -- a b
echo "${#@}"

#### shift once
set -- a b c
shift
echo "$# $*"

#### shift n
set -- a b c d
shift 2
echo "$# $*"

#### shift too far fails
set -- a b
shift 3
echo "status $? count $#"

#### shift in loop
set -- x y z
while [ $# -gt 0 ]; do echo "$1"; shift; done

#### set -- clears
set -- a b
set --
echo "$#"

#### prefix and suffix on at
set -- a b
printf '[%s]\n' "pre-$@-post"

#### function args are separate
f() { echo "$# $1"; set -- z; echo "$1"; }
set -- outer
f in1 in2
echo "$1"

#### length of positional via hash
set -- one two three
echo "${#1} ${#}"

#### pattern ops on all args
set -- a.txt b.txt
echo "${@%.txt}"

#### dollar-at in string with other args
set -- "x y"
printf '<%s>' start "$@" end; echo

#### set with options and args
set -- -x
echo "$1"
