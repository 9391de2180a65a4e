# uniq, cut and tr (GNU coreutils 9.1, LC_ALL=C).

#### uniq default
printf 'a\na\nb\nc\nc\nc\nd\n' | uniq

#### uniq count
printf 'a\na\nb\nc\nc\nc\nd\n' | uniq -c

#### uniq repeated and unique
printf 'a\na\nb\nc\nc\n' > f
uniq -d f; echo --; uniq -u f; echo --; uniq -D f

#### uniq all repeated separate
printf 'a\na\nb\nc\nc\n' | uniq --all-repeated=separate

#### uniq group both
printf 'a\na\nb\n' | uniq --group=both

#### uniq ignore case
printf 'A\na\nb\n' | uniq -i -c

#### uniq skip fields chars and width
printf 'x a\ny a\nz b\n' | uniq -f 1
printf 'xa\nya\nzb\n' | uniq -s 1
printf 'ab\nac\nbc\n' | uniq -w 1

#### uniq zero terminated
printf 'a\0a\0b' | uniq -z | od -c

#### uniq no trailing newline
printf 'a\na' | uniq

#### uniq crlf lines differ
printf 'a\r\na\n' | uniq -c | od -c

#### uniq output file
printf 'x\nx\n' > in
uniq in out
cat out

#### uniq empty input
printf '' | uniq -c
echo "status $?"

#### uniq missing file [stderr]
uniq missing
echo "status $?"

#### uniq conflicting options [stderr]
uniq -c -D < /dev/null
echo "status $?"

#### uniq bad skip [stderr]
uniq -f x < /dev/null
echo "status $?"

#### uniq bad group method [stderr]
uniq --group=x < /dev/null
echo "status $?"

#### cut fields
printf 'a:b:c:d\nxyz\n\none:two\nlast:x' | cut -d: -f2

#### cut only delimited
printf 'a:b:c:d\nxyz\none:two\n' | cut -d: -f2 -s

#### cut field list and ranges
printf 'a:b:c:d\n' | cut -d: -f3,1; printf 'a:b:c:d\n' | cut -d: -f2-; printf 'a:b:c:d\n' | cut -d: -f-2

#### cut complement
printf 'a:b:c:d\n' | cut -d: -f2 --complement

#### cut output delimiter
printf 'a:b:c\n' | cut -d: -f1,3 --output-delimiter=XY

#### cut tab default
printf 'a\tb\tc\n' | cut -f2

#### cut bytes and characters
printf 'abcdefg\n' | cut -b 2-3,5-; printf 'abcdefg\n' | cut -c 1,3

#### cut bytes output delimiter
printf 'abcdef\n' | cut -b 1-2,3-4 --output-delimiter=:

#### cut utf8 bytes
printf '\303\251x\n' | cut -b 1 | od -c

#### cut zero terminated
printf 'a:b\0c:d\0' | cut -z -d: -f2 | od -c

#### cut crlf keeps cr
printf 'a\tb\r\n' | cut -f2 | od -c

#### cut empty input
printf '' | cut -f1
echo "status $?"

#### cut missing file [stderr]
printf 'x\ty\n' > f
cut -f1 missing f
echo "status $?"

#### cut no list [stderr]
cut < /dev/null
echo "status $?"

#### cut bad list [stderr]
cut -f 0 < /dev/null; echo "status $?"
cut -f 3-1 < /dev/null; echo "status $?"
cut -b x < /dev/null; echo "status $?"

#### cut bad delimiter [stderr]
cut -d ab -f1 < /dev/null
echo "status $?"

#### tr ranges
echo 'Hello World 123' | tr a-z A-Z

#### tr classes
echo 'Hello World 123' | tr '[:lower:]' '[:upper:]'

#### tr pads set2
echo 'Hello World' | tr lo x

#### tr truncate set1
echo 'Hello World' | tr -t lo x

#### tr delete
echo 'Hello World 123' | tr -d '[:digit:]'

#### tr squeeze
echo 'Heelloo   World' | tr -s 'lo '

#### tr complement squeeze
echo 'Hello, World! 123' | tr -cs '[:alpha:]' '\n'

#### tr complement delete
echo 'Hello, World!' | tr -cd 'a-z\n'

#### tr delete and squeeze
echo 'hello  ooo' | tr -ds l o

#### tr escapes and octal
printf 'a b\n' | tr ' \n' '_\t' | od -c
printf 'ABA' | tr '\101' b; echo

#### tr repeat construct
echo 'abc1' | tr a-z '[x*]'

#### tr equivalence class
echo 'hello' | tr -d '[=l=]'

#### tr binary bytes
printf '\000\377A' | tr '\000\377' xy; echo

#### tr missing operand [stderr]
tr < /dev/null
echo "status $?"
tr a < /dev/null
echo "status $?"

#### tr extra operand [stderr]
tr -d a b < /dev/null
echo "status $?"

#### tr bad range [stderr]
tr z-a x < /dev/null
echo "status $?"

#### tr bad class [stderr]
tr '[:foo:]' x < /dev/null
echo "status $?"
tr a '[:digit:]' < /dev/null
echo "status $?"

#### tr unescaped backslash warning [stderr]
printf 'a\\z' | tr 'z\' y
echo
echo "status $?"
