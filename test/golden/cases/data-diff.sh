# diff: formats, options, directories and errors. Headers of -u and -c carry
# file times, so those cases use --label or cut the two header lines.

#### diff identical files
printf 'a\nb\n' > x
cp x y
diff x y
echo "status $?"

#### diff normal change
printf 'a\nb\nc\n' > x
printf 'a\nB\nc\n' > y
diff x y
echo "status $?"

#### diff normal add and delete
printf '1\n2\n3\n4\n' > x
printf '0\n1\n3\n4\n5\n' > y
diff x y

#### diff normal ranges
printf 'a\nb\nc\nd\ne\n' > x
printf 'a\nX\nY\nZ\ne\n' > y
diff x y

#### diff against an empty file
printf 'a\nb\n' > x
: > e
diff e x
diff x e

#### diff ambiguous matches follow GNU
printf 'a\nb\na\nb\na\n' > x
printf 'b\na\nb\na\nb\n' > y
diff x y

#### diff repeated lines
printf 'x\nx\nx\ny\nx\n' > a
printf 'x\ny\nx\nx\nx\nx\n' > b
diff a b

#### diff unified with labels
printf 'a\nb\nc\nd\ne\nf\ng\nh\n' > x
printf 'a\nb\nC\nd\ne\nf\ng\nH\n' > y
diff -u --label old --label new x y
echo "status $?"

#### diff unified header shape
printf 'a\n' > x
printf 'b\n' > y
diff -u x y | head -n 2 | while IFS= read -r l; do echo "${l:0:5}"; done

#### diff unified separate hunks
for ((i = 1; i <= 20; i++)); do echo $i; done > x
for ((i = 1; i <= 20; i++)); do case $i in 5) echo five ;; 16) echo sixteen ;; *) echo $i ;; esac; done > y
diff -u x y | tail -n +3

#### diff unified merges close hunks
for ((i = 1; i <= 20; i++)); do echo $i; done > x
for ((i = 1; i <= 20; i++)); do case $i in 5) echo five ;; 12) echo twelve ;; *) echo $i ;; esac; done > y
diff -u x y | tail -n +3

#### diff -U0 and -U1
for ((i = 1; i <= 10; i++)); do echo $i; done > x
for ((i = 1; i <= 10; i++)); do case $i in 4) echo four ;; 8) echo eight ;; *) echo $i ;; esac; done > y
diff -U0 x y | tail -n +3
diff -U 1 x y | tail -n +3

#### diff unified from and to empty
printf 'a\nb\n' > x
: > e
diff -u --label e --label x e x
diff -u --label x --label e x e

#### diff unified at file edges
printf '1\n2\n3\n' > x
printf '0\n1\n2\n3\n4\n' > y
diff -u x y | tail -n +3

#### diff context format
printf 'a\nb\nc\nd\n' > x
printf 'a\nB\nc\nd\ne\n' > y
diff -c --label x --label y x y

#### diff context pure insertion and deletion
printf 'a\nb\n' > x
printf 'a\nb\nc\n' > y
diff -c x y | tail -n +3
diff -C 1 y x | tail -n +3

#### diff context from empty
: > e
printf 'a\n' > x
diff -c e x | tail -n +3

#### diff no newline at end
printf 'a\nb' > x
printf 'a\nb\n' > y
diff x y
diff -u x y | tail -n +3

#### diff both without newline
printf 'a\nb' > x
printf 'a\nc' > y
diff x y

#### diff CRLF lines differ
printf 'a\r\nb\r\n' > x
printf 'a\nb\n' > y
diff x y | cat -A
diff --strip-trailing-cr x y
echo "status $?"

#### diff -i
printf 'Hello\nWorld\n' > x
printf 'hello\nworld\n' > y
diff -i x y
echo "status $?"

#### diff -w
printf 'a b\nc\td\n' > x
printf 'ab\n c d \n' > y
diff -w x y
echo "status $?"

#### diff -b
printf 'a b\nc  d\ne\n' > x
printf 'a  b\nc d \nE\n' > y
diff -b x y

#### diff -B ignores blank-only changes
printf 'a\n\n\nb\n' > x
printf 'a\nb\n' > y
diff -B x y
echo "status $?"

#### diff -B keeps mixed changes
printf 'a b\n\nc\n' > x
printf 'a  b\nc\n\n' > y
diff -B x y
echo "status $?"

#### diff -q
printf 'a\n' > x
printf 'b\n' > y
cp x z
diff -q x y
echo "status $?"
diff -q x z
echo "status $?"

#### diff -s
printf 'a\n' > x
cp x y
diff -s x y
echo "status $?"

#### diff binary files
printf 'a\0b' > x
printf 'a\0c' > y
diff x y
echo "status $?"
diff -a x y | cat -v

#### diff identical binary files
printf 'a\0b' > x
cp x y
diff x y
echo "status $?"

#### diff stdin
printf 'a\nb\n' > x
printf 'a\nc\n' | diff x -

#### diff file against directory
mkdir d
printf 'x\n' > f
printf 'y\n' > d/f
diff f d
diff d f

#### diff missing file [stderr]
printf 'a\n' > x
diff x nope
echo "status $?"
diff nope x
echo "status $?"

#### diff -N missing file
printf 'a\nb\n' > x
diff -N x nope
echo "status $?"

#### diff directories
mkdir a b
mkdir a/sub b/sub
printf '1\n' > a/f
printf '2\n' > b/f
printf 'o\n' > a/only1
printf 'o\n' > b/only2
printf 's\n' > a/sub/x
printf 't\n' > b/sub/x
diff a b
echo "status $?"

#### diff -r
mkdir a b
mkdir a/sub b/sub
printf '1\n' > a/f
printf '2\n' > b/f
printf 'o\n' > a/only1
printf 's\n' > a/sub/x
printf 't\n' > b/sub/x
diff -r a b
echo "status $?"

#### diff -ru shows the switches
mkdir a b
printf '1\n' > a/f
printf '2\n' > b/f
diff -ru a b | head -n 1
diff -ru a b | tail -n +4

#### diff -rq
mkdir a b
printf '1\n' > a/f
printf '2\n' > b/f
printf 'x\n' > a/g
printf 'x\n' > b/g
diff -rq a b
echo "status $?"

#### diff -rN
mkdir a b
printf 'o\n' > a/only
diff -rN a b

#### diff directory and file mismatch
mkdir a b
mkdir a/x
printf 'f\n' > b/x
diff a b
echo "status $?"

#### diff identical directories
mkdir a b
printf 'same\n' > a/f
printf 'same\n' > b/f
diff -r a b
echo "status $?"

#### diff -x excludes
mkdir a b
printf '1\n' > a/f.log
printf '2\n' > b/f.log
printf 'k\n' > a/keep
printf 'k\n' > b/keep
diff -r -x '*.log' a b
echo "status $?"

#### diff missing operand [stderr]
printf 'a\n' > x
diff x
echo "status $?"
diff
echo "status $?"

#### diff extra operand [stderr]
diff a b c
echo "status $?"

#### diff bad option [stderr]
diff --bogus a b
echo "status $?"
diff -k a b
echo "status $?"

#### diff bad context length [stderr]
printf 'a\n' > x
diff -U x x x
echo "status $?"

#### diff conflicting styles [stderr]
printf 'a\n' > x
diff -u -c x x
echo "status $?"

#### diff too many labels [stderr]
printf 'a\n' > x
diff -L a -L b -L c x x
echo "status $?"

#### diff stdin against directory [stderr]
mkdir d
echo x | diff - d
echo "status $?"

#### diff UTF-8 lines
printf 'caf\303\251\nna\303\257ve\n' > x
printf 'cafe\nna\303\257ve\n' > y
diff x y

#### diff larger random-looking files
for ((i = 1; i <= 200; i++)); do echo $(( i * 7919 % 101 )); done > x
for ((i = 1; i <= 200; i++)); do echo $(( i * 104729 % 97 )); done > y
diff x y | head -n 40
diff x y | wc -l
