# find: walking, tests, operators, actions and GNU's error messages.
# Directory order is the filesystem's, so cases with siblings sort their output.

#### find with no arguments walks the current directory
mkdir -p a/b
touch a/b/f
find

#### find a named path
mkdir -p a/b
touch a/b/f
find a

#### find keeps a trailing slash of the starting point
mkdir -p a/b
find a/
find a//

#### find a file as the starting point
printf 'x' > f
find f

#### find several starting points in order
mkdir x y
find y x

#### find missing starting point [stderr]
mkdir a
find a nope
echo "status $?"

#### find empty starting point [stderr]
find ''
echo "status $?"

#### find file with trailing slash [stderr]
touch f
find f/
echo "status $?"

#### find -name glob
mkdir -p d/sub
touch d/a.txt d/b.log d/sub/c.txt d/.hidden.txt
find d -name '*.txt' | sort

#### find -name matches the starting point
mkdir -p d/d
find d -name d

#### find -name brackets and question mark
touch a1 a2 b1 ab
find . -name 'a[0-9]' | sort
find . -name '?b'

#### find -name escaped star
touch 'x*' xy
find . -name 'x\*'

#### find -iname
touch README readme Other
find . -iname 'readme' | sort

#### find -path
mkdir -p src/lib test/lib
touch src/lib/a test/lib/b
find . -path './src/*' | sort
find . -path '*lib/b'

#### find -ipath
mkdir -p Src/Lib
touch Src/Lib/x
find . -ipath './src/lib/*'

#### find -wholename is -path
mkdir -p p/q
find . -wholename './p/q'

#### find -regex emacs syntax
touch abc.c ab.h x.cc
find . -regex '.*\.\(c\|h\)' | sort

#### find -regex matches the whole path
touch abc
find . -regex 'abc'
find . -regex '.*bc'

#### find -regex plus and question mark
touch aa a b
find . -regex './a+' | sort
find . -regex './bb?'

#### find -regex braces are literal in emacs syntax
touch 'c{2}' cc
find . -regex '.*/c{2}'

#### find -regextype posix-extended
touch cc c1 ccc
find . -regextype posix-extended -regex '.*/c{2}' | sort
find . -regextype posix-extended -regex '\./(c1|ccc)' | sort

#### find -regextype posix-basic
touch aa ab
find . -regextype posix-basic -regex '.*/a\{2\}'

#### find -iregex
touch ABC abc
find . -iregex '.*/abc' | sort

#### find -regex bad pattern [stderr]
find . -regex '\('
echo "status $?"

#### find -regex bad bracket [stderr]
find . -regex '['
echo "status $?"

#### find extended regex errors [stderr]
find . -regextype posix-extended -regex '*a'
find . -regextype posix-extended -regex 'a{1'
find . -regextype posix-extended -regex 'a{2,1}'
find . -regextype posix-extended -regex '[z-a]'
find . -regextype posix-extended -regex '[[:nope:]]'
echo "status $?"

#### find unknown regextype [stderr]
find . -regextype perl -regex x
echo "status $?"

#### find -type f and -type d
mkdir -p d/e
touch d/f d/e/g
find d -type f | sort
find d -type d | sort

#### find -type l
touch t
ln -s t link
find . -type l

#### find -type list
mkdir d
touch d/f
ln -s f d/l
find d -type f,l | sort

#### find -type errors [stderr]
find . -type q
find . -type ''
find . -type ff
find . -type f,
echo "status $?"

#### find -maxdepth
mkdir -p a/b/c
find . -maxdepth 1
find . -maxdepth 2 -type d

#### find -mindepth
mkdir -p a/b/c
find . -mindepth 2

#### find -maxdepth 0
mkdir a
find a -maxdepth 0

#### find -maxdepth bad argument [stderr]
find . -maxdepth x
find . -maxdepth -1
find . -mindepth
echo "status $?"

#### find -size in bytes
printf 'hello' > five
printf '' > zero
head -c 1500 /dev/zero > big
find . -type f -size 5c
find . -type f -size +100c
find . -type f -size -1c

#### find -size rounds up to blocks
printf 'hello' > five
printf '' > zero
head -c 1500 /dev/zero > big
find . -type f -size 1 | sort
find . -type f -size -2 | sort
find . -type f -size 3

#### find -size kilobytes
head -c 1500 /dev/zero > big
printf 'x' > small
find . -type f -size 2k
find . -type f -size -1k
find . -type f -size +1k

#### find -size errors [stderr]
find . -size 3q
find . -size x
find . -size +
echo "status $?"

#### find -empty
mkdir -p full empty
touch full/zero
printf 'x' > one
find . -empty | sort

#### find -newer
touch -d '2020-01-01' old
touch -d '2021-01-01' mid
touch new
find . -type f -newer mid

#### find -newer missing reference [stderr]
find . -newer nope
echo "status $?"

#### find -mtime
touch -d '3 days ago' old
touch -d '36 hours ago' mid
touch fresh
find . -type f -mtime +2
find . -type f -mtime 1
find . -type f -mtime -1
find . -type f -mtime +0 | sort

#### find -mmin
touch -d '10 minutes ago' older
touch fresh
find . -type f -mmin +5
find . -type f -mmin -5

#### find -mtime bad argument [stderr]
find . -mtime x
echo "status $?"

#### find -newermt
touch -d '2020-06-01' a
touch -d '2022-06-01' b
find . -type f -newermt '2021-01-01'

#### find -perm bad mode [stderr]
find . -perm 999
echo "status $?"

#### find -not and bang
touch a b
find . -type f -not -name a
find . -type f ! -name b

#### find -o
touch a b c
find . -name a -o -name c | sort

#### find parentheses and precedence
mkdir d
touch a b d/x
find . \( -name a -o -name d \) -print | sort
find . -name a -o -name b -print

#### find comma operator
touch f
find f -name x -print , -print

#### find -true and -false
touch f
find f -true
find f -false
echo "status $?"

#### find -and explicit
touch ab ac
find . -name 'a*' -and -name '*c'

#### find -prune
mkdir -p keep/x skip/y
touch keep/x/f skip/y/g
find . -name skip -prune -o -type f -print

#### find -prune with -path
mkdir -p a/node_modules/m a/src
touch a/node_modules/m/i a/src/j
find a -path a/node_modules -prune -o -type f -print

#### find -depth lists contents first
mkdir -p a/b/c
find a -depth

#### find -print0
mkdir d
touch d/f
find d -print0 | cat -v
echo

#### find -printf names and depth
mkdir -p a/b
touch a/b/f
find a -printf '%p|%f|%h|%P|%d|%H\n'

#### find -printf for starting points
mkdir -p d
find d/ -maxdepth 0 -printf '[%p][%f][%h][%P]\n'
find . -maxdepth 0 -printf '[%p][%f][%h][%P]\n'

#### find -printf widths
printf 'abc' > f
find f -printf '[%5s][%-5s][%.1f][%10p]\n'

#### find -printf escapes
touch f
find f -printf 'a\tb\\c\101\n'
find f -printf 'x\cignored\n'
echo

#### find -printf percent sign
touch f
find f -printf '100%%\n'

#### find -printf time of a fixed file
touch -d '2021-02-03 04:05:06' f
find f -printf '%TY-%Tm-%Td %TH:%TM %Ta %Tb|%T@|%t\n'

#### find -printf unknown directive [stderr]
touch f
find f -printf '%q\n'
echo "status $?"

#### find -printf percent at end [stderr]
touch f
find f -printf 'x%'
echo "status $?"

#### find -printf unknown escape [stderr]
touch f
find f -printf 'a\qb\n'

#### find -delete
mkdir -p d/e
touch d/f d/e/g
find d -name e -delete
echo "status $?"
find d -type f -delete
find d

#### find -delete whole tree
mkdir -p d/e/f
touch d/e/f/g
find d -delete
ls

#### find -delete non-empty directory [stderr]
mkdir -p d/e
touch d/e/f
find d -name e -delete
echo "status $?"

#### find -delete with -prune [stderr]
mkdir d
find d -delete -prune
echo "status $?"

#### find -exec with semicolon
mkdir d
touch d/f
find d -type f -exec echo found {} \;

#### find -exec replaces braces inside words
touch f
find f -exec echo 'x{}y' \;

#### find -exec status is a test
touch a b
find . -type f -exec test {} = ./a \; -print

#### find -exec with plus batches
mkdir d
touch d/a d/b d/c
find d -type f -exec echo {} + | tr ' ' '\n' | sort

#### find -exec plus failure sets status
touch f
find f -exec false {} +
echo "status $?"

#### find -exec semicolon failure keeps status
touch f
find f -exec false \;
echo "status $?"

#### find -exec missing terminator [stderr]
find . -exec echo {}
echo "status $?"

#### find -exec empty command [stderr]
find . -exec \;
echo "status $?"

#### find -exec plus needs braces last [stderr]
find . -exec echo {} x +
echo "status $?"

#### find -exec missing command [stderr]
touch f
find f -exec nosuchcmd-xyz {} \;
echo "status $?"

#### find -quit
mkdir -p a/b
find a -print -quit

#### find -L follows links
mkdir real
touch real/f
ln -s real link
find link
find -L link | sort

#### find -H follows command line links only
mkdir real
touch real/f
ln -s real link
find -H link | sort

#### find -L file system loop [stderr]
mkdir d
ln -s .. d/up
find -L d -name nothing
echo "status $?"

#### find -xtype
touch f
ln -s f l
ln -s missing broken
find . -xtype f | sort
find . -xtype l

#### find -lname
touch target
ln -s target l
find . -lname 'tar*'

#### find unknown predicate [stderr]
find . -foo
echo "status $?"

#### find paths must precede expression [stderr]
mkdir d
find -name a b
echo "status $?"

#### find unquoted pattern hint [stderr]
touch one.txt two.txt
find . -name one.txt two.txt
echo "status $?"

#### find missing argument [stderr]
find . -name
echo "status $?"

#### find parenthesis errors [stderr]
find . \( -name a
find . -name a \)
find . \( \)
echo "status $?"

#### find operator errors [stderr]
find . -o -print
find . -name x -o
find . -print -o
find . ! \)
find . -not
echo "status $?"

#### find names with spaces and UTF-8
mkdir d
touch 'd/a b' 'd/é'
find d -name '* *'
find d -name 'é'
