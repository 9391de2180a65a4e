# Pathname expansion.

#### star matches sorted
touch b.txt a.txt c.log
echo *

#### star with suffix
touch b.txt a.txt c.log
echo *.txt

#### question mark
touch a1 a2 a10
echo a?

#### bracket class
touch a1 a2 a3 b1
echo a[12]
echo [ab]1

#### negated bracket
touch a1 a2 a3
echo a[!1]
echo a[^2]

#### bracket range
touch x1 x5 x9
echo x[1-5]

#### no match leaves pattern
echo *.none
echo nothing?here

#### hidden files not matched by star
touch .hidden visible
echo *

#### explicit dot matches hidden
touch .hidden visible
echo .h*

#### glob in several segments
mkdir -p d1/sub d2/sub d3/other
touch d1/sub/f d2/sub/g d3/other/h
echo d*/sub/*

#### glob directory only with trailing slash
mkdir dir1 dir2
touch file1
echo */

#### nullglob removes unmatched
shopt -s nullglob
echo start *.none end

#### dotglob includes hidden
touch .h v
shopt -s dotglob
echo *

#### globstar double star
mkdir -p a/b/c
touch a/1.txt a/b/2.txt a/b/c/3.txt top.txt
shopt -s globstar
echo **/*.txt

#### double star without globstar
mkdir -p a/b
touch a/1.txt a/b/2.txt
echo **/*.txt

#### globstar directories
mkdir -p a/b/c
shopt -s globstar
echo a/**

#### failglob errors [stderr]
shopt -s failglob
echo *.none
echo "status $?"

#### quoted glob is literal
touch a b
echo "*" '*'

#### glob from variable expands
touch x.md y.md
pat='*.md'
echo $pat

#### glob in for loop
touch one.c two.c
for f in *.c; do echo "file $f"; done

#### glob no match in for loop
for f in *.zzz; do echo "got $f"; done

#### sorting uses C collation
touch B a C b
echo *

#### star matches files with spaces as one word
touch 'with space.txt' plain.txt
for f in *.txt; do echo "[$f]"; done

#### glob with character class
touch a1 ab aB
echo a[[:digit:]] a[[:lower:]] a[[:upper:]]

#### escaped star is literal
touch a b
echo \*

#### glob matches after cd
mkdir sub
touch sub/x sub/y
cd sub && echo *

#### set -f disables globbing
touch a
set -f
echo *
