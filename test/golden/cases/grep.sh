# grep, egrep, fgrep (GNU grep 3.8).

#### grep basic match
printf 'apple\nbanana\ncherry\n' > f
grep an f
echo "status $?"

#### grep no match exits 1
printf 'apple\n' > f
grep zzz f
echo "status $?"

#### grep stdin
printf 'one\ntwo\nthree\n' | grep t

#### grep -E alternation and groups
printf 'cat\ndog\ncow\n' | grep -E 'c(a|o)t|dog'

#### grep -G basic operators
printf 'aab\nab\nb\nabab\n' | grep -G 'a\+b$'
printf 'aab\nab\nb\n' | grep 'a\{2\}b'
printf 'abab\nab\n' | grep '\(ab\)\1'

#### grep -F fixed strings
printf 'a.c\nabc\n' | grep -F 'a.c'

#### grep -P perl
printf 'id 42\nid x\n' | grep -P 'id \d+'

#### grep -i
printf 'Hello\nHELLO\nhello\nbye\n' | grep -i hello

#### grep -v
printf 'a\nb\nc\n' | grep -v b

#### grep -c
printf 'a\nb\na\n' | grep -c a

#### grep -c zero
printf 'a\n' | grep -c z
echo "status $?"

#### grep -l and -L
printf 'x\n' > a; printf 'y\n' > b
grep -l x a b
grep -L x a b

#### grep -n
printf 'a\nb\na\n' | grep -n a

#### grep -o
printf 'ab12cd345\n' | grep -oE '[0-9]+'

#### grep -o leftmost longest
printf 'abcd\n' | grep -oE 'a|ab|abc'
printf 'xyz\n' | grep -o 'y*'

#### grep -w
printf 'foo bar\nfoobar\nbar_foo\nfoo-x\n' | grep -w foo

#### grep -x
printf 'abc\nabcd\n' | grep -x abc

#### grep -h and -H
printf 'x\n' > a; printf 'x\n' > b
grep -h x a b
grep -H x a

#### grep several files prefixes names
printf 'x1\n' > a; printf 'x2\ny\n' > b
grep x a b

#### grep -q
printf 'a\nb\n' | grep -q b
echo "status $?"
printf 'a\n' | grep -q b
echo "status $?"

#### grep -s hides missing file [stderr]
grep -s x missing
echo "status $?"

#### grep -m
printf 'a1\na2\na3\n' | grep -m 2 a

#### grep -m with -c and -v
printf 'a\nb\nc\nd\n' | grep -m 2 -c -v a

#### grep -e repeated
printf 'one\ntwo\nthree\n' | grep -e one -e three

#### grep -f pattern file
printf 'one\nthree\n' > pats
printf 'one\ntwo\nthree\n' | grep -f pats

#### grep -f empty file matches nothing
: > pats
printf 'one\n' | grep -f pats
echo "status $?"

#### grep newline in pattern is two patterns
printf 'a\nb\nc\n' | grep 'a
c'

#### grep -A
printf '1\nx2\n3\n4\nx5\n6\n7\n' | grep -A1 x

#### grep -B
printf '1\n2\nx3\n4\n5\n6\nx7\n' | grep -B2 x

#### grep -C with separators and -n
printf '1\n2\nx3\n4\n5\n6\nx7\n8\n' | grep -n -C1 x

#### grep -NUM context
printf '1\n2\nx3\n4\n5\n' | grep -1 x

#### grep context overlap joins groups
printf 'x1\n2\nx3\n4\n' | grep -A1 x

#### grep -A0 still separates groups
printf 'x\n1\nx\nx\n2\nx\n' | grep -A0 x

#### grep group separator options
printf 'x\n1\n2\nx\n' | grep --group-separator=XX -A0 x
printf 'x\n1\n2\nx\n' | grep --no-group-separator -A0 x

#### grep -m with trailing context
printf 'x\n1\nx\nx\n' | grep -n -m1 -A2 x

#### grep -v with context
printf 'x\n1\nx\nx\n2\n3\nx\n' | grep -B1 -v x

#### grep -o with context separators
printf '1\n2\nx3\n4\n5\n6\nx7\n' | grep -o -n -C1 x

#### grep -b byte offsets
printf 'ab\ncab\n' | grep -b ab
printf 'ab\ncab\n' | grep -ob b

#### grep -r recursive
mkdir -p d/e
printf 'x\n' > d/f; printf 'y\n' > d/e/g; printf 'x\n' > d/e/h
grep -r x d | sort

#### grep -r without operand drops ./
mkdir d
printf 'hit\n' > d/f
grep -r hit

#### grep -r dot operand keeps ./
mkdir d
printf 'hit\n' > d/f
grep -r hit .

#### grep -r single file has no prefix
printf 'hit\n' > f
grep -r hit f

#### grep --include and --exclude
mkdir d
printf 'x\n' > d/a.txt; printf 'x\n' > d/b.log
grep -r --include='*.txt' x d
grep -r --exclude='*.txt' x d

#### grep --exclude-from
mkdir d
printf '*.log\n' > ex.txt
printf 'x\n' > d/a.log; printf 'x\n' > d/b.txt
grep -r --exclude-from=ex.txt x d
grep -r --exclude-from=nosuch x d
echo "status $?"

#### grep --exclude-dir
mkdir -p d/skip d/keep
printf 'x\n' > d/skip/f; printf 'x\n' > d/keep/f
grep -r --exclude-dir=skip x d

#### grep -R follows symlinks, -r does not
mkdir d
printf 'x\n' > real
ln -s ../real d/link
grep -r x d
echo "status $?"
grep -R x d

#### grep -R symlink loop [stderr]
mkdir -p d/e
printf 'x\n' > d/e/f
ln -s .. d/e/up
grep -R x d
echo "status $?"

#### grep directory without -r [stderr]
mkdir d
grep x d
echo "status $?"

#### grep -d skip
mkdir d
grep -d skip x d
echo "status $?"

#### grep -z null data
printf 'a1\0b2\0a3\0' | grep -z a | tr '\0' '\n'

#### grep -Z after names
printf 'x\n' > a
grep -lZ x a | od -c | head -1

#### grep --label
printf 'x\n' | grep -H --label=IN x

#### grep -c several files
printf 'x\nx\n' > a; printf 'y\n' > b
grep -c x a b

#### grep missing file [stderr]
printf 'x\n' > a
grep x a missing
echo "status $?"

#### grep -q beats errors
printf 'x\n' > a
grep -q x missing a
echo "status $?"

#### grep bad regex [stderr]
echo a | grep 'a\{1'
echo "status $?"
echo a | grep -E '('
echo "status $?"
echo a | grep '[a'
echo "status $?"
echo a | grep '\(a\)\2'
echo "status $?"
echo a | grep '[b-a]'
echo "status $?"

#### grep ERE leading star warns [stderr]
echo 'ab' | grep -E '*b'
echo "status $?"

#### grep bad option [stderr]
grep --bogus x
echo "status $?"
grep -Q x
echo "status $?"

#### grep no pattern [stderr]
grep
echo "status $?"

#### grep bad context and count [stderr]
grep -A x y
echo "status $?"
grep -m z y
echo "status $?"

#### grep conflicting matchers [stderr]
grep -E -F x
echo "status $?"

#### grep binary file [stderr]
printf 'abc\n\0x\nabc2\n' > bin
grep abc bin
echo "status $?"
grep -c abc bin
grep -a abc bin | od -c | head -2

#### grep binary without match
printf 'abc\n\0\n' > bin
grep -I abc bin
echo "status $?"

#### grep empty input
: > empty
grep x empty
echo "status $?"
grep -c x empty
grep -vc x empty

#### grep no trailing newline
printf 'abc\nxyz' > f
grep xyz f
grep -c '' f

#### grep CRLF lines
printf 'abc\r\nx\r\n' > f
grep -c 'c$' f
grep 'c.$' f | od -c | head -1

#### grep UTF-8 bytes in C locale
printf 'h\303\251llo\nw\303\266rld\n' > f
grep -o 'h..l' f | od -c | head -1
grep -c '\303' f

#### grep empty pattern matches all
printf 'a\n\nb\n' | grep -c ''

#### grep -w empty pattern
printf 'a\n\n' | grep -c -w ''

#### egrep and fgrep
printf 'ab\na|b\n' | egrep 'a|x'
printf 'ab\na|b\n' | fgrep 'a|b'

#### grep -e with leading dash
printf -- '-x\ny\n' | grep -e -x

#### grep -- ends options
printf -- '-v\n' | grep -- -v
