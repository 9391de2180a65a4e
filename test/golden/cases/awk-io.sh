# awk: output redirection, pipes, getline forms, system, close, fflush.

#### print to a file and read it back
awk 'BEGIN { print "one" > "out.txt"; print "two" > "out.txt"; close("out.txt"); while ((getline line < "out.txt") > 0) print "read:", line }'
cat out.txt

#### append redirection
printf 'old\n' > log.txt
awk 'BEGIN { print "new" >> "log.txt" }'
cat log.txt

#### truncating redirection opens once
printf 'old\n' > t.txt
printf 'a\nb\n' | awk '{ print > "t.txt" }'
cat t.txt

#### redirection target is a concatenation
awk 'BEGIN { f = "part"; print "x" > f "-1.txt"; print "y" > f "-2.txt" }'
cat part-1.txt part-2.txt

#### split output by key
printf 'a 1\nb 2\na 3\n' | awk '{ print $2 > ($1 ".out") }'
cat a.out; cat b.out

#### printf to a file
awk 'BEGIN { printf "%s-%d\n", "v", 3 > "p.txt" }'
cat p.txt

#### standard error and standard output files [stderr]
awk 'BEGIN { print "to err" > "/dev/stderr"; print "to out" > "/dev/stdout"; print "dash" > "-" }'

#### pipe into a command
printf 'c\na\nb\n' | awk '{ print | "sort" } END { close("sort"); print "after" }'

#### pipe output appears at exit
printf 'b\na\n' | awk '{ print | "sort" } END { print "done" }'

#### pipe with command built from strings
awk 'BEGIN { cmd = "tr a-z A-Z"; print "shout" | cmd; close(cmd) }'

#### close returns command status
awk 'BEGIN { print "x" | "cat >/dev/null; exit 3"; print close("cat >/dev/null; exit 3") }'

#### command getline
awk 'BEGIN { while (("printf \"1\\n2\\n3\\n\"" | getline line) > 0) s += line; print s }'

#### command getline into record
awk 'BEGIN { "echo a b c" | getline; print $2, NF, NR }'

#### command getline keeps the command open
awk 'BEGIN { cmd = "printf \"x\\ny\\n\""; cmd | getline a; cmd | getline b; r = (cmd | getline c); print a, b, r; close(cmd); cmd | getline d; print d }'

#### close of input command returns status
awk 'BEGIN { "exit 4" | getline; print close("exit 4"); print close("never-opened") }'

#### getline from file forms
printf 'l1\nl2\n' > in.txt
awk 'BEGIN { getline < "in.txt"; print $0, NF; getline v < "in.txt"; print v; print (getline w < "in.txt"), "[" w "]" }'

#### getline from a missing file
awk 'BEGIN { print (getline x < "missing.txt") }'

#### getline file name is not concatenated
printf 'hello\n' > gl
awk 'BEGIN { getline line < "gl" ".txt"; print "[" line "]" }'

#### getline does not change NR for files
printf 'a\n' > one.txt
printf 'x\ny\n' | awk 'NR == 1 { getline l < "one.txt"; print NR, FNR, l }'

#### system runs through the shell
awk 'BEGIN { r = system("echo from system; exit 2"); print "status", r }'

#### system flushes output first
awk 'BEGIN { printf "before "; system("echo middle"); print "after" }'

#### system with failing command
awk 'BEGIN { print system("false"), system("true") }'

#### fflush
awk 'BEGIN { print "a"; fflush(); print "b"; fflush("/dev/stdout"); print fflush("nope") }'

#### output stops quietly when the reader leaves
awk 'BEGIN { for (i = 1; i <= 100000; i++) print i }' | head -3

#### reads files given as operands
printf 'a\n' > x1; printf 'b\n' > x2
awk '{ print FILENAME ": " $0 }' x1 x2

#### missing input file [stderr]
printf 'a\n' > ok.txt
awk '{ print }' ok.txt missing.txt; echo "status $?"

#### directory operand is skipped [stderr]
mkdir d; printf 'a\n' > ok.txt
awk '{ print }' d ok.txt; echo "status $?"

#### redirect into a missing directory [stderr]
awk 'BEGIN { print "x" > "nodir/file" }'; echo "status $?"

#### ARGV changes in BEGIN
printf 'from file\n' > f
awk 'BEGIN { ARGV[1] = "f"; ARGC = 2 } { print }' ignored

#### empty ARGV entries are skipped
printf 'ok\n' > f
awk 'BEGIN { ARGV[1] = "" } { print }' missing f

#### ENVIRON
FOO=bar awk 'BEGIN { print ENVIRON["FOO"], length(ENVIRON["NO_SUCH"]) }'

#### ARGV and ARGC
awk 'BEGIN { for (i = 0; i < ARGC; i++) print i, ARGV[i] }' x 'y z'

#### commands see changes to ENVIRON
FOO=1 awk 'BEGIN { ENVIRON["FOO"] = "2"; ENVIRON["NEW"] = "n"; system("echo $FOO $NEW"); "echo $NEW" | getline v; print v }'
