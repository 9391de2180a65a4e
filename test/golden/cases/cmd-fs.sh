# mkdir rmdir rm cp mv touch ln stat du pwd.

#### mkdir creates directory
mkdir d
[ -d d ] && echo dir

#### mkdir existing fails [stderr]
mkdir d
mkdir d
echo "status $?"

#### mkdir missing parent fails [stderr]
mkdir a/b/c
echo "status $?"

#### mkdir -p creates parents and tolerates existing
mkdir -p a/b/c
mkdir -p a/b/c
echo "status $?"
ls -R a

#### mkdir -v
mkdir -v one two

#### mkdir several with one failing
mkdir ok
mkdir ok new 2>/dev/null
echo "status $?"
ls

#### rmdir empty directory
mkdir d
rmdir d
ls

#### rmdir non-empty fails [stderr]
mkdir d
touch d/f
rmdir d
echo "status $?"

#### rmdir -p removes parents
mkdir -p a/b/c
rmdir -p a/b/c
ls | wc -l

#### rm file
touch f g
rm f
ls

#### rm missing [stderr]
rm nothing
echo "status $?"

#### rm -f missing is quiet
rm -f nothing
echo "status $?"

#### rm directory without -r [stderr]
mkdir d
rm d
echo "status $?"

#### rm -r directory tree
mkdir -p d/e
touch d/f d/e/g
rm -r d
ls | wc -l

#### rm -rf mixed
mkdir -p d/e
touch x
rm -rf d x missing
echo "status $?"
ls | wc -l

#### rm -v
touch a b
rm -v a b

#### rm several files keeps going [stderr]
touch a c
rm a b c
echo "status $?"
ls | wc -l

#### cp file
printf 'data\n' > src
cp src dst
cat dst

#### cp into directory
mkdir d
printf 'x\n' > f
cp f d
cat d/f

#### cp several into directory
mkdir d
touch a b
cp a b d
ls d

#### cp overwrite
printf 'new\n' > a
printf 'old\n' > b
cp a b
cat b

#### cp directory without -r [stderr]
mkdir d
cp d e
echo "status $?"

#### cp -r directory
mkdir -p d/sub
printf 'deep\n' > d/sub/f
cp -r d copy
cat copy/sub/f

#### cp -r into existing directory
mkdir -p src/in dst
touch src/in/f
cp -r src dst
ls -R dst

#### cp -p preserves mtime
printf x > f
touch -d '2001-02-03 04:05:06' f
cp -p f g
stat -c '%Y %n' g

#### cp missing source [stderr]
cp nope dst
echo "status $?"

#### cp to missing directory [stderr]
touch f
cp f nodir/f
echo "status $?"

#### cp same file [stderr]
touch f
cp f f
echo "status $?"

#### mv rename
printf 'content\n' > a
mv a b
ls
cat b

#### mv into directory
mkdir d
touch f
mv f d
ls d
ls

#### mv directory
mkdir -p d/sub
touch d/sub/f
mv d e
ls -R e

#### mv overwrites
printf 'one\n' > a
printf 'two\n' > b
mv a b
cat b
ls

#### mv missing [stderr]
mv nope x
echo "status $?"

#### mv several into directory
mkdir d
touch a b
mv a b d
ls d

#### touch creates empty
touch f
wc -c < f

#### touch -d sets time
touch -d '2020-05-06 07:08:09' f
stat -c '%Y' f

#### touch -c does not create
touch -c nofile
ls | wc -l

#### touch existing keeps content
printf 'keep\n' > f
touch f
cat f

#### touch -r copies time
touch -d '2010-01-01 00:00:00' ref
touch -r ref f
stat -c '%Y' f

#### ln -s and readlink
printf 'target\n' > t
ln -s t link
readlink link
cat link

#### ln -s dangling
ln -s missing dangling
readlink dangling
cat dangling 2>/dev/null || echo "cat failed"

#### ln hard link shares content
printf 'one\n' > a
ln a b
printf 'two\n' >> a
cat b

#### ln -s existing fails [stderr]
touch t l
ln -s t l
echo "status $?"

#### ln -sf replaces
touch a b
ln -s a l
ln -sf b l
readlink l

#### stat size and name
printf '12345' > f
stat -c '%s %n' f

#### stat file type
mkdir d; touch f; printf x > g; ln -s f l
stat -c '%F' d f g l

#### stat missing [stderr]
stat -c '%s' nope
echo "status $?"

#### du -b of file
printf '0123456789' > f
du -b f

#### du apparent size of files
printf 'aaaa' > a
printf 'bbbbbbbb' > b
du --apparent-size -b a b

#### pwd prints relative check
mkdir -p x/y
cd x/y
pwd | sed 's|.*/x/|x/|'

#### pwd -P and -L with symlink
mkdir real
ln -s real alias
cd alias
basename "$(pwd -L)"
basename "$(pwd -P)"

#### cd into symlink directory
mkdir real
ln -s real alias
cd alias
basename "$PWD"

#### mv directory into itself [stderr]
mkdir d
mv d d/inner
echo "status $?"

#### touch in missing directory [stderr]
touch nodir/f
echo "status $?"

#### mkdir -p over a file [stderr]
touch f
mkdir -p f/sub
echo "status $?"

#### rm -r with trailing slash
mkdir -p d/e
rm -r d/
ls | wc -l

#### cp -r onto existing directory name copies inside
mkdir -p a/x b
touch a/x/f
cp -r a b
cp -r a b
ls -R b

#### rm refuses dot [stderr]
rm -rf .
echo "status $?"

#### rmdir missing [stderr]
rmdir nothing
echo "status $?"

#### ln -s into directory
mkdir d
touch f
ln -s ../f d
readlink d/f

#### stat several formats
printf 'abc' > f
stat -c '%n is %s bytes, %F' f
