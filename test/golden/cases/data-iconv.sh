# iconv: conversions, //TRANSLIT, //IGNORE, -c and glibc's error positions.

#### iconv UTF-8 to Latin-1 and back
printf 'caf\303\251\n' | iconv -f UTF-8 -t LATIN1 | od -c
printf 'caf\351\n' | iconv -f ISO-8859-1 -t UTF-8

#### iconv to UTF-16 variants
printf 'hi' | iconv -f UTF-8 -t UTF-16 | od -An -tx1
printf 'hi' | iconv -f UTF-8 -t UTF-16LE | od -An -tx1
printf 'hi' | iconv -f UTF-8 -t UTF-16BE | od -An -tx1
printf 'hi' | iconv -f UTF-8 -t UTF-32 | od -An -tx1

#### iconv from UTF-16
printf '\377\376h\000i\000' | iconv -f UTF-16 -t UTF-8
echo
printf 'h\000i\000' | iconv -f UTF-16LE -t UTF-8
echo

#### iconv unrepresentable character [stderr]
printf 'caf\303\251\n' | iconv -f UTF-8 -t ASCII
echo " status $?"

#### iconv translit
printf 'caf\303\251 \342\202\254 \360\237\230\200\n' | iconv -f UTF-8 -t ASCII//TRANSLIT
printf '\342\200\234q\342\200\235 \342\200\224 \342\200\246\n' | iconv -f UTF-8 -t ASCII//TRANSLIT

#### iconv -c drops what cannot be converted
printf 'caf\303\251\n' | iconv -c -f UTF-8 -t ASCII
echo "status $?"

#### iconv IGNORE [stderr]
printf 'a\342\202\254b' | iconv -f UTF-8 -t LATIN1//IGNORE
echo " status $?"

#### iconv invalid input [stderr]
printf 'ab\377cd' | iconv -f UTF-8 -t UTF-16LE | od -An -tx1
printf 'ab\377cd' | iconv -f UTF-8 -t LATIN1
echo " status $?"

#### iconv incomplete input [stderr]
printf 'ab\303' | iconv -f UTF-8 -t LATIN1
echo " status $?"

#### iconv unknown encoding [stderr]
printf 'x' | iconv -f FOO -t UTF-8
echo "status $?"
printf 'x' | iconv -f UTF-8 -t BAR
echo "status $?"

#### iconv aliases and cp1252
printf 'caf\303\251' | iconv -f utf8 -t latin1 | od -An -c
printf 'a\342\202\254b' | iconv -f UTF-8 -t CP1252 | od -An -tx1

#### iconv files and missing file [stderr]
printf 'one\n' > a
printf 'two\n' > b
iconv -f UTF-8 -t ASCII a b
iconv -f UTF-8 -t ASCII a nope
echo "status $?"

#### iconv default source is ASCII
printf 'plain\n' | iconv -t UTF-8
