# md5sum, sha*sum and b2sum: digests, --tag, escaping and --check.

#### md5sum of files and stdin
printf 'a\n' > a
printf 'b\n' > b
md5sum a b
printf 'x' | md5sum
printf 'x' | md5sum -

#### sha sums
printf 'abc' > f
sha1sum f
sha224sum f
sha256sum f
sha384sum f
sha512sum f

#### b2sum
printf 'abc' > f
b2sum f

#### empty input digests
: > e
md5sum e
sha256sum e

#### md5sum binary mode marker
printf 'a\n' > a
md5sum -b a
md5sum -b -t a

#### md5sum --tag
printf 'a\n' > a
md5sum --tag a
sha256sum --tag a
b2sum --tag a

#### md5sum -z
printf 'a\n' > a
md5sum -z a | cat -v
echo

#### md5sum escapes backslash in names
touch 'we\ird'
md5sum 'we\ird'
md5sum --tag 'we\ird'

#### md5sum missing file [stderr]
printf 'a\n' > a
md5sum a nope
echo "status $?"

#### md5sum directory [stderr]
mkdir d
md5sum d
echo "status $?"

#### md5sum -c all good
printf 'a\n' > a
printf 'b\n' > b
md5sum a b > sums
md5sum -c sums
echo "status $?"

#### md5sum -c mismatch [stderr]
printf 'a\n' > a
printf 'b\n' > b
md5sum a b > sums
printf 'changed\n' > b
md5sum -c sums
echo "status $?"

#### md5sum -c improperly formatted [stderr]
printf 'a\n' > a
md5sum a > sums
echo garbage >> sums
md5sum -c sums
echo "status $?"
md5sum -c --strict sums
echo "status $?"

#### md5sum -c --warn [stderr]
printf 'a\n' > a
md5sum a > sums
echo garbage >> sums
md5sum -c --warn sums
echo "status $?"

#### md5sum -c missing listed file [stderr]
printf 'a\n' > a
md5sum a > sums
echo 'd41d8cd98f00b204e9800998ecf8427e  gone' >> sums
md5sum -c sums
echo "status $?"

#### md5sum -c --ignore-missing [stderr]
printf 'a\n' > a
md5sum a > sums
echo 'd41d8cd98f00b204e9800998ecf8427e  gone' >> sums
md5sum -c --ignore-missing sums
echo "status $?"

#### md5sum -c --quiet [stderr]
printf 'a\n' > a
printf 'b\n' > b
md5sum a b > sums
printf 'c\n' > b
md5sum -c --quiet sums
echo "status $?"

#### md5sum -c --status [stderr]
printf 'a\n' > a
md5sum a > sums
md5sum -c --status sums
echo "status $?"
printf 'z\n' > a
md5sum -c --status sums
echo "status $?"

#### md5sum -c reads stdin and tag lines
printf 'a\n' > a
md5sum --tag a | md5sum -c
md5sum a | md5sum -c -

#### md5sum -c upper case digest and single space
printf 'a\n' > a
printf '60B725F10C9C85C70D97880DFE8191B3  a\n' | md5sum -c
printf '60b725f10c9c85c70d97880dfe8191b3 a\n' | md5sum -c
printf '# comment\n60b725f10c9c85c70d97880dfe8191b3 *a\n' | md5sum -c

#### md5sum -c nothing properly formatted [stderr]
echo junk > bad
md5sum -c bad
echo "status $?"
printf 'SHA1 (a) = 60b725f10c9c85c70d97880dfe8191b3\n' | md5sum -c
echo "status $?"

#### md5sum -c missing list [stderr]
md5sum -c nope
echo "status $?"

#### sha256sum -c
printf 'data\n' > f
sha256sum f > sums
sha256sum -c sums

#### md5sum check-only options without -c [stderr]
md5sum --status a
echo "status $?"
md5sum --quiet a
echo "status $?"

#### md5sum --tag with -c [stderr]
md5sum --tag -c x
echo "status $?"
