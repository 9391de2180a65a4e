# zip and unzip. Entries are given one by one (zip -r walks directories in
# the filesystem's order), and no case depends on the bytes of the archive.

#### zip adds files and unzip lists them
printf 'hello\n' > a
touch -d '2024-01-02 03:04:05' a
zip x.zip a
echo "status $?"
unzip -l x.zip

#### zip deflates what compresses
for i in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20; do echo "line $i line"; done > big
zip x.zip big
printf 'aaaaaaaaaa\n' > ten
zip t.zip ten
: > empty
zip e.zip empty

#### zip records directories
mkdir -p d/e
printf 'x\n' > d/e/f
touch -d '2024-01-02 03:04:05' d d/e d/e/f
zip -r x.zip d
unzip -l x.zip

#### zip updates an archive
printf 'one\n' > a
printf 'two\n' > b
zip -q x.zip a
printf 'ONE\n' > a
zip x.zip a b
unzip -p x.zip a

#### zip junk paths
mkdir -p d/e
printf 'x\n' > d/e/f
touch -d '2024-01-02 03:04:05' d/e/f
zip -j flat.zip d/e/f
unzip -l flat.zip | tail -n 3

#### zip missing names [stderr]
printf 'a\n' > a
zip y.zip a nope
echo "status $?"
zip z.zip nope
echo "status $?"

#### unzip extracts
mkdir d
printf 'hello\n' > d/a
for i in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20; do echo "line $i line"; done > d/big
zip -q x.zip d d/a d/big
rm -r d
unzip x.zip
echo "status $?"
cat d/a
wc -l < d/big

#### unzip into a directory
printf 'hello\n' > a
zip -q x.zip a
unzip -d out x.zip
cat out/a

#### unzip keeps times
printf 'hello\n' > a
touch -d '2021-02-03 04:05:06' a
zip -q x.zip a
unzip -q -d out x.zip
date -r out/a '+%F %H:%M'

#### unzip -p and members
printf 'one\n' > a
printf 'two\n' > b
touch -d '2024-01-02 03:04:05' a b
zip -q x.zip a b
unzip -p x.zip b
unzip -l x.zip a | tail -n 3

#### unzip -o overwrites and -n keeps
printf 'new\n' > a
zip -q x.zip a
printf 'old\n' > a
unzip -n x.zip
cat a
unzip -o x.zip
cat a

#### unzip missing member [stderr]
printf 'a\n' > a
zip -q x.zip a
unzip x.zip nomember
echo "status $?"

#### unzip missing archive [stderr]
unzip nope.zip
echo "status $?"

#### unzip not a zip [stderr]
printf 'junk' > j.zip
unzip j.zip
echo "status $?"

#### zip unzip round trip
mkdir src
printf '\000\001\377binary\n' > src/bin
for i in 1 2 3 4 5 6 7 8 9; do echo "text $i"; done > src/text
zip -q r.zip src/bin src/text
mkdir dst
unzip -q -d dst r.zip
cmp src/bin dst/src/bin && cmp src/text dst/src/text && echo same
