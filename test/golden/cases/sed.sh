# sed (GNU sed 4.9).

#### sed s basic
printf 'hello world\n' | sed 's/o/0/'

#### sed s global and nth
printf 'aaaa\n' | sed 's/a/b/g'
printf 'aaaa\n' | sed 's/a/b/3'
printf 'aaaa\n' | sed 's/a/b/2g'

#### sed s empty matches
printf 'abc\n' | sed 's/x*/-/g'
printf 'baaac\n' | sed 's/a*/x/g'
printf 'hello\n' | sed 's/l*/X/g'

#### sed s groups and ampersand
printf 'john smith\n' | sed 's/\(\w*\) \(\w*\)/\2, \1 [&]/'
printf 'ab\n' | sed -E 's/(a)(b)/\2\1/'

#### sed s case conversion
printf 'hello world\n' | sed 's/\w\+/\u&/g'
printf 'hello world\n' | sed 's/.*/\U&/'
printf 'Hello World\n' | sed 's/\(.*\) \(.*\)/\L\1\E \U\2/'

#### sed s escapes in replacement
printf 'a-b\n' | sed 's/-/\t/' | od -c | head -1
printf 'a-b\n' | sed 's/-/\n/'
printf 'a-b\n' | sed 's/-/\&/'

#### sed s leftmost longest alternation
printf 'abcd\n' | sed 's/a\|ab/X/'
printf 'abcd\n' | sed -E 's/a|abc/X/'

#### sed s flags p I w
printf 'Foo\nbar\n' | sed -n 's/foo/X/Ip'
printf 'a\nb\n' | sed 's/a/A/w out'
cat out

#### sed s other delimiters
printf '/usr/bin\n' | sed 's|/usr|/opt|'
printf 'a/b\n' | sed 's/[/]/_/'
printf 'a,b\n' | sed 's,a\,b,X,'

#### sed -n and p
printf '1\n2\n3\n' | sed -n 2p

#### sed d
printf '1\n2\n3\n' | sed 2d

#### sed line and last addresses
printf '1\n2\n3\n' | sed -n '$p'
printf '1\n2\n3\n' | sed '$!d'

#### sed regex address and I flag
printf 'Apple\nbanana\n' | sed -n '/apple/Ip'

#### sed custom delimiter address
printf '/a\nb\n' | sed -n '\%/a%p'

#### sed ranges
printf '1\n2\n3\n4\n5\n' | sed -n '2,4p'
printf 'a\nstart\nb\nend\nc\n' | sed -n '/start/,/end/p'
printf '1\n2\n3\n4\n5\n' | sed -n '2,+1p'
printf '1\n2\n3\n4\n5\n6\n7\n8\n9\n' | sed -n '5,~4p'
printf '1\n2\n3\n' | sed -n '3,1p'

#### sed 0,/re/
printf 'x\ny\nx\n' | sed '0,/x/s/x/X/'
printf 'x\ny\nx\n' | sed '1,/x/s/x/X/'

#### sed first~step
seq 10 | sed -n '0~3p'
seq 10 | sed -n '2~4p'

#### sed negation
printf '1\n2\n3\n' | sed '2!d'

#### sed blocks
printf '1\n2\n3\n' | sed -n '2{p;p}'
printf 'a\nb\n' | sed '/a/{s/a/A/;s/A/AA/}'

#### sed n and N
printf '1\n2\n3\n4\n' | sed -n 'n;p'
printf '1\n2\n3\n' | sed 'N;s/\n/-/'
printf '1\n2\n3\n' | sed '$!N;s/\n/-/'

#### sed P and D
printf '1\n2\n3\n' | sed 'N;P;D'

#### sed hold space
printf '1\n2\n3\n' | sed -n '1!G;h;$p'
printf 'a\nb\n' | sed 'x'
printf 'a\nb\n' | sed 'G'
printf 'a\nb\n' | sed -n 'H;${x;s/\n/,/g;p}'

#### sed a i c one-liners
printf '1\n2\n' | sed '1a after'
printf '1\n2\n' | sed '2i before'
printf '1\n2\n' | sed '1c changed'

#### sed a i c classic forms
printf '1\n2\n' | sed '1a\
line one\
line two'
printf '1\n2\n' | sed '$i\
  indented'

#### sed c on a range
printf '1\n2\n3\n4\n' | sed '2,3c\
X'
printf '1\n2\n3\n' | sed '2!c\
X'

#### sed text escapes and leading spaces
printf 'a\n' | sed 'a\  kept'
printf 'a\n' | sed 'a x\ty'

#### sed y
printf 'hello\n' | sed 'y/abcdefghij/ABCDEFGHIJ/'
printf 'a/b\n' | sed 'y,/,|,'

#### sed equals and l
printf 'a\tb\n' | sed -n '=;l'
printf '%s\n' abcdefghijklmnopqrstuvwxyz | sed -n 'l 10'
printf 'abc\n' | sed -n 'l 1'

#### sed -l line length
printf '%s\n' abcdefghijklmnopqrstuvwxyz | sed -l 8 -n l

#### sed l escapes
printf 'a\\b\001\n' | sed -n l

#### sed q and Q
printf '1\n2\n3\n' | sed 2q
printf '1\n2\n3\n' | sed 2Q
printf '1\n2\n' | sed 'q5'
echo "status $?"

#### sed b t T labels
printf 'aaa\n' | sed ':a;s/a/b/;ta'
printf 'x\ny\n' | sed '/x/b end;s/$/!/;:end'
printf 'a\nb\n' | sed 's/a/A/;T;s/$/ changed/'

#### sed z and F
printf 'a\n' | sed 'z;s/^$/empty/'
printf 'a\n' > f
sed -n F f

#### sed -e and -f
printf 's/a/A/\ns/b/B/\n' > script.sed
printf 'ab\n' | sed -f script.sed
printf 'ab\n' | sed -e 's/a/1/' -e 's/b/2/'

#### sed -e pieces join
printf 'a\n' | sed -e '/a/{' -e 's/a/b/' -e '}'
printf 'a\n' | sed -e 'a\' -e 'appended'

#### sed #n first line
printf 'a\nb\n' | sed '#n
/b/p'

#### sed -E
printf 'aaa bbb\n' | sed -E 's/(a+) (b+)/\2 \1/'

#### sed -s separate files
printf '1\n2\n' > a; printf '3\n4\n' > b
sed -n '$p' a b
sed -s -n '$p' a b
sed -s '1d' a b

#### sed -z
printf 'a\0b\0' | sed -z 's/^/>/' | tr '\0' '\n'

#### sed -i in place
printf 'hello\n' > f
sed -i 's/hello/bye/' f
cat f

#### sed -i with backup suffix
printf 'one\n' > f
sed -i.bak 's/one/two/' f
cat f f.bak

#### sed -i several files are separate
printf 'a\nb\n' > x; printf 'c\nd\n' > y
sed -i '$d' x y
cat x y

#### sed -i keeps missing newline
printf 'a\nb' > f
sed -i 's/b/B/' f
od -c f | head -2

#### sed r R w
printf 'INSERT\n' > ins
printf '1\n2\n' | sed '1r ins'
printf 'x\ny\n' > lines
printf '1\n2\n3\n' | sed 'R lines'
printf '1\n2\n' | sed -n '/2/w saved'
cat saved

#### sed r missing file is silent
printf '1\n' | sed 'r nosuch'

#### sed no trailing newline
printf 'a\nb' | sed 's/b/B/'; echo '|'
printf 'a\nb' | sed p; echo '|'
printf 'a\nb' | sed '$a end'; echo '|'

#### sed empty input
: > empty
sed p empty
echo "status $?"

#### sed CRLF kept
printf 'a\r\nb\r\n' | sed 's/$/!/' | od -c | head -2

#### sed UTF-8 bytes in C locale
printf 'h\303\251\n' | sed 's/./X/g'

#### sed empty regex reuses the last one
printf 'abc\nxyz\n' | sed -n '/b/{s//B/p}'

#### sed missing input file [stderr]
printf 'a\n' > f
sed p f nosuch
echo "status $?"

#### sed unterminated s [stderr]
sed 's/a/b' f
echo "status $?"
sed 's/a' f
echo "status $?"

#### sed unknown command [stderr]
sed k f
echo "status $?"

#### sed extra characters [stderr]
sed 'p x' f
echo "status $?"

#### sed bad s options [stderr]
echo a | sed 's/a/b/gg'
echo "status $?"
echo a | sed 's/a/b/0'
echo "status $?"
echo a | sed 's/a/b/q'
echo "status $?"
echo a | sed 's/a/\1/'
echo "status $?"

#### sed bad regex [stderr]
echo a | sed 's/\(/x/'
echo "status $?"
echo a | sed -E 's/a{1/x/'
echo "status $?"
echo a | sed 's/a**/x/'
echo "status $?"

#### sed bad addresses [stderr]
echo a | sed '0p'
echo "status $?"
echo a | sed '1,p'
echo "status $?"
echo a | sed '/x'
echo "status $?"

#### sed unmatched braces [stderr]
echo a | sed '{p'
echo "status $?"
echo a | sed 'p;}'
echo "status $?"

#### sed missing label [stderr]
echo a | sed 'b nowhere'
echo "status $?"

#### sed a without text [stderr]
echo a | sed 'a'
echo "status $?"

#### sed y lengths differ [stderr]
echo a | sed 'y/abc/de/'
echo "status $?"

#### sed error in second expression [stderr]
echo a | sed -e p -e 'k'
echo "status $?"

#### sed error in script file [stderr]
printf 'p\nk\n' > bad.sed
echo a | sed -f bad.sed
echo "status $?"

#### sed missing script file [stderr]
echo a | sed -f nosuch.sed
echo "status $?"

#### sed no script
sed 2>/dev/null
echo "status $?"

#### sed bad option
sed --bogus 2>/dev/null
echo "status $?"
