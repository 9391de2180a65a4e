# Parameter expansion operators.

#### default value colon-minus
unset u; e=
echo "[${u:-def}] [${e:-def}] [${u-def}] [${e-def}]"

#### assign default colon-equals
unset u
echo "${u:=assigned}"
echo "$u"
e=
echo "[${e=kept}] [${e:=filled}]"

#### error if unset colon-question [stderr]
x=set
echo "${x:?not shown}"
echo "${missing:?is required}"
echo never

#### error if unset default message [stderr]
unset v
: "${v?}"
echo never

#### error in subshell keeps parent running
( : "${nope:?gone}" ) 2>/dev/null
echo "status $?"

#### alternate value colon-plus
x=1; e=; unset u
echo "[${x:+alt}] [${e:+alt}] [${e+alt}] [${u+alt}]"

#### length
x=hello; e=
echo "${#x} ${#e} ${#undefined}"

#### remove shortest suffix
f=archive.tar.gz
echo "${f%.*}"

#### remove longest suffix
f=archive.tar.gz
echo "${f%%.*}"

#### remove shortest prefix
p=a/b/c/d
echo "${p#*/}"

#### remove longest prefix
p=a/b/c/d
echo "${p##*/}"

#### prefix and suffix no match
x=hello
echo "${x#z} ${x%z} ${x##z*} ${x%%*z}"

#### suffix with bracket pattern
x=file123
echo "${x%%[0-9]*}"

#### replace first
x=aXbXc
echo "${x/X/-}"

#### replace all
x=aXbXc
echo "${x//X/-}"

#### replace anchored start
x=abcabc
echo "${x/#abc/Z} ${x/#bc/Z}"

#### replace anchored end
x=abcabc
echo "${x/%abc/Z} ${x/%ab/Z}"

#### replace with empty
x=a-b-c
echo "${x//-} ${x/-}"

#### replace with glob pattern
x=hello.world
echo "${x/l*o/_}"

#### uppercase all
x='hello World'
echo "${x^^}"

#### lowercase all
x='HELLO World'
echo "${x,,}"

#### uppercase first
x=hello
echo "${x^}"

#### lowercase first
x=HELLO
echo "${x,}"

#### substring offset length
x=abcdefgh
echo "${x:1:2} ${x:3} ${x:0:1}"

#### substring negative offset
x=abcdefgh
echo "${x: -2} ${x: -3:2} ${x:(-1)}"

#### substring negative length
x=abcdefgh
echo "${x:1:-2}"

#### substring past end
x=abc
echo "[${x:5}] [${x:1:10}]"

#### indirect expansion
target=value
ref=target
echo "${!ref}"

#### indirect to unset
ref=nothing
echo "[${!ref}]"

#### prefix name listing
ab1=x ab2=y
echo ${!ab*}

#### nested default with expansion
unset a
b=inner
echo "${a:-${b}-suffix}"

#### default with spaces in word
unset a
echo "${a:-two words}"
printf '<%s>\n' ${a:-two words}

#### special params in braces
set -- one two
echo "${1} ${2} ${#} ${10:-none}"

#### operators on positional params
set -- path/to/file.txt
echo "${1##*/} ${1%/*} ${#1}"

#### braces needed for digits after nine
set -- a b c d e f g h i j
echo "$10 ${10}"

#### case modification on pattern
x=banana
echo "${x^^a}"

#### unset variable is empty
echo "[$nothing_here]"
