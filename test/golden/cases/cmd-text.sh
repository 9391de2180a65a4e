# head tail wc tee seq yes.

#### head default ten lines
seq 15 | head

#### head -n
seq 5 | head -n 2

#### head -n negative
seq 5 | head -n -2

#### head -c
printf 'abcdefgh' | head -c 3; echo

#### head -c negative
printf 'abcdefgh' | head -c -3; echo

#### head -N shorthand
seq 10 | head -3

#### head several files with headers
printf '1\n2\n' > a; printf '3\n' > b
head -n 1 a b

#### head -q suppresses headers
printf '1\n2\n' > a; printf '3\n' > b
head -q -n 1 a b

#### head missing file [stderr]
head nope
echo "status $?"

#### head invalid count [stderr]
head -n abc f
echo "status $?"

#### tail default ten lines
seq 15 | tail

#### tail -n
seq 5 | tail -n 2

#### tail -n plus
seq 5 | tail -n +3

#### tail -c
printf 'abcdefgh' | tail -c 3; echo

#### tail -c plus
printf 'abcdefgh' | tail -c +3; echo

#### tail of file without trailing newline
printf 'a\nb\nc' > f
tail -n 2 f; echo "|"

#### tail several files
printf '1\n2\n' > a; printf '3\n' > b
tail -n 1 a b

#### tail missing file [stderr]
tail nope
echo "status $?"

#### wc default
printf 'one two\nthree\n' > f
wc f

#### wc -l -w -c
printf 'one two\nthree\n' > f
wc -l f
wc -w f
wc -c f

#### wc from stdin has no name
printf 'a b\n' | wc

#### wc -m characters
printf 'abc\n' | wc -m

#### wc -L longest line
printf 'ab\nabcdef\nabc\n' | wc -L

#### wc several files total
printf '1\n' > a; printf '1\n2\n' > b
wc -l a b

#### wc no trailing newline
printf 'a\nb' | wc -l

#### wc missing file [stderr]
wc -l nope
echo "status $?"

#### wc empty input
printf '' | wc

#### tee writes file and stdout
echo hello | tee out.txt
cat out.txt

#### tee -a appends
echo one > f
echo two | tee -a f > /dev/null
cat f

#### tee several files
echo x | tee a b > /dev/null
cat a b

#### seq one arg
seq 3

#### seq first last
seq 2 5

#### seq with step
seq 1 3 10

#### seq descending
seq 5 -2 1

#### seq -s separator
seq -s , 1 5

#### seq -w equal width
seq -w 8 11

#### seq empty range
seq 5 1
echo "status $?"

#### seq floats
seq 0 0.5 2

#### seq invalid [stderr]
seq abc
echo "status $?"

#### yes default
yes | head -n 3

#### yes with word
yes ok | head -n 2

#### sleep zero
sleep 0
echo "status $?"

#### sleep invalid [stderr]
sleep abc
echo "status $?"

#### head and tail zero counts
seq 3 | head -n 0
seq 3 | tail -n 0
printf abc | tail -c 0
echo end

#### wc reads stdin dash among files
printf 'a\n' > f
printf 'b\nc\n' | wc -l f -

#### tee to missing directory keeps going [stderr]
echo data | tee nodir/f
echo "status $?"

#### tee appends to several files
echo 1 > a
echo 2 | tee -a a b > /dev/null
cat a b

#### tail -n plus one is whole file
printf 'a\nb\n' | tail -n +1

#### head -c more than input
printf 'ab' | head -c 10; echo

#### seq separator and width together
seq -s ' ' -w 1 3 10
