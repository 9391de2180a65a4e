# sort: orderings, keys, modes and errors (GNU coreutils 9.1, LC_ALL=C).

#### sort default byte order
printf 'b\nB\na\n_\n10\n9\n' | sort

#### sort reverse
printf 'b\na\nc\n' | sort -r

#### sort numeric with negatives and decimals
printf '10\n-3\n2.50\n2.5\nx\n-0\n 7\n1e3\n' | sort -n

#### sort numeric reverse ties by bytes
printf '1 a\n2\n1 b\n' | sort -rn

#### sort general numeric
printf '1e3\n0x10\n-inf\nabc\n2.5\ninf\n' | sort -g

#### sort human numeric
printf '2G\n1K\n3\n5M\n1k\n' | sort -h

#### sort month names
printf 'mar\nJan\nxyz\n DEC\nfebruary\n' | sort -M

#### sort version
printf 'v1.10\nv1.2\nv1.2a\nfile-1.0~rc1\nfile-1.0\n' | sort -V

#### sort ignore case
printf 'b\nA\na\nB\n' | sort -f

#### sort dictionary order
printf '#b\na\n c\n' | sort -d

#### sort ignore nonprinting
printf '\001b\na\n' | sort -i | od -c

#### sort ignore leading blanks
printf '  b\na\n c\n' | sort -b

#### sort unique
printf 'b\na\nb\na\n' | sort -u

#### sort unique with fold keeps first
printf 'a\nA\nb\n' | sort -fu

#### sort key field two to end
printf 'x b 2\ny b 1\nz a 9\n' | sort -k2

#### sort key field two only
printf 'x b 2\ny b 1\nz a 9\n' | sort -k2,2

#### sort key with blanks kept
printf 'a  c\nb b\n' | sort -k2

#### sort key with b option
printf 'a  c\nb b\n' | sort -k2b

#### sort separator and numeric key
printf 'a:10\nb:9\nc:9\n' | sort -t: -k2,2n -k1,1r

#### sort key character positions
printf 'ab\nba\naa\n' | sort -k1.2,1.2

#### sort stable
printf 'b 2\na 2\nb 1\n' | sort -s -k2,2

#### sort unique on key
printf 'b 2\na 2\nb 1\n' | sort -u -k2,2

#### sort obsolete key syntax
printf 'a 2 x\nb 1 z\n' | sort +1 -2

#### sort zero terminated
printf 'b\0a\nx\0' | sort -z | od -c

#### sort merge
printf '1\n3\n5\n' > a; printf '2\n4\n' > b
sort -m a b

#### sort output onto input
printf 'b\na\n' > f
sort -o f f
cat f

#### sort check in order
printf 'a\nb\n' | sort -c
echo "status $?"

#### sort check disorder [stderr]
printf 'a\nc\nb\n' > f
sort -c f
echo "status $?"

#### sort check quiet [stderr]
printf 'b\na\n' | sort -C
echo "status $?"

#### sort check unique [stderr]
printf 'a\na\n' | sort -cu
echo "status $?"

#### sort empty input
printf '' | sort
echo "status $?"

#### sort no trailing newline
printf 'b\na' | sort

#### sort crlf lines
printf 'b\r\na\r\n' | sort | od -c

#### sort utf8 bytes
printf '\303\251\nz\na\n' | sort | od -c

#### sort missing file [stderr]
printf 'x\n' > a
sort a missing
echo "status $?"

#### sort directory [stderr]
mkdir d
sort d
echo "status $?"

#### sort bad flag [stderr]
sort --bogus
echo "status $?"

#### sort bad key [stderr]
sort -k 0 < /dev/null
echo "status $?"

#### sort stray key character [stderr]
sort -k 1bx < /dev/null
echo "status $?"

#### sort incompatible options [stderr]
sort -n -g < /dev/null
echo "status $?"

#### sort multi-character tab [stderr]
sort -t ab < /dev/null
echo "status $?"

#### sort check extra operand [stderr]
printf 'a\n' > a
sort -c a a
echo "status $?"

#### sort bad output [stderr]
printf 'a\n' | sort -o no/such/file
echo "status $?"

#### sort uniq count pipeline
printf 'b\na\nc\nb\na\nb\n' | sort | uniq -c | sort -rn | head -2
