# cat and ls.

#### cat one file
printf 'a\nb\n' > f
cat f

#### cat concatenates
printf '1\n' > a; printf '2\n' > b
cat a b

#### cat stdin dash
printf 'mid\n' > f
echo top | cat - f

#### cat -n numbers lines
printf 'a\nb\n\nc\n' > f
cat -n f

#### cat -b numbers non-blank
printf 'a\n\nb\n' > f
cat -b f

#### cat -s squeezes blanks
printf 'a\n\n\n\nb\n' > f
cat -s f

#### cat -A shows ends and tabs
printf 'a\tb\n' > f
cat -A f

#### cat -E
printf 'x\ny\n' > f
cat -E f

#### cat missing file [stderr]
cat missing
echo "status $?"

#### cat missing among present [stderr]
printf 'ok\n' > f
cat f missing f
echo "status $?"

#### cat directory [stderr]
mkdir d
cat d
echo "status $?"

#### cat no trailing newline
printf 'no-newline' > f
cat f; echo "|"

#### cat invalid option [stderr]
cat --bogus
echo "status $?"

#### ls lists sorted
touch b a c
ls

#### ls one per line even to pipe
touch b a
ls | cat

#### ls -1
touch b a
ls -1

#### ls -a shows dot entries
touch .h v
ls -a

#### ls -A
touch .h v
ls -A

#### ls -r reverse
touch a b c
ls -r

#### ls -S by size
printf 'aaa' > three; printf 'a' > one; printf 'aa' > two
ls -S

#### ls -S reverse
printf 'aaa' > three; printf 'a' > one; printf 'aa' > two
ls -Sr

#### ls -t with fixed times
touch -d '2020-01-01 00:00:00' old
touch -d '2021-01-01 00:00:00' new
touch -d '2019-01-01 00:00:00' oldest
ls -t

#### ls -d directory itself
mkdir d
touch d/x
ls -d d

#### ls directory contents
mkdir d
touch d/x d/y
ls d

#### ls several arguments
mkdir d1 d2
touch d1/a d2/b f
ls f d1 d2

#### ls -R recursive
mkdir -p top/sub
touch top/a top/sub/b
ls -R top

#### ls missing [stderr]
ls nope
echo "status $?"

#### ls missing with present [stderr]
touch here
ls here nope
echo "status $?"

#### ls file argument prints name
touch f
ls f

#### ls -F classify
mkdir d
touch f
ln -s f l
ls -F

#### ls sorting is C order
touch B a _x 1
ls

#### ls invalid option status
ls --no-such-flag 2>/dev/null
echo "status $?"

#### ls empty directory
mkdir empty
ls empty
echo "status $?"

#### ls glob arguments
touch a.txt b.txt c.md
ls *.txt
