# tar: create, list and extract, with gzip, -C, --strip-components and errors.
# Directory order is the filesystem's, so listings of several siblings are sorted.

#### tar create and list
mkdir -p d/e
printf 'hello\n' > d/a
printf 'x' > d/e/b
tar -cf x.tar d
tar -tf x.tar | sort

#### tar old-style letters
mkdir d
printf 'hello\n' > d/a
tar cf x.tar d
tar tf x.tar

#### tar verbose create lists names
mkdir d
printf 'hello\n' > d/a
tar -cvf x.tar d

#### tar verbose listing
mkdir d
printf 'world!\n' > d/b
printf 'hello\n' > a
touch -d '2024-01-02 03:04:05' d/b d a
tar --owner=root --group=root -cf x.tar d a d/b a
tar -tvf x.tar
tar --numeric-owner -tvf x.tar

#### tar verbose listing widens the owner column
printf 'x' > f
touch -d '2024-01-02 03:04:05' f
tar --owner=averyveryverylongusername --group=g -cf x.tar f
tar -tvf x.tar

#### tar listing shows symlinks
printf 'a\n' > target
ln -s target link
tar -cf x.tar link
tar -tf x.tar

#### tar extract round trip
mkdir -p d/e
printf 'hello\n' > d/a
printf 'x' > d/e/b
ln -s a d/l
tar -cf x.tar d
mkdir out
tar -xf x.tar -C out
find out | sort
cat out/d/a
readlink out/d/l

#### tar extract keeps times
mkdir d
printf 'hello\n' > d/a
touch -d '2021-02-03 04:05:06' d/a
tar -cf x.tar d
rm -r d
tar -xf x.tar
date -r d/a '+%F %T'

#### tar verbose extract
mkdir d
printf 'hello\n' > d/a
tar -cf x.tar d
rm -r d
tar -xvf x.tar

#### tar gzip create and auto-detected list
mkdir d
printf 'hello\n' > d/a
tar -czf x.tgz d
tar -tzf x.tgz
tar -tf x.tgz
gzip -t x.tgz
echo "gzip status $?"

#### tar gzip extract
mkdir d
printf 'zipped\n' > d/a
tar czf x.tgz d
rm -r d
tar xzf x.tgz
cat d/a

#### tar strip components
mkdir -p top/mid
printf 'deep\n' > top/mid/f
tar -cf x.tar top
mkdir out
tar -xf x.tar -C out --strip-components=2
ls out
cat out/f

#### tar extract to stdout
mkdir d
printf 'one\n' > d/a
printf 'two\n' > d/b
tar -cf x.tar d/a d/b
tar -xOf x.tar d/b
tar -xOf x.tar

#### tar list selected members [stderr]
mkdir -p d/e
printf 'a\n' > d/a
printf 'b\n' > d/e/b
tar -cf x.tar d
tar -tf x.tar d/e | sort
tar -tf x.tar nope
echo "status $?"

#### tar to and from stdout
mkdir d
printf 'piped\n' > d/a
tar -cf - d | tar -tf -
tar -cf - d | tar -xOf - d/a

#### tar absolute names [stderr]
mkdir d
printf 'a\n' > d/a
tar -cf x.tar "$PWD/d/a" 2>err
cat err
tar -tf x.tar | sed 's/^.*\(d\/a\)$/...\1/'

#### tar exclude
mkdir d
printf '1\n' > d/keep.txt
printf '2\n' > d/skip.log
tar --exclude='*.log' -cf x.tar d
tar -tf x.tar | sort

#### tar missing file [stderr]
tar -cf x.tar nope
echo "status $?"

#### tar not an archive [stderr]
printf 'garbage\n' > g.tar
tar -tf g.tar
echo "status $?"

#### tar missing archive [stderr]
tar -tf nope.tar
echo "status $?"

#### tar empty archive refused [stderr]
tar -cf x.tar
echo "status $?"

#### tar no mode [stderr]
tar -f x.tar
echo "status $?"

#### tar missing directory [stderr]
printf 'a' > f
tar -cf x.tar f
tar -xf x.tar -C nodir
echo "status $?"
