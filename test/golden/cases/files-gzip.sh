# gzip, gunzip, zcat and zgrep. GNU's deflate output differs from zlib's byte
# for byte, so cases check round trips, names, headers and messages, never
# compressed sizes.

#### gzip replaces the file
printf 'hello\n' > a
gzip a
ls
gunzip a.gz
ls
cat a

#### gzip -k keeps the original
printf 'hello\n' > a
gzip -k a
ls

#### gzip -c writes to stdout
printf 'hello\n' > a
gzip -c a > copy.gz
ls
zcat copy.gz

#### gzip stdin to stdout round trip
printf 'line 1\nline 2\n' | gzip | gunzip

#### gzip levels round trip
printf 'abcabcabc\n' > f
gzip -1 -c f | zcat
gzip -9 -c f | gunzip -c
gzip --best -c f | gzip -dc

#### gzip header records name and time
printf 'x' > name.txt
touch -d '2020-01-02 03:04:05' name.txt
gzip -c name.txt | head -c 19 | od -An -c
gzip -n -c name.txt | head -c 10 | od -An -tx1

#### gzip stdin header has no name
printf 'abc\n' | gzip | head -c 10 | od -An -tx1

#### gzip keeps the modification time
printf 'x\n' > t
touch -d '2020-01-01 00:00:00' t
gzip t
date -r t.gz +%F
gunzip t.gz
date -r t +%F

#### gzip -d and gunzip are the same
printf 'data\n' > f
gzip f
gzip -d f.gz
cat f

#### zcat several files
printf 'one\n' > a
printf 'two\n' > b
gzip a b
zcat a.gz b.gz

#### gunzip concatenated members
printf 'first\n' | gzip > m.gz
printf 'second\n' | gzip >> m.gz
zcat m.gz

#### gzip binary data round trip
printf '\000\001\377\376binary\000' > bin
gzip -c bin | gunzip | od -An -tx1

#### gzip empty file round trip
: > e
gzip e
ls
gunzip e.gz
wc -c < e

#### gzip -t tests integrity
printf 'ok\n' | gzip > good.gz
gzip -t good.gz
echo "status $?"

#### gzip output exists [stderr]
printf 'a\n' > a
printf 'old\n' > a.gz
gzip a
echo "status $?"
cat a.gz

#### gzip -f overwrites
printf 'a\n' > a
printf 'old\n' > a.gz
gzip -f a
zcat a.gz

#### gzip already has suffix [stderr]
printf 'a\n' | gzip > x.gz
gzip x.gz
echo "status $?"

#### gunzip unknown suffix [stderr]
printf 'a\n' > plain
gunzip plain
echo "status $?"

#### gunzip not in gzip format [stderr]
printf 'zzz' > bad.gz
gunzip bad.gz
echo "status $?"
ls

#### zcat not in gzip format [stderr]
printf 'zzz' > bad.gz
zcat bad.gz
echo "status $?"

#### gunzip truncated input [stderr]
printf 'hello world hello world\n' | gzip > t.gz
head -c 15 t.gz > cut.gz
zcat cut.gz > /dev/null
echo "status $?"

#### gunzip trailing garbage [stderr]
printf 'hello\n' | gzip > g.gz
printf 'junk' >> g.gz
zcat g.gz
echo "status $?"

#### gunzip empty stdin [stderr]
printf '' | gunzip
echo "status $?"

#### gzip missing file [stderr]
gzip nope
echo "status $?"

#### gunzip missing file tries the suffix [stderr]
gunzip nope
echo "status $?"

#### gzip directory [stderr]
mkdir d
gzip d
echo "status $?"

#### gzip -r compresses a tree
mkdir -p d/e
printf '1\n' > d/a
printf '2\n' > d/e/b
gzip -r d
ls d d/e
gunzip -r d
ls d d/e

#### gzip -S suffix
printf 'x\n' > f
gzip -S .z f
ls
gunzip -S .z f.z
ls

#### gunzip tgz becomes tar
printf 'x\n' > arch
gzip -c arch > arch.tgz
rm arch
gunzip arch.tgz
ls

#### gzip bad option [stderr]
gzip --bogus
echo "status $?"

#### zgrep searches compressed files
printf 'apple\nbanana\n' > f1
printf 'cherry\nbanana split\n' > f2
gzip f1 f2
zgrep an f1.gz
zgrep an f1.gz f2.gz
echo "status $?"

#### zgrep options
printf 'apple\nbanana\n' > f1
printf 'cherry\n' > f2
gzip f1 f2
zgrep -c an f1.gz f2.gz
zgrep -l an f1.gz f2.gz
zgrep -h -i APPLE f1.gz f2.gz
zgrep -n -e cherry f2.gz

#### zgrep plain files and stdin
printf 'plain text\n' > p
zgrep text p
printf 'piped\n' | gzip | zgrep pip

#### zgrep no match and missing file [stderr]
printf 'a\n' | gzip > f.gz
zgrep zzz f.gz
echo "status $?"
zgrep a nope.gz
echo "status $?"
