# od: types, sizes, radixes, widths, duplicate suppression and errors.

#### od default octal words
printf 'Hello, World!\n' | od

#### od -c characters and escapes
printf 'Hi\t\000\001\377\n\a\b\f\r\v' | od -c

#### od -a named characters
printf 'a \n\000\177\377' | od -a

#### od -An -tx1
printf 'Hello, World!\n' | od -An -tx1

#### od hex with printable column
printf 'Hello, World!\n\000\001abcdefghijklmnopqrstuvwxyz' | od -t x1z

#### od two types line up
printf 'Hello\n\000\377' | od -t d1 -t c

#### od address radixes
printf 'abcdefghijklmnopqrstuvwxyz' | od -Ad -tu2
printf 'abcdefghijklmnopqrstuvwxyz' | od -Ax -tx4
printf 'abcdefghijklmnopqrstuvwxyz' | od -An -to1 | head -n 1

#### od integer sizes
printf 'abcdefghabcdefgh' > f
od -td4 f
od -tx8 f
od -tu2 f
od -to4 f
od -tdS f
od -toC f

#### od legacy letters
printf 'abcdefgh' > f
od -b f
od -x f
od -d f
od -s f
od -i f
od -l f
od -o f

#### od floats
printf '\000\000\310\102\000\000\200\077\000\000\300\177\000\000\200\377\315\314\314\075\000\000\000\000' | od -tf4
printf '\000\000\000\000\000\000\360\077\232\231\231\231\231\231\271\077' | od -tf8
printf '\000\000\000\000\000\000\360\077\232\231\231\231\231\231\271\077' | od -tfD

#### od odd length pads the last value
printf 'abc' | od -tx2
printf 'abc' | od -to2

#### od skip and limit
printf 'Hello, World!\n' | od -N 5 -j 2 -c
printf 'Hello, World!\n' | od -j 0x7 -N 3 -c

#### od width
printf 'Hello, World!\n' | od -w8 -tx1
printf 'Hello, World!\n' | od -w4 -tu1 | head -n 2
printf 'Hello, World!\n' | od -w5 -tx1

#### od duplicate lines become a star
head -c 64 /dev/zero | od
head -c 64 /dev/zero | od -v

#### od big endian
printf 'abcd' | od --endian=big -tx2

#### od several files concatenated
printf 'ab' > a
printf 'cd' > b
od -c a b

#### od empty input
printf '' | od

#### od missing file [stderr]
od nope
echo "status $?"
printf 'ab' > a
od -c a nope a
echo "status $?"

#### od skip past end [stderr]
printf 'ab' | od -j 10
echo "status $?"

#### od bad type [stderr]
printf 'ab' | od -t q1
echo "status $?"
printf 'ab' | od -t x3
echo "status $?"

#### od bad numbers and radix [stderr]
printf 'ab' | od -N x
echo "status $?"
printf 'ab' | od -A q
echo "status $?"

#### od UTF-8 bytes
printf 'caf\303\251\n' | od -c
