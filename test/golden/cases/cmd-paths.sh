# basename dirname realpath readlink.

#### basename simple
basename a/b/c.txt

#### basename with suffix
basename a/b/c.txt .txt

#### basename trailing slash
basename a/b/

#### basename -a multiple
basename -a x/one y/two

#### basename -s suffix
basename -s .sh a.sh b/c.sh

#### basename root and empty
basename /
basename ''

#### basename suffix equal to name kept
basename .txt .txt

#### basename missing operand [stderr]
basename
echo "status $?"

#### dirname simple
dirname a/b/c

#### dirname no slash
dirname file

#### dirname trailing slash
dirname a/b/

#### dirname multiple
dirname a/b c/d/e

#### dirname root
dirname /x
dirname /

#### realpath relative to dot
mkdir -p a/b
touch a/b/f
realpath --relative-to=. a/b/../b/f

#### realpath relative through symlink
mkdir real
touch real/f
ln -s real link
realpath --relative-to=. link/f

#### realpath -s keeps symlink
mkdir real
ln -s real link
realpath -s --relative-to=. link

#### realpath missing component [stderr]
realpath --relative-to=. nope/x
echo "status $?"

#### realpath -m allows missing
realpath -m --relative-to=. nope/x/../y

#### readlink of symlink
ln -s target l
readlink l

#### readlink of regular file fails
touch f
readlink f
echo "status $?"

#### readlink -f relative check
mkdir d
touch d/f
ln -s d/f l
[ "$(readlink -f l)" = "$PWD/d/f" ] && echo resolved

#### readlink chain
ln -s b a
ln -s c b
readlink a
readlink -f a | sed 's|.*/||'
