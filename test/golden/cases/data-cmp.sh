# cmp: first difference, -l, -b, skips, limits, EOF and errors.

#### cmp identical
printf 'same\n' > a
cp a b
cmp a b
echo "status $?"

#### cmp first difference
printf 'abcdef\nxyz\n' > a
printf 'abXdef\nxyZ\n' > b
cmp a b
echo "status $?"

#### cmp line number counts newlines
printf 'a\nb\nc\nXd' > a
printf 'a\nb\nc\nYd' > b
cmp a b

#### cmp -l lists every difference
printf 'abcdef\nxyz\n' > a
printf 'abXdef\nxyZ\n' > b
cmp -l a b
echo "status $?"

#### cmp -b prints the bytes
printf 'abcdef\nxyz\n' > a
printf 'abXdef\nxyZ\n' > b
cmp -b a b
cmp -lb a b
printf '\377' > h1
printf '\177' > h2
cmp -b h1 h2

#### cmp -s is silent
printf 'a\n' > a
printf 'b\n' > b
cmp -s a b
echo "status $?"

#### cmp limits and skips
printf 'abcdef\nxyz\n' > a
printf 'abXdef\nxyZ\n' > b
cmp -n 2 a b
echo "status $?"
cmp -i 3 a b
cmp -i 3:3 a b
cmp a b 3 3

#### cmp offsets widen with the file size
for ((i = 1; i <= 200; i++)); do echo $i; done > a
for ((i = 1; i <= 200; i++)); do if [ $i = 150 ]; then echo XXX; else echo $i; fi; done > b
cmp -l a b

#### cmp EOF on the shorter file [stderr]
printf 'abcdef\n' > a
printf 'abc' > c
cmp a c
echo "status $?"
cmp -l a c
echo "status $?"

#### cmp empty file [stderr]
: > e
printf 'a' > a
cmp e a
echo "status $?"

#### cmp stdin
printf 'abc' > c
printf 'abc' | cmp - c
echo "status $?"
printf 'abd' | cmp c
echo "status $?"

#### cmp missing file [stderr]
printf 'a' > a
cmp a nope
echo "status $?"

#### cmp bad skip and option [stderr]
printf 'a' > a
cmp -i x a a
echo "status $?"
cmp a a c
echo "status $?"
cmp -x a a
echo "status $?"

#### cmp missing operand [stderr]
cmp
echo "status $?"
