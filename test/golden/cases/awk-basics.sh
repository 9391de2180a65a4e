# awk: patterns, actions, BEGIN/END/BEGINFILE/ENDFILE, ranges, fields and records
# (recorded from GNU awk 5.2 installed as awk).

#### print fields
printf 'a b c\nd e f\n' | awk '{ print $2, $1 }'

#### print whole record by default
printf 'one\ntwo\n' | awk '1'

#### pattern without action
printf 'apple\nbanana\ncherry\n' | awk '/an/'

#### action without pattern and NR NF
printf 'a b\nc d e\n\n' | awk '{ print NR, NF }'

#### BEGIN and END
printf '1\n2\n3\n' | awk 'BEGIN { print "start" } { s += $1 } END { print "sum", s, "rows", NR }'

#### BEGIN only reads no input
awk 'BEGIN { print "only" }'

#### END sees last record
printf 'x y\nlast line\n' | awk 'END { print $0, NF }'

#### several rules in order
printf 'a\nb\n' | awk '{ print "1:" $0 } /b/ { print "2:" $0 } { print "3:" $0 }'

#### range pattern
printf '1\n2\n3\n4\n5\n6\n' | awk '$1 == 2, $1 == 4'

#### range starting and ending on one record
printf 'a\nSTART END\nb\n' | awk '/START/, /END/ { print "in:", $0 }'

#### range never closed
printf 'a\nb\nc\n' | awk '/b/,/zzz/'

#### expression patterns
printf '5\n15\n25\n' | awk '$1 > 10 && $1 < 20 { print "mid", $1 } !($1 > 10) { print "low", $1 }'

#### regex match operators
printf 'foo\nbar\nbaz\n' | awk '$0 ~ /^b/ { print "b:", $0 } $0 !~ "a" { print "no a:", $0 }'

#### dynamic regex from string
printf 'abc\nxyz\n' | awk -v re='^x' '$0 ~ re'

#### NF and $NF
printf 'a b c\n\nsingle\n' | awk '{ print NF, $NF, $(NF > 0 ? NF : 0) }'

#### field beyond NF is empty
echo 'a b' | awk '{ print "[" $5 "]", NF }'

#### assign field rebuilds record
echo 'a b c' | awk '{ $2 = "X"; print; print NF }'

#### assign beyond NF extends record
echo 'a b c' | awk '{ $6 = "f"; print; print NF }'

#### assign NF truncates and extends
echo 'a b c d' | awk '{ NF = 2; print; NF = 4; print; print NF }'

#### $0 reassignment resplits
echo 'a b' | awk '{ $0 = "x y z"; print NF, $3 }'

#### $1=$1 uses OFS
echo '  a   b  c ' | awk 'BEGIN { OFS = "-" } { $1 = $1; print }'

#### field separator comma
printf 'a,b,,d\n' | awk -F, '{ print NF, $3 "|" $4 }'

#### field separator tab escape
printf 'a\tb c\td\n' | awk -F '\t' '{ print $2 }'

#### field separator regex
printf 'a1b22c333d\n' | awk -F '[0-9]+' '{ print NF, $1, $4 }'

#### field separator single char is literal
printf 'a|b|c\na.b.c\n' | awk -F '|' '{ print $2 }'; printf 'a.b.c\n' | awk -F. '{ print $3 }'

#### empty FS splits characters
echo 'abc' | awk -F '' '{ print NF, $2 }'

#### FS set in BEGIN
printf 'a:b:c\n' | awk 'BEGIN { FS = ":" } { print $2 }'

#### FS change applies to next record
printf 'a:b c\nd:e f\n' | awk '{ FS = ":"; print $1 }'

#### default FS strips blanks and tabs
printf ' \t a \t b \n' | awk '{ print NF, "[" $1 "]" }'

#### leading separator makes empty field
printf ',a,b\n' | awk -F, '{ print NF, "[" $1 "]" }'

#### OFS and ORS
printf 'a b\nc d\n' | awk 'BEGIN { OFS = ":"; ORS = ";\n" } { print $1, $2 }'

#### RS single character
printf 'a;b;c' | awk 'BEGIN { RS = ";" } { print NR, $0 }'

#### RS paragraph mode
printf '\n\na b\nc\n\n\nd e\nf\n\n' | awk 'BEGIN { RS = "" } { print NR ": " $1 "/" $NF " NF=" NF }'

#### RS paragraph mode with FS char
printf 'a,b\nc\n\nd\n' | awk 'BEGIN { RS = ""; FS = "," } { for (i = 1; i <= NF; i++) print NR, i, $i }'

#### RS regex and RT
printf 'a1b22c333' | awk 'BEGIN { RS = "[0-9]+" } { print NR, $0, RT }'

#### last record without newline
printf 'a\nb' | awk '{ print NR ":" $0 }'

#### FNR and FILENAME over files
printf 'x\ny\n' > f1; printf 'z\n' > f2
awk '{ print FILENAME, FNR, NR }' f1 f2

#### BEGINFILE and ENDFILE
printf 'x\ny\n' > f1; printf 'z\n' > f2
awk 'BEGINFILE { print "begin", FILENAME } ENDFILE { print "end", FILENAME, FNR } { print $0 }' f1 f2

#### FILENAME of standard input
echo a | awk '{ print "[" FILENAME "]" } END { print "[" FILENAME "]" }'

#### dash operand is standard input
printf 'f\n' > f; echo s | awk '{ print FILENAME, $0 }' f - f

#### assignment operands between files
printf 'l\n' > f
awk '{ print v, $0 }' v=1 f v=2 f

#### assignment operand processes escapes
printf 'l\n' > f
awk '{ print "[" v "]" }' 'v=a\tb' f

#### next skips rules
printf '1\n2\n3\n' | awk 'NR == 2 { next } { print }'

#### nextfile moves to next file
printf 'a\nb\n' > f1; printf 'c\nd\n' > f2
awk 'FNR == 2 { nextfile } { print FILENAME, $0 }' f1 f2

#### exit in main rule runs END
printf '1\n2\n3\n' | awk '{ print; if (NR == 2) exit } END { print "end", NR }'

#### exit status from exit
awk 'BEGIN { exit 3 } END { print "end runs" }'; echo "status $?"

#### exit in END keeps earlier status
awk 'BEGIN { exit 4 } END { exit }'; echo "status $?"

#### exit status wraps
awk 'BEGIN { exit 257 }'; echo "status $?"; awk 'BEGIN { exit -1 }'; echo "status $?"

#### getline reads next record
printf 'a\nb\nc\nd\n' | awk '{ print "cur", $0; getline; print "next", $0, NR }'

#### getline var keeps record
printf 'a\nb\n' | awk 'NR == 1 { getline line; print $0, line, NR }'

#### getline in BEGIN reads input
printf 'first\nsecond\n' | awk 'BEGIN { getline; print "begin saw", $0 } { print "main", $0 }'

#### getline at end returns 0
printf 'a\n' | awk '{ r = getline; print r, $0 }'

#### uninitialized variables
awk 'BEGIN { print x + 0, "[" x "]", length(x); if (x == 0 && x == "") print "both" }'

#### comments and line continuation
awk 'BEGIN { x = 1 + \
  2  # a comment
  print x }'

#### semicolons and newlines
awk 'BEGIN { a = 1; b = 2
c = 3 ; ; print a b c }
END { }' </dev/null

#### regex-only rules: skip counts NR
seq 1 20000 | awk '/^1234$|^19999$/ { print NR, FNR, $0 } END { print NR, $0, NF }'

#### regex-only rules: skip across files keeps FNR and ENDFILE record
seq 1 5000 > a; seq 1 300 > b
awk '/^29/ { n++ } ENDFILE { print FILENAME, FNR, $0, n }' a b

#### regex-only rules: skip with anchors and dot
printf 'abc\nxabc\nab\nabcd\n' | awk '/^abc/ { print NR ": " $0 } /c$/ { print "end", NR }'

#### regex-only rules: skip with empty match regex disables
printf 'a\n\nb\n' | awk '/^$/ { print "empty at", NR }'

#### regex-only rules: skip with getline inside action
seq 1 100 | awk '/5$/ { getline; print $0, NR }'

#### regex-only rules: skip with no trailing newline
printf 'x\ny\nmatch' | awk '/match/ { print NR, $0 } END { print $0 }'

#### regex-only rules: skip last record unmatched is END record
printf 'hit\nmiss\nmiss2\n' | awk '/hit/ { print "h" } END { print NR, $0 }'

#### regex-only rules: skip negated set does not cross lines
printf 'a\nb\nab\n' | awk '/a[^x]b/ { print NR, $0 }'

#### regex-only rules: RS change disables skip
printf 'a;b\nc;d\n' | awk 'BEGIN { RS = ";" } /b/ { print NR, $0 }'

#### regex-only rules: many matches
seq 1 30000 | awk '/7/ { c++ } END { print c, NR }'
