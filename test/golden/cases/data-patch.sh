# patch: unified diffs, offsets, fuzz, reverse, dry runs, rejects and errors.
# diff's headers carry times, so the patches here are written by hand or with --label.

#### patch applies a diff
for i in 1 2 3 4 5 6 7 8 9 10; do echo $i; done > a
for i in 1 2 3 4 5 6 7 8 9 10; do if [ $i = 5 ]; then echo five; else echo $i; fi; done > b
diff -u --label a --label b a b > p.diff
cp a t
patch t < p.diff
echo "status $?"
cat t

#### patch reports an offset and keeps a backup
for i in 1 2 3 4 5 6 7 8 9 10; do echo $i; done > a
for i in 1 2 3 4 5 6 7 8 9 10; do if [ $i = 5 ]; then echo five; else echo $i; fi; done > b
diff -u --label a --label b a b > p.diff
{ echo 0; cat a; } > t
patch t < p.diff
echo "status $?"
ls
cat t.orig | head -n 2

#### patch with fuzz
for i in 1 2 3 4 5 6 7 8 9 10; do echo $i; done > a
for i in 1 2 3 4 5 6 7 8 9 10; do if [ $i = 5 ]; then echo five; else echo $i; fi; done > b
diff -u --label a --label b a b > p.diff
for i in 1 2 3 4 5 6 7 8 9 10; do if [ $i = 2 ]; then echo two; else echo $i; fi; done > t
patch t < p.diff
echo "status $?"
cat t

#### patch failed hunk saves rejects
for i in 1 2 3 4 5 6 7 8 9 10; do echo $i; done > a
for i in 1 2 3 4 5 6 7 8 9 10; do if [ $i = 5 ]; then echo five; else echo $i; fi; done > b
diff -u --label a --label b a b > p.diff
for i in 1 2 3 4 5 6 7 8 9 10; do if [ $i = 6 ]; then echo six; else echo $i; fi; done > t
patch t < p.diff
echo "status $?"
ls
cat t.rej

#### patch already applied
printf '1\n2\n3\n' > a
printf '1\nTWO\n3\n' > b
diff -u --label a --label b a b > p.diff
cp b t
patch t < p.diff
echo "status $?"
ls

#### patch reverse
printf '1\n2\n3\n' > a
printf '1\nTWO\n3\n' > b
diff -u --label a --label b a b > p.diff
cp b t
patch -R t < p.diff
echo "status $?"
cat t

#### patch dry run changes nothing
printf '1\n2\n3\n' > a
printf '1\nTWO\n3\n' > b
diff -u --label a --label b a b > p.diff
cp a t
patch --dry-run t < p.diff
echo "status $?"
cat t

#### patch strips path components
mkdir -p x/y
printf '1\n2\n3\n' > x/y/f
printf -- '--- a/x/y/f\n+++ b/x/y/f\n@@ -1,3 +1,3 @@\n 1\n-2\n+TWO\n 3\n' > p.diff
patch -p1 < p.diff
echo "status $?"
cat x/y/f
patch -p1 -R -i p.diff
cat x/y/f

#### patch file not found [stderr]
mkdir -p x/y
printf '1\n2\n3\n' > x/y/f
printf -- '--- a/x/y/f\n+++ b/x/y/f\n@@ -1,3 +1,3 @@\n 1\n-2\n+TWO\n 3\n' > p.diff
patch < p.diff
echo "status $?"
patch -p5 < p.diff
echo "status $?"

#### patch creates and deletes files
printf -- '--- /dev/null\n+++ newfile\n@@ -0,0 +1,2 @@\n+hello\n+world\n' > new.diff
patch < new.diff
echo "status $?"
cat newfile
printf -- '--- newfile\n+++ /dev/null\n@@ -1,2 +0,0 @@\n-hello\n-world\n' > del.diff
patch < del.diff
echo "status $?"
ls

#### patch several hunks with offsets
for i in $(seq 1 30); do echo $i; done > a
for i in $(seq 1 30); do case $i in 5) echo five ;; 25) echo twentyfive ;; *) echo $i ;; esac; done > b
diff -u --label a --label b a b > p.diff
{ echo new1; echo new2; cat a; } > t
patch t < p.diff
echo "status $?"
grep -n -e five -e twentyfive t

#### patch to another output file
printf '1\n2\n3\n' > a
printf '1\nTWO\n3\n' > b
diff -u --label a --label b a b > p.diff
cp a t
patch -o out t < p.diff
echo "status $?"
cat out
cat t

#### patch no newline at end
printf 'a\nb' > a
printf 'a\nc' > b
diff -u --label a --label b a b > p.diff
cp a t
patch t < p.diff
od -c t

#### patch garbage [stderr]
printf 'garbage\n' | patch
echo "status $?"

#### patch explicit file operand
printf '1\n2\n3\n' > f
printf -- '--- a\n+++ a\n@@ -1,3 +1,3 @@\n 1\n-2\n+X\n 3\n' | patch f
echo "status $?"
cat f
