# strings: printable runs, minimum length, offsets and names.

#### strings default minimum of four
printf 'hello\000ab\000world wide\tweb\001xyz123\n\377abcd' > s.bin
strings s.bin

#### strings minimum length
printf 'hello\000ab\000world wide\tweb\001xyz123\n\377abcd' > s.bin
strings -n 2 s.bin
strings -3 s.bin
strings --bytes=6 s.bin

#### strings offsets
printf 'hello\000ab\000world wide\tweb\001xyz123\n\377abcd' > s.bin
strings -t d s.bin
strings -t x s.bin
strings -t o s.bin
strings -o s.bin

#### strings file names and separators
printf 'hello\000world' > s.bin
strings -f s.bin
strings -s '|' s.bin
echo

#### strings all whitespace
printf 'abc\ndef\001ghij\n' | strings -w | od -c

#### strings stdin
printf 'abcdef\000xy\000zzzz' | strings

#### strings missing file [stderr]
strings nope
echo "status $?"

#### strings bad length [stderr]
printf 'abcd' > f
strings -n 0 f
echo "status $?"

#### strings directory [stderr]
mkdir d
strings d
echo "status $?"
