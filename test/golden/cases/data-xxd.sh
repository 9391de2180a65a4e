# xxd: dumps in every style, and the reverse.

#### xxd default
printf 'Hello, World!\n\000\001\377abcdefghijklmnopqrstuvwxyz' | xxd

#### xxd plain
printf 'Hello, World!\n\000\001\377abcdefghijklmnopqrstuvwxyz' | xxd -p

#### xxd groups and columns
printf 'Hello, World!\n' | xxd -g1 -c8
printf 'Hello, World!\n' | xxd -g 0 -l 4
printf 'Hello, World!\n' | xxd -g3 -l 7
printf 'Hello, World!\n' | xxd -c 4 -g 3

#### xxd uppercase length and seek
printf 'Hello, World!\n' > f
xxd -u -l 5 f
xxd -s 3 -l 4 f
xxd -s 0x8 f
xxd -c 4 -s -4 f

#### xxd offset and little endian
printf 'Hello, World!\n' > f
xxd -o 16 -l 4 f
xxd -e -l 8 f
xxd -e -g 2 -l 7 f

#### xxd bits
printf 'Hel' | xxd -b
printf 'Hel' | xxd -bits -c 2

#### xxd include style
printf 'abc' > abc
xxd -i abc
xxd -i -C abc
xxd -i -n foo abc
xxd -u -i abc
printf 'abc' | xxd -i

#### xxd include name from odd file names
printf 'abc' > 9x.y
xxd -i 9x.y

#### xxd include full last line
printf 'abcdefghijkl' > twelve
xxd -i twelve

#### xxd autoskip
head -c 48 /dev/zero | xxd -a
head -c 80 /dev/zero | xxd -a
{ head -c 64 /dev/zero; printf 'x'; } | xxd -a

#### xxd plain columns
printf 'Hello, World!\n' | xxd -c 5 -p
printf 'Hello, World!\n' | xxd -ps -c 4 -l 8

#### xxd empty input
printf '' | xxd
echo "status $?"

#### xxd round trip
printf 'line 1\nline 2\n\000\377' > f
xxd f | xxd -r | od -c
xxd -p f | xxd -r -p | od -c

#### xxd reverse fills gaps
printf '00000000: 4142 4344  ABCD\n00000010: 4546  EF\n' | xxd -r | od -c

#### xxd reverse plain stops at garbage
printf '4142 43\n44zz45\n' | xxd -r -p | od -c

#### xxd output file operand
printf 'abc' > in
xxd in out
cat out

#### xxd missing file [stderr]
xxd nope
echo "status $?"

#### xxd too many columns [stderr]
printf 'abc' | xxd -c 300
echo "status $?"
