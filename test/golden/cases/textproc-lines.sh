# nl, paste, join, comm, column, fold, fmt, rev, tac, expand, unexpand (LC_ALL=C).

#### nl default numbers non-empty lines
printf 'a\n\nb\n' | nl

#### nl all lines joined blanks
printf 'a\n\n\n\nb\n' | nl -ba -l 2

#### nl formats width separator
printf 'a\nb\n' | nl -n ln -w 3 -s '|'
printf 'a\nb\n' | nl -n rz -w 3 -v 9 -i 10

#### nl sections
printf 'h\n\\:\\:\\:\nH\n\\:\\:\nB\n\\:\nF\n' | nl -h a -f a

#### nl regex style
printf 'ab\nb\nab\n' | nl -b pa

#### nl no renumber
printf 'x\n\\:\\:\ny\n' | nl -p

#### nl continues across files
printf 'a\nb\n' > n1; printf 'c' > n2
nl n1 n2

#### nl bad style [stderr]
nl -b x < /dev/null
echo "status $?"

#### nl bad width [stderr]
nl -w 0 < /dev/null
echo "status $?"

#### paste side by side
printf '1\n2\n3\n' > a; printf 'x\ny\n' > b
paste a b

#### paste delimiter list cycles
printf '1\n2\n' > a
paste -d ':,' a a a

#### paste serial
printf 'a\nb\nc\n' | paste -s -d ,

#### paste stdin twice
printf 'a\nb\nc\nd\ne\n' | paste - -

#### paste empty delimiter escape
printf 'a\nb\nc\n' | paste -d '\0x' - - -

#### paste serial empty input
printf '' | paste -s | od -c

#### paste missing file [stderr]
printf 'x\n' > a
paste a missing
echo "status $?"

#### paste trailing backslash [stderr]
paste -d 'x\' < /dev/null
echo "status $?"

#### comm three columns
printf 'a\nb\nd\n' > c1; printf 'b\nc\nd\ne\n' > c2
comm c1 c2

#### comm suppress columns
printf 'a\nb\nd\n' > c1; printf 'b\nc\nd\ne\n' > c2
comm -12 c1 c2; echo --; comm -3 c1 c2

#### comm output delimiter and total
printf 'a\nb\nd\n' > c1; printf 'b\nc\nd\ne\n' > c2
comm --output-delimiter=:: --total c1 c2

#### comm unsorted warning [stderr]
printf 'b\na\n' > c3; printf 'b\nc\n' > c2
comm c3 c2
echo "status $?"

#### comm check order fails [stderr]
printf 'b\na\n' > c3; printf 'b\nc\n' > c2
comm --check-order c3 c2
echo "status $?"

#### comm missing operand [stderr]
comm a
echo "status $?"

#### join default
printf 'a 1\nb 2\n' > j1; printf 'a x\nc y\n' > j2
join j1 j2

#### join unpaired and empty fill
printf 'a 1 2\nb 3\n' > j1; printf 'a x\nc y\n' > j2
join -a1 -a2 -e E -o 0,1.2,2.2 j1 j2

#### join only unpaired
printf 'a 1\nb 2\n' > j1; printf 'a x\nc y\n' > j2
join -v2 j1 j2

#### join separator and fields
printf 'x:a:1\ny:b:2\n' > j1; printf 'a:p\nb:q\n' > j2
join -t: -1 2 -2 1 j1 j2

#### join auto format
printf 'a 1 2\nb 3\n' > j1; printf 'a x y z\nb\n' > j2
join -e E -o auto j1 j2

#### join ignore case and header
printf 'K V\nA 1\n' > j1; printf 'K W\na 2\n' > j2
join --header -i j1 j2

#### join unsorted warning [stderr]
printf 'b 1\na 2\n' > j1; printf 'a x\nc y\n' > j2
join j1 j2
echo "status $?"

#### join bad field [stderr]
join -1 0 a b
echo "status $?"

#### join both stdin [stderr]
join - - < /dev/null
echo "status $?"

#### column fills columns
seq 1 30 | column

#### column fills rows
seq 1 30 | column -x

#### column width
seq 1 30 | column -c 40

#### column table
printf 'a b c\nlong x\n\n  lead  sp\nz\n' | column -t

#### column table separator and output separator
printf 'a,,b\nccc,d,e\n' | column -t -s, -o '|'

#### column table and rows conflict [stderr]
column -t -x < /dev/null
echo "status $?"

#### fold width
printf 'abcdefghij\n' | fold -w 4

#### fold tabs count to stops
printf 'a\tbcdefghijk\tlm\n' | fold -w 10

#### fold bytes
printf 'a\tbcdefghijk\n' | fold -b -w 4

#### fold at spaces
printf 'hello world this is fold\n' | fold -s -w 10

#### fold obsolete width
printf 'abcdefgh' | fold -3

#### fold bad width [stderr]
fold -w 0 < /dev/null
echo "status $?"

#### fmt default width
printf 'The quick brown fox jumps over the lazy dog. The quick brown fox jumps over the lazy dog again and again.\n' | fmt

#### fmt narrow with sentences
printf 'One two three. Four five six seven eight nine ten eleven twelve.\n\nNew paragraph here.\n' | fmt -w 20

#### fmt uniform spacing
printf 'a  b   c.  d\n' | fmt -u

#### fmt split only
printf 'aaa bbb ccc ddd eee\nx\n' | fmt -s -w 8

#### fmt prefix
printf '> one two three four five six\nplain line\n> seven\n' | fmt -p '> ' -w 15

#### fmt crown margin
printf '  first line of text\nsecond line that is longer than the first one\n' | fmt -c -w 25

#### fmt bad width [stderr]
fmt -w x < /dev/null
echo "status $?"

#### rev reverses lines
printf 'abc\ndef' | rev; echo

#### rev utf8 bytes
printf '\303\251\n' | rev | od -c

#### tac reverses lines
printf 'a\nb\nc\n' | tac

#### tac no trailing newline
printf 'a\nb' | tac | od -c

#### tac separator before
printf 'abXYcdXYef' | tac -b -s XY; echo

#### tac regex separator
printf 'a12b345c' | tac -r -s '[0-9]+'; echo

#### tac missing file [stderr]
tac missing
echo "status $?"

#### expand default tabs
printf 'a\tb\n' | expand

#### expand tab list
printf 'a\tb\tc\td\n' | expand -t 3,+4

#### expand initial only
printf '\ta\tb\n' | expand -i | od -c

#### unexpand leading
printf '        a       b\n' | unexpand | od -c

#### unexpand all
printf '        a       b\n' | unexpand -a | od -c

#### expand bad tabs [stderr]
expand -t 3,2 < /dev/null
echo "status $?"
