# Output/input redirections, numbered fds, noclobber.

#### truncate and append
echo one > f
echo two >> f
echo three >> f
cat f
echo reset > f
cat f

#### input redirection
printf 'hello\n' > in.txt
tr a-z A-Z < in.txt

#### stderr to file
ls missing-file 2> err.txt; echo "status $?"
cat err.txt

#### stderr to stdout order
{ echo a; echo b >&2; echo c; } > all.txt 2>&1
cat all.txt

#### order of 2>&1 matters
{ echo out; echo err >&2; } 2>&1 > only-out.txt | tr a-z A-Z
echo ---
cat only-out.txt

#### ampersand-greater redirects both
{ echo out; echo err >&2; } &> both.txt
cat both.txt

#### ampersand-double-greater appends both
echo first > both.txt
{ echo out; echo err >&2; } &>> both.txt
cat both.txt

#### redirect to dev null
echo hidden > /dev/null
echo shown

#### numbered fd to file
{ echo to-three >&3; echo to-one; } 3> three.txt
echo ---
cat three.txt

#### swap stdout and stderr
{ echo out; echo err >&2; } 3>&1 1>&2 2>&3 2>/dev/null
echo ---
{ echo out2; echo err2 >&2; } 3>&1 1>&2 2>&3 | tr a-z A-Z

#### redirection on a single command with fd swap
sh_out() { echo stdout-line; echo stderr-line >&2; }
sh_out 3>&1 1>&2 2>&3 | sed 's/^/piped: /'

#### noclobber refuses overwrite
echo a > f
set -o noclobber
echo b > f; echo "status $?"
cat f

#### noclobber override with >|
echo a > f
set -C
echo b >| f
cat f

#### noclobber message [stderr]
echo a > f
set -C
echo b > f
echo $?

#### missing input file [stderr]
cat < nosuchfile
echo "status $?"

#### redirect into missing directory [stderr]
echo x > nodir/file
echo "status $?"

#### redirection before command name
> out.txt echo placed-first
cat out.txt

#### redirect to directory fails [stderr]
mkdir d
echo x > d
echo "status $?"

#### empty file via redirect only
> empty.txt
wc -c < empty.txt

#### redirect input and output together
printf 'c\nb\na\n' > in
sort < in > out
cat out

#### fd duplication to closed fd errors [stderr]
echo x >&5
echo "status $?"

#### close stdout
{ echo visible; } >&-
echo after $?

#### append to nonexistent creates
echo new >> created.txt
cat created.txt

#### redirect loop output
for i in 1 2 3; do echo $i; done > loop.txt
wc -l < loop.txt

#### redirect group stderr
{ ls nope; echo after; } 2>/dev/null
