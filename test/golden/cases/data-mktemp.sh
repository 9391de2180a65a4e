# mktemp: names are random, so cases check shapes and effects, not names.

#### mktemp file in a directory
f=$(mktemp -p .)
echo "${f:0:6} ${#f}"
[ -f "$f" ] && echo file
[ -s "$f" ] || echo empty

#### mktemp directory
d=$(mktemp -d -p .)
[ -d "$d" ] && echo dir
echo "${d:0:6}"

#### mktemp template in the current directory
f=$(mktemp fooXXX)
echo "${f:0:3} ${#f}"
[ -f "$f" ] && echo made

#### mktemp suffix after the X's
f=$(mktemp aXXX.txt)
echo "${f:0:1} ${f:4} ${#f}"
g=$(mktemp --suffix=.log -p . bXXXX)
echo "${g:0:3} ${g:7} ${#g}"

#### mktemp TMPDIR and -t
mkdir t
f=$(TMPDIR=t mktemp)
echo "${f:0:6}"
g=$(TMPDIR=t mktemp -t xyz.XXXX)
echo "${g:0:6} ${#g}"
ls t | wc -l

#### mktemp dry run creates nothing
f=$(mktemp -u -p .)
[ -e "$f" ] || echo absent
echo "${#f}"

#### mktemp names differ
a=$(mktemp -u -p .)
b=$(mktemp -u -p .)
[ "$a" != "$b" ] && echo different

#### mktemp too few X's [stderr]
mktemp fooXX
echo "status $?"
mktemp ''
echo "status $?"

#### mktemp directory separator [stderr]
mktemp -t 'a/bXXX'
echo "status $?"
mktemp -p . XXX/a
echo "status $?"

#### mktemp missing directory [stderr]
mktemp -p nonexist
echo "status $?"
mktemp -q -p nonexist
echo "status $?"

#### mktemp too many templates [stderr]
mktemp a b
echo "status $?"
