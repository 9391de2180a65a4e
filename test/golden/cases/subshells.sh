# Subshells ( ) and groups { }.

#### subshell isolates variables
x=1
(x=2; echo "in $x")
echo "out $x"

#### group shares variables
x=1
{ x=2; echo "in $x"; }
echo "out $x"

#### subshell isolates cd
mkdir sub
(cd sub && basename "$PWD")
[ "$(basename "$PWD")" != sub ] && echo still-outside

#### subshell exit status
(exit 4); echo $?

#### exit in subshell does not end shell
(echo before; exit 2; echo never)
echo "after $?"

#### group exit status
{ false; }; echo $?

#### group output redirect
{ echo a; echo b; } > f
cat f

#### subshell output piped
(echo x; echo y) | wc -l

#### nested subshells
x=0
(x=1; (x=2; echo $x); echo $x)
echo $x

#### subshell isolates functions
(f() { echo inner; }; f)
f 2>/dev/null || echo "no f outside"

#### subshell isolates set options
(set -e; false; echo never)
echo "outer continues $?"

#### group on one line needs semicolon
{ echo one; echo two; }

#### subshell shares exported environment
export E=val
(echo "$E")

#### subshell sees file changes
(echo data > f)
cat f

#### subshell isolates shift
set -- a b c
(shift 2; echo "$1")
echo "$1"

#### group in pipeline runs in subshell
x=1
echo | { x=2; }
echo $x

#### subshell with and or
(false) || echo recovered
(true) && echo ok
